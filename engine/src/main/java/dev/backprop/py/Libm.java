package dev.backprop.py;

/**
 * glibc 2.36's {@code exp}, {@code log} and {@code pow} for x86-64 (the ones CPython 3.11 calls on Linux),
 * bit for bit, in plain Java that TeaVM compiles to the same bits.
 *
 * <p>The algorithms are Szabolcs Nagy's table-driven ones (LibmData holds glibc's tables). On a CPU with
 * FMA (x86-64-v3, the machines CPython is compared on) glibc runs its {@code __*_fma} builds, in which GCC
 * fused every {@code a * b + c} it could; the fused operations here follow the disassembly of Debian 12's
 * libm.so.6 one for one ({@link #fma} emulates a fused multiply-add exactly, so no platform FMA is needed).
 * No compound operand on the right of {@code +} or {@code *}, not even through a local used once (TeaVM inlines it
 * and drops those parentheses, see PyMath).
 */
public final class Libm {
    private Libm() {
    }

    // __exp_data word offsets
    private static final double INVLN2N = word(LibmData.EXP, 0);
    private static final double NEGLN2HIN = word(LibmData.EXP, 1);
    private static final double NEGLN2LON = word(LibmData.EXP, 2);
    private static final double C2 = word(LibmData.EXP, 3);
    private static final double C3 = word(LibmData.EXP, 4);
    private static final double C4 = word(LibmData.EXP, 5);
    private static final double C5 = word(LibmData.EXP, 6);
    private static final double SHIFT = word(LibmData.EXP, 7);
    private static final int EXP_TAB = 14;

    // __log_data: ln2hi, ln2lo, poly A[5], poly1 B[11], tab {invc, logc}[128]
    private static final double LN2HI = word(LibmData.LOG, 0);
    private static final double LN2LO = word(LibmData.LOG, 1);
    private static final double[] LA = words(LibmData.LOG, 2, 5);
    private static final double[] LB = words(LibmData.LOG, 7, 11);
    private static final int LOG_TAB = 18;

    // __pow_log_data: ln2hi, ln2lo, poly A[7], tab {invc, pad, logc, logctail}[128]
    private static final double PLN2HI = word(LibmData.POW_LOG, 0);
    private static final double PLN2LO = word(LibmData.POW_LOG, 1);
    private static final double[] PA = words(LibmData.POW_LOG, 2, 7);
    private static final int POW_TAB = 9;

    // __log2_data: invln2hi, invln2lo, poly A[6], poly1 B[10], tab {invc, logc}[64]
    private static final double INVLN2HI = word(LibmData.LOG2, 0);
    private static final double INVLN2LO = word(LibmData.LOG2, 1);
    private static final double[] L2A = words(LibmData.LOG2, 2, 6);
    private static final double[] L2B = words(LibmData.LOG2, 8, 10);
    private static final int LOG2_TAB = 18;

    private static final long SIGN = 0x8000000000000000L;
    private static final long ONE = 0x3ff0000000000000L;
    private static final long INF = 0x7ff0000000000000L;

    private static double word(long[] t, int i) {
        return Double.longBitsToDouble(t[i]);
    }

