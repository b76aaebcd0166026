# %%
import math
import numpy as np
import matplotlib.pyplot as plt
%matplotlib inline
# %%
def f(x):
  return 3*x**2 - 4*x + 5
# %%
f(3.0)
# %%
xs = np.arange(-5, 5, 0.25)
ys = f(xs)
plt.plot(xs, ys);
# %%
h = 0.000001
x = 2/3
(f(x + h) - f(x))/h
# %%
plt.plot(np.arange(-5,5,0.2), np.tanh(np.arange(-5,5,0.2))); plt.grid();
# %%
np.tanh(np.arange(-2, 2, 0.5))
# %%
np.random.seed(1337)
np.random.randn(3)
