package dev.backprop.py;

/**
 * glibc 2.36's atan (s_atan.c) and atan2 (e_atan2.c), the IBM library's table-driven code without its
 * multi-precision slow paths, as Debian 12's libm runs them on an FMA machine ({@code __atan_fma},
 * {@code __ieee754_atan2_fma}: the fused steps follow the disassembly). Same rule as Libm: no compound
 * operand on the right of {@code +} or {@code *} (TeaVM 0.16 drops those parentheses).
 */
public final class Arc {
    private Arc() {
    }

    // atnat.h / atnat2.h
    private static final double D3 = dbl(0xbfd5555555555555L);
    private static final double D5 = dbl(0x3fc99999999997fdL);
    private static final double D7 = dbl(0xbfc24924923f7603L);
    private static final double D9 = dbl(0x3fbc71c6e5129a3bL);
    private static final double D11 = dbl(0xbfb7458022b13c25L);
    private static final double D13 = dbl(0x3fb375f08b31cbceL);
    private static final double A = dbl(0x3e4bb67a00000000L);
    private static final double E = dbl(0x43349ff200000000L);
    private static final double HPI = dbl(0x3ff921fb54442d18L);
    private static final double HPI1 = dbl(0x3c91a62633145c07L);
    private static final double OPI = dbl(0x400921fb54442d18L);
    private static final double OPI1 = dbl(0x3ca1a62633145c07L);
    private static final double QPI = dbl(0x3fe921fb54442d18L);
    private static final double TQPI = dbl(0x4002d97c7f3321d2L);
    private static final double TWO52 = 0x1p52;
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

    /** cij[i][j]. */
    private static double cij(int i, int j) {
        return dbl(LibmData.ATAN[7 * i + j]);
    }

    private static double copySign(double v, double y) {
        return dbl((bits(v) & ~SIGN) | (bits(y) & SIGN));
    }

    /** d3 + v (d5 + v (d7 + ...)): the odd series' coefficients in v = u^2, fused as glibc's. */
    private static double series(double v) {
        double p = fma(v, D13, D11);
        p = fma(v, p, D9);
        p = fma(v, p, D7);
        p = fma(v, p, D5);
        return fma(v, p, D3);
    }

    /** The table row for u in [1/16, 1): trunc(256 u) - 16. */
    private static int row(double u) {
        return (int) (fma(u, 256.0, TWO52) - TWO52) - 16;
    }

    /** c2 + v (c3 + v (c4 + v (c5 + v c6))) of row i. */
    private static double rowSeries(int i, double v) {
        double p = fma(v, cij(i, 6), cij(i, 5));
        p = fma(v, p, cij(i, 4));
        p = fma(v, p, cij(i, 3));
        return fma(v, p, cij(i, 2));
    }

    /** atan(x) as glibc's: x below 1.29e-8, +-pi/2 (rounded) from 5.8e15 on. */
    public static double atan(double x) {
        if (x != x) {
            return x + x;
        }
        double u = x < 0 ? -x : x;
        if (u < 1.0) {
            if (u < 0.0625) {
                if (u < A) {
                    return x;
                }
                double v = x * x;
                return fma(x * v, series(v), x);
            }
            int i = row(u);
            double z = u - cij(i, 0);
            double y = fma(rowSeries(i, z), z, cij(i, 1));
            return copySign(y, x);
        }
        if (u < 16.0) {
            double w = 1 / u;
            double t1 = u * w;
            double t2 = fma(u, w, -t1);
            double q = (1 - t1) - t2;
            int i = row(w);
            double z = fma(q, w, w - cij(i, 0));
            double yy = fma(-rowSeries(i, z), z, HPI1);
            double y = (HPI - cij(i, 1)) + yy;
            return copySign(y, x);
        }
        if (u < E) {
            double w = 1 / u;
            double v = w * w;
            double t1 = u * w;
            double t2 = fma(u, w, -t1);
            double yy = (w * v) * series(v);
            double ww = ((1 - t1) - t2) * w;
            double t3 = HPI - w;
            double cor = Math.abs(w) < HPI ? (HPI - t3) - w : HPI - (w + t3);
            double y = (((cor + HPI1) - ww) - yy) + t3;
            return copySign(y, x);
        }
        return x > 0 ? HPI : -HPI;
    }