    private static double[] words(long[] t, int from, int n) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = word(t, from + i);
        }
        return r;
    }

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    private static double dbl(long b) {
        return Double.longBitsToDouble(b);
    }

    /** a * b - p exactly, for p = a * b rounded (Dekker; no overflow or underflow). */
    static double productError(double a, double b, double p) {
        double t = 134217729.0 * a;
        double ah = t - (t - a);
        double al = a - ah;
        t = 134217729.0 * b;
        double bh = t - (t - b);
        double bl = b - bh;
        return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    }

    /**
     * a * b + c rounded once (IEEE fusedMultiplyAdd), for finite arguments whose product neither overflows
     * nor loses bits to underflow (true at every call site here). Dekker's exact product, then the three-term
     * sum rounded once by Boldo and Melquiond's method: the low part is rounded to odd before the last sum.
     */
    static double fma(double a, double b, double c) {
        double p = a * b;
        double pl = productError(a, b, p);
        if (pl == 0) {
            return p + c;
        }
        // c + p = sh + sl exactly
        double sh = c + p;
        double bb = sh - c;
        double sl = (p - bb) - ((sh - bb) - c);
        // v = sl + pl rounded to odd
        double v = sl + pl;
        bb = v - sl;
        double e = (pl - bb) - ((v - bb) - sl);
        if (e != 0) {
            long vb = bits(v);
            if ((vb & 1) == 0) {
                v = dbl((e > 0) == (v > 0) ? vb + 1 : vb - 1);
            }
        }
        return sh + v;
    }

    /** e^x as glibc's exp: 0 below -745.13, +inf above 709.78, 1 + x for |x| < 2^-54. */
    public static double exp(double x) {
        long ix = bits(x);
        int abstop = (int) (ix >>> 52) & 0x7ff;
        if (abstop < 0x3c9 || abstop >= 0x408) {
            if (abstop < 0x3c9) {
                return 1.0 + x;
            }
            if (abstop >= 0x409) {
                if (ix == 0xfff0000000000000L) {
                    return 0.0;
                }
                if (abstop >= 0x7ff) {
                    return 1.0 + x;
                }
                return ix < 0 ? 0.0 : Double.POSITIVE_INFINITY;
            }
            abstop = 0;                          // large |x|: may overflow or underflow, see below
        }
        return expCore(x, 0, 0, abstop == 0);
    }

    /** sign * e^(x + xtail), glibc's exp_inline (signBias is 0 or 0x800 << 7 for a negative result). */
    private static double expCore(double x, double xtail, long signBias, boolean special) {
        double kd = fma(x, INVLN2N, SHIFT);
        long ki = bits(kd);
        kd -= SHIFT;
        double r = fma(kd, NEGLN2LON, fma(kd, NEGLN2HIN, x));
        r = xtail + r;
        int idx = EXP_TAB + 2 * (int) (ki & 127);
        long sbits = LibmData.EXP[idx + 1] + ((ki + signBias) << 45);
        double tail = word(LibmData.EXP, idx);
        double p23 = fma(r, C3, C2);
        double rt = r + tail;
        double r2 = r * r;
        double p45 = fma(r, C5, C4);
        p23 = fma(p23, r2, rt);
        double tmp = fma(r2 * r2, p45, p23);
        if (special) {
            return expSpecial(tmp, sbits, ki);
        }
        double scale = dbl(sbits);
        return fma(scale, tmp, scale);
    }

    /** scale * (1 + tmp) where it may overflow or round into subnormals (glibc's specialcase). */
    private static double expSpecial(double tmp, long sbits, long ki) {
        if ((ki & 0x80000000L) == 0) {
            double scale = dbl(sbits - (1009L << 52));
            return 0x1p1009 * fma(scale, tmp, scale);
        }
        long sb = sbits + (1022L << 52);
        double scale = dbl(sb);
        double st = scale * tmp;
        double y = scale + st;
        if (Math.abs(y) < 1.0) {
            // round to the subnormal precision once, before scaling
            double one = y < 0.0 ? -1.0 : 1.0;
            double lo = (scale - y) + st;
            double hi = one + y;
            double s = (one - hi) + y;
            s = s + lo;
            y = (s + hi) - one;
            if (y == 0.0) {
                y = dbl(sb & SIGN);
            }
        }
        return 0x1p-1022 * y;
    }

    /** Natural logarithm as glibc's log: -inf at +-0, NaN below 0. */
    public static double log(double x) {
        long ix = bits(x);
        int top = (int) (ix >>> 48);
        if (Long.compareUnsigned(ix - 0x3fee000000000000L, 0x3ff1090000000000L - 0x3fee000000000000L) < 0) {
            return logNear1(x, ix);
        }
        if (top - 0x0010 < 0 || top - 0x0010 >= 0x7ff0 - 0x0010) {
            if (ix << 1 == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (ix == INF) {
                return x;
            }
            if ((top & 0x8000) != 0 || (top & 0x7ff0) == 0x7ff0) {
                return Double.NaN;
            }
            ix = bits(x * 0x1p52) - (52L << 52); // subnormal: normalize
        }
        long tmp = ix - 0x3fe6000000000000L;
        int i = (int) ((tmp >>> 45) & 127);
        int k = (int) (tmp >> 52);
        double z = dbl(ix - (tmp & (0xfffL << 52)));
        double invc = word(LibmData.LOG, LOG_TAB + 2 * i);
        double logc = word(LibmData.LOG, LOG_TAB + 2 * i + 1);
        double kd = k;
        double w = fma(kd, LN2HI, logc);
        double r = fma(z, invc, -1.0);
        double a12 = fma(r, LA[2], LA[1]);
        double hi = w + r;
        double r2 = r * r;
        double lo = fma(kd, LN2LO, (w - hi) + r);
        double r3 = r * r2;
        double a34 = fma(r, LA[4], LA[3]);
        double t = fma(r2, LA[0], lo);
        double y = fma(r3, fma(a34, r2, a12), t);
        return y + hi;
    }

    /** log(x) for x in [1 - 2^-4, 1 + 0x1.09p-4): a polynomial in r = x - 1. */
    private static double logNear1(double x, long ix) {
        if (ix == ONE) {
            return 0.0;
        }
        double[] b = LB;
        double r = x - 1.0;
        double r2 = r * r;
        double r3 = r * r2;
        double p1 = fma(r2, b[3], fma(r, b[2], b[1]));
        double p2 = fma(r2, b[6], fma(r, b[5], b[4]));
        double p3 = fma(r3, b[10], fma(r2, b[9], fma(r, b[8], b[7])));
        double q = fma(fma(p3, r3, p2), r3, p1);
        double w = r * 0x1p27;                   // exact: the fused and unfused forms agree
        double rhi = (r + w) - w;
        double rlo = r - rhi;
        w = (rhi * rhi) * b[0];
        double hi = r + w;
        double lo = (r - hi) + w;
        lo = fma(b[0] * rlo, rhi + r, lo);
        double y = fma(q, r3, lo);
        return hi + y;
    }

    /** Base-2 logarithm as glibc's log2 (its __log2_fma build): -inf at +-0, NaN below 0. */
    public static double log2(double x) {
        long ix = bits(x);
        int top = (int) (ix >>> 48);
        // x in [1 - 0x1.5b51p-5, 1 + 0x1.6ab2p-5): a polynomial in r = x - 1
        if (Long.compareUnsigned(ix - 0x3feea4af00000000L, 0x210aa00000000L) < 0) {
            if (ix == ONE) {
                return 0.0;
            }
            double[] b = L2B;
            double r = x - 1.0;
            double hi = r * INVLN2HI;
            double lo = fma(r, INVLN2LO, fma(INVLN2HI, r, -hi));
            double r2 = r * r;
            double r4 = r2 * r2;
            double q = fma(r, b[1], b[0]);
            double y = fma(q, r2, hi);
            lo = fma(q, r2, hi - y) + lo;
            double s1 = fma(fma(r, b[5], b[4]), r2, fma(r, b[3], b[2]));
            double s2 = fma(fma(r, b[9], b[8]), r2, fma(r, b[7], b[6]));
            double u = fma(fma(s2, r4, s1), r4, lo);
            return y + u;
        }
        if (top - 0x0010 < 0 || top - 0x0010 >= 0x7ff0 - 0x0010) {
            if (ix << 1 == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (ix == INF) {
                return x;
            }
            if ((top & 0x8000) != 0 || (top & 0x7ff0) == 0x7ff0) {
                return Double.NaN;
            }
            ix = bits(x * 0x1p52) - (52L << 52); // subnormal: normalize
        }
        long tmp = ix - 0x3fe6000000000000L;
        int i = (int) ((tmp >>> 46) & 63);
        int k = (int) (tmp >> 52);
        double z = dbl(ix - (tmp & (0xfffL << 52)));
        double invc = word(LibmData.LOG2, LOG2_TAB + 2 * i);
        double logc = word(LibmData.LOG2, LOG2_TAB + 2 * i + 1);
        double[] a = L2A;
        double kd = k;
        double t3 = kd + logc;
        double r = fma(z, invc, -1.0);
        double t1 = r * INVLN2HI;
        double t2 = fma(r, INVLN2LO, fma(INVLN2HI, r, -t1));
        double hi = t1 + t3;
        double lo = ((t3 - hi) + t1) + t2;
        double r2 = r * r;
        double r4 = r2 * r2;
        double p = fma(fma(r, a[3], a[2]), r2, fma(r, a[1], a[0]));
        p = fma(fma(r, a[5], a[4]), r4, p);
        double y = fma(r2, p, lo);
        return y + hi;
    }

    private static final double CBRT2 = 1.2599210498948731648;     // 2^(1/3)
    private static final double SQR_CBRT2 = 1.5874010519681994748; // 2^(2/3)
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    /**
     * Cube root as glibc's cbrt (no FMA build): a degree-6 polynomial guess for the mantissa in [0.5, 1), one
     * Halley step, times 2^(e mod 3 / 3), scaled by 2^(e / 3) (C's truncating / and %).
     */
    public static double cbrt(double x) {
        if (x == 0 || x != x || Double.isInfinite(x)) {
            return x + x;
        }
        long b = bits(x) & ~SIGN;
        int e = (int) (b >>> 52);
        if (e == 0) { // subnormal: normalize
            b = bits(dbl(b) * 0x1p54);
            e = (int) (b >>> 52) - 54;
        }
        int xe = e - 1022;
        double xm = dbl((b & 0xfffffffffffffL) | 0x3fe0000000000000L); // frexp: in [0.5, 1)
        double u = -0.145263899385486377 * xm + 0.784932344976639262; // = 0.78... - 0.14... * xm exactly
        u = u * xm + -1.83469277483613086;
        u = u * xm + 2.44693122563534430;
        u = u * xm + -2.11499494167371287;
        u = u * xm + 1.50819193781584896;
        u = u * xm + 0.354895765043919860;
        double t2 = u * u * u;
        double num = 2.0 * xm + t2;
        double den = 2.0 * t2 + xm;
        double ym = u * num / den * CBRT_FACTOR[2 + xe % 3];
        double r = ym * dbl((long) (1023 + xe / 3) << 52); // exact: |xe / 3| < 360
        return x > 0 ? r : -r;
    }

    /** 0 if y is not an integer, 1 if odd, 2 if even (iy: the bits of a finite non-zero y). */
    private static int checkint(long iy) {
        int e = (int) (iy >>> 52) & 0x7ff;
        if (e < 0x3ff) {
            return 0;
        }
        if (e > 0x3ff + 52) {
            return 2;
        }
        if ((iy & ((1L << (0x3ff + 52 - e)) - 1)) != 0) {
            return 0;
        }
        if ((iy & (1L << (0x3ff + 52 - e))) != 0) {
            return 1;
        }
        return 2;
    }

    /** Zero, infinity or NaN. */
    private static boolean zeroInfNan(long i) {
        return Long.compareUnsigned(2 * i - 1, 2 * INF - 1) >= 0;
    }

    /** x^y as glibc's pow (C99 special values; NaN for a negative x and a non-integer y). */
    public static double pow(double x, double y) {
        long signBias = 0;
        long ix = bits(x);
        long iy = bits(y);
        int topx = (int) (ix >>> 52);
        int topy = (int) (iy >>> 52);
        if (topx - 0x001 < 0 || topx - 0x001 >= 0x7ff - 0x001
                || (topy & 0x7ff) - 0x3be < 0 || (topy & 0x7ff) - 0x3be >= 0x43e - 0x3be) {
            if (zeroInfNan(iy)) {
                if (iy << 1 == 0) {
                    return 1.0;
                }
                if (ix == ONE) {
                    return 1.0;
                }
                if (Long.compareUnsigned(ix << 1, INF << 1) > 0 || Long.compareUnsigned(iy << 1, INF << 1) > 0) {
                    return x + y;
                }
                if (ix << 1 == ONE << 1) {
                    return 1.0;
                }
                if ((Long.compareUnsigned(ix << 1, ONE << 1) < 0) == (iy >= 0)) {
                    return 0.0;
                }
                return y * y;
            }
            if (zeroInfNan(ix)) {
                double x2 = x * x;
                if (ix < 0 && checkint(iy) == 1) {
                    x2 = -x2;
                }
                return iy < 0 ? 1 / x2 : x2;
            }
            if (ix < 0) {
                int yint = checkint(iy);
                if (yint == 0) {
                    return Double.NaN;
                }
                if (yint == 1) {
                    signBias = 0x800 << 7;
                }
                ix &= 0x7fffffffffffffffL;
                topx &= 0x7ff;
            }
            if ((topy & 0x7ff) - 0x3be < 0 || (topy & 0x7ff) - 0x3be >= 0x43e - 0x3be) {
                if (ix == ONE) {
                    return 1.0;
                }
                if ((topy & 0x7ff) < 0x3be) {
                    return ix > ONE ? 1.0 + y : 1.0 - y;
                }
                boolean big = (ix > ONE) == (topy < 0x800);
                return big ? Double.POSITIVE_INFINITY : 0.0;
            }
            if (topx == 0) {
                ix = (bits(x * 0x1p52) & 0x7fffffffffffffffL) - (52L << 52); // subnormal: normalize
            }
        }
        // log(|x|) as hi + lo, about 68 bits (glibc's pow log_inline)
        long tmp = ix - 0x3fe6955500000000L;
        int i = (int) ((tmp >>> 45) & 127);
        int k = (int) (tmp >> 52);
        double z = dbl(ix - (tmp & (0xfffL << 52)));
        double kd = k;
        int at = POW_TAB + 4 * i;
        double invc = word(LibmData.POW_LOG, at);
        double logc = word(LibmData.POW_LOG, at + 2);
        double logctail = word(LibmData.POW_LOG, at + 3);
        double[] a = PA;
        double t1 = fma(kd, PLN2HI, logc);
        double lo1 = fma(kd, PLN2LO, logctail);
        double r = fma(z, invc, -1.0);
        double ar = r * a[0];
        double a12 = fma(r, a[2], a[1]);
        double a34 = fma(r, a[4], a[3]);
        double t2 = r + t1;
        double ar2 = r * ar;
        double ar3 = r * ar2;
        double lo3 = fma(ar, r, -ar2);
        double lo2 = (t1 - t2) + r;
        double a56 = fma(r, a[6], a[5]);
        double hi = t2 + ar2;
        double lo4 = (t2 - hi) + ar2;
        double q = fma(ar2, fma(a56, ar2, a34), a12);
        double lo = lo1 + lo2;
        lo = lo + lo3;
        lo = lo + lo4;
        lo = fma(ar3, q, lo);
        double lhi = hi + lo;
        double ltail = (hi - lhi) + lo;
        // y * log|x| as ehi + elo
        double ehi = y * lhi;
        double elo = fma(y, ltail, fma(lhi, y, -ehi));
        long iehi = bits(ehi);
        int abstop = (int) (iehi >>> 52) & 0x7ff;
        boolean special = false;
        if (abstop < 0x3c9 || abstop >= 0x408) {
            if (abstop < 0x3c9) {
                double one = 1.0 + ehi;
                return signBias != 0 ? -one : one;
            }
            if (abstop >= 0x409) {
                boolean neg = signBias != 0;
                if (iehi < 0) {
                    return neg ? -0.0 : 0.0;
                }
                return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            special = true;
        }
        return expCore(ehi, elo, signBias, special);
    }

    // fdlibm's expm1 constants (glibc s_expm1.c)
    private static final double E_LN2_HI = 6.93147180369123816490e-01;
    private static final double E_LN2_LO = 1.90821492927058770002e-10;
    private static final double INVLN2 = 1.44269504088896338700e+00;
    private static final double Q1 = -3.33333333333331316428e-02;
    private static final double Q2 = 1.58730158725481460165e-03;
    private static final double Q3 = -7.93650757867487942473e-05;
    private static final double Q4 = 4.00821782732936239552e-06;
    private static final double Q5 = -2.01099218183624371326e-07;

    /** y * 2^k by adding k to the exponent field, as fdlibm's SET_HIGH_WORD(y, high + (k << 20)). */
    private static double addExponent(double y, int k) {
        return dbl(bits(y) + ((long) k << 52));
    }

    /**
     * e^x - 1 as glibc's expm1 (fdlibm's algorithm; its __expm1_fma build, with GCC's fused operations:
     * the Estrin polynomial, 3 - r1 * hfx, 6 - x * t and the final corrections).
     */
    public static double expm1(double x) {
        int hx = (int) (bits(x) >>> 32);
        boolean neg = hx < 0;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) {                  // |x| >= 56 ln2
            if (hx >= 0x40862E42) {              // |x| >= 709.78
                if (hx >= 0x7ff00000) {
                    if (x != x) {
                        return x;
                    }
                    return neg ? -1.0 : x;
                }
                if (x > 7.09782712893383973096e+02) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            if (neg) {
                return -1.0;
            }
        }
        double c = 0;
        int k;
        if (hx > 0x3fd62e42) {                   // |x| > ln2 / 2: reduce by k ln2
            double hi;
            double lo;
            if (hx < 0x3FF0A2B2) {               // and |x| < 1.5 ln2
                k = neg ? -1 : 1;
                hi = neg ? x + E_LN2_HI : x - E_LN2_HI;
                lo = neg ? -E_LN2_LO : E_LN2_LO;
            } else {
                k = (int) (INVLN2 * x + (neg ? -0.5 : 0.5));
                double t = k;
                hi = x - t * E_LN2_HI;           // exact product: fused or not, the same
                lo = t * E_LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) {            // |x| < 2^-54
            return x;
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = fma(hxs, Q1, 1.0);
        double h2 = hxs * hxs;
        double r2 = fma(hxs, Q3, Q2);
        double h4 = h2 * h2;
        double r3 = fma(hxs, Q5, Q4);
        r1 = fma(h4, r3, fma(h2, r2, r1));
        double t = fma(-r1, hfx, 3.0);
        double e = (r1 - t) / fma(-x, t, 6.0);
        e = e * hxs;
        if (k == 0) {
            return x - fma(e, x, -hxs);
        }
        e = fma(e - c, x, -c);
        e -= hxs;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            if (x < -0.25) {
                return -2.0 * (e - (x + 0.5));
            }
            return 1.0 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) {                 // exp(x) - 1 is exp(x) here
            double y = 1.0 - (e - x);
            return addExponent(y, k) - 1.0;
        }
        if (k < 20) {
            double t1 = dbl((long) (0x3ff00000 - (0x200000 >> k)) << 32); // 1 - 2^-k
            return addExponent(t1 - (e - x), k);
        }
        double t2 = dbl((long) ((0x3ff - k) << 20) << 32); // 2^-k
        double y = x - (e + t2);
        y += 1.0;
        return addExponent(y, k);
    }

    /** tanh(x) as glibc's (fdlibm's s_tanh.c over this expm1): +-1 from |x| = 22 on, x(1 + x) below 2^-55. */
    public static double tanh(double x) {
        if (x != x) {
            return x;
        }
        double ax = Math.abs(x);
        double z;
        if (ax < 22.0) {
            if (ax < 0x1p-55) {
                return x * (1.0 + x);
            }
            if (ax >= 1.0) {
                double t = expm1(2.0 * ax);
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * ax);
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0;
        }
        return x > 0 ? z : -z;
    }

    // e_log10.c (fdlibm's reduction over glibc's log)
    private static final double TWO54 = 0x1p54;
    private static final double IVLN10 = dbl(0x3FDBCB7B1526E50EL);
    private static final double LOG10_2HI = dbl(0x3FD34413509F6000L);
    private static final double LOG10_2LO = dbl(0x3D59FEF311F12B36L);

    /**
     * log10(x) as glibc's e_log10.c: x = 2^k m with m in [1, 2) (in [0.5, 1) for k < 0), then
     * k log10(2) (split in two) + log(m) / ln 10, over {@link #log}. Not built for FMA, so no fused steps.
     */
    public static double log10(double x) {
        long ix = bits(x);
        int hx = (int) (ix >> 32);
        int k = 0;
        if (hx < 0x00100000) {
            if ((ix & ~SIGN) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return Double.NaN;
            }
            k -= 54;
            x *= TWO54;                          // subnormal: scale up
            hx = (int) (bits(x) >> 32);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        int i = k >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        double m = dbl(((long) hx << 32) | (bits(x) & 0xffffffffL));
        double lo = y * LOG10_2LO;
        double z = lo + IVLN10 * log(m);
        return z + y * LOG10_2HI;
    }

    // s_log1p.c as Debian 12's libm runs it on an FMA machine (its __log1p_fma: the fused steps below follow
    // the disassembly; fdlibm's unfused code differs in 94 of 300,000 inputs)
    private static final double LN2HI_1P = dbl(0x3fe62e42fee00000L);
    private static final double LN2LO_1P = dbl(0x3dea39ef35793c76L);
    private static final double[] LP = {0, dbl(0x3FE5555555555593L), dbl(0x3FD999999997FA04L),
        dbl(0x3FD2492494229359L), dbl(0x3FCC71C51D8E78AFL), dbl(0x3FC7466496CB03DEL), dbl(0x3FC39A09D078C69FL),
        dbl(0x3FC2F112DF3E5244L)};

    /** log(1 + x) as glibc's log1p: 1 + x = 2^k (1 + f), log(1 + f) by fdlibm's series in s = f / (2 + f). */
    public static double log1p(double x) {
        int hx = (int) (bits(x) >> 32);
        int ax = hx & 0x7fffffff;
        int k = 1;
        double f = 0;
        double c = 0;
        int hu = 0;
        if (hx < 0x3FDA827A) {                   // x < 0.41422
            if (ax >= 0x3ff00000) {              // x <= -1
                return x == -1.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
            }
            if (ax < 0x3e200000) {               // |x| < 2^-29
                if (ax < 0x3c900000) {
                    return x;
                }
                double xx = x * x;
                return fma(-xx, 0.5, x);
            }
            if (hx > 0 || hx <= 0xbfd2bec3) {   // -0.2929 < x < 0.41422: no reduction
                k = 0;
                f = x;
                hu = 1;
            }
        } else if (hx >= 0x7ff00000) {
            return x + x;
        }
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = (int) (bits(u) >> 32);
                k = (hu >> 20) - 1023;
                double t = k > 0 ? u - x : u - 1.0;
                c = k > 0 ? 1.0 - t : x - t;    // the rounding error of 1 + x
                c /= u;
            } else {
                u = x;
                hu = (int) (bits(u) >> 32);
                k = (hu >> 20) - 1023;
            }
            hu &= 0x000fffff;
            long low = bits(u) & 0xffffffffL;
            if (hu < 0x6a09e) {
                u = dbl((long) (hu | 0x3ff00000) << 32 | low);
            } else {
                k += 1;
                u = dbl((long) (hu | 0x3fe00000) << 32 | low);
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) {                           // |f| < 2^-20
            if (f == 0) {
                return k == 0 ? 0.0 : fma(k, LN2HI_1P, fma(k, LN2LO_1P, c));
            }
            double r = hfsq * fma(-0.66666666666666666, f, 1.0);
            if (k == 0) {
                return f - r;
            }
            double t = r - fma(k, LN2LO_1P, c);
            return fma(k, LN2HI_1P, f - t);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double z2 = z * z;
        double z4 = z2 * z2;
        double z6 = z2 * z4;
        double r2 = fma(z, LP[3], LP[2]);
        double r3 = fma(z, LP[5], LP[4]);
        double r4 = fma(z, LP[7], LP[6]);
        double r = fma(z6, r4, fma(z4, r3, fma(z, LP[1], z2 * r2)));
        double sr = (r + hfsq) * s;
        if (k == 0) {
            double t = hfsq - sr;
            return f - t;
        }
        double t = fma(k, LN2LO_1P, c) + sr;
        double u = hfsq - t;
        return fma(k, LN2HI_1P, f - u);
    }

    // s_erf.c (fdlibm with Shimizu's pairwise polynomial evaluation, as glibc has it)
    private static final double ERX = dbl(0x3FEB0AC160000000L);
    private static final double EFX = dbl(0x3FC06EBA8214DB69L);
    private static final double[] ERF_PP = {dbl(0x3FC06EBA8214DB68L), dbl(0xBFD4CD7D691CB913L),
        dbl(0xBF9D2A51DBD7194FL), dbl(0xBF77A291236668E4L), dbl(0xBEF8EAD6120016ACL)};
    private static final double[] ERF_QQ = {0, dbl(0x3FD97779CDDADC09L), dbl(0x3FB0A54C5536CEBAL),
        dbl(0x3F74D022C4D36B0FL), dbl(0x3F215DC9221C1A10L), dbl(0xBED09C4342A26120L)};
    private static final double[] ERF_PA = {dbl(0xBF6359B8BEF77538L), dbl(0x3FDA8D00AD92B34DL),
        dbl(0xBFD7D240FBB8C3F1L), dbl(0x3FD45FCA805120E4L), dbl(0xBFBC63983D3E28ECL), dbl(0x3FA22A36599795EBL),
        dbl(0xBF61BF380A96073FL)};
    private static final double[] ERF_QA = {0, dbl(0x3FBB3E6618EEE323L), dbl(0x3FE14AF092EB6F33L),
        dbl(0x3FB2635CD99FE9A7L), dbl(0x3FC02660E763351FL), dbl(0x3F8BEDC26B51DD1CL), dbl(0x3F888B545735151DL)};
    private static final double[] ERF_RA = {dbl(0xBF843412600D6435L), dbl(0xBFE63416E4BA7360L),
        dbl(0xC0251E0441B0E726L), dbl(0xC04F300AE4CBA38DL), dbl(0xC0644CB184282266L), dbl(0xC067135CEBCCABB2L),
        dbl(0xC054526557E4D2F2L), dbl(0xC023A0EFC69AC25CL)};
    private static final double[] ERF_SA = {0, dbl(0x4033A6B9BD707687L), dbl(0x4061350C526AE721L),
        dbl(0x407B290DD58A1A71L), dbl(0x40842B1921EC2868L), dbl(0x407AD02157700314L), dbl(0x405B28A3EE48AE2CL),
        dbl(0x401A47EF8E484A93L), dbl(0xBFAEEFF2EE749A62L)};
    private static final double[] ERF_RB = {dbl(0xBF84341239E86F4AL), dbl(0xBFE993BA70C285DEL),
        dbl(0xC031C209555F995AL), dbl(0xC064145D43C5ED98L), dbl(0xC083EC881375F228L), dbl(0xC09004616A2E5992L),
        dbl(0xC07E384E9BDC383FL)};
    private static final double[] ERF_SB = {0, dbl(0x403E568B261D5190L), dbl(0x40745CAE221B9F0AL),
        dbl(0x409802EB189D5118L), dbl(0x40A8FFB7688C246AL), dbl(0x40A3F219CEDF3BE6L), dbl(0x407DA874E79FE763L),
        dbl(0xC03670E242712D62L)};

    /** x R(x^2) of erf on |x| < 0.84375: R = P/Q with P, Q summed in pairs as glibc does. */
    private static double erfSmallRatio(double x) {
        double z = x * x;
        double r1 = ERF_PP[0] + z * ERF_PP[1];
        double z2 = z * z;
        double r2 = ERF_PP[2] + z * ERF_PP[3];
        double z4 = z2 * z2;
        double s1 = 1.0 + z * ERF_QQ[1];
        double s2 = ERF_QQ[2] + z * ERF_QQ[3];
        double s3 = ERF_QQ[4] + z * ERF_QQ[5];
        double r = r1 + z2 * r2;
        r += z4 * ERF_PP[4];
        double s = s1 + z2 * s2;
        s += z4 * s3;
        return r / s;
    }

    /** P1(s)/Q1(s) of erf(1 + s) - erx on 0.84375 <= |x| < 1.25, s = |x| - 1. */
    private static double erfNear1(double x) {
        double s = Math.abs(x) - 1.0;
        double p1 = ERF_PA[0] + s * ERF_PA[1];
        double s2 = s * s;
        double q1 = 1.0 + s * ERF_QA[1];
        double s4 = s2 * s2;
        double p2 = ERF_PA[2] + s * ERF_PA[3];
        double s6 = s4 * s2;
        double q2 = ERF_QA[2] + s * ERF_QA[3];
        double p3 = ERF_PA[4] + s * ERF_PA[5];
        double q3 = ERF_QA[4] + s * ERF_QA[5];
        double p = p1 + s2 * p2;
        p += s4 * p3;
        p += s6 * ERF_PA[6];
        double q = q1 + s2 * q2;
        q += s4 * q3;
        q += s6 * ERF_QA[6];
        return p / q;
    }

    /** erfc(x) x for 1.25 <= x < 28 (x = |x|): exp(-z^2 - 0.5625) exp((z - x)(z + x) + R/S), z = x's high word. */
    private static double erfcTail(double x, boolean nearer) {
        double s = 1.0 / (x * x);
        double r;
        double q;
        if (nearer) {                            // |x| < 1/0.35
            double r1 = ERF_RA[0] + s * ERF_RA[1];
            double s2 = s * s;
            double q1 = 1.0 + s * ERF_SA[1];
            double s4 = s2 * s2;
            double r2 = ERF_RA[2] + s * ERF_RA[3];
            double s6 = s4 * s2;
            double q2 = ERF_SA[2] + s * ERF_SA[3];
            double s8 = s4 * s4;
            double r3 = ERF_RA[4] + s * ERF_RA[5];
            double q3 = ERF_SA[4] + s * ERF_SA[5];
            double r4 = ERF_RA[6] + s * ERF_RA[7];
            double q4 = ERF_SA[6] + s * ERF_SA[7];
            r = r1 + s2 * r2;
            r += s4 * r3;
            r += s6 * r4;
            q = q1 + s2 * q2;
            q += s4 * q3;
            q += s6 * q4;
            q += s8 * ERF_SA[8];
        } else {
            double r1 = ERF_RB[0] + s * ERF_RB[1];
            double s2 = s * s;
            double q1 = 1.0 + s * ERF_SB[1];
            double s4 = s2 * s2;
            double r2 = ERF_RB[2] + s * ERF_RB[3];
            double s6 = s4 * s2;
            double q2 = ERF_SB[2] + s * ERF_SB[3];
            double r3 = ERF_RB[4] + s * ERF_RB[5];
            double q3 = ERF_SB[4] + s * ERF_SB[5];
            double q4 = ERF_SB[6] + s * ERF_SB[7];
            r = r1 + s2 * r2;
            r += s4 * r3;
            r += s6 * ERF_RB[6];
            q = q1 + s2 * q2;
            q += s4 * q3;
            q += s6 * q4;
        }
        double z = dbl(bits(x) & 0xffffffff00000000L);
        double e1 = exp(-z * z - 0.5625);
        double t = (z - x) * (z + x);
        double e2 = exp(t + r / q);
        return e1 * e2;
    }

    /** erf as glibc's s_erf.c: +-1 from |x| = 6 on (1 - 1e-300 rounds to 1). */
    public static double erf(double x) {
        int hx = (int) (bits(x) >> 32);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x != x ? x : x > 0 ? 1.0 : -1.0;
        }
        if (ix < 0x3feb0000) {                   // |x| < 0.84375
            if (ix < 0x3e300000) {               // |x| < 2^-28
                if (ix < 0x00800000) {
                    double a = 16.0 * x;
                    double b = (16.0 * EFX) * x;
                    return 0.0625 * (a + b);
                }
                return x + EFX * x;
            }
            return x + x * erfSmallRatio(x);
        }
        if (ix < 0x3ff40000) {                   // |x| < 1.25
            double pq = erfNear1(x);
            return hx >= 0 ? ERX + pq : -ERX - pq;
        }
        if (ix >= 0x40180000) {                  // |x| >= 6
            return hx >= 0 ? 1.0 : -1.0;
        }
        double ax = Math.abs(x);
        double r = erfcTail(ax, ix < 0x4006DB6E);
        return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
    }

    /** erfc as glibc's s_erf.c: 2 from x = -6 down, 0 (underflow) from 28 up. */
    public static double erfc(double x) {
        int hx = (int) (bits(x) >> 32);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x != x ? x : x > 0 ? 0.0 : 2.0;
        }
        if (ix < 0x3feb0000) {                   // |x| < 0.84375
            if (ix < 0x3c700000) {               // |x| < 2^-56
                return 1.0 - x;
            }
            double y = erfSmallRatio(x);
            if (hx < 0x3fd00000) {               // x < 1/4
                double e = x + x * y;
                return 1.0 - e;
            }
            // (x - 0.5) + x y: the compound operand on the left (TeaVM inlines a local and drops the
            // parentheses of x y + (x - 0.5)); the same sum, as + commutes
            double r = (x - 0.5) + x * y;
            return 0.5 - r;
        }
        if (ix < 0x3ff40000) {                   // |x| < 1.25
            double pq = erfNear1(x);
            if (hx >= 0) {
                double z = 1.0 - ERX;
                return z - pq;
            }
            double z = ERX + pq;
            return z + 1.0;                      // not 1 + z: TeaVM would inline z without its parentheses
        }
        if (ix < 0x403c0000) {                   // |x| < 28
            if (hx < 0 && ix >= 0x40180000) {
                return 2.0;                      // 2 - 1e-300
            }
            double ax = Math.abs(x);
            double r = erfcTail(ax, ix < 0x4006DB6D);
            return hx > 0 ? r / ax : 2.0 - r / ax;
        }
        return hx > 0 ? 0.0 : 2.0;
    }
}
