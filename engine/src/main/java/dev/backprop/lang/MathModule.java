package dev.backprop.lang;

import dev.backprop.py.Hyper;
import dev.backprop.py.Libm;
import dev.backprop.py.PyMath;
import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.*;

/** Python's math module (the functions micrograd-style code uses), with CPython's errors. */
final class MathModule {
    private MathModule() {
    }

    /** Every function math offers, in the order dir(math) lists them after the constants. */
    private static final String[] NAMES = {"exp", "expm1", "sqrt", "tanh", "sinh", "cosh", "sin", "cos", "tan",
        "asin", "acos", "atan", "log2", "log10", "log1p", "fabs", "degrees", "radians", "log", "pow", "atan2",
        "hypot", "copysign", "floor", "ceil", "trunc", "isnan", "isinf", "isfinite", "isclose", "fsum",
        "factorial", "gcd", "prod", "cbrt", "asinh", "acosh", "atanh", "exp2", "erf", "erfc", "gamma", "lgamma",
        "comb", "perm", "fmod", "isqrt", "lcm", "modf", "frexp", "ldexp", "dist", "nextafter", "ulp", "remainder"};

    // each function's index in NAMES, the number call() switches on (smaller script than a switch on names)
    private static final int EXP = 0;
    private static final int EXPM1 = 1;
    private static final int SQRT = 2;
    private static final int TANH = 3;
    private static final int SINH = 4;
    private static final int COSH = 5;
    private static final int SIN = 6;
    private static final int COS = 7;
    private static final int TAN = 8;
    private static final int ASIN = 9;
    private static final int ACOS = 10;
    private static final int ATAN = 11;
    private static final int LOG2 = 12;
    private static final int LOG10 = 13;
    private static final int LOG1P = 14;
    private static final int FABS = 15;
    private static final int DEGREES = 16;
    private static final int RADIANS = 17;
    private static final int LOG = 18;
    private static final int POW = 19;
    private static final int ATAN2 = 20;
    private static final int HYPOT = 21;
    private static final int COPYSIGN = 22;
    private static final int FLOOR = 23;
    private static final int CEIL = 24;
    private static final int TRUNC = 25;
    private static final int ISNAN = 26;
    private static final int ISINF = 27;
    private static final int ISFINITE = 28;
    private static final int ISCLOSE = 29;
    private static final int FSUM = 30;
    private static final int FACTORIAL = 31;
    private static final int GCD = 32;
    private static final int PROD = 33;
    private static final int CBRT = 34;      // 34..42: one float in, one float out (see more())
    private static final int ACOSH = 36;
    private static final int ATANH = 37;
    private static final int EXP2 = 38;
    private static final int GAMMA = 41;
    private static final int LGAMMA = 42;
    private static final int COMB = 43;
    private static final int PERM = 44;
    private static final int FMOD = 45;
    private static final int ISQRT = 46;
    private static final int LCM = 47;
    private static final int MODF = 48;
    private static final int FREXP = 49;
    private static final int LDEXP = 50;
    private static final int DIST = 51;
    private static final int NEXTAFTER = 52;
    private static final int ULP = 53;
    private static final int REMAINDER = 54;

    static PyModule create(Interp in) {
        PyModule m = new PyModule("math");
        m.attrs.put("pi", Math.PI);
        m.attrs.put("e", Math.E);
        m.attrs.put("tau", 2 * Math.PI);
        m.attrs.put("inf", Double.POSITIVE_INFINITY);
        m.attrs.put("nan", Double.NaN);
        for (int op = 0; op < NAMES.length; op++) {
            m.attrs.put(NAMES[op], new PyBuiltin(NAMES[op], new Builtins.Op(Builtins.MATH + op)));
        }
        return m;
    }

    /** The one-argument float functions. */
    private static double f1(int op, double x) {
        switch (op) {
            case EXP: return PyMath.exp(x);
            case EXPM1: return PyMath.expm1(x);
            case SQRT: return Math.sqrt(x);
            case TANH: return PyMath.tanh(x); // TeaVM's Math.tanh is NaN past |x| 710
            case SINH: return PyMath.sinh(x);
            case COSH: return PyMath.cosh(x);
            case SIN: return PyMath.sin(x);
            case COS: return PyMath.cos(x);
            case TAN: return PyMath.tan(x);
            case ASIN: return PyMath.asin(x);
            case ACOS: return PyMath.acos(x);
            case ATAN: return PyMath.atan(x);
            case LOG2: return x <= 0 ? (x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN) : log2(x);
            case LOG10: return Libm.log10(x);
            case LOG1P: return Libm.log1p(x);
            case FABS: return Math.abs(x);
            case DEGREES: return Math.toDegrees(x);
            case RADIANS: return Math.toRadians(x);
            default: throw new IllegalStateException(NAMES[op]);
        }
    }

