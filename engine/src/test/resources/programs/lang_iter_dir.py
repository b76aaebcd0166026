# iteration protocol: __getitem__ only, __iter__ returning an iterator object, iter()/next() of user iterators,
# __contains__, __reversed__, len/bool checks; dir() of instances and classes; the sys module's constants
class G:
    def __getitem__(s, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(G()), 20 in G())
for x in G(): print(x)
class It:
    def __init__(s): s.n = 0
    def __next__(s):
        s.n += 1
        if s.n > 3: raise StopIteration
        return s.n
class I2:
    def __iter__(s): return It()
print(list(I2()), sorted(I2()), sum(I2()), 2 in I2())
class C:
    def __contains__(s, x): return x == 5
    def __reversed__(s): return iter([3,2,1])
    def __len__(s): return 4
print(5 in C(), 4 in C(), len(C()))
class L:
    def __len__(s): return -1
try: len(L())
except ValueError as e: print(e)
try: bool(L())
except ValueError as e: print(e)
class B2:
    def __bool__(s): return 2
try: bool(B2())
except TypeError as e: print(e)
class L2:
    def __len__(s): return 'a'
try: len(L2())
except TypeError as e: print(e)
class L3:
    def __len__(s): return 2**70
try: len(L3())
except OverflowError as e: print(e)
print(bool(C()))
try: iter(C())
except TypeError as e: print(e)
class R:
    def __iter__(s): return 5
try: iter(R())
except TypeError as e: print(e)
print(list(reversed(G.__getitem__.__name__)))
class RL:
    def __len__(s): return 3
    def __getitem__(s, i): return i*2
print(list(reversed(RL())))
class C:
    def __contains__(s, x): return x == 5
    def __reversed__(s): return iter([3,2,1])
    def __len__(s): return 4
print(list(reversed(C())))
class R:
    def __iter__(s): return 5
try: iter(R())
except TypeError as e: print(e)
class R2:
    def __iter__(s): return [1]
try: list(R2())
except TypeError as e: print(e)
class RL:
    def __len__(s): return 3
    def __getitem__(s, i): return i*2
print(list(reversed(RL())))
class OnlyIter:
    def __iter__(s): return iter([1, 2])
try: reversed(OnlyIter())
except TypeError as e: print(e)
class Both:
    def __iter__(s): return s
    def __next__(s): raise StopIteration
print(list(Both()), iter(Both()).__class__.__name__)
it = iter(Both()); print(type(it).__name__, next(it, 'dflt'))
class Cnt:
    def __init__(s): s.i = 0
    def __iter__(s): return s
    def __next__(s):
        s.i += 1
        if s.i > 2: raise StopIteration
        return s.i
c = Cnt(); print(next(c), next(c), next(c, None))
try: next(c)
except StopIteration: print('stop')
print((1).__class__.__name__, 'a'.__class__)
class A:
    x = 1
    def f(self): pass
a = A(); a.y = 2
print(dir(a))
print(dir(A))
import sys
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.maxsize, sys.argv[:0], sys.version_info.major)
print([n for n in dir([]) if not n.startswith('_')][:5], 'bit_length' in dir(1))
print(sys.version_info, sys.version_info[0] == 3, sys.version_info < (3, 12), sys.version_info.releaselevel)
major, minor, *_ = sys.version_info
print(major, minor, sys.platform, sys.byteorder, type(sys.argv).__name__)
class Sub(A):
    def g(self): pass
print([n for n in dir(Sub()) if not n.startswith('__')], '__init__' in dir(Sub))
