"""Correctly rounded log, sin, cos for PyMathTest, computed with 60-digit decimals, next to what this
CPython's libm (math.log/sin/cos) returns. Run: python3 pymath_cases.py > pymath_cases.txt
Line: FN X_BITS CORRECT_BITS LIBM_BITS (16 hex digits each)."""
import math, random, struct
from decimal import Decimal as D, getcontext

getcontext().prec = 70
PI = D('3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798')


def h(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def dsin(x, cos=False):
    k = (x / (PI / 2)).to_integral_value()
    r = x - k * (PI / 2)
    q = int(k) % 4
    use_cos = (q % 2 == 0) == cos
    neg = (q in (1, 2)) if cos else (q in (2, 3))
    term = D(1) if use_cos else r
    s = term
    n = 0 if use_cos else 1
    while abs(term) > D(10) ** -65:
        term = -term * r * r / ((n + 1) * (n + 2))
        n += 2
        s += term
    return -s if neg else s


rnd = random.Random(7)
for _ in range(3000):
    k = rnd.randrange(4)
    y = [rnd.random(), 1.0 - rnd.random(), rnd.uniform(0, 1e6), 2.0 ** rnd.uniform(-1070, 1020)][k]
    print('log', h(y), h(float(D(y).ln())), h(math.log(y)))
for x in [5e-324, 1e-310, 2.0 ** -1022, 0.5, 2.0, 1.0 - 2 ** -53, 1.0 + 2 ** -52, 1.7976931348623157e308]:
    print('log', h(x), h(float(D(x).ln())), h(math.log(x)))
for _ in range(3000):
    k = rnd.randrange(3)
    x = [rnd.random() * 2 * math.pi, rnd.uniform(-1000, 1000), rnd.uniform(-1e-3, 1e-3)][k]
    print('sin', h(x), h(x if x == 0 else float(dsin(D(x)))), h(math.sin(x)))  # sin(-0.0) is -0.0
    print('cos', h(x), h(float(dsin(D(x), True))), h(math.cos(x)))
for x in [0.0, -0.0, math.pi, math.pi / 2, -math.pi / 4, 1e-9, 3.0 * math.pi / 2, 710.0, 1e5]:
    print('sin', h(x), h(x if x == 0 else float(dsin(D(x)))), h(math.sin(x)))  # sin(-0.0) is -0.0
    print('cos', h(x), h(float(dsin(D(x), True))), h(math.cos(x)))


def libm(f, *a):
    try:
        return h(f(*a))
    except (OverflowError, ValueError, ZeroDivisionError):
        return 'error'


# exp: the whole range, subnormal results and both ends
exps = [rnd.uniform(-20, 20) for _ in range(2500)] + [rnd.uniform(-745.2, 709.8) for _ in range(800)]
exps += [rnd.uniform(-745.2, -708) for _ in range(200)] + [rnd.uniform(-1e-5, 1e-5) for _ in range(100)]
exps += [0.0, -0.0, 1.0, -1.0, 709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412,
         -745.2, -708.3964185322641, 1e-300, -1e-300, 0.5, 2.0, 700.0, -700.0]
for x in exps:
    cr = float(D(x).exp())
    print('exp', h(x), h(cr), libm(math.exp, x))
# pow: positive bases, negative bases with integer exponents, the lecture's x**2, x**-1, x**0.5 ...
for _ in range(3000):
    k = rnd.randrange(5)
    if k == 0:
        x, y = rnd.uniform(0, 10), rnd.uniform(-5, 5)
    elif k == 1:
        x, y = rnd.uniform(-10, 10), float(rnd.randrange(-6, 7))
    elif k == 2:
        x, y = rnd.uniform(0, 3), rnd.choice([0.5, 1.5, 2.0, 3.0, -1.0, -2.0, -0.5, 1 / 3])
    elif k == 3:
        x, y = 2.0 ** rnd.uniform(-1000, 1000), rnd.uniform(-2, 2)
    else:
        x, y = rnd.uniform(0.5, 2), rnd.uniform(-2000, 2000)
    if x == 0:
        continue
    cr = D(x) ** D(y)
    print('pow', h(x), h(y), h(float(cr)), libm(math.pow, x, y))
