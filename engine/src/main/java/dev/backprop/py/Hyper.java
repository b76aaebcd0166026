package dev.backprop.py;

/**
 * glibc 2.36's sinh and cosh (fdlibm's e_sinh.c and e_cosh.c, built without FMA) over this package's exp and
 * expm1, which are glibc's bits; and CPython 3.11's vector_norm (math.hypot, math.dist). Same rule as Libm:
 * no compound operand on the right of {@code +} or {@code *} (TeaVM 0.16 drops those parentheses).
 */
public final class Hyper {
    private Hyper() {
    }

    /** sinh(x): +-inf past |x| = 710.4758600739439, x itself below 2^-28. */
    public static double sinh(double x) {
        long b = Double.doubleToRawLongBits(x);
        int jx = (int) (b >> 32);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x + x;
        }
        double h = jx < 0 ? -0.5 : 0.5;
        double ax = Math.abs(x);
        if (ix < 0x40360000) {                   // |x| < 22
            if (ix < 0x3e300000) {               // |x| < 2^-28
                return x;
            }
            double t = Libm.expm1(ax);
            if (ix < 0x3ff00000) {
                return ((2.0 * t) - ((t * t) / (t + 1.0))) * h;
            }
            return (t + (t / (t + 1.0))) * h;
        }
        if (ix < 0x40862e42) {                   // |x| < log(DBL_MAX)
            return h * Libm.exp(ax);
        }
        long lx = b & 0xffffffffL;
        if (ix < 0x408633ce || ix == 0x408633ce && lx <= 0x8fb9f87dL) {
            double w = Libm.exp(0.5 * ax);
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307;                      // overflow
    }

    /** cosh(x): +inf past |x| = 710.4758600739439, 1 below 2^-55. */
    public static double cosh(double x) {
        long b = Double.doubleToRawLongBits(x);
        int ix = (int) (b >> 32) & 0x7fffffff;
        double ax = Math.abs(x);
        if (ix < 0x40360000) {                   // |x| < 22
            if (ix < 0x3fd62e43) {               // |x| < ln2 / 2
                if (ix < 0x3c800000) {
                    return 1.0;
                }
                double t = Libm.expm1(ax);
                double w = 1.0 + t;
                return 1.0 + ((t * t) / (w + w));
            }
            double t = Libm.exp(ax);
            return (0.5 * t) + (0.5 / t);
        }
        if (ix < 0x40862e42) {
            return 0.5 * Libm.exp(ax);
        }
        if ((b & 0x7fffffffffffffffL) <= 0x408633ce8fb9f87dL) {
            double w = Libm.exp(0.5 * ax);
            double t = 0.5 * w;
            return t * w;
        }
        if (ix >= 0x7ff00000) {
            return x * x;
        }
        return Double.POSITIVE_INFINITY;         // overflow
    }

    /**
     * CPython 3.11's vector_norm: the length of v (absolute values, max the largest, nan whether one is NaN),
     * scaled by a power of two, the squares summed in three compensated parts, a square root and one
     * differential correction. inf if max is, NaN if nan, max for one coordinate or all zero.
     */
    public static double norm(double[] v, double max, boolean nan) {
        if (Double.isInfinite(max)) {
            return max;
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0.0 || v.length <= 1) {
            return max;
        }
        int e = Math.getExponent(max);           // frexp's exponent is this + 1
        if (e == Double.MIN_EXPONENT - 1) {
            e = Math.getExponent(max * 0x1p54) - 54;
        }
        int maxE = e + 1;
        double csum = 1.0;
        double frac1 = 0.0;
        if (maxE < -1023) {                      // 2^-maxE would overflow: divide by max instead
            for (double c : v) {
                double x = c / max;
                x = x * x;
                double old = csum;
                csum += x;
                frac1 = ((old - csum) + x) + frac1;
            }
            return max * Math.sqrt((csum - 1.0) + frac1);
        }
        double scale = maxE <= 1022 ? Double.longBitsToDouble((long) (1023 - maxE) << 52)
                : Double.longBitsToDouble(1L << (52 - (maxE - 1022))); // 2^-1023 or 2^-1024: subnormal
        double frac2 = 0.0;
        double frac3 = 0.0;
        for (double c : v) {
            double x = c * scale;
            double t = x * 134217729.0;          // 2^27 + 1: split x in halves
            double hi = t - (t - x);
            double lo = x - hi;
            x = hi * hi;
            double old = csum;
            csum += x;
            frac1 = ((old - csum) + x) + frac1;
            x = 2.0 * hi * lo;
            old = csum;
            csum += x;
            frac2 = ((old - csum) + x) + frac2;
            frac3 += lo * lo;
        }
        // csum - 1.0 + (frac1 + frac2 + frac3): its right operand compound, written as a - -b
        double h = Math.sqrt((csum - 1.0) - -((frac1 + frac2) + frac3));
        double t = h * 134217729.0;
        double hi = t - (t - h);
        double lo = h - hi;
        double x = -hi * hi;
        double old = csum;
        csum += x;
        frac1 = ((old - csum) + x) + frac1;
        x = -2.0 * hi * lo;
        old = csum;
        csum += x;
        frac2 = ((old - csum) + x) + frac2;
        x = -lo * lo;
        old = csum;
        csum += x;
        frac3 = ((old - csum) + x) + frac3;
        // frac3, used once, is inlined by TeaVM: as a right operand of + its parentheses would go (a - -b is a + b)
        x = (csum - 1.0) - -((frac1 + frac2) - -frac3);
        return (h + (x / (h + h))) / scale;      // h + h: 2.0 * h exactly
    }

    /** math.hypot(x, y) as CPython 3.11 computes it (vector_norm). */
    public static double hypot(double x, double y) {
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double max = 0.0;
        if (ax > max) {
            max = ax;
        }
        if (ay > max) {
            max = ay;
        }
        return norm(new double[] {ax, ay}, max, ax != ax || ay != ay);
    }
}
