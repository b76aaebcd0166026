# exceptions in various positions
def f(n):
    try:
        if n == 0:
            raise ValueError('zero')
        elif n == 1:
            return {}['missing']
        return 10 // (n - 2)
    except ValueError as e:
        return 'V:' + str(e)
    except LookupError as e:
        return 'L:' + repr(e)
    finally:
        print('finally', n)
for n in range(4):
    try:
        print(f(n))
    except ZeroDivisionError as e:
        print('Z', e, e.args, type(e).__name__)
class Retry(Exception):
    def __init__(self, attempts):
        super().__init__(f'gave up after {attempts}')
        self.attempts = attempts
def attempt():
    for i in range(3):
        try:
            raise ConnectionError if False else KeyError(i)
        except KeyError:
            continue
    raise Retry(3)
try:
    attempt()
except Retry as r:
    print(r, r.attempts, repr(r), r.args, repr(r.__context__))
errors = []
for exc in [ValueError, TypeError, KeyError, IndexError, ZeroDivisionError, AttributeError, RuntimeError, NotImplementedError, AssertionError, StopIteration, OverflowError, RecursionError, NameError, ArithmeticError, LookupError, Exception]:
    try:
        raise exc('msg')
    except (ArithmeticError, LookupError) as e:
        errors.append(('AL', type(e).__name__))
    except Exception as e:
        errors.append(('E', type(e).__name__, str(e)))
print(errors)
def gen_exc():
    try:
        yield 1
    except Exception as e:
        yield 'got ' + repr(e)
g = gen_exc(); next(g)
class MyErr(Exception): pass
print(g.throw(MyErr('custom')))
print(g.throw(MyErr, MyErr('inst')) if False else 'skip')
try:
    raise MyErr('a', 'b')
except MyErr as e:
    print(e.args, str(e))
import contextlib
with contextlib.nullcontext() as nc:
    print(nc)
x = [y := 5, y ** 2]
print(x)
print(isinstance(MyErr(), MyErr), isinstance(ValueError(), MyErr))
try:
    raise MyErr
except MyErr as e:
    print(repr(e), e.args)
class KwE(Exception): pass
for f in (KwE, ValueError):
    try:
        f(x=1)
    except TypeError as e:
        print(e)
