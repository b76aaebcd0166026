# objects with __eq__/__hash__ and frozensets as dict and set keys, unhashable objects, hash() of numbers
class K:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return isinstance(o, K) and s.v == o.v
    def __hash__(s): return hash(s.v)
d = {K(1): 'one'}
print(d[K(1)], K(1) in {K(1)})
print({frozenset([1]): 3}[frozenset([1])])
print(hash(1.5), hash(2**70), hash(-1), hash(1e300), hash(-0.5), hash(float('inf')))
print({1: 'a', 1.0: 'b', True: 'c'})
print({1, 1.0, True})
class U:
    __hash__ = None
try:
    hash(U())
except TypeError as e: print(e)
try:
    {U(): 1}
except TypeError as e: print(e)
class P:
    def __init__(s, x, y): s.x, s.y = x, y
    def __eq__(s, o): return (s.x, s.y) == (o.x, o.y)
    def __hash__(s): return hash((s.x, s.y))
    def __repr__(s): return f'P({s.x}, {s.y})'
seen = {P(1, 2), P(1, 2), P(2, 1)}
print(len(seen), P(2, 1) in seen, P(3, 3) in seen)
d = {}
d[P(0, 0)] = 'a'; d[P(0, 0)] = 'b'
print(d, d.get(P(0, 0)), P(0,0) in d)
del d[P(0, 0)]; print(d)
print({frozenset([1, 2]): 'x'}[frozenset([2, 1])], frozenset([1]) in {frozenset([1])})
print({(1, frozenset('ab')): 1}[(1, frozenset('ba'))])
c = {}
c[1] = 'int'; c[1.0] = 'float'; c[True] = 'bool'
print(c, {True: 1, 1: 2}, {1.0, 1, True, 0, False, 0.0}, {0: 'z'}[False])
print(hash(True), hash(3.0), hash(-1.0), hash(2**61 - 1), hash(2**61), hash(-2**63), hash(10**20), hash(1e-300), hash((1, 2)), hash(()))
from collections import namedtuple, Counter
Pt = namedtuple('Pt', 'x y')
grid = {Pt(0, 1): 'a'}
print(grid[Pt(0, 1)], Pt(0, 1) in grid, (0, 1) == Pt(0, 1))
print(Counter([P(1, 1), P(1, 1), P(2, 2)]).most_common(1))
a = {P(1, 1), P(2, 2)}; b = {P(2, 2), P(3, 3)}
print(sorted(a & b, key=repr), sorted(a | b, key=repr), sorted(a - b, key=repr), sorted(a ^ b, key=repr))
print({P(1, 1): 1} == {P(1, 1): 1}, set([P(5, 5)]) == {P(5, 5)})
class Bad:
    def __hash__(s): return 'x'
try: {Bad()}
except TypeError as e: print(e)
class Big:
    def __hash__(s): return 2**70
print(hash(Big()))
class Calls:
    n = 0
    def __init__(s, v): s.v = v
    def __hash__(s): return 1
    def __eq__(s, o):
        Calls.n += 1
        return s.v == o.v
d = {Calls(1): 1, Calls(2): 2, Calls(3): 3}
print(d[Calls(3)], Calls.n > 0, len(d))
class NoEq:
    pass
x = NoEq(); print({x: 1}[x], NoEq() in {x})
print(hash(frozenset()) == hash(frozenset()), {frozenset(): 0}[frozenset([])])
