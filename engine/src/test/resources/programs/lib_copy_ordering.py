# copy: copy and deepcopy of nested containers, shared and cyclic parts, objects as keys, __deepcopy__;
# functools.total_ordering and operator methods of user classes
import copy
import functools
a = [1, [2, 3], {'k': [4]}, (5, [6]), {7, 8}, frozenset([9])]
b = copy.deepcopy(a)
a[1].append('x'); a[2]['k'].append('y'); a[3][1].append('z')
print(b, a == b)
shared = [0]; pair = [shared, shared]; c = copy.deepcopy(pair); c[0].append(1); print(c, c[0] is c[1])
cyc = [1]; cyc.append(cyc); d = copy.deepcopy(cyc); print(d[1] is d, d[0])
class P:
    def __init__(s, x): s.x = x
    def __eq__(s, o): return s.x == o.x
    def __hash__(s): return hash(s.x)
m = {P(1): [P(2)], (1, 'a'): {P(3)}}
m2 = copy.deepcopy(m)
print(len(m2), P(1) in m2, m2[(1, 'a')] == {P(3)}, m2[P(1)][0].x, m2[P(1)][0] is m[P(1)][0])
deep = None
for i in range(300): deep = [i, deep]
dd = copy.deepcopy(deep); n = 0
while dd is not None: n += 1; dd = dd[1]
print(n)
s = copy.copy(a); print(s is a, s[1] is a[1], copy.copy((1, 2)), copy.copy({'a': 1}))
class Cp:
    def __init__(s): s.l = [1]
    def __deepcopy__(s, memo): r = Cp(); r.l = ['custom']; return r
print(copy.deepcopy([Cp()])[0].l)
@functools.total_ordering
class V:
    def __init__(s, x): s.x = x
    def __eq__(s, o): return s.x == o.x
    def __lt__(s, o): return s.x < o.x
    def __repr__(s): return f'V({s.x})'
    def __add__(s, o): return V(s.x + (o.x if isinstance(o, V) else o))
    __radd__ = __add__
    def __neg__(s): return V(-s.x)
    def __getitem__(s, i): return [s.x, s.x * 2][i]
    def __format__(s, spec): return format(s.x, spec)
print(sorted([V(3), V(1)]), V(1) <= V(2), V(3) >= V(2), sum([V(1), V(2)]), -V(4), V(2)[0:2], f'{V(3.14159):.2f}')
print(max([V(3), V(9), V(1)]), min(V(3), V(9)), V(1) in [V(1)], [V(1), V(2)].index(V(2)), [V(1)].count(V(1)))
class Node:
    def __init__(s, v, kids=None): s.v = v; s.kids = kids or []
a = Node(1, [Node(2)]); b = copy.copy(a); c = copy.deepcopy(a)
a.kids.append(Node(3)); print(len(b.kids), len(c.kids), c.kids[0].v, b is a)
class Counter:
    count = 0
    def __init__(self): Counter.count += 1; self.id = Counter.count
    @staticmethod
    def reset(): Counter.count = 0
    @classmethod
    def make(cls, n): return [cls() for _ in range(n)]
print([c.id for c in Counter.make(3)], Counter.count); Counter.reset(); print(Counter.count)
class Stack:
    def __init__(s): s._items = []
    def push(s, x): s._items.append(x); return s
    def __len__(s): return len(s._items)
    def __bool__(s): return bool(s._items)
    def __repr__(s): return 'Stack(' + repr(s._items) + ')'
    def __iter__(s): return iter(reversed(s._items))
    def __eq__(s, o): return isinstance(o, Stack) and s._items == o._items
st = Stack().push(1).push(2)
print(st, len(st), bool(Stack()), list(st), st == Stack().push(1).push(2), str(st), [st])
class Temp:
    def __init__(s, c): s._c = c
    @property
    def f(s): return s._c * 9 / 5 + 32
    @f.setter
    def f(s, v): s._c = (v - 32) * 5 / 9
t = Temp(100); t.f = 212; print(t._c, t.f, vars(t))
print(isinstance(True, int), issubclass(bool, int), type(3.0) is float, callable(Stack), hasattr(st, 'push'))
class Money:
    def __init__(s, c): s.c = c
    def __mul__(s, k): return Money(s.c * k)
    __rmul__ = __mul__
    def __truediv__(s, k): return Money(s.c / k)
    def __iadd__(s, o): s.c += o.c; return s
    def __str__(s): return f'${s.c:.2f}'
    def __hash__(s): return hash(s.c)
    def __eq__(s, o): return s.c == o.c
m = Money(5); m += Money(1); print(m, 3 * m, m * 2, m / 4, len({Money(1), Money(1.0)}))
print(str(Money), repr(Stack)[:15])
