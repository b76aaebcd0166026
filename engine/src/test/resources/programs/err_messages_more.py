# ord() of characters outside the BMP and of bytes, its messages; slice assignment of a non-iterable
print(ord('😀'), ord(b'a'), ord('é'))
for v in ['ab', '😀x', 5, b'ab', '']:
    try:
        ord(v)
    except TypeError as e:
        print(e)
x = [1, 2]
for v in [5, None]:
    try:
        x[1:] = v
    except TypeError as e:
        print(e)
try:
    x[::2] = 5
except TypeError as e:
    print(e)
x[1:] = 'ab'
print(x)
