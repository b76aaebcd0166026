"""Reference data for NumTest from CPython (run: python3 num_cases.py > num_cases.txt).

One case per line, tab separated; doubles are written as 16 hex digits of their IEEE bits:
  r BITS REPR                 repr(x)
  f BITS N TEXT               '%.Nf' % x
  F BITS SPEC TEXT            format(x, SPEC)
  I INT SPEC TEXT             format(n, SPEC)
  R BITS N BITS|overflow      round(x, N)
  P TEXT BITS|error           float(TEXT)
"""
import random, struct, sys
from decimal import Decimal, getcontext

getcontext().prec = 2000
rnd = random.Random(20261126)
out = sys.stdout


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def frombits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def rand_bits():
    return frombits(rnd.getrandbits(64))


def nice():
    """Doubles a playground prints: short decimals, results of arithmetic, moderate magnitudes."""
    k = rnd.randrange(8)
    if k == 0:
        return rnd.uniform(-10, 10)
    if k == 1:
        return round(rnd.uniform(-1000, 1000), rnd.randrange(6))
    if k == 2:
        return rnd.randrange(-10**6, 10**6) / 10 ** rnd.randrange(8)
    if k == 3:
        return rnd.gauss(0, 1) * 10 ** rnd.randrange(-30, 30)
    if k == 4:
        return float(rnd.randrange(-2**60, 2**60)) * 2.0 ** rnd.randrange(-80, 20)
    if k == 5:
        return (rnd.randrange(1, 10**4) + 0.5) / 10 ** rnd.randrange(5)
    if k == 6:
        return rnd.uniform(0, 1) ** 5
    return float('%de%d' % (rnd.randrange(1, 100), rnd.randrange(-25, 25)))


special = [0.0, -0.0, float('inf'), float('-inf'), float('nan'), 1.0, -1.0, 2.0, 0.1, 0.2, 0.3, 1 / 3, 2.675,
           1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001, 0.00001, 1.2345678901234567e300, 5e-324, -5e-324,
           2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 2.0 ** 53, 2.0 ** 53 + 2.0,
           2.0 ** 63, 2.0 ** -1074, 123456789012345678.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e22, 1e23, 9.5, 0.05,
           0.15, 0.25, 0.35, 1.005, 1.115, 4.35, 4.45, 100.0, 1e100, 1e-100, 3.14159, 2.718281828459045]
pows = []
for k in range(-325, 309):
    x = float('1e%d' % k)
    pows += [x, float.fromhex(x.hex()) if x == 0 else x]
    if x != 0 and x != float('inf'):
        import math
        pows += [math.nextafter(x, 0), math.nextafter(x, float('inf'))]
for k in range(-1074, 1024, 7):
    pows += [2.0 ** k, math.nextafter(2.0 ** k, 0), math.nextafter(2.0 ** k, float('inf'))]
subnormals = [frombits(rnd.getrandbits(52)) for _ in range(600)]

# repr: 20,000 doubles
xs = special + pows + subnormals
while len(xs) < 20000:
    xs.append(rand_bits() if rnd.random() < 0.5 else nice())
for x in xs:
    out.write('r\t%s\t%r\n' % (bits(x), x))

# %.Nf: halfway cases, nice numbers, some big and tiny ones
fx = special + [rnd.choice(pows) for _ in range(300)] + [rnd.choice(subnormals) for _ in range(50)]
while len(fx) < 6000:
    fx.append(nice())
for x in fx:
    n = rnd.choice([0, 1, 2, 3, 4, 4, 4, 6, 8, 10, 17, 20, 30])
    if abs(x) > 1e60 or (0 < abs(x) < 1e-60):
        n = rnd.choice([0, 2, 4])
    out.write('f\t%s\t%d\t%s\n' % (bits(x), n, '%.*f' % (n, x)))
for x in [1e300, -1.7976931348623157e308, 5e-324]:
    out.write('f\t%s\t%d\t%s\n' % (bits(x), 1080, '%.*f' % (1080, x)))

# format(x, spec)
specs = ['', '.4f', '.2f', '.0f', 'f', '.3e', 'e', '.0e', 'E', '.6g', 'g', '.3g', '.1g', '.12g', '.17g', 'G', '%',
         '.1%', '10.3f', '<10.2f', '>12.4e', '^11.1f', '*^15.3g', '+.2f', ' .3f', '+', ',.2f', ',', '_.1f', ',.0f',
         '012.3f', '015,.2f', '=+10.2f', '.3', '.1', '.10', '#.0f', '#.0e', '#g', '#.3g', 'n', '.4n', 'z.2f',
         '8', '-^9.2%', 'F', '.2E', '.25f', '20', '.0%', '0=8.1f']
fv = special + [nice() for _ in range(1000)] + [rand_bits() for _ in range(300)] + [rnd.choice(pows) for _ in range(200)]
for x in fv:
    for spec in rnd.sample(specs, 3):
        out.write('F\t%s\t%s\t%s\n' % (bits(x), spec, format(x, spec)))
for x in special:
    for spec in specs:
        out.write('F\t%s\t%s\t%s\n' % (bits(x), spec, format(x, spec)))

ispecs = ['', 'd', '5d', '<5', '^7', '+d', ',', '_', ',d', '010,', '08d', 'x', '#x', '#08x', 'X', 'b', '#b', 'o',
          '_x', '.2f', 'e', '%', 'g', ' d', '=+6', '>+8,']
