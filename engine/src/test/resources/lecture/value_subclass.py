# Subclassing the built-in Value: the subclass keeps its own methods and repr, ops return Value (as in micrograd),
# mixed graphs with built-in Values, every op of the built-in.
class Named(Value):
    def __init__(self, data, label=''):
        super().__init__(data, label=label)
        self.note = 'mine'
    def double(self):
        return self * 2
    def __repr__(self):
        return f"Named({self.data}, {self.label!r})"

a = Named(3.0, label='a')
b = a.double(); b.label = 'b'
c = b + a; c.label = 'c'
c.backward()
print(a, type(a).__name__, isinstance(a, Value), a.note)
print(b, type(b).__name__, c, a.grad, b.grad)
print(sorted(v.data for v in c._prev))
m = Value(4.0, label='m')
k = a * m + 1; k.label = 'k'
k.backward()
print(k, type(k).__name__, a.grad, m.grad, isinstance(k, Value), isinstance(m, Named))
o = (a.tanh() + a.exp().log() - a / 2 + a.relu() * a.sigmoid() + 2 - a ** 2 + 3 / a + 1 * a).tanh()
o.backward()
print(o, a.grad)
draw_dot(k)
