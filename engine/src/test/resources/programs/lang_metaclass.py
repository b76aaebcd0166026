# metaclasses: __new__ through super(), __call__ (a singleton), __init__ and methods seen from the class, metaclass=type,
# abc.ABCMeta refusing an abstract class, class keywords passed to __init_subclass__
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class A(metaclass=Meta):
    pass
class B(A):
    def hi(self):
        return 'hi'
print(A.tag, B.tag, type(A).__name__, type(B), isinstance(A, Meta), isinstance(A, type), B().hi())
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=1):
        self.v = v
a = Config(5)
b = Config(7)
print(a is b, a.v, b.v)
registry = []
class Registering(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        registry.append(name)
    def describe(cls):
        return 'class ' + cls.__name__
class Base(metaclass=Registering):
    pass
class Child(Base):
    pass
print(registry, Child.describe(), type(Child) is Registering)
class Plain(metaclass=type):
    x = 1
print(Plain.x, type(Plain))
from abc import ABCMeta, abstractmethod
class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        ...
class Sq(Shape):
    def area(self):
        return 4
print(Sq().area())
class Hooked:
    def __init_subclass__(cls, flavor=None, **kw):
        cls.flavor = flavor
class Sweet(Hooked, flavor='sugar'):
    pass
print(Sweet.flavor)
try:
    Shape()
except TypeError as e:
    print(e)
