# generators: yield, yield from, send/throw/close, return values, generator expressions (lazy)
import itertools
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return 'done'

print(list(count(5)), sum(count(10)))
g = count(2)
print(next(g), next(g), next(g, 'dflt'))
try:
    next(count(0))
except StopIteration as e:
    print('stop', repr(e), e.args)

def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

e = echo()
print(next(e), e.send(3), e.send(4))
try:
    e.send(None)
except StopIteration as s:
    print('returned', s.args, s)

def inner():
    a = yield 1
    b = yield 2
    return a, b

def outer():
    r = yield from inner()
    print('inner gave', r)
    yield from [10, 20]
    yield from range(2)

o = outer()
print(next(o), o.send('A'), o.send('B'), list(o))

def nat():
    n = 0
    while True:
        yield n
        n += 1

print(list(itertools.islice(nat(), 5)))
print(list(zip(nat(), 'abc')))
print([x * 2 for x in count(4)])
gg = (x * x for x in nat() if x % 2)
print(next(gg), next(gg), next(gg))
print(type(gg).__name__ if hasattr(type(gg), '__name__') else 'x')

def fin():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')

f = fin()
print(next(f))
f.close()
print('closed')

def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as ex:
            print('caught', ex)
c = catcher()
next(c)
print(c.throw(ValueError('bad')))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
for i, v in enumerate(fib()):
    if i > 10:
        break
    print(v, end=' ')
print()
def mixed(x):
    print('start', (yield x) + 1, [(yield 'a'), (yield 'b')])
m = mixed(7)
print(next(m), m.send(10), m.send('p'))
try:
    m.send('q')
except StopIteration:
    print('end')
print(any(x > 3 for x in nat()))
def early():
    for i in range(10):
        if i == 3:
            return i
        yield i
print(list(early()))
def tryyield():
    try:
        yield 1
        raise KeyError('k')
    except KeyError as e:
        yield repr(e)
    else:
        yield 'no'
    finally:
        yield 'fin'
print(list(tryyield()))
def g():
    yield 1
x = g()
try:
    x.send(5)
except TypeError as e:
    print(e)
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print('RT', e)
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
def me():
    yield next(it)
it = me()
try:
    next(it)
except ValueError as e:
    print(e)
def gen_with_default(n=3, *args, k=2):
    for i in range(n):
        yield i * k, args
print(list(gen_with_default(2, 'a', k=5)))
class C:
    def __init__(self):
        self.items = [3, 1, 2]
    def __iter__(self):
        for i in sorted(self.items):
            yield i
print(list(C()), sorted(C(), reverse=True), max(C()))
def deleg():
    try:
        yield from stubborn2()
    except KeyError as e:
        yield 'outer caught ' + str(e)
def stubborn2():
    yield 'a'
    yield 'b'
d = deleg()
print(next(d), d.throw(KeyError('zz')))
print(sum(x for x in range(5)), sorted((y for y in 'bca')), dict((k, 1) for k in 'ab'))
print(list(x for x in range(3) for _ in range(2)))
def gen2():
    yield
print(list(gen2()))
def gret():
    return 5
    yield
try:
    next(gret())
except StopIteration as e:
    print(e.value if hasattr(e, 'value') else 'novalue', e.args)
def ge():
    x = yield
    print('got', x)
z = ge(); next(z)
try:
    z.send(7)
except StopIteration:
    pass
class Node:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()
t = Node(1, [Node(2, [Node(3)]), Node(4)])
print(list(t.walk()))
def deep(n):
    if n == 0:
        yield 'bottom'
        return
    yield from deep(n - 1)
print(list(deep(50)))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), 'ab', {4: 0})))
print(3 in (x for x in range(5)), 9 in (x for x in range(5)))
def pairs():
    for i in range(3):
        for j in range(3):
            if j > i:
                continue
            yield i, j
print(list(pairs()))
def w():
    i = 0
    while True:
        i += 1
        if i % 2:
            continue
        if i > 8:
            break
        yield i
    else:
        yield 'never'
    yield 'end'
print(list(w()))
def tf():
    for i in range(3):
        try:
            if i == 1:
                continue
            yield i
        finally:
            print('fin', i)
print(list(tf()))
def ret_in_try():
    try:
        yield 1
        return 'r'
    finally:
        print('cleanup')
g = ret_in_try()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('value', e.value)
def unpack():
    a, b = yield
    print(a + b)
    x, *rest = yield 'second'
    print(x, rest)
u = unpack(); next(u); print(u.send((1, 2)))
try:
    u.send([1, 2, 3])
except StopIteration:
    print('done')
def lam():
    f = lambda: (yield 5)
    return f
print(list(lam()()))
gen = (i for i in range(3))
print(list(gen), list(gen))
def square_sent():
    v = 0
    while True:
        v = (yield v * v) or v + 1
s = square_sent()
print([next(s) for _ in range(4)], s.send(10), next(s))
def exc_inside():
    try:
        yield 1
    except ValueError:
        yield 'recovered'
        raise
e = exc_inside()
next(e)
print(e.throw(ValueError))
try:
    next(e)
except ValueError as ex:
    print('reraised', repr(ex))
print(list(enumerate(x * 2 for x in 'ab')))
print(dict(zip('abc', (i * i for i in range(10)))))
print(sorted(k for k in {'b': 1, 'a': 2}))
print(max((len(s), s) for s in ['aa', 'b', 'ccc']))
print(''.join(c.upper() for c in 'hey'))
print(tuple(x for x in [1, 2] for y in [0, 1] if x + y))
def early_gen():
    yield 1
    raise KeyError('nope')
try:
    for v in early_gen():
        print('v', v)
except KeyError as e:
    print('loop error', e)
print(list(map(lambda x: x + 1, (y for y in range(3)))))
def g_cond(xs):
    for x in xs:
        yield x if x > 0 else (yield -x)
print(list(g_cond([1, -2, 3])))
def agg():
    total = 0
    count = 0
    while True:
        v = yield (total / count if count else None)
        total += v; count += 1
a = agg(); next(a)
print(a.send(10), a.send(20), a.send(60))
print(type(a).__name__)
import itertools
print(list(itertools.takewhile(lambda x: x < 10, (x * x for x in itertools.count()))))
def g():
    try:
        for i in range(10):
            yield i
    finally:
        print('closed at', i)
for x in g():
    if x == 2:
        break
print('after')
def h():
    for x in g():
        if x == 1:
            return x
print(h())
try:
    for x in g():
        raise ValueError(x)
except ValueError as e:
    print('err', e)
print(repr(GeneratorExit()), GeneratorExit().args)
