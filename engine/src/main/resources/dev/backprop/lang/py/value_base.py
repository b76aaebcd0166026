import math
_V = Value

def _node(data, children, op, kind, y=0):
    # an op's output; its _backward pushes out.grad times the op table's local derivative to each child (as in
    # micrograd, a child given twice, a + a, gets both pushes)
    out = Value(data, children, op)
    t = out.data
    def _backward():
        x = children[0].data
        other = children[1].data if len(children) > 1 else y
        for i, child in enumerate(children):
            child.grad += _local(kind, i, x, other, t, out.data) * out.grad
    out._backward = _backward
    return out

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
        other = other if isinstance(other, _V) else Value(other)
        return _node(self.data + other.data, (self, other), '+', _ADD)

    def __mul__(self, other):
        other = other if isinstance(other, _V) else Value(other)
        return _node(self.data * other.data, (self, other), '*', _MUL)

    def __pow__(self, other):
        assert isinstance(other, (int, float)), "only supporting int/float powers for now"
        return _node(_forward(_POW, self.data, other), (self,), f'**{other}', _POW, other)

    def tanh(self):
        return _node(_forward(_TANH, self.data), (self,), 'tanh', _TANH)

    def exp(self):
        return _node(_forward(_EXP, self.data), (self,), 'exp', _EXP)

    def log(self):
        return _node(_forward(_LOG, self.data), (self,), 'log', _LOG)

    def relu(self):
        return _node(_forward(_RELU, self.data), (self,), 'ReLU', _RELU)

    def sigmoid(self):
        return _node(_forward(_SIGMOID, self.data), (self,), 'sigmoid', _SIGMOID)

    def __neg__(self):
        return self * -1

    def __radd__(self, other):
        return self + other

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return other + (-self)

    def __rmul__(self, other):
        return self * other

    def __truediv__(self, other):
        return self * other**-1

    def __rtruediv__(self, other):
        return other * self**-1

    def backward(self):
        # the lecture's build_topo, with a stack instead of recursion (graphs can be deep)
        topo = []
        visited = set()
        stack = [(self, False)]
        while stack:
            v, done = stack.pop()
            if done:
                topo.append(v)
            elif v not in visited:
                visited.add(v)
                stack.append((v, True))
                for child in reversed(list(v._prev)):
                    if child not in visited:
                        stack.append((child, False))
        self.grad = 1.0
        for node in reversed(topo):
            node._backward()
