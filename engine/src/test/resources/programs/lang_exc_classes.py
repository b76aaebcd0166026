# user exception classes, raise from, __cause__/__context__; the last one is uncaught
class MyError(Exception):
    def __init__(self, msg, code):
        Exception.__init__(self, msg)
        self.code = code
    def __str__(self):
        return f'{self.args[0]} (code {self.code})'
try:
    raise MyError('boom', 7)
except MyError as e:
    print(e, repr(e), e.args)
class V(ValueError):
    def __init__(self, *args):
        super().__init__(*args)
print(repr(V(1, 2)), str(V('only')))
class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
for cls in (Base, Mid, Leaf):
    try:
        raise cls('x')
    except Leaf:
        print('leaf')
    except Mid as e:
        print('mid', type(e).__name__)
    except Base:
        print('base')
try:
    raise Leaf
except Exception as e:
    print(repr(e), isinstance(e, Base))
def f():
    try:
        return 1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped') from e
try:
    f()
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__)
e = Exception('a', 'b')
print(e.args, str(e), repr(e))
print(str(Exception()), repr(Exception()), Exception('x') == Exception('x'))
class WithAttr(Exception):
    def __init__(self, value):
        self.value = value
w = WithAttr(3)
print(w.value, w.args, str(w), repr(w))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
err = KeyError('k', 'l')
print(str(err), repr(err))
print(StopIteration(3).value, repr(StopIteration(3)))
try:
    try:
        raise ValueError('inner')
    finally:
        print('finally runs')
except ValueError as e:
    print('outer', e)
def nested():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise ValueError('b')
        except ValueError as e:
            return repr(e.__context__)
print(nested())
try:
    raise ValueError('x') from KeyError('y')
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
class E2(Exception):
    pass
try:
    raise E2('a') from 5
except TypeError as e:
    print('TE', e)
print(issubclass(E2, BaseException), isinstance(E2(), BaseException))
class AppError(Exception):
    pass
class NotFound(AppError, ):
    def __init__(self, name, code=404):
        super().__init__(f"{name} not found")
        self.name = name
        self.code = code
class Quiet(ValueError):
    def __str__(self):
        return 'quiet:' + str(self.args)
class K(KeyError):
    pass

try:
    raise NotFound('page')
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args, e.code, e.name, isinstance(e, Exception), isinstance(e, NotFound))
try:
    raise Quiet(1, 2)
except ValueError as e:
    print(str(e), repr(e), e.args)
try:
    raise K('key')
except LookupError as e:
    print(str(e), repr(e))
print(repr(AppError()), repr(AppError('x', 1)), str(AppError('x', 1)), str(AppError()))
try:
    try:
        {}['a']
    except KeyError as e:
        raise ValueError('bad') from e
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise AppError('during')
except AppError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        int('x')
    except ValueError:
        [][1]
except IndexError as e:
    print(repr(e.__context__))
try:
    raise AppError('x') from None
except AppError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    raise AppError
except Exception as e:
    print(repr(e), type(e) is AppError)
print(issubclass(NotFound, Exception), issubclass(NotFound, AppError), issubclass(K, LookupError), issubclass(AppError, ValueError))
def f():
    raise StopIteration(5)
try:
    f()
except StopIteration as e:
    print(e.value, e.args)
try:
    raise NotFound('x')
except (KeyError, AppError) as e:
    print('tuple caught', e)
class Custom(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
c = Custom(1, 2)
print(c.args, repr(c), str(c))
try:
    raise ValueError('a', 2)
except Exception as e:
    print(e.args, e)
raise NotFound('final')
