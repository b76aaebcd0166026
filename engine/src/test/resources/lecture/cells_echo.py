import math
%matplotlib inline
# %%
def f(x):
  return 3*x**2 - 4*x + 5
# %%
f(3.0)
# %%
h = 0.000001
x = 2/3
(f(x + h) - f(x))/h
# %%
a = Value(2.0)
b = a * -4.0
b
# %%
print('x'); None
# %%
x = 5;
x;
# %%
'str'
