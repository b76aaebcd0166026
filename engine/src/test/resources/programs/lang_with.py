# with: __enter__/__exit__, several items, swallowing, contextlib
from contextlib import contextmanager, nullcontext, suppress
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, repr(v), tb is None)
        return self.swallow

with CM('a') as a, CM('b') as b:
    print('body', a.name, b.name)
with CM('s', True):
    raise ValueError('x')
print('after swallow')
try:
    with CM('n'):
        {}['k']
except KeyError as e:
    print('propagated', repr(e))
def f():
    with CM('r'):
        return 'ret'
print(f())
for i in range(3):
    with CM(i):
        if i == 1:
            continue
        if i == 2:
            break
        print('loop', i)

@contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    finally:
        print('</' + name + '>')

with tag('p') as t:
    print('inside', t)
try:
    with tag('q'):
        raise IndexError('oops')
except IndexError as e:
    print('got', e)

@contextmanager
def catching():
    try:
        yield
    except ZeroDivisionError as e:
        print('handled', e)

with catching():
    1 / 0
print('continued')
with nullcontext(42) as n:
    print(n)
with suppress(KeyError, IndexError):
    [][0]
print('suppressed')
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class Half:
    def __enter__(self): return 1
try:
    with Half():
        pass
except TypeError as e:
    print(e)
def gen_with():
    with CM('g'):
        yield 1
        yield 2
print(list(gen_with()))
class Exits:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError('in exit')
try:
    with Exits():
        raise ValueError('v')
except RuntimeError as e:
    print(e, repr(e.__context__))
# parenthesized with items (3.10+)
class CM2:
    def __init__(self, n): self.n = n
    def __enter__(self): print('in', self.n); return self.n
    def __exit__(self, *a): print('out', self.n)
with (CM2(1) as a, CM2(2) as b):
    print(a, b)
with (CM2(3)):
    pass
with (CM2(4)) as c, CM2(5):
    print(c)
with (
    CM2(6) as d,
    CM2(7),
):
    print(d)
