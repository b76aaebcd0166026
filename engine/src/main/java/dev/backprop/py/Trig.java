package dev.backprop.py;

/**
 * glibc 2.36's sin and cos (s_sin.c, the IBM Accurate Mathematical Library as Wilco Dijkstra simplified it)
 * as Debian 12's libm runs them on an FMA machine ({@code __sin_fma}, {@code __cos_fma}: the fused steps
 * follow the disassembly; {@link Libm#fma} emulates them exactly). Big arguments go through branred.c,
 * which is built without FMA. Same rule as Libm: no compound operand on the right of {@code +} or
 * {@code *} (TeaVM 0.16 drops those parentheses).
 */
public final class Trig {
    private Trig() {
    }

    // usncs.h
    private static final double S1 = -0x1.5555555555555p-3;
    private static final double S2 = 0x1.1111111110ECEp-7;
    private static final double S3 = -0x1.A01A019DB08B8p-13;
    private static final double S4 = 0x1.71DE27B9A7ED9p-19;
    private static final double S5 = -0x1.ADDFFC2FCDF59p-26;
    private static final double BIG = 0x1.8p45;
    private static final double HP0 = 0x1.921FB54442D18p0;
    private static final double HP1 = 0x1.1A62633145C07p-54;
    private static final double MP1 = 0x1.921FB58000000p0;
    private static final double MP2 = -0x1.DDE973C000000p-27;
    private static final double PP3 = -0x1.CB3B398000000p-55;
    private static final double PP4 = -0x1.d747f23e32ed7p-83;
    private static final double HPINV = 0x1.45F306DC9C883p-1;
    private static final double TOINT = 0x1.8p52;

    // s_sin.c
    private static final double SN3 = -1.66666666666664880952546298448555E-01;
    private static final double SN5 = 8.33333214285722277379541354343671E-03;
    private static final double CS2 = 4.99999999999999999999950396842453E-01;
    private static final double CS4 = -4.16666666666664434524222570944589E-02;
    private static final double CS6 = 1.38888874007937613028114285595617E-03;

    private static final long SIGN = 0x8000000000000000L;

    private static double fma(double a, double b, double c) {
        return Libm.fma(a, b, c);
    }

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    private static double dbl(long b) {
        return Double.longBitsToDouble(b);
    }

    private static double table(int i) {
        return Double.longBitsToDouble(LibmData.SINCOS[i]);
    }

    /** |v| with y's sign. */
    private static double copySign(double v, double y) {
        return dbl((bits(v) & ~SIGN) | (bits(y) & SIGN));
    }

    /** High 32 bits of x as a signed int (glibc's u.i[HIGH_HALF]). */
    private static int high(double x) {
        return (int) (bits(x) >> 32);
    }

    /** sin(x + dx) for |x| < 0.855469 (do_sin): Taylor below 0.126, else the table at x's nearest 1/128. */
    private static double doSin(double x, double dx) {
        if (Math.abs(x) < 0.126) {
            double xx = x * x;
            double p = fma(xx, S5, S4);
            p = fma(xx, p, S3);
            p = fma(xx, p, S2);
            p = fma(xx, p, S1);
            double t = fma(xx, fma(p, x, -(0.5 * dx)), dx);
            return x + t;
        }
        double xold = x;
        if (x <= 0) {
            dx = -dx;
        }
        double ax = Math.abs(x);
        double u = ax + BIG;
        x = ax - (u - BIG);
        double xx = x * x;
        double s = fma(x * xx, fma(xx, SN5, SN3), dx) + x;
        double c = fma(x, dx, fma(xx, fma(xx, CS6, CS4), CS2) * xx);
        int k = ((int) bits(u)) << 2;
        double sn = table(k);
        double cor = fma(s, table(k + 2), fma(-c, sn, fma(s, table(k + 3), table(k + 1))));
        return copySign(sn + cor, xold);
    }

