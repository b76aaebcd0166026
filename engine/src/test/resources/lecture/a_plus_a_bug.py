# %%
import math
class Value:
  def __init__(self, data, _children=(), _op='', label=''):
    self.data = data
    self.grad = 0.0
    self._backward = lambda: None
    self._prev = set(_children)
    self._op = _op
    self.label = label

  def __repr__(self):
    return f"Value(data={self.data})"

  def __add__(self, other):
    out = Value(self.data + other.data, (self, other), '+')
    def _backward():
      self.grad = 1.0 * out.grad
      other.grad = 1.0 * out.grad
    out._backward = _backward
    return out

  def backward(self):
    topo = []
    visited = set()
    def build_topo(v):
      if v not in visited:
        visited.add(v)
        for child in v._prev:
          build_topo(child)
        topo.append(v)
    build_topo(self)
    self.grad = 1.0
    for node in reversed(topo):
      node._backward()
# %%
a = Value(3.0, label='a')
b = a + a   ; b.label = 'b'
b.backward()
a.grad
# %%
draw_dot(b)
# %%
# the same bug with the built-in Value: its _backward replaced by a user function
c = Value(3.0, label='c')
d = c + c; d.label = 'd'
def wrong():
    c.grad = 1.0 * d.grad
d._backward = wrong
d.backward()
c.grad
