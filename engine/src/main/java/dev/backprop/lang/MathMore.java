package dev.backprop.lang;

import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.*;
import dev.backprop.py.Hyper;
import dev.backprop.py.Libm;
import dev.backprop.py.PyMath;

/**
 * The math functions beyond micrograd's needs: gamma and lgamma as CPython computes them itself (Lanczos, N=13,
 * g=6.024680040776729583740234375, its reflection and error correction), erf/erfc glibc's (Libm, as CPython
 * takes them from libm on Linux), the inverse hyperbolics by fdlibm's formulas (libm's), integer functions exact.
 */
final class MathMore {
    private MathMore() {
    }

    private static final double LN2 = 6.93147180559945286227e-01;

    /** One float in, one out; k: cbrt, asinh, acosh, atanh, exp2, erf, erfc (MathModule's order). */
    static double f1(int k, double x) {
        switch (k) {
            case 0: return Libm.cbrt(x); // glibc's, not Math.cbrt: CPython prints glibc's bits
            case 1: return asinh(x);
            case 2: return acosh(x);
            case 3: return atanh(x);
            case 4: return PyMath.pow(2.0, x);
            case 5: return Libm.erf(x);
            default: return Libm.erfc(x);
        }
    }

    private static double asinh(double x) {
        double t = Math.abs(x);
        if (t != t || Double.isInfinite(t) || t < 0x1p-28) {
            return x;
        }
        double w;
        if (t > 0x1p28) {
            w = PyMath.log(t) + LN2;
        } else if (t > 2) {
            w = PyMath.log(2 * t + 1 / (Math.sqrt(x * x + 1) + t));
        } else {
            w = Libm.log1p(t + x * x / (1 + Math.sqrt(1 + x * x)));
        }
        return x > 0 ? w : -w;
    }

    private static double acosh(double x) {
        if (x < 1) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : PyMath.log(x) + LN2;
        }
        if (x == 1) {
            return 0;
        }
        if (x > 2) {
            return PyMath.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return Libm.log1p(t + Math.sqrt(2 * t + t * t));
    }

    private static double atanh(double x) {
        double t = Math.abs(x);
        if (t > 1) {
            return Double.NaN;
        }
        if (t == 1) {
            return x / 0.0;
        }
        if (t < 0x1p-28) {
            return x;
        }
        double r;
        if (t < 0.5) {
            double u = t + t;
            r = 0.5 * Libm.log1p(u + u * t / (1 - t));
        } else {
            r = 0.5 * Libm.log1p((t + t) / (1 - t));
        }
        return x >= 0 ? r : -r;
    }

    // Lanczos' sum as a rational function (CPython's coefficients, computed with MPFR, as Boost's)
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    private static final double[] LANCZOS_DEN = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    private static final double LOGPI = 1.144729885849400174143427351353058711647;

