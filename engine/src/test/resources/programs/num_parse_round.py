# float literals, float('...'), round(), int / int and huge int-valued floats, exactly as CPython 3.11
print(0.1, 0.1 + 0.2, 1_000.5, 1e400, -1e400, 2.4703282292062327e-324, 2.4703282292062328e-324, 4.9e-324)
print(9007199254740993.0, 0.30000000000000004, 1.7976931348623157e308, 1.7976931348623158e308, 1.8e308)
print(123456789012345678901234567890.0, .5, 5., 1e-7, 1E+22, 0e0, 0.000001, 1_0.0_1e1_0)
print(2.2250738585072011e-308, 2.2250738585072014e-308, 8.98846567431158e307, 1e23, 3.141592653589793238462643383279)
for s in ['1e-4', ' -2 ', '+.5', '5.', '1_000.5', 'inf', '-Infinity', 'nAn', '+inf', '  1e5\n', '0x10', '1__0', '_1',
          '1_', '.', '', 'e5', '1e', '1.5.2', 'abc', "it's", 'infinit', '- 1', '1e-400', '-1e-400', '1e400',
          '0.1e-9999999999999', '123456789012345678901234567890123456789e-20', '\t7.25 ']:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)

for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370497.0, 1e15 + 0.5, 2.675, -2.675,
          1.005, 0.125, 0.375, 123456.5, -0.0, 1e300, 5e-324, 1.7976931348623157e308]:
    row = []
    for n in [None, 0, 1, 2, 3, -1, -2, 5, -300, 400]:
        if n is None and abs(x) > 1e18:
            continue  # an int past 64 bits: the playground's OverflowError, not CPython's big int
        try:
            row.append(repr(round(x) if n is None else round(x, n)))
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print(repr(x), ' '.join(row))
for v in [25, 35, -25, -35, 15, 149, 150, 250, -250, 1234567890123456789, 4999999999999999999, -4999999999999999999,
          5000000000000000000, -5000000000000000000, 4611686018427387904]:
    row = []
    for n in [-1, -2, -3, -10, -18, -19, -20, -100, 0, 3]:
        try:
            row.append(repr(round(v, n)))
        except OverflowError as e:
            row.append('OverflowError')
    print(v, ' '.join(row))
for n in [float('nan'), float('inf')]:
    try:
        round(n)
    except Exception as e:
        print(type(e).__name__ + ': ' + str(e))
print(round(2.5) + round(3.5), round(1e15 + 0.5), round(-4503599627370495.5), 1.5 // 1, -7.5 // 2)

big = [9007199254740993, 9007199254740995, 2 ** 62 + 1, 9223372036854775807, -9223372036854775807 - 1, 3, 7, 10,
       -12345678901234567, 4611686018427387903, 18014398509481985, 1, -1]
for x in big:
    print(x, ' '.join(repr(x / y) for y in big))
print(repr(1e20 // 1), int(1e20 // 1 // 1e5), Value(1e20).data, 2 ** -1, 10 ** -5, (-2) ** -3)
v = Value(10 ** 18) * 100
w = Value(2 ** 62) * 8
print(v, w, -w, Value(-2 ** 62) * 8 + 0.5)
M = -2 ** 62 * 2
for b, e, m in [(3, 200, 1000000007), (2, -1, 7), (3, -2, -7), (5, 3, -7), (-5, 3, 7), (2, 100, 1), (2, 100, -1),
                (4, -1, 8), (7, 10 ** 18, 2 ** 62 + 7), (-2, 63, M), (3, 1000001, M), (3, -5, M), (2, -1, M),
                (2, 0, 1), (0, 0, 5), (0, -1, 5), (3, 5, 0), (2.0, 3, 5), (123456789, -1, 9223372036854775807),
                (9223372036854775806, 9223372036854775807, 9223372036854775783), (True, 5, 3), (-7, -3, -1000003)]:
    try:
        print(b, e, m, pow(b, e, m))
    except Exception as ex:
        print(b, e, m, type(ex).__name__ + ': ' + str(ex))
