# enum: Enum members (value, name, lookup by value and name, iteration, aliases, methods), auto, IntEnum
from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self): return self.name.lower() + '!'
    @classmethod
    def default(cls): return cls.GREEN
print(Color.RED, repr(Color.GREEN), Color.RED.value, Color.RED.name, Color(2), Color['BLUE'])
print(list(Color), len(Color), Color.RED in Color, Color.BLUE.describe(), Color.default())
print(Color.RED == Color.RED, Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color), type(Color.RED).__name__)
print({Color.RED: 'r'}[Color.RED], [c.name for c in Color], Color.__members__['GREEN'])
try: Color(7)
except ValueError as e: print(e)
try: Color['PINK']
except KeyError as e: print(e)
class Dir(Enum):
    N = auto()
    E = auto()
    S = auto()
print(Dir.S.value, list(Dir))
class Pri(IntEnum):
    LOW = 1
    HIGH = 5
print(Pri.HIGH > Pri.LOW, Pri.LOW == 1, Pri.HIGH + 1, sorted([Pri.HIGH, Pri.LOW]), int(Pri.HIGH), str(Pri.LOW), f"{Pri.HIGH}")
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, Alias.B is Alias.A, list(Alias))
for c in Color:
    if c is Color.GREEN: print('found', c)
state = Color.RED
if state == Color.RED: print('red state')
print(Color.RED != Color.BLUE, hash(Color.RED) == hash(Color.RED))
