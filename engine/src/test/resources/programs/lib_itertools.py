# itertools, functools, operator, string (issue 14): laziness of the endless iterators, CPython's orders
import itertools
from itertools import count, cycle, repeat, islice, chain, product, permutations, combinations
from itertools import combinations_with_replacement, accumulate, zip_longest, groupby, starmap, takewhile, dropwhile
from itertools import tee, pairwise, compress, filterfalse
import functools
from functools import reduce, partial, lru_cache, cmp_to_key
import operator
import string
print(list(islice(count(), 5)), list(islice(count(10, 2.5), 3)), list(islice(cycle('ab'), 5)), list(repeat('x', 3)))
for i in count(1):
    if i * i > 50:
        print('first square past 50:', i)
        break
print(list(zip(range(3), repeat(7))), list(islice(range(20), 2, 12, 3)), list(islice('abcdef', None, 3)))
print(list(chain([1, 2], 'ab', (3,))), list(chain.from_iterable([[1], [2, 3], []])), list(itertools.chain.from_iterable(['xy', 'z'])))
print(list(product('ab', [1, 2])), len(list(product(range(3), repeat=3))), list(product()), list(product([1, 2], [])))
print(list(permutations([1, 2, 3])), list(permutations('abcd', 2))[:5], list(permutations([1], 2)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations([1, 2], 3)), list(combinations([], 0)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max, initial=2)))
print(list(zip_longest('abc', [1])), list(zip_longest([1, 2], 'x', fillvalue='-')))
print([(k, list(g)) for k, g in groupby('aaabccaa')], [(k, len(list(g))) for k, g in groupby([1, 2, 4, 5, 7], key=lambda v: v % 2)])
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(dropwhile(lambda v: v < 3, [1, 2, 5, 1])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b), list(pairwise('abcd')), list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(filterfalse(None, [0, 1, '', 'x'])))
evens = filter(lambda v: v % 2 == 0, count())
print(next(evens), next(evens), next(evens))
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda x, y: x * y, range(1, 6), 10), reduce(max, [], 'empty'))
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = functools.partial(power, exp=3)
print(square(5), cube(2), partial(power, 2)(10), list(map(partial(operator.mul, 3), [1, 2])))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
@functools.cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
@lru_cache
def sq(n):
    return n * n
print(fib(80), ways(60), sq(12), [fib(i) for i in range(10)])
def compare(x, y):
    return (x > y) - (x < y)
print(sorted([5, 2, 9, 1], key=cmp_to_key(compare)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda s, t: len(t) - len(s))))
pairs = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(pairs, key=operator.itemgetter(1)), operator.itemgetter(0, 1)('xyz'), list(map(operator.itemgetter(0), pairs)))
print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3), operator.truediv(1, 4), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.neg(4), operator.not_(0), operator.lt(1, 2), operator.eq('a', 'a'), operator.contains([1, 2], 2), operator.pow(2, 10))
print(operator.attrgetter('real')(3), operator.methodcaller('upper')('abc'), operator.methodcaller('split', ',')('a,b'))
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation, repr(string.whitespace))
print(string.ascii_letters, string.hexdigits, string.octdigits)
for bad in [lambda: reduce(operator.add, []), lambda: list(islice([1], -1)), lambda: list(combinations([1], -1)),
            lambda: list(product([1], repeat=-1)), lambda: partial(1), lambda: fib([1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
