# collections (issue 14): defaultdict, Counter, OrderedDict, deque, namedtuple
from collections import *
d = defaultdict(int)
for w in 'the cat the dog the end cat'.split():
    d[w] += 1
print(d, len(d), 'cat' in d, d['zzz'], sorted(d.items()), dict(d))
g = defaultdict(list)
g['a'].append(1); g['a'].append(2); g['b'].append(3)
print(g, list(g.keys()), g.get('q'), g.copy())
del g['a']
print(g, defaultdict(None, {'x': 1}))
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], sorted(c.elements()), c.total())
c.update('aaz'); c.subtract(['b'])
print(c, c + Counter('zz'), c - Counter(a=10), c & Counter('aab'), c | Counter('bbbbbbb'))
print(Counter({'x': 3, 'y': -1}), +Counter({'x': 3, 'y': -1}), -Counter({'x': 3, 'y': -1}), Counter(), Counter(a=2) == Counter({'a': 2}))
words = Counter(['x', 'y', 'x'])
print(max(words, key=words.get), list(words), words.most_common())
o = OrderedDict()
o['b'] = 1; o['a'] = 2; o['c'] = 3
o.move_to_end('b'); print(o); o.move_to_end('c', last=False); print(o, o.popitem(), o.popitem(last=False), o, OrderedDict())
q = deque([1, 2, 3])
q.append(4); q.appendleft(0); print(q, q.popleft(), q.pop(), q, len(q), q[0], q[-1])
q.rotate(1); print(q); q.rotate(-2); print(q)
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, list(m), 2 in m, deque('ab') == deque(['a', 'b']))
m.extendleft([9, 8]); print(m)
try:
    deque().popleft()
except IndexError as e:
    print('IndexError', e)
Point = namedtuple('Point', 'x, y')
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), tuple(p), p == (1, 2), len(p))
x, y = p
print(x + y, Point._make([3, 4]), sorted([Point(2, 1), Point(1, 5)]), type(p).__name__)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3(1, 2, 3), hash(Point(1, 2)) == hash((1, 2)))
for bad in [lambda: namedtuple('T', 'a a'), lambda: namedtuple('T', '_a'), lambda: namedtuple('T', '1a'),
            lambda: namedtuple('T', 'a class'), lambda: Point(1, 2)._replace(z=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
import heapq
h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h, heapq.nsmallest(3, [4, 1, 3, 2]), heapq.nlargest(2, [4, 1, 3, 2]))
data = [9, 4, 7, 1, 8, 2, 2]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 5), heapq.heapreplace(data, 0), data, [heapq.heappop(data) for _ in range(len(data))])
