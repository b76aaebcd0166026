# float and int printing, formatting and parsing edge cases a learner meets
print(0.1, 1.0, 1e16, 1.5e-10, 123456789012345678.0, 1e-4, 0.0001234, 1/7, -1e100, 2.0**0.5, 100.0, 1e22, 1.7976931348623157e308)
print(repr(0.1 + 0.2), str(3.0), float(10**20), 5e-324, float('inf'), -float('inf'), float('nan'), 1.0 * 10**15)
print(f'{1e6:.2e}', f'{1234.5:010.2f}', f'{-3.14159:+.3f}', f'{0.000123:.2g}', f'{123456:e}', f'{1.0:.0f}', f'{2.5:.0f}', f'{3.5:.0f}')
print(f'{42:08.3f}', f'{255:#06x}', f'{-255:x}', f'{1234567:,d}', f'{0.5:.0%}', f'{12:c}' if False else '', f'{7:3}|{"ab":3}|')
print(format(0.1, '.17f'), format(1/3, '.30f')[:20], format(2**70, ','), format(-0.0, '.1f'), format(1e-7, 'f'), format(123.456, '.2e'))
print(int('  -0 '), int('+5'), float(' 1e3 '), float('.5'), float('5.'), float('-inf'), float('1_000.5'), int('0b101', 0), int('z', 36))
print(str(10**20), 10**20 / 3, 2**100 // 3**20, -17 // 5, -17 % 5, 17 // -5, (-17) ** 2, -17 ** 2, 2 ** 3 ** 2)
print(1.5.is_integer(), (3).bit_length(), (255).to_bytes(2, 'big') if False else 0 ,int.from_bytes if False else '')
print(3 == 3.0, 0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3, abs(-0), max(1, 2.0), min(-0.0, 0.0), sorted([3, 1.5, 2]), 1e309)
print(hash(-1), hash(0.5), hash(-2), hash(2**61 - 1), hash(2**61), hash(float('inf')), hash(True), hash(None) is not None)
print(True + 1, True * 2.5, not None, None == 0, [] == False, bool(None), 5 > 3 > 1, 'b' > 'a' > '0', (1, 2) == (1, 2.0))
print(10 / 3 * 3, 0.1 + 0.7, 1 - 0.9, 4.35 * 100, round(4.35, 1), round(2.345, 2), round(-1.5), round(1.5), round(0.5 + 1e-16))
x = 1_000_000
print(x, f'{x:_}', 0x_ff, 0o_17, 0b_11, 1e1_0)
for v in ['12', '1.5', 'abc', '1e3', ' 7 ', '0x10', '']:
    try:
        print(repr(v), int(v))
    except ValueError as e:
        print('int:', e)
    try:
        print(repr(v), float(v))
    except ValueError as e:
        print('float:', e)
