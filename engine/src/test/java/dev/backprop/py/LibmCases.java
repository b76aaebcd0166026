package dev.backprop.py;

import java.util.function.DoubleBinaryOperator;

/**
 * The inputs of tools/libm/gen_libm.py, generated identically (SplitMix64 and the same specs), and the
 * digest of their outputs per block of 1,000: what LibmTest compares with CPython's committed digests.
 * Plain arithmetic only, so TeaVM builds give the same inputs.
 */
final class LibmCases {
    static final int N = 1_000_000;
    static final int BLOCK = 1000;

    private long s;

    private LibmCases(long seed) {
        s = seed;
    }

    private long next() {
        s += 0x9E3779B97F4A7C15L;
        long z = s;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One argument spec: U uniform in [a, b), I floor of that, E/S biased exponent in [a, b] (S: signed). */
    record Spec(char kind, double a, double b) {
    }

    /** A function under test: name, seed, four modes of one or two argument specs, and the Java function. */
    record Fn(String name, int seed, Spec[][] modes, DoubleBinaryOperator f) {
    }

    private static Spec u(double a, double b) {
        return new Spec('U', a, b);
    }

    static final Fn[] FNS = {
        new Fn("exp", 1, new Spec[][] {{u(-746.0, 710.0)}, {u(-2.0, 2.0)}, {new Spec('S', 960, 1040)},
            {u(-745.2, -707.0)}}, (x, y) -> Libm.exp(x)),
        new Fn("log", 2, new Spec[][] {{new Spec('E', 0, 2046)}, {u(0.9, 1.1)}, {u(0.0, 100.0)},
            {new Spec('E', 1000, 1050)}}, (x, y) -> Libm.log(x)),
        new Fn("pow", 3, new Spec[][] {{u(0.0, 10.0), u(-20.0, 20.0)}, {new Spec('E', 0, 2046), u(-3.0, 3.0)},
            {u(-10.0, 10.0), new Spec('I', -60.0, 60.0)}, {u(0.5, 2.0), u(-1100.0, 1100.0)}},
            Libm::pow),
        new Fn("expm1", 4, new Spec[][] {{u(-40.0, 710.0)}, {u(-2.0, 2.0)}, {new Spec('S', 960, 1040)},
            {u(-0.4, 0.4)}}, (x, y) -> Libm.expm1(x)),
        new Fn("tanh", 5, new Spec[][] {{u(-23.0, 23.0)}, {u(-2.0, 2.0)}, {new Spec('S', 960, 1030)},
            {u(-0.6, 0.6)}}, (x, y) -> Libm.tanh(x)),
        new Fn("log2", 6, new Spec[][] {{new Spec('E', 0, 2046)}, {u(0.9, 1.1)}, {u(0.0, 100.0)},
            {u(0.95, 1.05)}}, (x, y) -> Libm.log2(x)),
        new Fn("cbrt", 7, new Spec[][] {{new Spec('S', 0, 2046)}, {u(-100.0, 100.0)}, {u(-2.0, 2.0)},
            {new Spec('I', -1e6, 1e6)}}, (x, y) -> Libm.cbrt(x)),
        new Fn("erf", 8, new Spec[][] {{u(-6.5, 6.5)}, {u(-1.3, 1.3)}, {new Spec('S', 900, 1030)}, {u(-3.0, 3.0)}},
            (x, y) -> Libm.erf(x)),
        new Fn("erfc", 9, new Spec[][] {{u(-6.5, 28.5)}, {u(-1.3, 1.3)}, {new Spec('S', 900, 1030)},
            {u(1.2, 27.0)}}, (x, y) -> Libm.erfc(x)),
        new Fn("log10", 10, new Spec[][] {{new Spec('E', 0, 2046)}, {u(0.9, 1.1)}, {u(0.0, 100.0)},
            {new Spec('E', 1000, 1050)}}, (x, y) -> Libm.log10(x)),
        new Fn("log1p", 11, new Spec[][] {{u(-1.0, 2.0)}, {u(-0.3, 0.42)}, {new Spec('E', 0, 2046)},
            {u(-1e-8, 1e-8)}}, (x, y) -> Libm.log1p(x)),
        new Fn("sin", 12, new Spec[][] {{u(-7.0, 7.0)}, {u(-0.9, 0.9)}, {new Spec('S', 950, 1100)},
            {new Spec('S', 1040, 2047)}}, (x, y) -> Trig.sin(x)),
        new Fn("cos", 13, new Spec[][] {{u(-7.0, 7.0)}, {u(-0.9, 0.9)}, {new Spec('S', 950, 1100)},
            {new Spec('S', 1040, 2047)}}, (x, y) -> Trig.cos(x)),
        new Fn("tan", 14, new Spec[][] {{u(-7.0, 7.0)}, {u(-0.9, 0.9)}, {new Spec('S', 950, 1100)},
            {new Spec('S', 1040, 2047)}}, (x, y) -> Trig.tan(x)),
        new Fn("atan", 15, new Spec[][] {{u(-20.0, 20.0)}, {u(-1.1, 1.1)}, {new Spec('S', 900, 1100)},
            {new Spec('S', 0, 2047)}}, (x, y) -> Arc.atan(x)),
        new Fn("atan2", 16, new Spec[][] {{u(-10.0, 10.0), u(-10.0, 10.0)},
            {new Spec('S', 0, 2047), new Spec('S', 0, 2047)}, {new Spec('S', 1000, 1050), new Spec('S', 1000, 1050)},
            {u(-1.0, 1.0), new Spec('S', 900, 1100)}}, Arc::atan2),
        new Fn("asin", 17, new Spec[][] {{u(-1.05, 1.05)}, {u(-0.13, 0.13)}, {u(0.96, 1.0)},
            {new Spec('S', 900, 1030)}}, (x, y) -> Arc.asin(x)),
        new Fn("acos", 18, new Spec[][] {{u(-1.05, 1.05)}, {u(-0.13, 0.13)}, {u(-1.0, -0.96)},
            {new Spec('S', 900, 1030)}}, (x, y) -> Arc.acos(x)),
        new Fn("sinh", 19, new Spec[][] {{u(-25.0, 25.0)}, {u(-1.0, 1.0)}, {new Spec('S', 900, 1040)},
            {u(-711.0, 711.0)}}, (x, y) -> Hyper.sinh(x)),
        new Fn("cosh", 20, new Spec[][] {{u(-25.0, 25.0)}, {u(-1.0, 1.0)}, {new Spec('S', 900, 1040)},
            {u(-711.0, 711.0)}}, (x, y) -> Hyper.cosh(x)),
        new Fn("hypot", 21, new Spec[][] {{u(-30.0, 30.0), u(-30.0, 30.0)},
            {new Spec('S', 0, 2047), new Spec('S', 0, 2047)}, {new Spec('S', 1000, 1050), new Spec('S', 1000, 1050)},
            {new Spec('S', 0, 10), new Spec('S', 0, 10)}}, Hyper::hypot),
    };

    private double draw(Spec sp) {
        switch (sp.kind()) {
            case 'U':
                return sp.a() + (sp.b() - sp.a()) * ((next() >>> 11) * 0x1p-53);
            case 'I':
                return Math.floor(sp.a() + (sp.b() - sp.a()) * ((next() >>> 11) * 0x1p-53));
            default:
                long r = next();
                long lo = (long) sp.a();
                long e = lo + Long.remainderUnsigned(r >>> 12, (long) sp.b() - lo + 1);
                long bits = (e << 52) | (next() & ((1L << 52) - 1));
                if (sp.kind() == 'S' && (r & 1) != 0) {
                    bits |= 1L << 63;
                }
                return Double.longBitsToDouble(bits);
        }
    }

    /** The n inputs of fn, as x[i] and y[i] (y unused for one-argument functions). */
    static double[][] inputs(Fn fn, int n) {
        LibmCases g = new LibmCases(0x5EED0000L + fn.seed());
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            Spec[] mode = fn.modes()[(int) (g.next() & 3)];
            xs[i] = g.draw(mode[0]);
            if (mode.length > 1) {
                ys[i] = g.draw(mode[1]);
            }
        }
        return new double[][] {xs, ys};
    }

    /** fn's outputs' bits on the inputs. */
    static long[] outputs(Fn fn, double[][] in) {
        long[] outs = new long[in[0].length];
        for (int i = 0; i < outs.length; i++) {
            outs[i] = bits(fn.f().applyAsDouble(in[0][i], in[1][i]));
        }
        return outs;
    }

    static long bits(double v) {
        return v != v ? 0x7ff8000000000000L : Double.doubleToRawLongBits(v);
    }

    /** FNV-1a over the outputs' bits, 64-bit words, low 32 bits kept. */
    static int digest(long[] outs, int from, int to) {
        long h = 0xCBF29CE484222325L;
        for (int i = from; i < to; i++) {
            h = (h ^ outs[i]) * 0x100000001B3L;
        }
        return (int) h;
    }
}
