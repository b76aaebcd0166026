x = 1.0
y = 0.0
print(x)
z = x / y
