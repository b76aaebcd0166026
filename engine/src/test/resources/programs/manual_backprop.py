import math
x1 = Value(2.0, label='x1')
x2 = Value(0.0, label='x2')
w1 = Value(-3.0, label='w1')
w2 = Value(1.0, label='w2')
b = Value(6.8813735870195432, label='b')
x1w1 = x1*w1; x1w1.label = 'x1*w1'
x2w2 = x2*w2; x2w2.label = 'x2*w2'
x1w1x2w2 = x1w1 + x2w2; x1w1x2w2.label = 'x1*w1 + x2*w2'
n = x1w1x2w2 + b; n.label = 'n'
o = n.tanh(); o.label = 'o'

# by hand first
print('do/dn by hand:', round(1 - o.data**2, 6))

# now node by node, in the lecture's order
o.grad = 1.0
o._backward()
print('n.grad', n.grad)
n._backward()
print('b.grad', b.grad, 'x1w1x2w2.grad', x1w1x2w2.grad)
x1w1x2w2._backward()
print(x1w1.grad, x2w2.grad)
x2w2._backward()
x1w1._backward()
print('x1', x1.grad, 'w1', w1.grad, 'x2', x2.grad, 'w2', w2.grad)

# topological order built by hand, as in the lecture
topo = []
visited = set()
def build_topo(v):
    if v not in visited:
        visited.add(v)
        for child in v._prev:
            build_topo(child)
        topo.append(v)
build_topo(o)
print(len(topo), topo[-1] is o, o in visited, x1 in visited)
print(sorted([v.label for v in topo]))

# reset and do it with reversed(topo)
for v in topo:
    v.grad = 0.0
o.grad = 1.0
for node in reversed(topo):
    node._backward()
print([round(v.grad, 6) for v in [x1, x2, w1, w2, b]])