    /** Math function {@code op} (see Builtins.Op). */
    static Object call(int op, Interp in2, Object[] a, String[] kn, Object[] kv, Node at) {
        String name = NAMES[op];
        switch (op) {
            case LOG: {
                Builtins.count(in2, "log", a, 1, 2, at);
                double x = Builtins.realArg(in2, a[0], at);
                if (x <= 0) {
                    throw in2.error("ValueError", "math domain error", at);
                }
                if (a.length == 1) {
                    return PyMath.log(x);
                }
                double b = Builtins.realArg(in2, a[1], at);
                if (b <= 0) {
                    throw in2.error("ValueError", "math domain error", at);
                }
                if (b == 1) {
                    throw in2.error("ZeroDivisionError", "float division by zero", at);
                }
                return PyMath.log(x) / PyMath.log(b);
            }
            case POW: {
                Builtins.count(in2, "pow", a, 2, 2, at);
                double x = Builtins.realArg(in2, a[0], at);
                double y = Builtins.realArg(in2, a[1], at);
                if (Double.isInfinite(x) || Double.isInfinite(y) || x != x || y != y) {
                    return PyMath.pow(x, y); // C99's special values, no error (CPython's math_pow)
                }
                double r = PyMath.pow(x, y);
                if (r != r || Double.isInfinite(r) && x == 0) {
                    throw in2.error("ValueError", "math domain error", at); // (-x)**fraction, 0**negative
                }
                if (Double.isInfinite(r)) {
                    throw in2.error("OverflowError", "math range error", at);
                }
                return r;
            }
            case ATAN2: {
                Builtins.count(in2, "atan2", a, 2, 2, at);
                return PyMath.atan2(Builtins.realArg(in2, a[0], at), Builtins.realArg(in2, a[1], at));
            }
            case HYPOT: {
                double[] v = new double[a.length];
                double max = 0.0;
                boolean nan = false;
                for (int i = 0; i < a.length; i++) {
                    v[i] = Math.abs(Builtins.realArg(in2, a[i], at));
                    nan |= v[i] != v[i];
                    max = v[i] > max ? v[i] : max;  // CPython's x > max: a NaN never becomes max
                }
                return Hyper.norm(v, max, nan);
            }
            case COPYSIGN: {
                Builtins.count(in2, "copysign", a, 2, 2, at);
                return Math.copySign(Builtins.realArg(in2, a[0], at), Builtins.realArg(in2, a[1], at));
            }
            case TRUNC: {
                Builtins.count(in2, "trunc", a, 1, 1, at);
                return in2.call(in2.builtins.get("int"), a, Interp.NO_NAMES, Interp.NO_ARGS, at);
            }
            case ISCLOSE: {
                Builtins.count(in2, "isclose", a, 2, 2, at);
                double x = Builtins.realArg(in2, a[0], at);
                double y = Builtins.realArg(in2, a[1], at);
                Object rt = Methods.kw(kn, kv, "rel_tol");
                Object atl = Methods.kw(kn, kv, "abs_tol");
                double rel = rt == null ? 1e-9 : Builtins.realArg(in2, rt, at);
                double abs = atl == null ? 0 : Builtins.realArg(in2, atl, at);
                if (x == y) {
                    return true;
                }
                if (Double.isInfinite(x) || Double.isInfinite(y)) {
                    return false;
                }
                double d = Math.abs(x - y);
                return d <= Math.abs(rel * y) || d <= Math.abs(rel * x) || d <= abs;
            }
            case FSUM: {
                Builtins.count(in2, "fsum", a, 1, 1, at);
                return fsum(in2, a[0], at);
            }
            case FACTORIAL: {
                Builtins.count(in2, "factorial", a, 1, 1, at);
                long n = Builtins.intArg(in2, a[0], at);
                if (n < 0) {
                    throw in2.error("ValueError", "factorial() not defined for negative values", at);
                }
                Object r = 1L;
                for (long i = 2; i <= n; i++) {
                    r = in2.binop(Ast.MUL, r, i, at); // a big int once it outgrows 64 bits
                }
                return r;
            }
            case GCD: {
                long g = 0;
                for (Object o : a) {
                    long x = Math.abs(Builtins.intArg(in2, o, at));
                    while (x != 0) {
                        long t = g % x;
                        g = x;
                        x = t;
                    }
                }
                return g;
            }
            case PROD: {
                Builtins.count(in2, "prod", a, 1, 1, at);
                Object acc = Methods.kw(kn, kv, "start") != null ? Methods.kw(kn, kv, "start") : (Object) 1L;
                for (Object o : in2.toList(a[0], at)) {
                    acc = in2.binop(Ast.MUL, acc, o, at);
                }
                return acc;
            }
            case FLOOR:
            case CEIL: {
                Builtins.count(in2, name, a, 1, 1, at);
                if (Interp.isIntLike(a[0])) {
                    return a[0] instanceof Boolean ? (Object) Interp.toLong(a[0]) : a[0];
                }
                double x = Builtins.realArg(in2, a[0], at);
                if (Double.isNaN(x)) {
                    throw in2.error("ValueError", "cannot convert float NaN to integer", at);
                }
                if (Double.isInfinite(x)) {
                    throw in2.error("OverflowError", "cannot convert float infinity to integer", at);
                }
                return Ints.ofDouble(op == FLOOR ? Math.floor(x) : Math.ceil(x));
            }
            case ISNAN:
            case ISINF:
            case ISFINITE: {
                Builtins.count(in2, name, a, 1, 1, at);
                double x = Builtins.realArg(in2, a[0], at);
                return op == ISNAN ? Double.isNaN(x) : op == ISINF ? Double.isInfinite(x)
                        : !Double.isNaN(x) && !Double.isInfinite(x);
            }
            case COMB:
            case PERM:
                return MathMore.combPerm(op == COMB, in2, a, at);
            case FMOD:
            case REMAINDER:
            case NEXTAFTER:
            case LDEXP: {
                Builtins.count(in2, name, a, 2, 2, at);
                double x = Builtins.realArg(in2, a[0], at);
                if (op == LDEXP) {
                    return MathMore.ldexp(in2, x, a[1], at);
                }
                double y = Builtins.realArg(in2, a[1], at);
                if (op == NEXTAFTER) {
                    return Math.nextAfter(x, y);
                }
                if (x != x || y != y) {
                    return Double.NaN;
                }
                if (Double.isInfinite(x) || y == 0) {
                    throw in2.error("ValueError", "math domain error", at);
                }
                return op == FMOD ? (Double.isInfinite(y) ? x : x % y) : (Double.isInfinite(y) ? x : MathMore.remainder(x, y));
            }
            case ISQRT:
            case LCM:
                return MathMore.isqrtLcm(op == ISQRT, in2, a, at);
            case MODF:
            case FREXP:
            case ULP: {
                Builtins.count(in2, name, a, 1, 1, at);
                return MathMore.split(op == MODF ? 0 : op == FREXP ? 1 : 2, Builtins.realArg(in2, a[0], at));
            }
            case DIST:
                return MathMore.dist(in2, a, at);
            case GAMMA:
            case LGAMMA: {
                one(in2, name, a, at);
                double x = Builtins.realArg(in2, a[0], at);
                double r = op == GAMMA ? MathMore.gamma(x) : MathMore.lgamma(x);
                if (r != r && x == x || Double.isInfinite(r) && !Double.isInfinite(x)
                        && (x == Math.floor(x) && (x <= 0 || op == LGAMMA && x <= 2) || op == GAMMA && x == 0)) {
                    throw in2.error("ValueError", "math domain error", at); // poles and negative integers
                }
                if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                    throw in2.error("OverflowError", "math range error", at);
                }
                return r;
            }
            default: {
                one(in2, name, a, at);
                double x = Builtins.realArg(in2, a[0], at);
                double r = op >= CBRT ? MathMore.f1(op - CBRT, x) : f1(op, x);
                if (Double.isNaN(r) && !Double.isNaN(x)) {
                    throw in2.error("ValueError", "math domain error", at);
                }
                if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                    // CPython's math_1: an overflow only where the function can overflow, else a pole
                    // (log1p(-1), atanh(1), log10(0)): a domain error
                    boolean overflows = op == EXP || op == EXPM1 || op == SINH || op == COSH || op == EXP2;
                    throw overflows ? in2.error("OverflowError", "math range error", at)
                            : in2.error("ValueError", "math domain error", at);
                }
                return r;
            }
        }
    }

    /** CPython's one-argument (METH_O) math functions name their module when miscalled. */
    private static void one(Interp in2, String name, Object[] a, Node at) {
        if (a.length != 1) {
            throw in2.error("TypeError", "math." + name + "() takes exactly one argument (" + a.length + " given)", at);
        }
    }

    private static double log2(double x) {
        return dev.backprop.py.Libm.log2(x); // glibc's, as CPython's on Linux
    }

    /** Shewchuk's exact summation, as CPython's math.fsum. */
    static double fsum(Interp in, Object it, Node at) {
        double[] partials = new double[32];
        int n = 0;
        for (Object o : in.toList(it, at)) {
            double x = Builtins.realArg(in, o, at);
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0) {
                    partials[i++] = lo;
                }
                x = hi;
            }
            if (i >= partials.length) {
                partials = java.util.Arrays.copyOf(partials, partials.length * 2);
            }
            partials[i++] = x;
            n = i;
        }
        double hi = 0;
        if (n > 0) {
            hi = partials[--n];
            double lo = 0;
            while (n > 0) {
                double x = hi;
                double y = partials[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0) {
                    break;
                }
            }
            if (n > 0 && (lo < 0 && partials[n - 1] < 0 || lo > 0 && partials[n - 1] > 0)) {
                double y = lo * 2;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }
}
