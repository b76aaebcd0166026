# gaps of issue 14: namedtuple is a tuple, __import__, slice(), range/slice attributes, __traceback__,
# built-in types' __mro__, round() past 64 bits, KeyError objects from str.format and dict/set methods,
# set operations on dict views, print's sep/end/file
import sys
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(isinstance(p, tuple), issubclass(P, tuple), isinstance(p, (list, tuple)), p)
m = __import__('math')
print(m.sqrt(16), __import__('collections').Counter('aab')['a'], __import__('micrograd.engine', fromlist=['Value']).__name__, __import__('micrograd.nn').__name__)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(3).stop, list(range(20))[s], 'abcdefghijkl'[slice(2, None)])
r = range(2, 20, 3)
print(r.start, r.stop, r.step, isinstance(s, slice), type(s).__name__)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__ is None, type(e.__traceback__).__name__)
print(ValueError('x').__traceback__, ValueError.__mro__, KeyError.__bases__, bool.__mro__[-1])
print(round(1e20), round(-2.5e30), round(1e15 + 0.5), type(round(1e19)))
for f in [lambda: '{x}'.format(y=1), lambda: {}.pop('k'), lambda: set().pop(), lambda: {}.popitem(), lambda: {1}.remove(2),
          lambda: '%(a)s' % {}]:
    try:
        f()
    except KeyError as e:
        print(repr(e), e.args, str(e))
d = {1: 'a', 2: 'b', 3: 'c'}
print(d.keys() & {2, 3, 4}, d.keys() | [5], d.keys() - {1}, d.keys() ^ {3, 9}, {2} & d.keys(), d.items() & {(1, 'a')})
print('a', 'b', sep='-', end='!\n')
print('x', 'y', sep='', file=sys.stdout)
print('hidden', file=sys.stderr)
print(*range(3), sep=', ', end='.\n')
