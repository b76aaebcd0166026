a = Value(2.0, label='a')
print(a)
b = a + 'str'
