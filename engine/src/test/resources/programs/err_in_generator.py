# an exception raised inside a generator is reported where it was raised
def numbers():
    yield 1
    yield 2
    raise ValueError('no more numbers')

total = 0
for n in numbers():
    total += n
    print(total)
