package dev.backprop.engine;

/**
 * {@code log}, {@code sin} and {@code cos} correctly rounded, as CPython gets them from glibc (whose
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
    private static final double PIO2_1 = 1.5707963267948966;
    private static final double PIO2_2 = 6.123233995736766e-17;
    private static final double PIO2_3 = -1.4973849048591698e-33;
    private static final double TWO_OVER_PI = 0.6366197723675814;
    private static final double SQRT2 = 1.4142135623730951;

    /** 1/(2k+1) for the atanh series of log; 1/(2k+1)! and 1/(2k)! with signs for sin and cos. */
    private static final DD[] ATANH = new DD[24];
    private static final DD[] SIN = new DD[16];
    private static final DD[] COS = new DD[16];

    static {
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
        DD acc = ATANH[ATANH.length - 1];
        for (int k = ATANH.length - 2; k >= 0; k--) {
            acc = DD.add(DD.mul(acc, s2), ATANH[k]);
        }
        DD r = DD.mul(DD.mul(s, acc), DD.of(2));
        if (e != 0) {
            DD el = DD.add(DD.prod(e, LN2_HI), DD.of(e * LN2_LO));
            r = DD.add(el, r);
        }
        return r.hi + r.lo;
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
        DD acc = c[c.length - 1];
        for (int n = c.length - 2; n >= 0; n--) {
            acc = DD.add(DD.mul(acc, r2), c[n]);
        }
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