    /** atan2(y, x) as glibc's __ieee754_atan2 (C99 special values; NaN if either is NaN). */
    public static double atan2(double y, double x) {
        long bx = bits(x);
        long by = bits(y);
        int ux = (int) (bx >> 32);
        int dx = (int) bx;
        int uy = (int) (by >> 32);
        int dy = (int) by;
        if ((ux & 0x7ff00000) == 0x7ff00000 && ((ux & 0x000fffff) | dx) != 0) {
            return x + y;
        }
        if ((uy & 0x7ff00000) == 0x7ff00000 && ((uy & 0x000fffff) | dy) != 0) {
            return y + y;
        }
        if ((uy & 0x7fffffff) == 0 && dy == 0) {           // y = +-0
            if (ux >= 0) {
                return uy == 0 ? 0.0 : -0.0;
            }
            return uy == 0 ? OPI : -OPI;
        }
        if (x == 0) {
            return uy >= 0 ? HPI : -HPI;
        }
        if ((ux & 0x7fffffff) == 0x7ff00000 && dx == 0) {  // x = +-inf
            boolean yInf = (uy & 0x7fffffff) == 0x7ff00000 && dy == 0;
            if (ux > 0) {
                if (yInf) {
                    return uy > 0 ? QPI : -QPI;
                }
                return uy >= 0 ? 0.0 : -0.0;
            }
            if (yInf) {
                return uy > 0 ? TQPI : -TQPI;
            }
            return uy >= 0 ? OPI : -OPI;
        }
        if ((uy & 0x7fffffff) == 0x7ff00000 && dy == 0) {  // y = +-inf
            return uy > 0 ? HPI : -HPI;
        }
        double ax = x < 0 ? -x : x;
        double ay = y < 0 ? -y : y;
        int de = (uy & 0x7ff00000) - (ux & 0x7ff00000);
        if (de >= 59768832) {                              // 57 * 16^5: |y/x| >= 2^57
            return y > 0 ? HPI : -HPI;
        }
        if (de <= -59768832) {
            if (x > 0) {
                return copySign(ay / ax, y);
            }
            return y > 0 ? OPI : -OPI;
        }
        if (ax < 0x1p-500 || ay < 0x1p-500) {
            ax *= 0x1p500;
            ay *= 0x1p500;
        }
        if (ax > 0x1p500 || ay > 0x1p500) {
            ax *= 0x1p-500;
            ay *= 0x1p-500;
        }
        double u;
        double du;
        if (ay < ax) {
            u = ay / ax;
            double v = ax * u;
            double vv = fma(ax, u, -v);
            du = ((ay - v) - vv) / ax;
        } else {
            u = ax / ay;
            double v = ay * u;
            double vv = fma(ay, u, -v);
            du = ((ax - v) - vv) / ay;
        }
        return copySign(x > 0 ? rightHalf(u, du, ay < ax) : leftHalf(u, du, ax < ay), y);
    }

    /** |atan2| for x > 0: atan(u) if |y| < |x| (u = |y/x|), else pi/2 - atan(u) (u = |x/y|). */
    private static double rightHalf(double u, double du, boolean below) {
        if (below) {
            if (u < 0.0625) {
                double v = u * u;
                return fma(u * v, series(v), du) + u;
            }
            int i = row(u);
            double t3 = u - cij(i, 0);
            double v = du + t3;
            double dv = Math.abs(t3) > Math.abs(du) ? (t3 - v) + du : (du - v) + t3;
            double t2 = cij(i, 2);
            double p = fma(v, fma(v, fma(v, cij(i, 6), cij(i, 5)), cij(i, 4)), cij(i, 3));
            double zz = fma(v, t2, fma(dv, t2, (v * v) * p));
            return zz + cij(i, 1);
        }
        if (u < 0.0625) {
            double v = u * u;
            double zz = (u * v) * series(v);
            double t2 = HPI - u;
            double cor = HPI > Math.abs(u) ? (HPI - t2) - u : HPI - (u + t2);
            return (((cor + HPI1) - du) - zz) + t2;
        }
        int i = row(u);
        double v = (u - cij(i, 0)) + du;
        double zz = fma(-rowSeries(i, v), v, HPI1);
        return (HPI - cij(i, 1)) + zz;
    }

