# walrus := in if/while/comprehensions (a comprehension binds in the enclosing scope)
if (n := 10) > 5:
    print('n is', n)
data = [1, 2, 3, 4]
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]
print([y for x in range(6) if (y := x * x) % 2])
print(y)
total = 0
print([total := total + v for v in range(5)], total)
def f():
    vals = [(last := i) for i in range(3)]
    return vals, last
print(f())
print((z := 3) + z)
def g(xs):
    if any((hit := x) > 2 for x in xs):
        return hit
print(g([1, 5, 7]))

print(f'{(w := 4)}', w)
