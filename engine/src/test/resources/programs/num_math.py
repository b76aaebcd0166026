# math.exp/log/pow/sin/cos and float ** : CPython's bits (repr) and CPython's errors
import math
xs = [i * 0.37 + 0.011 for i in range(-60, 61)] + [1e-300, 5e-324, 1e-10, 0.5, 1.0, 2.0, 10.0, 100.0, 700.0,
                                                    709.78, -745.1, math.pi, math.e]
for x in xs:
    print(repr(x), repr(math.exp(x)), repr(math.sin(x)), repr(math.cos(x)), repr(math.log(abs(x))),
          repr(math.log(abs(x), 10)), repr(math.pow(abs(x), 0.37)), repr(abs(x) ** 2.5), repr(math.exp(-x * x / 2)))
for x, y in [(2.0, 0.5), (1.0001, 10000.0), (10.0, -5.0), (-2.0, 3.0), (-2.0, 3.5), (0.0, -1.0), (0.0, -2.5),
             (-0.0, -3.0), (0.0, 0.0), (1.0, float('nan')), (float('nan'), 0.0), (0.0, float('-inf')),
             (-1.0, float('inf')), (0.5, float('-inf')), (2.0, float('-inf')), (float('-inf'), 3.0),
             (float('-inf'), 0.5), (float('-inf'), -3.0), (float('inf'), -0.5), (10.0, 400.0), (-10.0, 401.0),
             (10.0, -400.0), (1e-300, 2.0), (-8.0, 1 / 3), (-8.0, 1e300), (-1.0, 1e300), (2.0, 1023.5),
             (0.9, 7000.0), (1.5, 1.5), (7.0, -0.25), (-0.0, 3.0), (-0.0, 0.5)]:
    row = []
    # CPython's ** gives a complex number for (-x) ** fraction; the playground has no complex numbers
    fs = [lambda: math.pow(x, y)] if x < 0 and y % 1 != 0 else [lambda: math.pow(x, y), lambda: x ** y]
    for f in fs:
        try:
            row.append(repr(f()))
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print(repr(x), repr(y), ' | '.join(row))
for a, b in [(2, -1), (10, -5), (-2, -3), (0, -1), (3, 39), (2, 62), (-3, -7), (7, 0)]:
    try:
        print(a, b, repr(a ** b))
    except Exception as e:
        print(a, b, type(e).__name__ + ': ' + str(e))
cases = [lambda: math.exp(1000), lambda: math.exp(float('inf')), lambda: math.exp(float('-inf')),
         lambda: math.exp(float('nan')), lambda: math.log(0), lambda: math.log(-1.0), lambda: math.log(float('inf')),
         lambda: math.log(8, 2), lambda: math.log(100, 10), lambda: math.log(2, 1), lambda: math.log(2, 0),
         lambda: math.log(2, -1), lambda: math.log(True), lambda: math.sin(float('inf')),
         lambda: math.cos(float('-inf')), lambda: math.sin(float('nan')), lambda: math.sin(-0.0), lambda: math.cos(1e22),
         lambda: math.sin(1e22), lambda: math.exp(True), lambda: math.exp('1'), lambda: math.pow(2, 3),
         lambda: math.exp(-1e-320), lambda: math.sin(3), lambda: math.log(1),
         lambda: math.sin(1e6), lambda: math.cos(1e6), lambda: math.sin(2 ** 19 + 0.1), lambda: math.cos(1048575.9),
         lambda: math.tanh(1000), lambda: math.tanh(-800.5), lambda: math.tanh(-0.0), lambda: math.tanh(float('inf')),
         lambda: math.expm1(-1000), lambda: math.expm1(1000), lambda: math.expm1(0.0)]
for i, c in enumerate(cases):
    try:
        print(i, repr(c()))
    except Exception as e:
        print(i, type(e).__name__ + ': ' + str(e))