    /** |atan2| for x < 0: pi/2 + atan(u) if |x| < |y| (u = |x/y|), else pi - atan(u) (u = |y/x|). */
    private static double leftHalf(double u, double du, boolean above) {
        if (above) {
            if (u < 0.0625) {
                double v = u * u;
                double zz = (v * u) * series(v);
                double t2 = u + HPI;
                double cor = HPI > Math.abs(u) ? (HPI - t2) + u : (u - t2) + HPI;
                return (((cor + HPI1) + du) + zz) + t2;
            }
            int i = row(u);
            double v = (u - cij(i, 0)) + du;
            double zz = fma(v, rowSeries(i, v), HPI1);
            return (HPI + cij(i, 1)) + zz;
        }
        if (u < 0.0625) {
            double v = u * u;
            double zz = (v * u) * series(v);
            double t2 = OPI - u;
            double cor = OPI > Math.abs(u) ? (OPI - t2) - u : OPI - (u + t2);
            return (((cor + OPI1) - du) - zz) + t2;
        }
        int i = row(u);
        double v = (u - cij(i, 0)) + du;
        double zz = fma(-rowSeries(i, v), v, OPI1);
        return (OPI - cij(i, 1)) + zz;
    }

    // uasncs.h
    private static final double F1 = 1.66666666666664110590506577996662E-01;
    private static final double F2 = 7.50000000026122686814431784722623E-02;
    private static final double F3 = 4.46428561421059750978517350006940E-02;
    private static final double F4 = 3.03821268582119319911193410625235E-02;
    private static final double F5 = 2.23551211026525610742786300334557E-02;
    private static final double F6 = 1.81382903404565056280372531963613E-02;
    private static final double T24 = 16777216.0;
    private static final double T27 = 134217728.0;
    private static final double RT0 = 9.99999999859990725855365213134618E-01;
    private static final double RT1 = 4.99999999495955425917856814202739E-01;
    private static final double RT2 = 3.75017500867345182581453026130850E-01;
    private static final double RT3 = 3.12523626554518656309172508769531E-01;

    private static double asncs(int i) {
        return dbl(LibmData.ASNCS[i]);
    }

    /** ((((f6 z + f5) z + f4) z + f3) z + f2) z + f1. */
    private static double fSeries(double z) {
        double p = fma(F6, z, F5);
        p = fma(p, z, F4);
        p = fma(p, z, F3);
        p = fma(p, z, F2);
        return fma(p, z, F1);
    }

    /**
     * For 0.125 <= |x| < 0.96875 (k: |x|'s high word): the table's expansion around its point near |x|,
     * as {asin there, the rest}: asin(|x|) = r[0] + r[1].
     */
    private static void tableTerms(double x, int k, double[] r) {
        int n;
        int degree;                              // index of the constant term after the point's slot
        if (k < 0x3fe00000) {
            n = k < 0x3fd00000 ? 11 * ((k & 0x000fffff) >> 15) : 11 * ((k & 0x000fffff) >> 14) + 352;
            degree = 7;
        } else if (k < 0x3fe80000) {
            n = 1056 + ((k & 0x000fe000) >> 11) * 3;
            degree = 8;
        } else if (k < 0x3fed8000) {
            n = 992 + ((k & 0x000fe000) >> 13) * 13;
            degree = 9;
        } else if (k < 0x3fee8000) {
            n = 884 + ((k & 0x000fe000) >> 13) * 14;
            degree = 10;
        } else {
            n = 768 + ((k & 0x000fe000) >> 13) * 15;
            degree = 11;
        }
        double xx = (x > 0 ? x : -x) - asncs(n);
        double p = asncs(n + degree - 1);
        for (int j = degree - 2; j >= 2; j--) {
            p = fma(xx, p, asncs(n + j));
        }
        p = fma(xx * xx, p, asncs(n + degree));
        r[0] = asncs(n + degree + 1);
        r[1] = fma(asncs(n + 1), xx, p);
    }

