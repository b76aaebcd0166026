# a neuron with tanh, as in the lecture
# inputs x1,x2
x1 = Value(2.0, label='x1')
x2 = Value(0.0, label='x2')
# weights w1,w2
w1 = Value(-3.0, label='w1')
w2 = Value(1.0, label='w2')
# bias of the neuron
b = Value(6.8813735870195432, label='b')
# x1*w1 + x2*w2 + b
x1w1 = x1*w1; x1w1.label = 'x1*w1'
x2w2 = x2*w2; x2w2.label = 'x2*w2'
x1w1x2w2 = x1w1 + x2w2; x1w1x2w2.label = 'x1*w1 + x2*w2'
n = x1w1x2w2 + b; n.label = 'n'
o = n.tanh(); o.label = 'o'
o.backward()
for v in [x1, x2, w1, w2, b, x1w1, x2w2, x1w1x2w2, n, o]:
    print(f"{v.label:>14} data={v.data:.4f} grad={v.grad:.4f}")
print(o, o._op, n._op, x1w1._op, sorted(c.label for c in n._prev))
draw_dot(o)
