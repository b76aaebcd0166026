# abc: ABC, abstractmethod (also under property), CPython's message for an abstract class instantiated
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self): return self.name + ' ' + str(self.area())
class Sq(Shape):
    def __init__(s, a): s.a = a
    def area(s): return s.a ** 2
    @property
    def name(s): return 'square'
print(Sq(3).area(), Sq(2).describe(), isinstance(Sq(1), Shape))
try: Shape()
except TypeError as e: print(e)
class Half(Shape):
    def area(s): return 1
try: Half()
except TypeError as e: print(e)
class Base(ABC):
    def __init__(self, v): self.v = v
    @abstractmethod
    def run(self): pass
class Impl(Base):
    def run(self): return self.v + 1
print(Impl(4).run())
try: Base(1)
except TypeError as e: print(e)
print(type(Shape.__dict__['name']).__name__)
