# every Value operation, in both orders, and Python int vs float data
a = Value(2)
b = Value(3)
print(a, b, a + b, a * b, a - b, a ** 2, a / b, -a, a + 1, 1 + a, 2 * a, a * 2.0, 1 - a, a - 1, 6 / a, a / 2)
print(Value(-3).relu(), Value(-3.0).relu(), Value(4).relu(), Value(0.5).relu(), (a ** -1), (a ** 0.5))
x = Value(0.7, label='x')
ops = [x.tanh(), x.exp(), x.log(), x.relu(), x + x, x * x, x ** 3, x / 2, 2 / x, 1 - x, -x]
for o in ops:
    print(o._op, f"{o.data:.6f}", len(o._prev))
total = sum(ops)
total.backward()
print(f"{x.grad:.6f}", x.label, repr(x.label))
print(a.data, a.grad, type(a.data).__name__, type(x.data).__name__)
a.data += 0.5
print(a, a.data)
p = Value(1.0)
p.grad = 0
print(p.grad)
q = p * 3
q.backward()
print(p.grad, q.grad)
p.data = 5
print(p, p.data)
c = Value(2.0, label='c')
d = c * c + c
d.label = 'd'
d.backward()
print(c.grad, d.grad, d._op, [v.data for v in sorted(d._prev, key=lambda v: v.data)])
e = Value(1.0)
for _ in range(100):
    e = e * 1.01
print(e)
z = Value(0.0)
f = z.sigmoid()
f.backward()
print(f, z.grad)
vals = [Value(i) for i in range(5)]
s = sum(vals)
print(s, s._op, sum(vals, Value(10)))
print(Value(2) * Value(3), Value(2) ** 3, Value(7) - Value(2), Value(1) / Value(4))
print(a in [a, b], b in {a}, len({a, a, b}), a is a, a == a, a == b, a != b)
print(Value(2.5).data, Value(True).data if False else Value(1).data)
