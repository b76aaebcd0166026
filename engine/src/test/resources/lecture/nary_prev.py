# A node of the learner's own class with four children in _prev (an n-ary sum), stepped by hand.
class Sum:
    def __init__(self, data, _children=(), _op='', label=''):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = set(_children)
        self._op = _op
        self.label = label
    def __repr__(self):
        return f"Sum(data={self.data})"

def total(*xs):
    out = Sum(sum(x.data for x in xs), xs, 'sum')
    def _backward():
        for x in xs:
            x.grad += out.grad
    out._backward = _backward
    return out

p = Sum(1.0, label='p'); q = Sum(2.0, label='q'); r = Sum(3.0, label='r'); s = Sum(4.0, label='s')
t = total(p, q, r, s); t.label = 't'
t.grad = 1.0
t._backward()
print(t, [x.grad for x in (p, q, r, s)], len(t._prev))
draw_dot(t)
