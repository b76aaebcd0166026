import numpy as np
import matplotlib.pyplot as plt
def f(x):
  return 3*x**2 - 4*x + 5
xs = np.arange(-5, 5, 0.25)
ys = f(xs)
print(ys[:5], len(xs), ys.shape, ys.sum(), ys.max(), ys.argmax())
plt.plot(xs, ys)
print('after')
np.random.seed(1337)
print(np.random.randn(), np.random.uniform(-1, 1), np.random.rand(2))
a = np.array([[1, 2], [3, 4]])
print(a * 2 + 1, a.shape, a[:, 0], a[1], a[1, 1], (a > 2).sum())
print(repr(np.linspace(0, 1, 5)))
xx, yy = np.meshgrid(np.arange(0, 3), np.arange(0, 2))
print(xx.tolist(), yy.tolist(), np.c_[xx.ravel(), yy.ravel()].tolist())
print(np.tanh(np.array([0.5, 1.0])).tolist(), np.exp(1.0), np.mean([1, 2, 3]))
print(np.random.permutation(5).tolist(), np.random.randint(0, 10))