    /** cos(x + dx) for |x| < 0.855469 (do_cos). */
    private static double doCos(double x, double dx) {
        if (x < 0) {
            dx = -dx;
        }
        double ax = Math.abs(x);
        double u = ax + BIG;
        x = (ax - (u - BIG)) + dx;
        double xx = x * x;
        double s = fma(x * xx, fma(xx, SN5, SN3), x);
        double c = fma(xx, fma(xx, CS6, CS4), CS2) * xx;
        int k = ((int) bits(u)) << 2;
        double cs = table(k + 2);
        double cor = fma(-s, table(k), fma(-c, cs, fma(-s, table(k + 1), table(k + 3))));
        return cs + cor;
    }

    /** sin or cos of a + da in quadrant n (do_sincos). */
    private static double doSinCos(double a, double da, int n) {
        double r = (n & 1) != 0 ? doCos(a, da) : doSin(a, da);
        return (n & 2) != 0 ? -r : r;
    }

    /** x = n pi/2 + (ab[0] + ab[1]) for |x| < 105414350 (reduce_sincos, 136 bits of pi/2); returns n mod 4. */
    private static int reduce(double x, double[] ab) {
        double t = fma(x, HPINV, TOINT);
        double xn = t - TOINT;
        int n = (int) bits(t) & 3;
        double y = fma(-xn, MP2, fma(-xn, MP1, x));
        double t2 = fma(-xn, PP3, y);
        double db = fma(-xn, PP3, y - t2);
        double b = fma(-xn, PP4, t2);
        db = db + fma(-xn, PP4, t2 - b);
        ab[0] = b;
        ab[1] = db;
        return n;
    }

    /** sin(x) as glibc's: x below 2^-26, NaN for infinities and NaN. */
    public static double sin(double x) {
        int k = high(x) & 0x7fffffff;
        if (k < 0x3e500000) {
            return x;
        }
        if (k < 0x3feb6000) {
            return doSin(x, 0);
        }
        if (k < 0x400368fd) {
            double t = HP0 - Math.abs(x);
            return copySign(doCos(t, HP1), x);
        }
        if (k < 0x7ff00000) {
            double[] ab = new double[2];
            int n = k < 0x419921FB ? reduce(x, ab) : Branred.reduce(x, ab);
            return doSinCos(ab[0], ab[1], n);
        }
        return x / x;
    }

    /** cos(x) as glibc's: 1 below 2^-27, NaN for infinities and NaN. */
    public static double cos(double x) {
        int k = high(x) & 0x7fffffff;
        if (k < 0x3e400000) {
            return 1.0;
        }
        if (k < 0x3feb6000) {
            return doCos(x, 0);
        }
        if (k < 0x400368fd) {
            double y = HP0 - Math.abs(x);
            double a = y + HP1;
            double da = (y - a) + HP1;
            return doSin(a, da);
        }
        if (k < 0x7ff00000) {
            double[] ab = new double[2];
            int n = k < 0x419921FB ? reduce(x, ab) : Branred.reduce(x, ab);
            return doSinCos(ab[0], ab[1], n + 1);
        }
        return x / x;
    }

    // utan.h
    private static final double G1 = dbl(0x3e4b096c00000000L);
    private static final double G2 = dbl(0x3faf212d00000000L);
    private static final double G3 = dbl(0x3fe92f1a00000000L);
    private static final double TD3 = dbl(0x3fd5555555555555L);
    private static final double TD5 = dbl(0x3fc11111111107c6L);
    private static final double TD7 = dbl(0x3faba1ba1cdb8745L);
    private static final double TD9 = dbl(0x3f9664ed49cfc666L);
    private static final double TD11 = dbl(0x3f82385a3cf2e4eaL);
    private static final double E0 = dbl(0x3fd5555555554dbdL);
    private static final double E1 = dbl(0x3fc11112e0a6b45fL);
    private static final double MP3 = dbl(0xbc8cb3b399d747f2L);

    /** xfg[i][j]. */
    private static double xfg(int i, int j) {
        return dbl(LibmData.TAN[4 * i + j]);
    }

