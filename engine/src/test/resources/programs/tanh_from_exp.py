x1 = Value(2.0, label='x1')
x2 = Value(0.0, label='x2')
w1 = Value(-3.0, label='w1')
w2 = Value(1.0, label='w2')
b = Value(6.8813735870195432, label='b')
x1w1 = x1*w1; x1w1.label = 'x1*w1'
x2w2 = x2*w2; x2w2.label = 'x2*w2'
x1w1x2w2 = x1w1 + x2w2; x1w1x2w2.label = 'x1*w1 + x2*w2'
n = x1w1x2w2 + b; n.label = 'n'
# ----
e = (2*n).exp()
o = (e - 1) / (e + 1)
# ----
o.label = 'o'
o.backward()
print(o)
for v in (x1, w1, x2, w2, b, n):
    print(v.label, f"{v.grad:.6f}")
a = Value(2.0)
b = Value(4.0)
print(a / b, a - b, 2 * a, a * 2, a + 1, 1 + a, a ** 3, (a ** 3)._op, a.exp())
c = a / b
c.backward()
print(a.grad, b.grad)
