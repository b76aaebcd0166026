d = {'w': 1.5, 'b': -0.5}
print(d.keys(), d.values(), d.items(), len(d.keys()), 'w' in d.keys())
print(list(d), dict(a=1, b=2), dict([('x', 1)]), {**d, 'z': 0})
for k in d:
    d[k] *= 2
print(d, d.pop('w'), d, d.setdefault('q', 7), d)
counts = {}
for ch in 'backprop':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({1: 'a', 1.0: 'b', True: 'c'})
s = set()
v = Value(1.0)
s.add(v); s.add(v)
print(len(s), v in s, Value(1.0) in s)
t = (1, 2)
print({t: 'pair'}[(1, 2)], {(1, 2): 3}.get(t))
nums = {x % 3 for x in range(10)}
print(len(nums), sorted(nums), 2 in nums)
e = frozenset([1, 2])
print(len(e), 1 in e)
