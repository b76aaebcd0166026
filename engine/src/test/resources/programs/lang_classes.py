# multiple inheritance (C3 MRO), super() along the MRO, __mro__/__bases__/__doc__/__qualname__, property, class decorators
class A:
    "doc A"
    def f(self): return 'A'
class B(A):
    def f(self): return 'B' + super().f()
class C(A):
    def f(self): return 'C' + super().f()
class D(B, C):
    def f(self): return 'D' + super().f()
print(D().f())
print(D.__mro__)
print(A.__doc__, D.__doc__, D.__name__, D.__qualname__)
def g():
    "gdoc"
print(g.__doc__, g.__name__, g.__qualname__)
class P:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print('del')
p = P(); p.x = 5; print(p.x); del p.x
def dec(c):
    c.tag = 1
    return c
@dec
class Q: __slots__ = ('a',)
print(Q.tag)
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e: print(e)
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class V(Z, W): pass
except TypeError as e: print(e)
try:
    class U(X, X): pass
except TypeError as e: print(e)
class Base:
    def __init__(self):
        print('Base init'); self.log = ['Base']
    @classmethod
    def make(cls): return cls.__name__
    @property
    def kind(self): return 'base'
class L(Base):
    def __init__(self):
        super().__init__(); self.log.append('L'); print('L')
    @classmethod
    def make(cls): return 'L:' + super().make()
class R(Base):
    def __init__(self):
        super().__init__(); self.log.append('R'); print('R')
    @property
    def kind(self): return 'r+' + super().kind
class M(L, R):
    def __init__(self):
        super(M, self).__init__(); print('M', self.log)
m = M()
print(M.make(), m.kind, isinstance(m, R), issubclass(M, Base), issubclass(M, R), issubclass(R, L))
print([c.__name__ for c in M.__mro__], M.__bases__, Base.__bases__)
def celsius(self): return self._c
def set_c(self, v): self._c = v * 2
class T:
    c = property(celsius, set_c, doc='temp')
t = T(); t.c = 4; print(t.c, T.c.__doc__, T.c.fget.__name__, T.c.fdel)
class Ro:
    @property
    def v(self):
        "the v"
        return 1
r = Ro()
print(Ro.v.__doc__)
try: r.v = 2
except AttributeError as e: print(e)
try: del r.v
except AttributeError as e: print(e)
def register(cls):
    return 'replaced ' + cls.__name__
@register
class Gone: pass
print(Gone)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.__module__)
class E:
    def __eq__(s, o): return True
try: {E()}
except TypeError as e: print(e)
print(E.__hash__, E() == 3)
class H(E):
    def __hash__(s): return 7
print(len({H(), H(), 1}), hash(H()))
print(Base.__doc__, celsius.__doc__)
print(dir(m) == sorted(dir(m)), 'make' in dir(M), 'log' in dir(m))
