package dev.backprop.lang;

import dev.backprop.py.PyMath;
import dev.backprop.py.PyRandom;
import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.*;
import java.util.ArrayList;

/** Python's random module over {@link PyRandom}: the same numbers as CPython for the same seed. */
final class RandomModule {
    private RandomModule() {
    }

    private static final String[] NAMES = {"seed", "random", "uniform", "gauss", "normalvariate", "getrandbits",
        "randint", "randrange", "choice", "shuffle", "sample", "choices", "expovariate", "triangular", "betavariate",
        "gammavariate", "lognormvariate", "vonmisesvariate", "paretovariate", "weibullvariate", "randbytes", "Random"};
    // each function's index in NAMES, the number call() switches on
    private static final int SEED = 0;
    private static final int RANDOM = 1;
    private static final int UNIFORM = 2;
    private static final int GAUSS = 3;
    private static final int NORMALVARIATE = 4;
    private static final int GETRANDBITS = 5;
    private static final int RANDINT = 6;
    private static final int RANDRANGE = 7;
    private static final int CHOICE = 8;
    private static final int SHUFFLE = 9;
    private static final int SAMPLE = 10;
    private static final int CHOICES = 11;
    private static final int EXPOVARIATE = 12;
    private static final int TRIANGULAR = 13;
    private static final int BETAVARIATE = 14;
    private static final int GAMMAVARIATE = 15;
    private static final int LOGNORMVARIATE = 16;
    private static final int VONMISESVARIATE = 17;
    private static final int PARETOVARIATE = 18;
    private static final int WEIBULLVARIATE = 19;
    private static final int RANDBYTES = 20;
    private static final int NEW = 21; // random.Random(seed): its own generator

    static PyModule create(Interp in) {
        return bind(new PyModule("random"), in.random);
    }

    /** The module's functions on {@code r}: the module itself, or a Random(...) instance (a namespace of its own). */
    private static PyModule bind(PyModule m, PyRandom r) {
        for (int op = 0; op < NAMES.length; op++) {
            m.attrs.put(NAMES[op], new PyBuiltin(NAMES[op], new Builtins.Op(Builtins.RANDOM + op, r, null)));
        }
        return m;
    }

    /** CPython's seed(a): int by its magnitude's words, float by hash(), str by version 2 (a + sha512(a)). */
    private static void seed(Interp in, PyRandom r, Object s, Node at) {
        if (Interp.isIntLike(s)) {
            r.seed(Interp.toLong(s));
        } else if (s instanceof Double) {
            r.seed(Builtins.hash(in, s, at));
        } else if (s instanceof String) {
            byte[] b = utf8((String) s);
            byte[] d = Sha512.digest(b);
            byte[] all = java.util.Arrays.copyOf(b, b.length + d.length);
            System.arraycopy(d, 0, all, b.length, d.length);
            int[] words = new int[(all.length + 3) / 4]; // the big-endian integer's 32-bit words, low first
            for (int i = 0; i < all.length; i++) {
                int k = all.length - 1 - i;
                words[k / 4] |= (all[i] & 0xff) << (8 * (k % 4));
            }
            r.seedWords(words);
        } else {
            throw in.error("TypeError", "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.", at);
        }
    }

