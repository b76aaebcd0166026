# f-strings, comprehensions, lambda, classes, dicts, sets, slicing, chained comparisons, ...
import math
x = 3.14159265
print(f"{x:.4f} {x:10.2f}| {x:<10.3f}| {x:^9.1f}| {-x:+.2e} {x:g} {1234567.891:,.2f} {0.25:%} {42:05d} {'ab':>4}")
print(f"{x!r} {'q'!r} {x=}")
print("%.4f %5.1f %d %s %r %%" % (x, 2.25, 7, 'hi', 'hi'))
print("{} {:.3f} {name}".format(1, 2.5, name='n'), "{0}-{1}-{0}".format('a', 'b'))
print(-2**2, (-2)**2, 2**-1, 2**10, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7.5 // 2, -7.5 % 2, 3 / 2, 4 / 2)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(3.14159, 3), round(1234, -2), round(2.5, 0))
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, 'a' < 'b', [1, 2] < [1, 3], (1, 2) == (1, 2), None is None, x is not None)
squares = [i * i for i in range(10) if i % 2 == 0]
pairs = [(i, j) for i in range(3) for j in range(i)]
print(squares, pairs, {k: k ** 2 for k in range(4)}, {c for c in 'hello'} == set('helo'))
print(sum(i for i in range(5)), list(map(lambda t: t * 2, [1, 2, 3])), list(filter(lambda t: t > 1, [0, 1, 2, 3])))
f = lambda a, b=10: a + b
print(f(1), f(1, 2), f(b=5, a=1))
d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] += 10
del d['b']
print(d, len(d), 'a' in d, 'b' in d, d.get('z', 0), list(d.keys()), list(d.values()), list(d.items()))
for k, v in sorted(d.items(), key=lambda kv: -kv[1]):
    print(k, v)
s = {3, 1, 2}
s.add(2); s.add(5); s.discard(1)
print(len(s), 5 in s, 1 in s, sorted(s), sorted(s | {9}), sorted(s & {2, 3}), sorted(s - {2}))
xs = list(range(10))
print(xs[2:5], xs[:3], xs[-3:], xs[::2], xs[::-1], xs[1:-1:3], xs[-1], 'hello'[1:3], (1, 2, 3)[1:])
xs[0:2] = ['a', 'b', 'c']
print(xs)
a, b = 1, 2
a, b = b, a
first, *rest = [1, 2, 3, 4]
print(a, b, first, rest)
for i, (p, q) in enumerate(zip('ab', [1, 2]), start=1):
    print(i, p, q)
print(sorted([3, 1, 2]), sorted(['b', 'a'], reverse=True), sorted([(2, 'b'), (1, 'z'), (2, 'a')]), min(3, 1, 2), max([4, 8, 2]), min([[1, 2], [0, 5]], key=lambda t: t[1]))
print(any([False, 0, 1]), all([1, 2, 0]), abs(-3), abs(-2.5), int(3.9), int(-3.9), int('42'), float('1e-3'), str(12), float(7), bool(0), bool([1]))
print(isinstance(3, int), isinstance(3.0, int), isinstance(True, int), isinstance(Value(1.0), Value), isinstance([], (list, tuple)))
print(' '.join(['a', 'b']), 'a,b,,c'.split(','), '  pad '.strip(), 'Hi'.upper(), 'x' * 3, 'abc'.replace('b', 'B'), 'abc'.startswith('a'), len('hello'))
print([1, 2] + [3], [0] * 3, (1,) + (2,), list('ab'), tuple([1, 2]), str([1, 'a', 2.0]), repr('it\'s'), "say \"hi\"")
print(math.exp(1), math.log(10), math.sqrt(2), math.pi, math.e, math.tanh(0.5), math.cos(0), math.floor(-2.5), math.ceil(2.1), math.inf, -math.inf)
print(float('nan'), 1e300 * 1e10, -0.0, 0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e16, 123456789.0, 1.5e-7, 0.0001, 100.0, 5e-324)
print(divmod(7, 2), divmod(-7, 2), pow(2, 8), pow(2, 8, 5), 10 ** 18, 2 ** 62, hash(1) == hash(1.0), chr(65), ord('a'))

def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c = counter()
c(); c(); print(c(5))
total = 0
def add_total(v):
    global total
    total += v
add_total(3); add_total(4)
print(total)
def varargs(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(varargs(1, 2, x=3), varargs(*[1, 2, 3], **{'k': 1}))

class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    def __init__(self, name, tricks=None):
        super().__init__(name)
        self.tricks = tricks or []
    def speak(self):
        return super().speak() + " (woof)"
dd = Dog('rex', ['sit'])
print(dd.speak(), dd.kind, dd, [Animal('cat')], isinstance(dd, Animal), isinstance(dd, Dog), dd.tricks)

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __len__(self):
        return 2
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
print(Vec(1, 2) + Vec(3, 4), 2 * Vec(1, 1), Vec(1, 2) * 3, Vec(1, 2) == Vec(1, 2), len(Vec(0, 0)))

i = 0
while True:
    i += 1
    if i == 2:
        continue
    if i > 4:
        break
else:
    print('not reached')
for j in range(3):
    pass
else:
    print('for-else', i, j)
try:
    1 / 0
except ZeroDivisionError as e:
    print('caught', e)
try:
    [][1]
except (KeyError, IndexError) as e:
    print('caught', type(e).__name__, e)
finally:
    print('finally')
try:
    raise ValueError('bad value')
except Exception as e:
    print(repr(e), str(e))
assert 1 + 1 == 2, 'math works'
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], [y for x in [[1, 2], [3]] for y in x], list(reversed([1, 2, 3])))
print(type(3).__name__, type(2.0).__name__, type('s').__name__, type(Value(1.0)).__name__, type(dd).__name__)
x = 5; x -= 2; x *= 4; x /= 3; print(x)
x = 7; x //= 2; x **= 2; x %= 5; print(x)
print(1 if 0 else 2, 'yes' if [] else 'no', 0 or 'default', 1 and 2, not 1)
print(print)  if False else print('done')

class Temp:
    count = 0
    def __init__(self, c):
        self.c = c
        Temp.count += 1
    @property
    def f(self):
        return self.c * 9 / 5 + 32
    @classmethod
    def freezing(cls):
        return cls(0)
    @staticmethod
    def unit():
        return 'C'
t = Temp.freezing()
print(t.f, Temp(100).f, Temp.unit(), t.unit(), Temp.count, Temp.freezing().c)
