import numpy as np
x=np.arange(-5,5,0.25)
print(x)
print(repr(x))
print(np.arange(30))
print(np.array([[1.5,2],[3,4]]))
print(repr(np.array([[1.5,2],[3,4]])))
print(np.tanh(np.arange(-5,5,0.2)))
print(3*x**2)
