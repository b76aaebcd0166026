# ints past 64 bits through format()/f-strings (grouping, bases, alignment, float types), int(base=), string.capwords
print(int('101', base=2), int('ff', base=16), int('0x1f', base=0))
for f in [lambda: int(base=2), lambda: int('1', 2, base=2), lambda: int(5, base=10)]:
    try:
        f()
    except TypeError as e:
        print(e)
import string, functools
print(string.capwords('hello   big world'), string.capwords('a-b-c', '-'), functools.partial(int, base=2)('111'))
print(format(2**70, ','), f'{2**70:_}', f'{2**70:x}', f'{2**70:#b}'[:12], f'{-2**70:+,d}', format(10**25, '040,'), f'{2**70:e}', f'{2**70:.2f}')
print(f'{-(2**64):>30}|', f'{2**64:<30}|', f'{2**64:^30}|', f'{2**80:X}', f'{2**65:o}', format(3**50, 'd'))
try:
    f'{2**70:.2}'
except ValueError as e:
    print(e)
try:
    f'{10**400:e}'
except OverflowError as e:
    print(e)