    private static byte[] utf8(String s) {
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i);
            if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length()) {
                c = 0x10000 + ((c - 0xd800) << 10) + (s.charAt(++i) - 0xdc00);
            }
            if (c < 0x80) {
                o.write(c);
            } else if (c < 0x800) {
                o.write(0xc0 | c >> 6);
                o.write(0x80 | c & 0x3f);
            } else if (c < 0x10000) {
                o.write(0xe0 | c >> 12);
                o.write(0x80 | c >> 6 & 0x3f);
                o.write(0x80 | c & 0x3f);
            } else {
                o.write(0xf0 | c >> 18);
                o.write(0x80 | c >> 12 & 0x3f);
                o.write(0x80 | c >> 6 & 0x3f);
                o.write(0x80 | c & 0x3f);
            }
        }
        return o.toByteArray();
    }

    private static double arg(Interp in, Object[] a, String[] kn, Object[] kv, int i, String name, double dflt, Node at) {
        Object o = a.length > i ? a[i] : Methods.kw(kn, kv, name);
        return o == null ? dflt : Builtins.realArg(in, o, at);
    }

    /** CPython 3.11's gammavariate (Cheng's algorithm above 1, Ahrens-Dieter's GS below). */
    private static double gamma(Interp in, PyRandom r, double alpha, double beta, Node at) {
        if (alpha <= 0.0 || beta <= 0.0) {
            throw in.error("ValueError", "gammavariate: alpha and beta must be > 0.0", at);
        }
        if (alpha > 1.0) {
            double ainv = Math.sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - PyMath.log(4.0);
            double ccc = alpha + ainv;
            while (true) {
                in.step(at);
                double u1 = r.random();
                if (!(1e-7 < u1 && u1 < 0.9999999)) {
                    continue;
                }
                double u2 = 1.0 - r.random();
                double v = PyMath.log(u1 / (1.0 - u1)) / ainv;
                double x = alpha * PyMath.exp(v);
                double z = u1 * u1 * u2;
                double rr = bbb + ccc * v - x;
                if (rr + (1.0 + PyMath.log(4.5)) - 4.5 * z >= 0.0 || rr >= PyMath.log(z)) {
                    return x * beta;
                }
            }
        }
        if (alpha == 1.0) {
            return -PyMath.log(1.0 - r.random()) * beta;
        }
        double x;
        while (true) {
            in.step(at);
            double u = r.random();
            double b = (Math.E + alpha) / Math.E;
            double p = b * u;
            x = p <= 1.0 ? PyMath.pow(p, 1.0 / alpha) : -PyMath.log((b - p) / alpha);
            double u1 = r.random();
            if (p > 1.0 ? u1 <= PyMath.pow(x, alpha - 1.0) : u1 <= PyMath.exp(-x)) {
                break;
            }
        }
        return x * beta;
    }

    /** Random function {@code op} on {@code r} (see Builtins.Op). */
    static Object call(int op, PyRandom r, Interp in2, Object[] a, String[] kn, Object[] kv, Node at) {
        switch (op) {
            case SEED: {
                Builtins.count(in2, "seed", a, 0, 2, at);
                Object s = a.length > 0 ? a[0] : Methods.kw(kn, kv, "a");
                if (s == null || s == Py.NONE) {
                    r.seed(System.nanoTime());
                } else {
                    seed(in2, r, s, at);
                }
                return Py.NONE;
            }
            case RANDOM: {
                Builtins.count(in2, "random", a, 0, 0, at);
                return r.random();
            }
            case UNIFORM: {
                Builtins.count(in2, "uniform", a, 2, 2, at);
                return r.uniform(Builtins.realArg(in2, a[0], at), Builtins.realArg(in2, a[1], at));
            }
            case GAUSS: {
                Builtins.count(in2, "gauss", a, 0, 2, at);
                Object mu = a.length > 0 ? a[0] : Methods.kw(kn, kv, "mu");
                Object sigma = a.length > 1 ? a[1] : Methods.kw(kn, kv, "sigma");
                return r.gauss(mu == null ? 0.0 : Builtins.realArg(in2, mu, at), sigma == null ? 1.0 : Builtins.realArg(in2, sigma, at));
            }
            case NORMALVARIATE: {
                Builtins.count(in2, "normalvariate", a, 0, 2, at);
                Object mu = a.length > 0 ? a[0] : Methods.kw(kn, kv, "mu");
                Object sigma = a.length > 1 ? a[1] : Methods.kw(kn, kv, "sigma");
                return r.normalvariate(mu == null ? 0.0 : Builtins.realArg(in2, mu, at), sigma == null ? 1.0 : Builtins.realArg(in2, sigma, at));
            }
            case GETRANDBITS: {
                Builtins.count(in2, "getrandbits", a, 1, 1, at);
                long k = Builtins.intArg(in2, a[0], at);
                if (k < 0) {
                    throw in2.error("ValueError", "number of bits must be non-negative", at);
                }
                if (k > 63) {
                    throw in2.error("OverflowError", "the playground's ints are 64-bit: getrandbits(k) needs k <= 63", at);
                }
                return r.getrandbits((int) k);
            }
            case RANDINT: {
                Builtins.count(in2, "randint", a, 2, 2, at);
                long lo = Builtins.intArg(in2, a[0], at);
                long hi = Builtins.intArg(in2, a[1], at);
                if (hi + 1 <= lo) {
                    throw in2.error("ValueError", "empty range in randrange(" + lo + ", " + (hi + 1) + ")", at);
                }
                return r.randint(lo, hi);
            }
            case RANDRANGE: {
                Builtins.count(in2, "randrange", a, 1, 3, at);
                long start = a.length == 1 ? 0 : Builtins.intArg(in2, a[0], at);
                long stop = a.length == 1 ? Builtins.intArg(in2, a[0], at) : Builtins.intArg(in2, a[1], at);
                long step = a.length == 3 ? Builtins.intArg(in2, a[2], at) : 1;
                if (step == 0) {
                    throw in2.error("ValueError", "zero step for randrange()", at);
                }
                long n = step > 0 ? (stop - start + step - 1) / step : (stop - start + step + 1) / step;
                if (n <= 0) {
                    throw in2.error("ValueError", a.length == 1 ? "empty range for randrange()" : "empty range in randrange(" + start + ", " + stop + (a.length == 3 ? ", " + step : "") + ")", at);
                }
                return a.length == 1 ? r.randrange(stop) : r.randrange(start, stop, step);
            }
            case CHOICE: {
                Builtins.count(in2, "choice", a, 1, 1, at);
                if (a[0] instanceof PySet || a[0] instanceof PyDict || a[0] instanceof PyIter) {
                    throw in2.error("TypeError", "'" + in2.typeName(a[0]) + "' object is not subscriptable", at);
                }
                long n = (Long) Builtins.len(in2, a[0], at);
                if (n == 0) {
                    throw in2.error("IndexError", "Cannot choose from an empty sequence", at);
                }
                return in2.getitem(a[0], (long) r.choiceIndex((int) n), at);
            }
            case SHUFFLE: {
                Builtins.count(in2, "shuffle", a, 1, 1, at);
                if (!(a[0] instanceof PyList)) {
                    throw in2.error("TypeError", "'" + in2.typeName(a[0]) + "' object does not support item assignment", at);
                }
                r.shuffle(((PyList) a[0]).items);
                return Py.NONE;
            }
            case SAMPLE: {
                Builtins.count(in2, "sample", a, 1, 2, at);
                Object ko = a.length > 1 ? a[1] : Methods.kw(kn, kv, "k");
                if (ko == null) {
                    throw in2.error("TypeError", "sample() missing 1 required positional argument: 'k'", at);
                }
                if (a[0] instanceof PySet || a[0] instanceof PyDict) {
                    throw in2.error("TypeError", "Population must be a sequence.  For dicts or sets, use sorted(d).", at);
                }
                PyRange range = a[0] instanceof PyRange && ((PyRange) a[0]).length() <= Integer.MAX_VALUE ? (PyRange) a[0] : null;
                ArrayList<Object> pop = range != null ? null : in2.toList(a[0], at); // a range is not materialised
                long size = range != null ? range.length() : pop.size();
                long k = Builtins.intArg(in2, ko, at);
                if (k < 0 || k > size) {
                    throw in2.error("ValueError", "Sample larger than population or is negative", at);
                }
                ArrayList<Object> out = new ArrayList<>();
                for (int i : r.sample((int) size, (int) k)) {
                    out.add(range != null ? (Object) (range.start + i * range.step) : pop.get(i));
                }
                return new PyList(out);
            }
            case CHOICES: {
                Builtins.onlyKw(in2, "choices", kn, at, "population", "weights", "cum_weights", "k");
                Builtins.count(in2, "choices", a, 0, 2, at);
                Object popO = a.length > 0 ? a[0] : Methods.kw(kn, kv, "population");
                Object w = a.length > 1 ? a[1] : Methods.kw(kn, kv, "weights");
                Object cw = Methods.kw(kn, kv, "cum_weights");
                Object ko = Methods.kw(kn, kv, "k");
                if (popO == null) {
                    throw in2.error("TypeError", "Random.choices() missing 1 required positional argument: 'population'", at);
                }
                long k = ko == null ? 1 : Builtins.intArg(in2, ko, at);
                ArrayList<Object> pop = in2.toList(popO, at);
                ArrayList<Object> out = new ArrayList<>();
                double n = pop.size();
                if (cw == null || cw == Py.NONE) {
                    if (w == null || w == Py.NONE) {
                        for (long i = 0; i < k; i++) {
                            out.add(pop.get((int) Math.floor(r.random() * n)));
                        }
                        return new PyList(out);
                    }
                    if (Interp.isIntLike(w)) {
                        throw in2.error("TypeError", "The number of choices must be a keyword argument: k=" + in2.repr(w), at);
                    }
                    ArrayList<Object> acc = new ArrayList<>();
                    Object total = null;
                    for (Object x : in2.toList(w, at)) {
                        total = total == null ? x : in2.binop(Ast.ADD, total, x, at);
                        acc.add(total);
                    }
                    cw = new PyList(acc);
                } else if (w != null && w != Py.NONE) {
                    throw in2.error("TypeError", "Cannot specify both weights and cumulative weights", at);
                }
                ArrayList<Object> cum = in2.toList(cw, at);
                if (cum.size() != pop.size()) {
                    throw in2.error("ValueError", "The number of weights does not match the population", at);
                }
                double total = cum.isEmpty() ? 0.0 : Builtins.realArg(in2, cum.get(cum.size() - 1), at);
                if (total <= 0.0) {
                    throw in2.error("ValueError", "Total of weights must be greater than zero", at);
                }
                if (Double.isInfinite(total) || total != total) {
                    throw in2.error("ValueError", "Total of weights must be finite", at);
                }
                for (long i = 0; i < k; i++) {
                    double x = r.random() * total;
                    int lo = 0;
                    int hi = cum.size() - 1;
                    while (lo < hi) { // bisect_right(cum, x, 0, n - 1)
                        int mid = (lo + hi) >>> 1;
                        if (in2.order(Ast.LT, x, cum.get(mid), at)) {
                            hi = mid;
                        } else {
                            lo = mid + 1;
                        }
                    }
                    out.add(pop.get(lo));
                }
                return new PyList(out);
            }
            case EXPOVARIATE:
                Builtins.count(in2, "expovariate", a, 0, 1, at);
                if (a.length == 0 && Methods.kw(kn, kv, "lambd") == null) { // 3.11: no default yet
                    throw in2.error("TypeError", "Random.expovariate() missing 1 required positional argument: 'lambd'", at);
                }
                return -PyMath.log(1.0 - r.random()) / arg(in2, a, kn, kv, 0, "lambd", 1.0, at);
            case TRIANGULAR: {
                Builtins.count(in2, "triangular", a, 0, 3, at);
                double low = arg(in2, a, kn, kv, 0, "low", 0.0, at);
                double high = arg(in2, a, kn, kv, 1, "high", 1.0, at);
                Object mode = a.length > 2 ? a[2] : Methods.kw(kn, kv, "mode");
                double u = r.random();
                if (high == low) {
                    return low; // CPython: (mode - low) / (high - low) divides by zero
                }
                double c = mode == null || mode == Py.NONE ? 0.5 : (Builtins.realArg(in2, mode, at) - low) / (high - low);
                if (u > c) {
                    u = 1.0 - u;
                    c = 1.0 - c;
                    double t = low;
                    low = high;
                    high = t;
                }
                return low + (high - low) * Math.sqrt(u * c);
            }
            case BETAVARIATE: {
                Builtins.count(in2, "betavariate", a, 2, 2, at);
                double y = gamma(in2, r, Builtins.realArg(in2, a[0], at), 1.0, at);
                return y != 0 ? y / (y + gamma(in2, r, Builtins.realArg(in2, a[1], at), 1.0, at)) : 0.0;
            }
            case GAMMAVARIATE:
                Builtins.count(in2, "gammavariate", a, 2, 2, at);
                return gamma(in2, r, Builtins.realArg(in2, a[0], at), Builtins.realArg(in2, a[1], at), at);
            case LOGNORMVARIATE:
                Builtins.count(in2, "lognormvariate", a, 2, 2, at);
                return PyMath.exp(r.normalvariate(Builtins.realArg(in2, a[0], at), Builtins.realArg(in2, a[1], at)));
            case VONMISESVARIATE: {
                Builtins.count(in2, "vonmisesvariate", a, 2, 2, at);
                double mu = Builtins.realArg(in2, a[0], at);
                double kappa = Builtins.realArg(in2, a[1], at);
                double twopi = 2.0 * Math.PI;
                if (kappa <= 1e-6) {
                    return twopi * r.random();
                }
                double s2 = 0.5 / kappa;
                double rr = s2 + Math.sqrt(1.0 + s2 * s2);
                double z;
                while (true) {
                    in2.step(at);
                    z = PyMath.cos(Math.PI * r.random());
                    double d = z / (rr + z);
                    double u2 = r.random();
                    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * PyMath.exp(d)) {
                        break;
                    }
                }
                double q = 1.0 / rr;
                double f = (q + z) / (1.0 + q * z);
                double theta = r.random() > 0.5 ? mu + Math.acos(f) : mu - Math.acos(f);
                return (Double) in2.binop(Ast.MOD, theta, twopi, at);
            }
            case PARETOVARIATE:
                Builtins.count(in2, "paretovariate", a, 1, 1, at);
                return PyMath.pow(1.0 - r.random(), -1.0 / Builtins.realArg(in2, a[0], at));
            case WEIBULLVARIATE:
                Builtins.count(in2, "weibullvariate", a, 2, 2, at);
                return Builtins.realArg(in2, a[0], at) * PyMath.pow(-PyMath.log(1.0 - r.random()), 1.0 / Builtins.realArg(in2, a[1], at));
            case RANDBYTES:
                throw in2.error("TypeError", "random.randbytes() is not supported in the playground (it has no bytes type)", at);
            case NEW: {
                Builtins.count(in2, "Random", a, 0, 1, at);
                PyRandom own = new PyRandom();
                if (a.length > 0 && a[0] != Py.NONE) {
                    seed(in2, own, a[0], at);
                } else {
                    own.seed(System.nanoTime());
                }
                return bind(new PyModule("Random"), own);
            }
            default:
                throw new IllegalStateException(NAMES[op]);
        }
    }
}
