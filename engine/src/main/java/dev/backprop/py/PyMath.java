package dev.backprop.py;

/**
 * CPython's math functions with its bits, identically on the JVM and under TeaVM: the engine's one entry
 * for {@code exp}, {@code log}, {@code pow}, {@code expm1}, {@code tanh} (glibc 2.36's algorithms, in
 * {@link Libm}: 0 differences from CPython 3.11 in LibmTest), {@code sin} and {@code cos}.
 *
 * <p>sin and cos are still correctly rounded in double-double arithmetic (exact reduction by pi/2 below
 * 2^20, StrictMath beyond), which is not glibc's IBM code: they differ from CPython in the last bit for
 * roughly 1 input in 1,000 (more beyond 2^20).
 *
 * <p>TeaVM 0.16 prints {@code a + (b - c)}, {@code a + (b + c)}, {@code a * (b * c)} and
 * {@code a * (b / c)} without the parentheses, which changes floating-point results; so a compound
 * operand is always written on the left of {@code +} and {@code *} here (NumTest runs the same code).
 */
public final class PyMath {
    private PyMath() {
    }

    private static final double PIO2_1 = 1.5707963267948966;
    private static final double PIO2_2 = 6.123233995736766e-17;
    private static final double PIO2_3 = -1.4973849048591698e-33;
    private static final double TWO_OVER_PI = 0.6366197723675814;

    /** 1/(2k+1)! and 1/(2k)! with signs for sin and cos. */
    private static final DD[] SIN = new DD[16];
    private static final DD[] COS = new DD[16];

    static {
        DD f = DD.of(1);
        for (int n = 0; n < SIN.length; n++) {
            // f = 1/(2n)!: cos term; then 1/(2n+1)!: sin term
            if (n > 0) {
                f = DD.div(f, DD.of((2.0 * n - 1) * (2.0 * n)));
            }
            COS[n] = (n & 1) == 0 ? f : f.neg();
            DD g = DD.div(f, DD.of(2.0 * n + 1));
            SIN[n] = (n & 1) == 0 ? g : g.neg();
        }
    }

    /** Natural logarithm: -inf at 0, NaN below 0, glibc's bits (Libm). */
    public static double log(double x) {
        return Libm.log(x);
    }

    /** e^x: +inf on overflow, 0 below the subnormals, glibc's bits (Libm). */
    public static double exp(double x) {
        return Libm.exp(x);
    }

    /**
     * x^y as C's pow (CPython's float ** without its exceptions), glibc's bits (Libm): y == 0 and x == 1
     * give 1 even with NaN; a negative x needs an integer y (else NaN); 0 to a negative power is inf.
     */
    public static double pow(double x, double y) {
        return Libm.pow(x, y);
    }

    /** e^x - 1, glibc's bits (Libm). */
    public static double expm1(double x) {
        return Libm.expm1(x);
    }

    /** tanh(x), glibc's bits (Libm): +-1 from |x| = 22 on, never NaN for finite x. */
    public static double tanh(double x) {
        return Libm.tanh(x);
    }

    /** Sine. Exact reduction by pi/2 for |x| < 2^20; beyond that StrictMath (fdlibm). */
    public static double sin(double x) {
        return sincos(x, false);
    }

    /** Cosine. Exact reduction by pi/2 for |x| < 2^20; beyond that StrictMath (fdlibm). */
    public static double cos(double x) {
        return sincos(x, true);
    }