    private static double lanczosSum(double x) {
        double num = 0;
        double den = 0;
        if (x < 5.0) { // in 1/x past 5: no overflow, less error
            for (int i = LANCZOS_NUM.length - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        double y2 = 2.0 * y;
        double fl = Math.floor(y2);
        int n = (int) fl + (y2 - fl >= 0.5 ? 1 : 0); // C's round (y2 >= 0); TeaVM's Math.round adds 0.5 first
        double r;
        switch (n) {
            case 0: r = PyMath.sin(Math.PI * y); break;
            case 1: r = PyMath.cos(Math.PI * (y - 0.5)); break;
            case 2: r = PyMath.sin(Math.PI * (1.0 - y)); break; // not -sin(pi*(y-1)): that is -0.0 at y == 1
            case 3: r = -PyMath.cos(Math.PI * (y - 1.5)); break;
            default: r = PyMath.sin(Math.PI * (y - 2.0)); break;
        }
        return Math.copySign(1.0, x) * r;
    }

    static double gamma(double x) {
        if (x != x || Double.isInfinite(x)) {
            return x > 0 || x != x ? x : Double.NaN;
        }
        if (x == 0) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (x == Math.floor(x)) {
            if (x < 0) {
                return Double.NaN;
            }
            if (x <= 23) {
                double f = 1;
                for (int i = 2; i < (int) x; i++) {
                    f *= i; // exact up to 22!
                }
                return f;
            }
        }
        double ax = Math.abs(x);
        if (ax < 1e-20) {
            return 1.0 / x;
        }
        if (ax > 200.0) {
            return x < 0 ? 0.0 / sinpi(x) : Double.POSITIVE_INFINITY;
        }
        double y = ax + LANCZOS_G_MINUS_HALF;
        double z = ax > LANCZOS_G_MINUS_HALF ? (y - ax) - LANCZOS_G_MINUS_HALF : (y - LANCZOS_G_MINUS_HALF) - ax;
        z = z * LANCZOS_G / y; // the rounding error of y, as a correction factor
        double r;
        if (x < 0) {
            r = -Math.PI / sinpi(ax) / ax * PyMath.exp(y) / lanczosSum(ax);
            r -= z * r;
            if (ax < 140.0) {
                r /= PyMath.pow(y, ax - 0.5);
            } else {
                double sp = PyMath.pow(y, ax / 2.0 - 0.25);
                r /= sp;
                r /= sp;
            }
        } else {
            r = lanczosSum(ax) / PyMath.exp(y);
            r += z * r;
            if (ax < 140.0) {
                r *= PyMath.pow(y, ax - 0.5);
            } else {
                double sp = PyMath.pow(y, ax / 2.0 - 0.25);
                r *= sp;
                r *= sp;
            }
        }
        return r;
    }

    static double lgamma(double x) {
        if (x != x) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            return x <= 0 ? Double.POSITIVE_INFINITY : 0.0;
        }
        double ax = Math.abs(x);
        if (ax < 1e-20) {
            return -PyMath.log(ax);
        }
        double r = PyMath.log(lanczosSum(ax)) - LANCZOS_G;
        r += (ax - 0.5) * (PyMath.log(ax + LANCZOS_G - 0.5) - 1);
        if (x < 0) {
            r = LOGPI - PyMath.log(Math.abs(sinpi(ax))) - PyMath.log(ax) - r; // reflection
        }
        return r;
    }

    private static long nonNeg(Interp in, Object o, char which, Node at) {
        long v = Builtins.intArg(in, o, at);
        if (v < 0) {
            throw in.error("ValueError", which + " must be a non-negative integer", at);
        }
        return v;
    }

    private static long mulExact(Interp in, long a, long b, Node at) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw in.error("OverflowError", "integer result too large for the playground", at);
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return Math.abs(a);
    }

    static Object combPerm(boolean comb, Interp in, Object[] a, Node at) {
        String name = comb ? "comb" : "perm";
        if (comb ? a.length != 2 : a.length < 1 || a.length > 2) {
            throw in.error("TypeError", name + " expected " + (comb ? "2 arguments" : a.length < 1 ? "at least 1 argument"
                    : "at most 2 arguments") + ", got " + a.length, at);
        }
        long n = nonNeg(in, a[0], 'n', at);
        if (!comb && (a.length == 1 || a[1] == Py.NONE)) {
            return combPerm(false, in, new Object[] {n, n}, at);
        }
        long k = nonNeg(in, a[1], 'k', at);
        if (k > n) {
            return 0L;
        }
        long r = 1;
        if (!comb) {
            for (long i = 0; i < k; i++) {
                r = mulExact(in, r, n - i, at);
            }
            return r;
        }
        k = Math.min(k, n - k);
        for (long i = 0; i < k; i++) {
            long d = i + 1; // r * (n - i) / d is exact; divide out the common factors first
            long g = gcd(r, d);
            r /= g;
            r = mulExact(in, r, (n - i) / (d / g), at);
        }
        return r;
    }

