package dev.backprop.lang;

import dev.backprop.engine.FdLibm;
import dev.backprop.engine.PyMath;
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
        "factorial", "gcd", "prod"};

    /** One class dispatching by name instead of one lambda class per function (less page script). */
    private static final class Op implements Fn {
        private final String name;

        Op(String name) {
            this.name = name;
        }

        @Override
        public Object call(Interp in, Object[] a, String[] kn, Object[] kv, Node at) {
            return MathModule.call(name, in, a, kn, kv, at);
        }
    }

    static PyModule create(Interp in) {
        PyModule m = new PyModule("math");
        m.attrs.put("pi", Math.PI);
        m.attrs.put("e", Math.E);
        m.attrs.put("tau", 2 * Math.PI);
        m.attrs.put("inf", Double.POSITIVE_INFINITY);
        m.attrs.put("nan", Double.NaN);
        for (String name : NAMES) {
            m.attrs.put(name, new PyBuiltin(name, new Op(name)));
        }
        return m;
    }

    /** The one-argument float functions. */
    private static double f1(String name, double x) {
        switch (name) {
            case "exp": return PyMath.exp(x);
            case "expm1": return FdLibm.expm1(x);
            case "sqrt": return Math.sqrt(x);
            case "tanh": return FdLibm.tanh(x); // TeaVM's Math.tanh is NaN past |x| 710
            case "sinh": return Math.sinh(x);
            case "cosh": return Math.cosh(x);
            case "sin": return PyMath.sin(x);
            case "cos": return PyMath.cos(x);
            case "tan": return Math.tan(x);
            case "asin": return Math.asin(x);
            case "acos": return Math.acos(x);
            case "atan": return Math.atan(x);
            case "log2": return x <= 0 ? (x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN) : log2(x);
            case "log10": return Math.log10(x);
            case "log1p": return Math.log1p(x);
            case "fabs": return Math.abs(x);
            case "degrees": return Math.toDegrees(x);
            case "radians": return Math.toRadians(x);
            default: throw new IllegalStateException(name);
        }
    }

    private static Object call(String name, Interp in2, Object[] a, String[] kn, Object[] kv, Node at) {
        switch (name) {
            case "log": {
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
            case "pow": {
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
            case "atan2": {
                Builtins.count(in2, "atan2", a, 2, 2, at);
                return Math.atan2(Builtins.realArg(in2, a[0], at), Builtins.realArg(in2, a[1], at));
            }
            case "hypot": {
                double s = 0;
                for (Object o : a) {
                    double x = Builtins.realArg(in2, o, at);
                    s = Math.hypot(s, x);
                }
                return s;
            }
            case "copysign": {
                Builtins.count(in2, "copysign", a, 2, 2, at);
                return Math.copySign(Builtins.realArg(in2, a[0], at), Builtins.realArg(in2, a[1], at));
            }
            case "trunc": {
                Builtins.count(in2, "trunc", a, 1, 1, at);
                return in2.call(in2.builtins.get("int"), a, Interp.NO_NAMES, Interp.NO_ARGS, at);
            }
            case "isclose": {
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
            case "fsum": {
                Builtins.count(in2, "fsum", a, 1, 1, at);
                return fsum(in2, a[0], at);
            }
            case "factorial": {
                Builtins.count(in2, "factorial", a, 1, 1, at);
                long n = Builtins.intArg(in2, a[0], at);
                if (n < 0) {
                    throw in2.error("ValueError", "factorial() not defined for negative values", at);
                }
                long r = 1;
                for (long i = 2; i <= n; i++) {
                    try {
                        r = Math.multiplyExact(r, i);
                    } catch (ArithmeticException e) {
                        throw in2.error("OverflowError", "integer result too large for the playground", at);
                    }
                }
                return r;
            }
            case "gcd": {
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
            case "prod": {
                Builtins.count(in2, "prod", a, 1, 1, at);
                Object acc = Methods.kw(kn, kv, "start") != null ? Methods.kw(kn, kv, "start") : (Object) 1L;
                for (Object o : in2.toList(a[0], at)) {
                    acc = in2.binop(Ast.MUL, acc, o, at);
                }
                return acc;
            }
            case "floor":
            case "ceil": {
                Builtins.count(in2, name, a, 1, 1, at);
                if (Interp.isIntLike(a[0])) {
                    return Interp.toLong(a[0]);
                }
                double x = Builtins.realArg(in2, a[0], at);
                if (Double.isNaN(x)) {
                    throw in2.error("ValueError", "cannot convert float NaN to integer", at);
                }
                if (Double.isInfinite(x)) {
                    throw in2.error("OverflowError", "cannot convert float infinity to integer", at);
                }
                return (long) (name.equals("floor") ? Math.floor(x) : Math.ceil(x));
            }
            case "isnan":
            case "isinf":
            case "isfinite": {
                Builtins.count(in2, name, a, 1, 1, at);
                double x = Builtins.realArg(in2, a[0], at);
                return name.equals("isnan") ? Double.isNaN(x) : name.equals("isinf") ? Double.isInfinite(x)
                        : !Double.isNaN(x) && !Double.isInfinite(x);
            }
            default: {
                Builtins.count(in2, name, a, 1, 1, at);
                double x = Builtins.realArg(in2, a[0], at);
                double r = f1(name, x);
                if (Double.isNaN(r) && !Double.isNaN(x)) {
                    throw in2.error("ValueError", "math domain error", at);
                }
                if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                    if (name.equals("log") || name.equals("log2") || name.equals("log10")) {
                        throw in2.error("ValueError", "math domain error", at);
                    }
                    throw in2.error("OverflowError", "math range error", at);
                }
                return r;
            }
        }
    }

    private static double log2(double x) {
        double r = Math.log(x) / Math.log(2);
        double k = Math.rint(r);
        if (Math.abs(r - k) < 1e-9 && Math.pow(2, k) == x) {
            return k;
        }
        return r;
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
