# __getattr__, __setattr__/__delattr__ with object.__setattr__ and super(), descriptors with __set_name__, __slots__ (ignored),
# type(name, bases, dict), NotImplemented from __eq__, __new__, __init_subclass__, a live __dict__
class Dyn:
    def __getattr__(self, name):
        if name.startswith('x'): return name * 2
        raise AttributeError(name)
d = Dyn(); print(d.xy, hasattr(d, 'q'), getattr(d, 'q', 'dflt'))
class Rec:
    def __setattr__(self, k, v):
        print('set', k, v); object.__setattr__(self, k, v)
r = Rec(); r.a = 1; print(r.a)
class Desc:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, 0) * 10
    def __set__(self, obj, v): setattr(obj, self.name, v)
class UsesDesc:
    v = Desc()
u = UsesDesc(); u.v = 4; print(u.v)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
print(S().a)
T = type('T', (object,), {'k': 3, 'f': lambda self: self.k + 1})
print(T().f(), T.__name__)
class NI:
    def __eq__(self, o): return NotImplemented
print(NI() == NI(), NI() != 1)
print(isinstance(3, (str, int)), type(d).__name__, type(d) is Dyn)
class Base:
    def __init_subclass__(cls, **kw):
        print('sub', cls.__name__)
class Child(Base): pass
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1 = Single(1); s2 = Single(2); print(s1 is s2, s1.v)
class Pt:
    def __new__(cls, x):
        o = object.__new__(cls); o.x = x * 2; return o
print(Pt(3).x)
class Guard:
    def __init__(self): self.__dict__['ok'] = 1
    def __setattr__(self, k, v):
        if k == 'bad': raise AttributeError('no ' + k)
        super().__setattr__(k, v)
    def __delattr__(self, k): print('del', k); object.__delattr__(self, k)
g = Guard(); g.x = 5; print(g.x)
try: g.bad = 1
except AttributeError as e: print(e)
del g.x; print(hasattr(g, 'x'))
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind): raise TypeError(self.name + ' must be ' + self.kind.__name__)
        obj.__dict__[self.name] = value
class Person:
    age = Typed(int)
    def __init__(self, age): self.age = age
p = Person(30); print(p.age, Person.age.name)
try: p.age = 'x'
except TypeError as e: print(e)
class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)
class A1(Plugin): pass
class B1(Plugin): pass
print(Plugin.registry)
X = type('X', (A1,), {'hello': lambda self: 'hi ' + type(self).__name__})
print(X().hello(), X.__mro__[1].__name__, isinstance(X(), Plugin))
class Bag:
    def __init__(self, **kw): self.__dict__.update(kw)
b = Bag(a=1, b=2); print(b.a, b.b, vars(b)); b.c = 3; print(b.__dict__, 'c' in b.__dict__)
del b.__dict__['a']; print(hasattr(b, 'a'), sorted(vars(b)))
# vars() of classes and of objects (live, in insertion order)
class VA:
    x = 1
    def f(self): pass
print(sorted(k for k in vars(VA) if not k.startswith("__")), vars(VA)["x"])
class VP:
    def __init__(s):
        s.zeta = 1; s.alpha = 2; s.mid = 3; s.b = 4; s.a = 5
p = VP(); print(vars(p), p.__dict__, list(vars(p)))
vars(p)['new'] = 6; print(p.new)
del p.alpha; p.alpha = 0; print(vars(p))
