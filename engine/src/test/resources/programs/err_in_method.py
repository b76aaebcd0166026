class Neuron:
    def __init__(self, nin):
        self.w = [Value(1.0) for _ in range(nin)]
    def __call__(self, x):
        return sum(wi * xi for wi, xi in zip(self.w, x)) + self.bias
n = Neuron(2)
print(len(n.w))
out = n([1.0, 2.0])
