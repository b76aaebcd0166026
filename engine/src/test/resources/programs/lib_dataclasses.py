# dataclasses: fields, defaults and default_factory, __post_init__, frozen, order, eq and hash, inheritance,
# asdict/astuple/replace/fields, CPython's errors
from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1); print(p, p == P(1), P(1, 2).y)
@dataclass(frozen=True)
class F:
    a: float
print({F(1.0): 'k'}[F(1.0)], F(2.5))
@dataclass(order=True)
class O:
    n: int
print(sorted([O(3), O(1)]))
from dataclasses import dataclass, field, asdict, astuple, replace, fields
@dataclass
class Inv:
    name: str
    price: float
    qty: int = 0
    def total(self): return self.price * self.qty
i = Inv('w', 2.5, 4); print(i, i.total(), asdict(i), astuple(i))
print(replace(i, qty=1), [f.name for f in fields(i)])
try: Inv()
except TypeError as e: print(e)
try: Inv('a', 1, 2, 3)
except TypeError as e: print(e)
fz = F(1.0)
try: fz.a = 2
except AttributeError as e: print(e)
@dataclass
class Child(Inv):
    color: str = 'red'
print(Child('c', 1.0, 2), Child.__mro__[1].__name__)
@dataclass
class PI:
    v: int
    def __post_init__(self): self.double = self.v * 2
print(PI(3).double, PI(3) == PI(3), PI(3) != PI(4))
try: hash(PI(1))
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), len({NoEq(1), NoEq(1)}))
@dataclass
class Nest:
    items: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    inner: PI = None
n = Nest(); n.items.append(1); print(n, Nest(), asdict(Nest([PI(1)], {'k': PI(2)}, PI(5))))
@dataclass
class WithRepr:
    a: int
    b: int = field(default=5, repr=False, compare=False)
    def __repr__(self): return 'custom'
print(WithRepr(1), WithRepr(1, 2) == WithRepr(1, 3))
