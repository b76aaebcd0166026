# builtins (issue 14): hex/bin/oct/ascii, min/max key/default, iter(f, sentinel), zip(strict=), sorted as CPython's listsort (NaN, __lt__ calls), int(s, base)
tests = [
 lambda: (hex(255), hex(-42), bin(10), bin(-3), oct(8), oct(-64), hex(0)),
 lambda: (min([3, 1, 2], key=lambda v: -v), max([], default='none'), min(4, 2, 8), max('abc', key=ord), min((), default=None)),
 lambda: list(iter(iter([1, 2, 3, 0, 5]).__next__, 0)) if False else list(iter(lambda it=iter([1, 2, 3, 0, 5]): next(it), 0)),
 lambda: list(zip([1, 2], [3, 4], strict=True)),
 lambda: list(zip([1, 2], [3], strict=True)),
 lambda: list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])),
 lambda: list(enumerate('ab', start=5)), lambda: sum([0.1] * 3, start=1),
 lambda: sorted([3.0, float('nan'), 1.0, 2.0]),
 lambda: (divmod(7, -2), divmod(-7.5, 2), round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(5, 1), round(1.5, None)),
 lambda: (format(255, 'x'), format(255, '#b'), format(1234567.891, ',.2f'), format('ab', '^6'), format(0.5, '%'), format(12, '08.3f'), format(1e21, 'g')),
 lambda: list(reversed(range(5))), lambda: list(reversed('abc')),
 lambda: next(iter([]), 'dflt'),
 lambda: min([]), lambda: max(1), lambda: hex(1.5), lambda: divmod(1, 0),
 lambda: sorted(['b', 'a'], key=len, reverse=True),
 lambda: int('ff', 16), lambda: int('0b101', 0), lambda: bin(True),
 lambda: dir(__import__('math')) if False else callable(len), lambda: sum([[1], [2]], []), lambda: abs(-3), lambda: pow(3, -1, 7),
 lambda: ascii('é'), lambda: ord('€'), lambda: isinstance(True, int), lambda: any(x > 2 for x in [1, 3]),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
nan = float('nan')
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 5, 1, nan, 3, 2]), sorted([2, 1, nan, 0, -1]), sorted([5, 4, 3, nan, 1]))
print(sorted([3, 1, 2], reverse=True), sorted([nan, 1, 0], reverse=True), sorted(['b', 'a', 'c'], key=lambda s: {'a': 2, 'b': 1, 'c': nan}[s]))
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
    def __repr__(self): return 'V(%d)' % self.v
print(sorted([V(3), V(1), V(2), V(5), V(4)]))
import random
random.seed(3)
data = [random.random() for _ in range(200)] + [nan]
print(sorted(data)[:3])
for t in [lambda: list(zip('ab', 'abc', strict=True)), lambda: list(zip('abc', 'abc', 'ab', strict=True)),
          lambda: list(zip('abc', 'abc', 'abcd', strict=True)), lambda: list(zip('', strict=True)),
          lambda: (int('0x1F', 16), int('0o17', 0), int('-0b11', 0), int('z', 36), int(' 12 ', 0)),
          lambda: int('010', 0), lambda: int('12', 1), lambda: int('0x1', 10), lambda: hex(-9223372036854775807 - 1)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
