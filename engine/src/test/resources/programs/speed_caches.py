# The interpreter's caches (issue 14) must never change what a program sees: attribute slots by shape,
# stores that add a name, method calls, module names and built-ins, free variables. Output is CPython 3.11's.
class A:
    def __init__(self, x):
        self.x = x
        self.y = x * 2

    def f(self):
        return self.x + self.y


class B(A):
    def __init__(self, x):
        self.z = 0
        super().__init__(x)


def total(objs):
    s = 0
    for o in objs:
        s += o.x + o.f()
    return s


objs = [A(1), B(2), A(3), B(4)]
print(total(objs), [sorted(vars(o)) for o in objs[:2]], list(vars(objs[1])))
# an instance attribute shadows the method from then on; deleting it brings the method back
o = objs[0]
o.f = lambda: 'own'
print(total(objs[1:]), o.f())
del o.f
print(o.f(), 'f' in vars(o))
# deleting and re-adding moves the name to the end, as a dict does
del o.x
o.x = 5
print(list(vars(o)), o.f(), o.__dict__)
# __dict__ writes are attributes
o.__dict__['w'] = 7
print(o.w, list(vars(o)))
# many attributes, then removal, then polymorphic reads at one site
big = A(0)
for i in range(60):
    setattr(big, 'a%d' % i, i)
del big.a3
print(len(vars(big)), big.a59, getattr(big, 'a3', 'gone'), list(vars(big))[:4])
# a property added to the class later wins over the stores this site had cached
class P:
    pass


def put(p, v):
    p.v = v


p = P()
for i in range(3):
    put(p, i)
print(p.v)
P.v = property(lambda self: 'prop', lambda self, v: None)
put(p, 99)
print(p.v, vars(p))
# a method replaced on the class is seen by a cached call site
def call(a):
    return a.f()


print(call(objs[2]))
A.f = lambda self: 'new f'
print(call(objs[2]), call(objs[3]))
# module names: rebound, deleted, shadowing a built-in and un-shadowing it
def read():
    return g, len('abc')


g = 1
print(read())
g = 2
print(read())
len = lambda s: 'mine'
print(read())
del len
print(read())
del g
try:
    read()
except NameError as e:
    print('NameError', e)
g = 3
print(read())
# free variables of nested functions and comprehensions
def outer(n):
    k = n
    def mid():
        def inner():
            return k + n
        return [inner() + j for j in range(2)]
    r1 = mid()
    k = 10
    return r1, mid()


print(outer(1), outer(2))
print([sum(i * j for j in range(4)) for i in range(3)])
# indexing and unpacking lists and tuples (fast paths): negative, out of range, wrong length
lst = [1, 2, 3]
tup = (4, 5)
print(lst[-1], lst[0], tup[-2], tup[1])
for bad in (lambda: lst[3], lambda: lst[-4], lambda: tup[2], lambda: lst[True]):
    try:
        print(bad())
    except IndexError as e:
        print('IndexError', e)
[a, b, c] = lst
x, y = tup
print(a, b, c, x, y)
try:
    [a, b] = lst
except ValueError as e:
    print('ValueError', e)
pts = [[1, [2, 3]], [4, [5, 6]]]
for p, [q, r] in pts:
    print(p + q + r)
