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
        "gammavariate", "lognormvariate", "vonmisesvariate", "paretovariate", "weibullvariate", "randbytes", "Random", "getstate", "setstate"};
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
    private static final int GETSTATE = 22;
    private static final int SETSTATE = 23;

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
        if (s instanceof BigInt) {
            r.seedWords(Ints.words(s));
        } else if (Interp.isIntLike(s)) {
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

    /** getrandbits(k) for any k >= 0: 32-bit words from the low end, the last one cut to its top bits. */
    static Object getrandbits(Interp in, PyRandom r, long k, Node at) {
        if (k <= 63) {
            return r.getrandbits((int) k);
        }
        if (k > Ints.MAX_BITS) {
            throw Ints.tooBig(in, at);
        }
        int words = (int) ((k - 1) / 32 + 1);
        long[] w = new long[words]; // 32-bit words, least significant first (CPython's order of draws)
        for (int i = 0; i < words; i++, k -= 32) {
            w[i] = r.nextUint32();
            if (k < 32) {
                w[i] >>>= 32 - k;
            }
        }
        BigInt x = BigInt.ZERO;
        for (int i = words - 1; i >= 0; i--) {
            x = x.shiftLeft(32).or(BigInt.of(w[i]));
        }
        return Ints.norm(x);
    }

    /** CPython's _randbelow(n) for n > 0 of any size: getrandbits(n.bit_length()) until below n. */
    static Object randbelow(Interp in, PyRandom r, Object n, Node at) {
        if (n instanceof Long) {
            return r.randbelow((Long) n);
        }
        BigInt b = (BigInt) n;
        while (true) {
            Object x = getrandbits(in, r, b.bitLength(), at);
            if (Ints.big(x).compareTo(b) < 0) {
                return x;
            }
        }
    }

    /** randrange's int arguments: ints as they are, integral floats (deprecated in 3.11, still taken), else errors. */
    private static BigInt rangeArg(Interp in, Object o, String what, Node at) {
        if (Interp.isIntLike(o)) {
            return Ints.big(o);
        }
        if (o instanceof Double) {
            double d = (Double) o;
            if (Double.isNaN(d)) {
                throw in.error("ValueError", "cannot convert float NaN to integer", at);
            }
            if (Double.isInfinite(d)) {
                throw in.error("OverflowError", "cannot convert float infinity to integer", at);
            }
            if (d != Math.floor(d)) {
                throw in.error("ValueError", "non-integer " + what + " for randrange()", at);
            }
            return Ints.big(Ints.ofDouble(d));
        }
        throw in.error("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '"
                + in.typeName(o) + "'", at);
    }

    /** CPython 3.11's randrange(start, stop=None, step=1), for ints of any size; stop and step null when absent. */
    static Object randrange(Interp in, PyRandom r, Object start, Object stop, Object step, Node at) {
        if (start instanceof Long && (stop == null || stop instanceof Long) && (step == null || step instanceof Long)) {
            long a = (Long) start; // the common case in longs: no overflow within +-2^62
            long b = stop == null ? 0 : (Long) stop;
            long c = step == null ? 1 : (Long) step;
            if (Math.abs(a) < (1L << 62) && Math.abs(b) < (1L << 62) && Math.abs(c) < (1L << 62)) {
                if (stop == null) {
                    if (step != null) {
                        throw in.error("TypeError", "Missing a non-None stop argument", at);
                    }
                    if (a > 0) {
                        return r.randbelow(a);
                    }
                    throw in.error("ValueError", "empty range for randrange()", at);
                }
                long width = b - a;
                if (c == 1) {
                    if (width > 0) {
                        return a + r.randbelow(width);
                    }
                    throw in.error("ValueError", "empty range for randrange() (" + a + ", " + b + ", " + width + ")", at);
                }
                if (c == 0) {
                    throw in.error("ValueError", "zero step for randrange()", at);
                }
                long n = Math.floorDiv(c > 0 ? width + c - 1 : width + c + 1, c);
                if (n <= 0) {
                    throw in.error("ValueError", "empty range for randrange()", at);
                }
                return Ints.norm(BigInt.of(a).add(BigInt.of(c).multiply(BigInt.of(r.randbelow(n)))));
            }
        }
        BigInt a = rangeArg(in, start, "arg 1", at);
        if (stop == null) {
            if (step != null) {
                throw in.error("TypeError", "Missing a non-None stop argument", at);
            }
            if (a.signum() > 0) {
                return randbelow(in, r, Ints.norm(a), at);
            }
            throw in.error("ValueError", "empty range for randrange()", at);
        }
        BigInt b = rangeArg(in, stop, "stop", at);
        BigInt width = b.subtract(a);
        BigInt c = step == null ? BigInt.ONE : rangeArg(in, step, "step", at);
        if (c.equals(BigInt.ONE)) {
            if (width.signum() > 0) {
                return Ints.norm(a.add(Ints.big(randbelow(in, r, Ints.norm(width), at))));
            }
            throw in.error("ValueError", "empty range for randrange() (" + a + ", " + b + ", " + width + ")", at);
        }
        if (c.signum() == 0) {
            throw in.error("ValueError", "zero step for randrange()", at);
        }
        BigInt num = c.signum() > 0 ? width.add(c).subtract(BigInt.ONE) : width.add(c).add(BigInt.ONE);
        BigInt[] qr = num.divideAndRemainder(c); // floor division
        BigInt n = qr[1].signum() != 0 && qr[1].signum() != c.signum() ? qr[0].subtract(BigInt.ONE) : qr[0];
        if (n.signum() <= 0) {
            throw in.error("ValueError", "empty range for randrange()", at);
        }
        return Ints.norm(a.add(c.multiply(Ints.big(randbelow(in, r, Ints.norm(n), at)))));
    }

    /** Random function {@code op} on {@code r} (see Builtins.Op). */
    static Object call(int op, PyRandom r, Interp in2, Object[] a, String[] kn, Object[] kv, Node at) {
        switch (op) {
            case SEED: {
                Builtins.count(in2, "seed", a, 0, 2, at);
                Object s = a.length > 0 ? a[0] : Methods.kw(kn, kv, "a");
                if (s == null || s == Py.NONE) {
                    r.seed(PyRandom.entropy());
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
                if (a[0] instanceof BigInt) {
                    throw in2.error(((BigInt) a[0]).signum() < 0 ? "ValueError" : "OverflowError",
                            ((BigInt) a[0]).signum() < 0 ? "number of bits must be non-negative"
                                    : "Python int too large to convert to C int", at);
                }
                long k = Builtins.intArg(in2, a[0], at);
                if (k < 0) {
                    throw in2.error("ValueError", "number of bits must be non-negative", at);
                }
                return getrandbits(in2, r, k, at);
            }
            case RANDINT: {
                Builtins.count(in2, "randint", a, 2, 2, at);
                Object hi = a[1] instanceof Long && (Long) a[1] < Long.MAX_VALUE ? (Object) ((Long) a[1] + 1)
                        : Ints.norm(rangeArg(in2, a[1], "stop", at).add(BigInt.ONE));
                return randrange(in2, r, a[0], hi, null, at);
            }
            case RANDRANGE: {
                Builtins.count(in2, "randrange", a, 1, 3, at);
                Object stop = a.length > 1 ? a[1] : Methods.kw(kn, kv, "stop");
                Object step = a.length > 2 ? a[2] : Methods.kw(kn, kv, "step");
                return randrange(in2, r, a[0], stop == Py.NONE ? null : stop, step, at);
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
                return in2.getitem(a[0], r.randbelow(n), at);
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
                ArrayList<Object> pop = range != null || a[0] instanceof PyRange ? null : in2.toList(a[0], at); // a range is not materialised
                long size = a[0] instanceof PyRange ? ((PyRange) a[0]).length() : pop.size();
                long k = Builtins.intArg(in2, ko, at);
                if (k < 0 || k > size) {
                    throw in2.error("ValueError", "Sample larger than population or is negative", at);
                }
                ArrayList<Object> out = new ArrayList<>();
                if (range == null && a[0] instanceof PyRange) { // past 2^31 items: always CPython's set strategy
                    PyRange big = (PyRange) a[0];
                    java.util.HashSet<Long> seen = new java.util.HashSet<>();
                    for (long i = 0; i < k; i++) {
                        in2.step(at);
                        long j = r.randbelow(size);
                        while (!seen.add(j)) {
                            j = r.randbelow(size);
                        }
                        out.add(big.start + j * big.step);
                    }
                    return new PyList(out);
                }
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
                double theta = r.random() > 0.5 ? mu + PyMath.acos(f) : mu - PyMath.acos(f);
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
                    own.seed(PyRandom.entropy());
                }
                return bind(new PyModule("Random"), own);
            }
            case GETSTATE: {
                Builtins.count(in2, "getstate", a, 0, 0, at);
                long[] st = r.state();
                Object[] words = new Object[st.length];
                for (int i = 0; i < st.length; i++) {
                    words[i] = st[i];
                }
                Double g = r.gaussNext();
                return new PyTuple(new Object[] {3L, new PyTuple(words), g == null ? Py.NONE : g});
            }
            case SETSTATE: {
                Builtins.count(in2, "setstate", a, 1, 1, at);
                Object version = in2.getitem(a[0], 0L, at);
                if (!(version instanceof Long && ((Long) version == 3 || (Long) version == 2))) {
                    throw in2.error("ValueError", "state with version " + in2.str(version) + " passed to Random.setstate() of version 3", at);
                }
                ArrayList<Object> parts = in2.toList(a[0], at);
                if (parts.size() != 3) {
                    throw in2.error("ValueError", parts.size() > 3 ? "too many values to unpack (expected 3)"
                            : "not enough values to unpack (expected 3, got " + parts.size() + ")", at);
                }
                if (!(parts.get(1) instanceof PyTuple)) {
                    throw in2.error("TypeError", "state vector must be a tuple", at);
                }
                Object[] words = ((PyTuple) parts.get(1)).items;
                if (words.length != 625) {
                    throw in2.error("ValueError", "state vector is the wrong size", at);
                }
                long[] st = new long[625];
                for (int i = 0; i < 625; i++) {
                    Object w = words[i];
                    if (!Interp.isIntLike(w)) {
                        throw in2.error("TypeError", "an integer is required (got type " + in2.typeName(w) + ")", at);
                    }
                    BigInt v = Ints.big(w);
                    if ((Long) version == 2) {
                        v = v.mod(BigInt.ONE.shiftLeft(32)); // version 2 kept signed words
                    }
                    if (v.signum() < 0) {
                        throw in2.error("OverflowError", "can't convert negative int to unsigned", at);
                    }
                    if (v.bitLength() > 64) {
                        throw in2.error("OverflowError", "Python int too large to convert to C unsigned long", at);
                    }
                    st[i] = v.longValue();
                }
                if (st[624] < 0 || st[624] > 624) {
                    throw in2.error("ValueError", "invalid state", at);
                }
                Object g = parts.get(2);
                if (g != Py.NONE && !Interp.isNumber(g)) {
                    throw in2.error("TypeError", "the playground keeps gauss_next as a float, not " + in2.typeName(g), at);
                }
                r.setState(st);
                r.setGaussNext(g == Py.NONE ? null : Interp.toDouble(g));
                return Py.NONE;
            }
            default:
                throw new IllegalStateException(NAMES[op]);
        }
    }
}