    /** d3 + a2 (d5 + a2 (d7 + a2 (d9 + a2 d11))), tan's odd series in a2 = a^2. */
    private static double tanSeries(double a2) {
        double p = fma(a2, TD11, TD9);
        p = fma(a2, p, TD7);
        p = fma(a2, p, TD5);
        return fma(a2, p, TD3);
    }

    /**
     * tan(a + da) (n even) or -cot(a + da) (n odd) for |a + da| <= pi/4 after a reduction: the series below
     * 0.0608, else the table at ya = |a|'s nearest xi with tan(xi + z) = (fi + pz (fi + gi) / (gi - pz)).
     */
    private static double tanReduced(double a, double da, boolean odd) {
        double ya = a < 0.0 ? -a : a;
        double yya = a < 0.0 ? -da : da;
        double sy = a < 0.0 ? -1.0 : 1.0;
        if (ya <= G2) {
            double a2 = a * a;
            double t2 = fma(a * a2, tanSeries(a2), da);
            double y = a + t2;
            if (!odd) {
                return y;
            }
            double db = Math.abs(a) > Math.abs(t2) ? (a - y) + t2 : (t2 - y) + a;
            // DIV2(1, 0, y, db): 1 / (y + db) in double-double, MUL12 as an exact product (fma)
            double c = 1.0 / y;
            double u = c * y;
            double uu = fma(c, y, -u);
            double cc = fma(-db, c, ((1.0 - u) - uu) + 0.0) / y;
            double z = c + cc;
            double dz = (c - z) + cc;
            return -(dz + z);
        }
        int i = (int) fma(ya, 256.0, -15.5);
        double z = (ya - xfg(i, 0)) + yya;
        double z2 = z * z;
        double pz = fma(z * z2, fma(z2, E1, E0), z);
        double fi = xfg(i, 1);
        double gi = xfg(i, 2);
        double num = (fi + gi) * pz;
        if (odd) {
            double t2 = num / (pz + fi);
            return (gi - t2) * -sy;
        }
        double t2 = num / (gi - pz);
        return (t2 + fi) * sy;
    }

    /** tan(x) as glibc's: x below 1.26e-8, NaN for infinities and NaN. */
    public static double tan(double x) {
        int ux = high(x);
        if ((ux & 0x7ff00000) == 0x7ff00000) {
            return x - x;
        }
        double w = x < 0.0 ? -x : x;
        if (w <= G1) {
            return x;
        }
        if (w <= G2) {
            double x2 = x * x;
            return fma(x * x2, tanSeries(x2), x);
        }
        if (w <= G3) {
            int i = (int) fma(w, 256.0, -15.5);
            double z = w - xfg(i, 0);
            double z2 = z * z;
            double pz = fma(z * z2, fma(z2, E1, E0), z);
            double fi = xfg(i, 1);
            double gi = xfg(i, 2);
            double t2 = ((fi + gi) * pz) / (gi - pz);
            return x < 0.0 ? -(t2 + fi) : t2 + fi;  // s y with s = -1 or 1
        }
        double t = fma(x, HPINV, TOINT);
        double xn = t - TOINT;
        boolean odd = (bits(t) & 1) != 0;
        double t1 = fma(-xn, MP2, fma(-xn, MP1, x));
        if (w <= 25.0) {
            double a = fma(-xn, MP3, t1);
            double da = fma(-xn, MP3, t1 - a);
            return tanReduced(a, da, odd);
        }
        double a;
        double da;
        if (w <= 1e8) {
            double tt = fma(-xn, PP3, t1);
            da = fma(-xn, PP3, t1 - tt);
            a = fma(-xn, PP4, tt);
            da = da + fma(-xn, PP4, tt - a);
        } else {
            double[] ab = new double[2];
            odd = (Branred.reduce(x, ab) & 1) != 0;
            a = ab[0];
            da = ab[1];
        }
        double s = a + da;
        double ds = Math.abs(a) > Math.abs(da) ? (a - s) + da : (da - s) + a;
        return tanReduced(s, ds, odd);
    }
}
