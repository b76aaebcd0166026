a = Value(2.0)
b = (a + 1
print(b)