    private static double sincos(double x, boolean cos) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        double ax = Math.abs(x);
        if (ax >= 1048576.0) {
            return cos ? StrictMath.cos(x) : StrictMath.sin(x);
        }
        if (!cos && ax < 1e-8) {
            // sin x = x - x^3/6: the cube is below half an ulp of x (and keeps -0.0)
            return x;
        }
        double k = Num.roundHalfEven(x * TWO_OVER_PI);
        DD r = DD.of(x);
        if (k != 0) {
            r = DD.add(r, DD.prod(-k, PIO2_1));
            r = DD.add(r, DD.prod(-k, PIO2_2));
            r = DD.add(r, DD.of(-k * PIO2_3));
        }
        int q = (int) (((long) k) & 3);
        boolean useCos = cos ? (q & 1) == 0 : (q & 1) == 1;
        boolean negate = cos ? (q == 1 || q == 2) : (q == 2 || q == 3);
        DD r2 = DD.mul(r, r);
        DD[] c = useCos ? COS : SIN;
        DD acc = DD.horner(c, r2);
        if (!useCos) {
            acc = DD.mul(acc, r);
        }
        double v = acc.hi + acc.lo;
        return negate ? -v : v;
    }

    /** An unevaluated sum hi + lo with |lo| <= ulp(hi)/2: about 106 bits. */
    private static final class DD {
        final double hi;
        final double lo;

        DD(double hi, double lo) {
            this.hi = hi;
            this.lo = lo;
        }

        static DD of(double x) {
            return new DD(x, 0);
        }

        DD neg() {
            return new DD(-hi, -lo);
        }

        /** a + b exactly. */
        static DD sum(double a, double b) {
            double s = a + b;
            double bb = s - a;
            // = (a - (s - bb)) + (b - bb), written so TeaVM keeps the order (see class comment)
            double err = (b - bb) - ((s - bb) - a);
            return new DD(s, err);
        }

        private static DD norm(double a, double b) {
            double s = a + b;
            return new DD(s, b - (s - a));
        }

        /** a * b exactly (Dekker; no FMA, so every platform agrees). */
        static DD prod(double a, double b) {
            double p = a * b;
            return new DD(p, Libm.productError(a, b, p));
        }

        static DD add(DD a, DD b) {
            DD s = sum(a.hi, b.hi);
            DD t = sum(a.lo, b.lo);
            double lo = s.lo + t.hi;
            DD u = norm(s.hi, lo);
            return norm(u.hi, u.lo + t.lo);
        }

        static DD mul(DD a, DD b) {
            DD p = prod(a.hi, b.hi);
            return norm(p.hi, (a.hi * b.lo + a.lo * b.hi) + p.lo);
        }

        /**
         * c[0] + x*(c[1] + x*(c[2] + ...)): the same operations as add(mul(acc, x), c[k]) in a loop,
         * written out on primitives because the allocations made exp and log ten times slower.
         */
        static DD horner(DD[] c, DD x) {
            double xh = x.hi;
            double xl = x.lo;
            double t = 134217729.0 * xh;
            double xhh = t - (t - xh);
            double xhl = xh - xhh;
            double ah = c[c.length - 1].hi;
            double al = c[c.length - 1].lo;
            for (int k = c.length - 2; k >= 0; k--) {
                // m = acc * x
                double p = ah * xh;
                t = 134217729.0 * ah;
                double ahh = t - (t - ah);
                double ahl = ah - ahh;
                double pe = ((ahh * xhh - p) + ahh * xhl + ahl * xhh) + ahl * xhl;
                double mlo = (ah * xl + al * xh) + pe;
                double mh = p + mlo;
                double ml = mlo - (mh - p);
                // acc = m + c[k]
                double ch = c[k].hi;
                double cl = c[k].lo;
                double sh = mh + ch;
                double bb = sh - mh;
                double se = (ch - bb) - ((sh - bb) - mh);
                double th = ml + cl;
                bb = th - ml;
                double te = (cl - bb) - ((th - bb) - ml);
                double lo = se + th;
                double uh = sh + lo;
                double ul = lo - (uh - sh);
                double lo2 = ul + te;
                ah = uh + lo2;
                al = lo2 - (ah - uh);
            }
            return new DD(ah, al);
        }

        static DD div(DD a, DD b) {
            double q1 = a.hi / b.hi;
            DD r = add(a, mul(of(-q1), b));
            double q2 = r.hi / b.hi;
            r = add(r, mul(of(-q2), b));
            double q3 = r.hi / b.hi;
            DD q = norm(q1, q2);
            return add(q, of(q3));
        }
    }
}
