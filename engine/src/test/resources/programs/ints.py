# arbitrary-precision ints, against CPython 3.11
a = 2**100
print(a, -a, a + 1, a - 2**101, a * a)
print(18446744073709551615, 0xFFFFFFFFFFFFFFFFFF, 0o7777777777777777777777, 0b1 << 70)
print((-2**62 - 2**62) // -1, -2**63, (-2**63) * -1, 2**63 - 1 + 1)
print(a // 3, a % 7, -a // 3, -a % 7, a // -7, a % -7)
print(divmod(a, 12345), divmod(-a, 12345), divmod(7, -2**80))
print(a >> 3, a << 5, -a >> 99, -a >> 1000, a & 0xFFFF, a | 1, a ^ (a - 1), ~a)
print(pow(3, 200, 2**89 - 1), pow(2**70, -1, 97), pow(-5, 3, 2**65), pow(7, 2**70, 1000003))
print(a == 2.0**100, a == 2**100 + 0.0, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 2**1000 < float('inf'))
print(2**64 > 1.5e19, -2**64 < -1.8e19, 10**30 < 1e30, 10**30 > 1e30, 10**22 == 1e22)
print(float(a), float(-3**200), a / 3, 10**40 / 7, (2**200 + 1) / 2**150, 1 / 2**1074, 3**300 / 3**299)
print(int('123456789012345678901234567890'), int('-0x' [1:] + 'ff' * 10, 16), int(1e20), int(-2.5e30), int(2**80))
print(str(a), repr(a), f'{a}', len(str(3**1000)))
print(hash(a), hash(-a), hash(2**61 - 1), hash(2**61), hash(-1), hash(2**64 + 5), hash(1e20) == hash(int(1e20)))
d = {2**70: 'big', 1.0: 'one'}
print(d[2.0**70], d[1], 2**70 in d, {2**64: 1}.get(18446744073709551616))
print(abs(-a), abs(-2**63), -(-2**63), +a, bool(a), a > 0, sorted([2**65, -2**65, 3, 1.5e30]))
print(round(2**70), max(2**70, 3), min(-2**70, 3), sum([2**62, 2**62, 2**62]))
print(10**20 // 10**10, type(10**20 // 10**10).__name__, 2**64 - 2**64, type(2**64 - 2**64).__name__)
import math
print(math.factorial(25), math.factorial(30))
n = 1
for i in range(1, 40):
    n *= i
print(n, n % 1000007)
print((2**70) ** 3, 3 ** -2, (2**70) ** -1, (-2) ** 101)
try:
    float(10**400)
except OverflowError as e:
    print('OverflowError', e)
try:
    10**400 / 3
except OverflowError as e:
    print('OverflowError', e)
try:
    str(10**5000)
except ValueError as e:
    print('ValueError', e)
try:
    int('9' * 5000)
except ValueError as e:
    print('ValueError', e)
try:
    [1, 2][2**70]
except IndexError as e:
    print('IndexError', e)
print(10**400 // 10**399, 10**400 % 10**399, 10**400 == 10**400, 10**400 < 1e308)
# hex/bin/oct of big ints, both signs, and the -(2**63) edge
print(hex(2**70), bin(-2**65 - 3), oct(2**64 + 7), hex(-2**63), hex(-(2**63) - 1), bin(2**100 - 1))
print(int(hex(3**90), 16) == 3**90, int(oct(-5**40), 8) == -5**40, int(bin(7**33), 2) == 7**33)
# true division with a zero numerator keeps the divisor's sign; big products, quotients and bit operators
print(0 / -(2**70), 0 / 2**70, (3**200 * 7**150) // 7**149 == 3**200 * 7, (-(2**200)) >> 3 == -(2**197))
print(3**200 & 5**150, 3**200 | -(5**150), ~(2**90), -(2**90) ^ 2**91)
