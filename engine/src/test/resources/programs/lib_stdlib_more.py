# copy, operator, heapq, deque, Counter, OrderedDict, defaultdict, functools (reduce, cache, partial with keywords, total_ordering)
import copy, operator, functools, heapq, collections, string
a = [[1, 2], [3]]
b = copy.copy(a); c = copy.deepcopy(a)
a[0].append(99)
print(b, c, a is b, a[0] is b[0])
print(sorted([('a', 3), ('b', 1)], key=operator.itemgetter(1)), operator.add(2, 3), operator.mul(3, 4), list(map(operator.neg, [1, -2])))
h = [5, 1, 8, 3]
heapq.heapify(h); heapq.heappush(h, 0); print(heapq.heappop(h), h, heapq.nlargest(2, [4, 9, 1]), heapq.nsmallest(2, [4, 9, 1]))
dq = collections.deque(range(5)); dq.rotate(2); print(dq, dq[0], len(dq)); dq.extendleft([9, 8]); print(dq)
c = collections.Counter(['x', 'y', 'x']); c.update('xz'); print(c, c.most_common(1), list(c.elements()), c.total())
od = collections.OrderedDict([('b', 1), ('a', 2)]); od.move_to_end('b'); print(od, list(od.keys()))
dd = collections.defaultdict(int)
for ch in 'hello':
    dd[ch] += 1
print(dd, sorted(dd.items()), dd['missing'], len(dd))
cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3}) if hasattr(collections, 'ChainMap') else None
print(cm['a'] if cm else 1, cm['b'] if cm else 3)
print(functools.reduce(operator.add, [1, 2, 3]), string.capwords('hello world'), string.ascii_letters[:5])
@functools.cache
def f(n):
    return n * 2
print(f(3), f(3))
print(functools.partial(int, base=2)('101'), sorted(['bb', 'a', 'ccc'], key=len, reverse=True))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
