# math beyond micrograd (issue 14): gamma/lgamma (CPython's Lanczos), integer functions, float decomposition
import math
for x in [0.5, 1.5, 2.5, 3.0, 4.7, 10.1, 23.0, 24.0, 30.5, 100.25, 150.5, 171.5, -0.5, -1.5, -2.5, -10.3, -150.7, 1e-25, 0.001]:
    print(x, math.gamma(x), math.lgamma(x))
for x in [2.2, 1e5, 1e300, -1e-30, 0.9]:
    print(x, math.lgamma(x))
print(math.comb(5, 2), math.comb(52, 5), math.comb(60, 30), math.comb(3, 5), math.comb(10, 0), math.perm(5, 2), math.perm(5), math.perm(4, None))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**18), math.isqrt(9223372036854775807), math.lcm(4, 6), math.lcm(), math.lcm(3, 0, 5), math.lcm(-4, 10, 7))
print(math.gcd(12, 18, 27), math.gcd(), math.gcd(-4, 6))
print(math.fmod(7.5, 2), math.fmod(-7.5, 2), math.fmod(1, math.inf), math.remainder(7, 2), math.remainder(5, 2), math.remainder(-7.5, 2))
print(math.modf(3.75), math.modf(-2.5), math.modf(math.inf), math.frexp(8.0), math.frexp(-0.1), math.frexp(0.0), math.frexp(5e-324))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(3, -1), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.nextafter(2.0, 2.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-1e300), math.ulp(math.inf), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]))
print(math.asinh(0.5), math.asinh(-3), math.acosh(1), math.acosh(2.5), math.atanh(0.5), math.atanh(-0.9), math.atanh(0.1))
for f in [lambda: math.comb(1), lambda: math.perm(), lambda: math.comb(1.0, 2), lambda: math.comb(-1, 2), lambda: math.perm(3, -1),
          lambda: math.isqrt(-1), lambda: math.isqrt(2.0), lambda: math.lcm(1.5), lambda: math.ldexp(1.0, 1.5), lambda: math.ldexp(1.0, 10000),
          lambda: math.dist([1], [1, 2]), lambda: math.fmod(1, 0), lambda: math.gamma(0), lambda: math.gamma(-2), lambda: math.lgamma(0),
          lambda: math.gamma(172), lambda: math.atanh(1), lambda: math.acosh(0), lambda: math.exp2(2000), lambda: math.lgamma(1e308),
          lambda: math.remainder(math.inf, 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
