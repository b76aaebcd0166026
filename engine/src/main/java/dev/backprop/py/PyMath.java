package dev.backprop.py;

/**
 * {@code log}, {@code exp}, {@code pow}, {@code sin} and {@code cos} correctly rounded, as CPython gets them from glibc (whose
 * results are correctly rounded in all but very rare cases), identically on the JVM and under TeaVM.
 *
 * <p>Why: {@code random.gauss} feeds these into every value it returns, and Java's {@code Math}/
 * {@code StrictMath} (and V8's fdlibm) differ from glibc in the last bit for about 3% of inputs. Here each
 * function is evaluated in double-double arithmetic (about 100 bits, plain IEEE additions and
 * multiplications only, so every platform computes the same bits) and rounded once.
 *
 * <p>TeaVM 0.16 prints {@code a + (b - c)}, {@code a + (b + c)}, {@code a * (b * c)} and
 * {@code a * (b / c)} without the parentheses, which changes floating-point results; so a compound
 * operand is always written on the left of {@code +} and {@code *} here (NumTest runs the same code).
 */
public final class PyMath {
    private PyMath() {
    }

    private static final double LN2_HI = 0.6931471805599453;
    private static final double LN2_LO = 2.3190468138462996e-17;
    private static final double LN2_LO2 = 5.707708438416212e-34;
    private static final double INV_LN2 = 1.4426950408889634;
    private static final double PIO2_1 = 1.5707963267948966;
    private static final double PIO2_2 = 6.123233995736766e-17;
    private static final double PIO2_3 = -1.4973849048591698e-33;
    private static final double TWO_OVER_PI = 0.6366197723675814;
    private static final double SQRT2 = 1.4142135623730951;

    /** 1/(2k+1) for the atanh series of log; 1/(2k+1)! and 1/(2k)! with signs for sin and cos. */
    private static final DD[] ATANH = new DD[24];
    private static final DD[] SIN = new DD[16];
    private static final DD[] COS = new DD[16];
    /** 1/n! for the Taylor series of exp on |r| <= ln2/2. */
    private static final DD[] EXP = new DD[27];

    static {
        EXP[0] = DD.of(1);
        for (int n = 1; n < EXP.length; n++) {
            EXP[n] = DD.div(EXP[n - 1], DD.of(n));
        }
        for (int k = 0; k < ATANH.length; k++) {
            ATANH[k] = DD.div(DD.of(1), DD.of(2 * k + 1));
        }
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

    /** Natural logarithm: -inf at 0, NaN below 0, as C's log. */
    public static double log(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x < 0 ? Double.NaN : x; // NaN, +inf pass through
        }
        if (x == 1) {
            return 0.0;
        }
        DD r = logDD(x);
        return r.hi + r.lo;
    }

