package dev.backprop.lang;

import dev.backprop.py.PyRandom;
import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.*;
import java.util.ArrayList;

/** Python's random module over {@link PyRandom}: the same numbers as CPython for the same seed. */
final class RandomModule {
    private RandomModule() {
    }

    private static final String[] NAMES = {"seed", "random", "uniform", "gauss", "normalvariate", "getrandbits",
        "randint", "randrange", "choice", "shuffle", "sample", "choices"};
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

    static PyModule create(Interp in) {
        PyModule m = new PyModule("random");
        for (int op = 0; op < NAMES.length; op++) {
            m.attrs.put(NAMES[op], new PyBuiltin(NAMES[op], new Builtins.Op(Builtins.RANDOM + op, in.random, null)));
        }
        return m;
    }

    /** Random function {@code op} on {@code r} (see Builtins.Op). */
    static Object call(int op, PyRandom r, Interp in2, Object[] a, String[] kn, Object[] kv, Node at) {
        switch (op) {
            case SEED: {
                Builtins.count(in2, "seed", a, 0, 2, at);
                Object s = a.length > 0 ? a[0] : Methods.kw(kn, kv, "a");
                if (s == null || s == Py.NONE) {
                    r.seed(System.nanoTime());
                } else if (Interp.isIntLike(s)) {
                    r.seed(Interp.toLong(s));
                } else {
                    throw in2.error("TypeError", "the playground's random.seed() takes an int, not '" + in2.typeName(s) + "'", at);
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
                ArrayList<Object> pop = in2.toList(a[0], at);
                long k = Builtins.intArg(in2, ko, at);
                if (k < 0 || k > pop.size()) {
                    throw in2.error("ValueError", "Sample larger than population or is negative", at);
                }
                ArrayList<Object> out = new ArrayList<>();
                for (int i : r.sample(pop.size(), (int) k)) {
                    out.add(pop.get(i));
                }
                return new PyList(out);
            }
            case CHOICES: {
                Builtins.count(in2, "choices", a, 1, 1, at);
                if (Methods.kw(kn, kv, "weights") != null || Methods.kw(kn, kv, "cum_weights") != null) {
                    throw in2.error("TypeError", "random.choices() with weights is not supported in the playground", at);
                }
                Object ko = Methods.kw(kn, kv, "k");
                long k = ko == null ? 1 : Builtins.intArg(in2, ko, at);
                ArrayList<Object> pop = in2.toList(a[0], at);
                ArrayList<Object> out = new ArrayList<>();
                double n = pop.size();
                for (long i = 0; i < k; i++) {
                    out.add(pop.get((int) Math.floor(r.random() * n)));
                }
                return new PyList(out);
            }
            default:
                throw new IllegalStateException(NAMES[op]);
        }
    }
}
