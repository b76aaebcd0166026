a = 1
b = a + 2
print(b)
c = b + x
print('not reached')