    /** For 0.96875 <= |x| < 1, z = (1 - |x|) / 2: {y, cc, p} with sqrt(z) ~ y + cc, p = z f(z). */
    private static void nearOne(double z, boolean split27, double[] r) {
        int k = (int) (bits(z) >> 32);
        double t = dbl(LibmData.INROOT[(k & 0x001fffff) >> 14]) * dbl((long) (1023 + 511 - (k >> 21)) << 52);
        double rr = fma(-(t * t), z, 1.0);
        t = fma(rr, fma(rr, fma(rr, RT3, RT2), RT1), RT0) * t;
        double c = t * z;
        double q = fma(-(0.5 * t), c, 1.5);   // t = q c, fused into t + y below
        double y = split27 ? fma(-T27, c, fma(T27, c, c)) : (c + T24) - T24;
        double cc = fma(-y, y, z) / fma(q, c, y);
        r[0] = y;
        r[1] = cc;
        r[2] = fSeries(z) * z;
    }

    /** asin(x) as glibc's __ieee754_asin: NaN beyond [-1, 1]. */
    public static double asin(double x) {
        long b = bits(x);
        int m = (int) (b >> 32);
        int k = m & 0x7fffffff;
        if (k < 0x3e500000) {
            return x;
        }
        if (k < 0x3fc00000) {
            double x2 = x * x;
            return fma(fSeries(x2), x2 * x, x);
        }
        if (k < 0x3fef0000) {
            double[] r = new double[2];
            tableTerms(x, k, r);
            double res = r[0] + r[1];
            return m > 0 ? res : -res;
        }
        if (k < 0x3ff00000) {
            double z = m > 0 ? (1.0 - x) * 0.5 : (1.0 + x) * 0.5;
            double[] r = new double[3];
            nearOne(z, false, r);
            double y = r[0];
            double cc = r[1];
            double cor = fma(-((y + cc) * 2.0), r[2], fma(-2.0, cc, HPI1));
            double res = fma(-2.0, y, HPI) + cor;
            return m > 0 ? res : -res;
        }
        if (k == 0x3ff00000 && (int) b == 0) {
            return m > 0 ? HPI : -HPI;
        }
        if (x != x) {
            return x + x;
        }
        return Double.NaN;
    }

    /** acos(x) as glibc's __ieee754_acos: NaN beyond [-1, 1]. */
    public static double acos(double x) {
        long b = bits(x);
        int m = (int) (b >> 32);
        int k = m & 0x7fffffff;
        if (k < 0x3c880000) {
            return HPI;
        }
        if (k < 0x3fc00000) {
            double x2 = x * x;
            double r = HPI - x;
            double cor = fma(-fSeries(x2), x2 * x, (((HPI - r) - x) + HPI1));
            return r + cor;
        }
        if (k < 0x3fef0000) {
            double[] r = new double[2];
            tableTerms(x, k, r);
            double y = m > 0 ? HPI - r[0] : HPI + r[0];
            double t = m > 0 ? HPI1 - r[1] : HPI1 + r[1];
            return y + t;
        }
        if (k < 0x3ff00000) {
            double z = m > 0 ? (1.0 - x) * 0.5 : (1.0 + x) * 0.5;
            double[] r = new double[3];
            nearOne(z, true, r);
            double y = r[0];
            double cc = r[1];
            double pyc = (y + cc) * r[2];    // one product for both signs: not fused
            // cor + (hp0 - y) as cor - -(hp0 - y): both operands compound (TeaVM)
            double res = m < 0 ? ((HPI1 - cc) - pyc) - -(HPI - y) : (cc + pyc) + y;
            return res + res;
        }
        if (k == 0x3ff00000 && (int) b == 0) {
            return m > 0 ? 0.0 : 2.0 * HPI;
        }
        if (x != x) {
            return x + x;
        }
        return Double.NaN;
    }
}
