# the bug from the lecture: a value used twice must collect both gradients
a = Value(3.0, label='a')
b = a + a; b.label = 'b'
b.backward()
print(a.grad)

a = Value(-2.0, label='a')
b = Value(3.0, label='b')
d = a * b; d.label = 'd'
e = a + b; e.label = 'e'
f = d * e; f.label = 'f'
f.backward()
print(a.grad, b.grad, d.grad, e.grad)
print(len(b._prev) if False else len((a + a)._prev), len((a * b)._prev))
# backward twice accumulates
a = Value(2.0)
c = a * a
c.backward()
c.backward()
print(a.grad, c.grad)
