# math functions CPython takes from libm (cbrt, exp2, erf, erfc): to 1e-9 until PyMath has glibc-exact ones
import math
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2), math.exp2(10), math.exp2(0.5))
print(math.erf(0), math.erf(0.5), math.erfc(0.5), math.erf(2), math.erfc(3), math.erf(-1), math.erfc(10))