ints = [0, 1, -1, 7, 42, 1000, -1000, 123456789, -987654321, 2 ** 31, 2 ** 53, 2 ** 62, -2 ** 63, 2 ** 63 - 1]
ints += [rnd.randrange(-10 ** rnd.randrange(1, 19), 10 ** rnd.randrange(1, 19)) for _ in range(300)]
for n in ints:
    for spec in rnd.sample(ispecs, 6):
        out.write('I\t%d\t%s\t%s\n' % (n, spec, format(n, spec)))

# round(x, n)
rv = special + [nice() for _ in range(3000)] + [rand_bits() for _ in range(500)] + [rnd.choice(pows) for _ in range(300)]
for x in rv:
    n = rnd.choice([0, 1, 2, 2, 3, 4, 5, 8, 12, 15, 17, -1, -2, -5, -20, 300, 400, -400, 320, 324, -306])
    try:
        r = bits(round(x, n))
    except OverflowError:
        r = 'overflow'
    out.write('R\t%s\t%d\t%s\n' % (bits(x), n, r))


# float(text): random decimal strings, exact halfway points, literal forms
def halfway():
    x = abs(rand_bits()) if rnd.random() < 0.5 else abs(nice())
    if x != x or x == float('inf') or x == 0:
        x = 1.5
    y = math.nextafter(x, float('inf'))
    if y == float('inf'):
        y = x
    mid = (Decimal(x) + Decimal(y)) / 2
    t = format(mid, 'f') if abs(mid.adjusted()) < 30 else format(mid, 'e')
    k = rnd.randrange(3)
    if k == 1:  # a hair above
        t = format(mid + mid.scaleb(-60), 'e')
    elif k == 2:
        t = format(mid - mid.scaleb(-60), 'e')
    return t


texts = ['inf', '-inf', '+inf', 'Infinity', '-INFINITY', 'nan', '-nan', 'NaN', '1e-4', '.5', '5.', '-.5e1',
         '1_000.5', '1_0e1_0', ' 2 ', '\t-3.25\n', '0', '-0', '0.0', '-0.0', '1e400', '-1e400', '1e-400', '2.5e-324',
         '2.4703282292062328e-324', '2.4703282292062327e-324', '4.9406564584124654e-324', '1.7976931348623158e308',
         '1.7976931348623159e308', '0.1', '123456789012345678901234567890', '9007199254740993', '1e23',
         '8.98846567431158e307', '2.2250738585072011e-308', '00001.5', '1E5', '1e+5', '1.e3', '0e999999999',
         '1' + '0' * 400 + 'e-400', '0.' + '0' * 400 + '1e400']
bad = ['', ' ', 'abc', '1e', 'e5', '.', '1_', '_1', '1__0', '1._5', '1e_5', '--1', '1.2.3', 'inff', '0x10', '1 2',
       '+', 'nan1', '1e5.5']
for _ in range(3000):
    k = rnd.randrange(4)
    if k == 0:
        texts.append(halfway())
    elif k == 1:
        d = ''.join(rnd.choice('0123456789') for _ in range(rnd.randrange(1, 30)))
        p = rnd.randrange(len(d) + 1)
        texts.append(d[:p] + '.' + d[p:] + 'e%d' % rnd.randrange(-340, 320))
    elif k == 2:
        d = ''.join(rnd.choice('0123456789') for _ in range(rnd.randrange(1, 25)))
        p = rnd.randrange(len(d) + 1)
        texts.append(d[:p] + '.' + d[p:] if rnd.random() < 0.7 else d)
    else:
        texts.append(repr(rand_bits()) if rnd.random() < 0.5 else repr(nice()))
for t in texts:
    out.write('P\t%s\t%s\n' % (t.replace('\t', '\\t').replace('\n', '\\n'), bits(float(t))))
for t in bad:
    try:
        float(t)
        raise SystemExit('expected an error: ' + t)
    except ValueError:
        out.write('P\t%s\terror\n' % t)

# printf-style: '%' + CONV % x   ('%f' KIND: f float, i int, s str)
pconvs = ['.4f', 'f', '.2f', '8.3f', '-8.3f', '+.2f', ' .1f', '08.2f', '-08.2f', '+08.2f', '#.0f', '.0f', 'e', '.3e',
          '12.4E', 'g', '.3g', '#g', '-10g', 'G', 'd', 'i', '5d', '-5d|', '05d', '+d', '.3d', 'u', 'F']
pconvs = [c.rstrip('|') for c in pconvs]
for x in special + [nice() for _ in range(600)]:
    for conv in rnd.sample(pconvs, 4):
        try:
            t = ('%' + conv) % x
        except (ValueError, OverflowError):
            t = 'error'
        out.write('%%\tf\t%s\t%s\t%s\n' % (bits(x), conv, t))
iconvs = ['d', '5d', '-5d', '05d', '+d', ' d', '.3d', 'x', '#x', 'X', '#X', 'o', '#o', '08x', '-#8x', 'f', '.2e', 'g',
          'c', '5c']
for n in ints[:60] + [65, 97, 8364]:
    for conv in rnd.sample(iconvs, 6):
        if 'c' in conv and not 0 <= n < 0x110000:
            continue
        out.write('%%\ti\t%d\t%s\t%s\n' % (n, conv, ('%' + conv) % n))
for s_ in ['a', 'hello', '', 'Value(data=2.0)']:
    for conv in ['s', '10s', '-10s', '.3s', '8.2s', '-8.2s', '0s']:
        out.write('%%\ts\t%s\t%s\t%s\n' % (s_, conv, ('%' + conv) % s_))