    static Object isqrtLcm(boolean isqrt, Interp in, Object[] a, Node at) {
        if (isqrt) {
            Builtins.count(in, "isqrt", a, 1, 1, at);
            long n = Builtins.intArg(in, a[0], at);
            if (n < 0) {
                throw in.error("ValueError", "isqrt() argument must be nonnegative", at);
            }
            long r = (long) Math.sqrt((double) n);
            while (r * r > n || r > 3037000499L) {
                r--;
            }
            while ((r + 1) <= 3037000499L && (r + 1) * (r + 1) <= n) {
                r++;
            }
            return r;
        }
        long l = 1;
        for (Object o : a) {
            long x = Math.abs(Builtins.intArg(in, o, at));
            if (x == 0) {
                l = 0;
            } else if (l != 0) {
                l = mulExact(in, l / gcd(l, x), x, at);
            }
        }
        return l;
    }

    static Object ldexp(Interp in, double x, Object i, Node at) {
        if (!Interp.isIntLike(i)) {
            throw in.error("TypeError", "Expected an int as second argument to ldexp.", at);
        }
        long e = Interp.toLong(i);
        if (x == 0 || x != x || Double.isInfinite(x)) {
            return x;
        }
        double r = Math.scalb(x, (int) Math.max(-100000, Math.min(100000, e)));
        if (Double.isInfinite(r)) {
            throw in.error("OverflowError", "math range error", at);
        }
        return r;
    }

    /**
     * IEEE 754 remainder x - n y, n = x / y rounded half even, for finite x and y != 0 (fdlibm's
     * e_remainder.c: fmod by 2|y|, exact, then at most two exact subtractions). TeaVM's
     * Math.IEEEremainder is fmod.
     */
    static double remainder(double x, double y) {
        double p = Math.abs(y);
        double r = p <= Double.MAX_VALUE / 2 ? x % (p + p) : x;
        boolean neg = Double.doubleToRawLongBits(r) < 0;
        r = Math.abs(r);
        if (p < 0x1p-1021) {
            if (r + r > p) {
                r -= p;
                if (r + r >= p) {
                    r -= p;
                }
            }
        } else {
            double half = 0.5 * p;
            if (r > half) {
                r -= p;
                if (r >= half) {
                    r -= p;
                }
            }
        }
        return neg ? -r : r;
    }

    /** modf (k 0), frexp (1), ulp (2). */
    static Object split(int k, double x) {
        if (k == 2) {
            if (x != x || Double.isInfinite(x)) {
                return Math.abs(x);
            }
            // CPython's math_ulp, on the bits (TeaVM's Math.ulp is wrong for 0, 1 and large x)
            double ax = Math.abs(x);
            double up = Double.longBitsToDouble(Double.doubleToRawLongBits(ax) + 1);
            return Double.isInfinite(up) ? ax - Double.longBitsToDouble(Double.doubleToRawLongBits(ax) - 1) : up - ax;
        }
        if (k == 0) {
            if (Double.isInfinite(x)) {
                return new PyTuple(new Object[] {Math.copySign(0.0, x), x});
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return new PyTuple(new Object[] {Math.copySign(x - ip, x), ip});
        }
        if (x == 0 || x != x || Double.isInfinite(x)) {
            return new PyTuple(new Object[] {x, 0L});
        }
        double m = Math.abs(x);
        int e = 0;
        if (m < Double.MIN_NORMAL) {
            m *= 0x1p54;
            e = -54;
        }
        int ex = Math.getExponent(m) + 1;
        return new PyTuple(new Object[] {Math.copySign(Math.scalb(m, -ex), x), (long) (e + ex)});
    }

    static Object dist(Interp in, Object[] a, Node at) {
        Builtins.count(in, "dist", a, 2, 2, at);
        java.util.ArrayList<Object> p = in.toList(a[0], at);
        java.util.ArrayList<Object> q = in.toList(a[1], at);
        if (p.size() != q.size()) {
            throw in.error("ValueError", "both points must have the same number of dimensions", at);
        }
        double max = 0;
        double[] d = new double[p.size()];
        boolean nan = false;
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.abs(Builtins.realArg(in, p.get(i), at) - Builtins.realArg(in, q.get(i), at));
            nan |= d[i] != d[i];
            max = d[i] > max ? d[i] : max;      // CPython's x > max: a NaN never becomes max
        }
        return Hyper.norm(d, max, nan);
    }
}