    /** log(x) to about 104 bits for finite x > 0. */
    private static DD logDD(double x) {
        int e = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 18014398509481984.0; // 2^54, exact
            e = -54;
        }
        long bits = Double.doubleToRawLongBits(x);
        e += (int) (bits >>> 52) - 1023;
        double m = Double.longBitsToDouble((bits & 0xfffffffffffffL) | 0x3ff0000000000000L);
        if (m > SQRT2) {
            m *= 0.5;
            e++;
        }
        // log(m) = 2 atanh(s), s = (m-1)/(m+1); m-1 is exact (Sterbenz), m+1 is kept exact as a pair
        DD s = DD.div(DD.of(m - 1), DD.sum(m, 1));
        DD s2 = DD.mul(s, s);
        DD acc = DD.horner(ATANH, s2);
        DD r = DD.mul(DD.mul(s, acc), DD.of(2));
        if (e != 0) {
            DD el = DD.add(DD.prod(e, LN2_HI), DD.of(e * LN2_LO));
            r = DD.add(el, r);
        }
        return r;
    }

    /** e^x, correctly rounded (C's exp): +inf on overflow, subnormals rounded once, 0 below them. */
    public static double exp(double x) {
        if (x != x) {
            return x;
        }
        if (x == 0) {
            return 1.0;
        }
        return expDD(x, 0, false);
    }

    /**
     * x^y as C's pow (CPython's float ** without its exceptions): correctly rounded; y == 0 and x == 1
     * give 1 even with NaN; a negative x needs an integer y (else NaN); 0 to a negative power is inf.
     */
    public static double pow(double x, double y) {
        if (y == 0 || x == 1) {
            return 1.0;
        }
        if (x != x || y != y) {
            return Double.NaN;
        }
        if (x == -1 && Double.isInfinite(y)) {
            return 1.0;
        }
        if (x == 0 || Double.isInfinite(x) || Double.isInfinite(y)) {
            return Math.pow(x, y); // exact special values: 0, inf, with C99's signs
        }
        boolean negate = false;
        if (x < 0) {
            if (Math.floor(y) != y) {
                return Double.NaN;
            }
            // an odd integer power keeps the sign (every double >= 2^53 is even)
            negate = Math.abs(y) < 9007199254740992.0 && Math.floor(y / 2) * 2 != y;
            x = -x;
        }
        double r;
        if (y == 1) {
            r = x;
        } else if (y == 2) {
            r = x * x;
        } else if (y == -1) {
            r = 1 / x;
        } else if (y == 0.5) {
            r = Math.sqrt(x);
        } else {
            DD t = DD.mul(logDD(x), DD.of(y));
            r = expDD(t.hi, t.lo, true);
        }
        return negate ? -r : r;
    }

    /** e^(hi + lo) rounded once; hi is finite. */
    private static double expDD(double hi, double lo, boolean pair) {
        if (hi > 709.8) {
            return Double.POSITIVE_INFINITY;
        }
        if (hi < -745.2) {
            return 0.0;
        }
        double k = Num.roundHalfEven(hi * INV_LN2);
        // r = (hi + lo) - k ln2, with ln2 in three parts so the cancellation loses nothing
        DD r = DD.of(hi);
        if (k != 0) {
            r = DD.add(r, DD.prod(-k, LN2_HI));
            r = DD.add(r, DD.prod(-k, LN2_LO));
            r = DD.add(r, DD.of(-k * LN2_LO2));
        }
        if (pair) {
            r = DD.add(r, DD.of(lo));
        }
        DD acc = DD.horner(EXP, r);
        int ki = (int) k;
        // e^x = acc * 2^k, acc in about [0.7, 1.42]
        if (ki >= -1021) {
            double v = acc.hi + acc.lo;
            if (ki > 1023) {
                // 2^k itself overflows: scale in two steps (exact while the result is finite)
                v *= 2.0;
                ki--;
            }
            double scaled = v * twoTo(ki);
            return scaled;
        }
        // subnormal result: round acc * 2^k once, to a multiple of 2^-1074
        int shift = ki + 1074; // acc * 2^shift units of 2^-1074
        if (shift < -1) {
            return 0.0;
        }
        double hs = acc.hi * twoTo(shift);
        double ls = acc.lo * twoTo(shift);
        double q = Math.floor(hs);
        double frac = (hs - q) + ls;
        if (frac > 0.5 || (frac == 0.5 && Math.floor(q / 2) * 2 != q)) {
            q += 1;
        } else if (frac < -0.5 || (frac == -0.5 && Math.floor(q / 2) * 2 != q)) {
            q -= 1;
        }
        return q * Double.MIN_VALUE;
    }

    /** 2^k exactly for -1074 <= k <= 1023. */
    private static double twoTo(int k) {
        if (k >= -1022) {
            return Double.longBitsToDouble((long) (k + 1023) << 52);
        }
        return Double.longBitsToDouble(1L << (k + 1074));
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
            double t = 134217729.0 * a;
            double ah = t - (t - a);
            double al = a - ah;
            t = 134217729.0 * b;
            double bh = t - (t - b);
            double bl = b - bh;
            double err = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
            return new DD(p, err);
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
