# iteration protocol, __len__/__bool__ checks, unpacking messages, text outside the BMP, Ellipsis, Value(True)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), sum(Countdown(5)), [x * 2 for x in Countdown(3)])
for x in Countdown(2):
    print('tick', x)
a, b = Countdown(2)
print(a, b, sorted(Countdown(3)), max(Countdown(6)))
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), tuple(Squares()))
class Bag:
    def __init__(self, xs):
        self.xs = xs
    def __iter__(self):
        return iter(self.xs)
print(list(Bag([3, 1, 2])), sorted(Bag('cab')))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(3)), bool(L(0)), bool(L(2)), 'yes' if L(1) else 'no')
for bad in (L(-1), L('x')):
    try:
        len(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bool(L(-1))
except ValueError as e:
    print('ValueError', e)
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(bool(B(True)), not B(False))
for v in (2, 0, None, 'x'):
    try:
        print(bool(B(v)))
    except TypeError as e:
        print('TypeError', e)
for value in (5, None, 2.5):
    try:
        p, q = value
    except TypeError as e:
        print('TypeError', e)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
s = 'a𝔘𝔫𝔦z'
print(len(s), s[1], s[-2], s[1:3], s[::-1], s[::2], list(s), [c for c in s][2])
print(len('𝔘'), '𝔘' in s, s.upper() if False else s)
print(..., repr(...), type(...).__name__, ... is Ellipsis, [1, ...])
v = Value(True)
print(v.data, v, v + 1, (v * 2).data, Value(False).data)
d = {1: 'a', 2: 'b'}
try:
    for k in d:
        d[k + 10] = 'x'
except RuntimeError as e:
    print('RuntimeError', e)
st = {1, 2, 3}
try:
    for k in st:
        st.add(k * 10)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    for k, val in d.items():
        del d[k]
except RuntimeError as e:
    print('RuntimeError', e)
for k in list(d):
    d[k * 100] = 1
print(len(d))
