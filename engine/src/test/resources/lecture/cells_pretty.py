# Jupyter's echo of long values: IPython's pretty printer at width 79 (lists, tuples, dicts, sets, nesting,
# more than 1,000 items, multi-line reprs, classes, objects with object's own repr)
# %%
list(range(30))
# %%
[x * 0.1 for x in range(12)]
# %%
{'w' + str(i): [i * 1.5] * 4 for i in range(6)}
# %%
{'a' * 30: [1.5] * 10, 'b': {3, 1, 2}, 'c': (1,), 'd': frozenset({'y', 'x'})}
# %%
[[i, i * i, 'row %d' % i] for i in range(9)]
# %%
tuple(range(1005))[-3:], len(list(range(1005)))
# %%
list(range(1003))
# %%
class Value:
    def __init__(self, data):
        self.data = data
    def __repr__(self):
        return f"Value(data={self.data})"
[Value(i / 7) for i in range(5)]
# %%
class Plain:
    pass
Plain, int, [Plain][0].__name__
# %%
x = [1, 2]
x.append(x)
x, {'k': 'short'}, set(), (), []
# %%
import numpy as np
[np.arange(3.0), np.zeros((2, 3))]
# %%
{i: 'word ' * (i % 4) for i in range(14)}
# %%
class Plain:
    pass
p = Plain()
r = repr(p)
[p] == [p], r[:16], r.endswith('>'), str([p])[:17]
