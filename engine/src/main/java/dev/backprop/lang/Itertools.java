package dev.backprop.lang;

import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.*;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The itertools module: every iterator is one {@link It} with a kind (less page script than a class each), lazy
 * as CPython's (count, cycle and repeat are endless; product and the combinatorics hold their pools, as CPython
 * does, and make one tuple per step).
 */
final class Itertools {
    private Itertools() {
    }

    static final String[] NAMES = {"count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile",
        "filterfalse", "groupby", "islice", "pairwise", "starmap", "takewhile", "tee", "zip_longest", "product",
        "permutations", "combinations", "combinations_with_replacement", "chain.from_iterable"};
    private static final int COUNT = 0;
    private static final int CYCLE = 1;
    private static final int REPEAT = 2;
    private static final int ACCUMULATE = 3;
    private static final int CHAIN = 4;
    private static final int COMPRESS = 5;
    private static final int DROPWHILE = 6;
    private static final int FILTERFALSE = 7;
    private static final int GROUPBY = 8;
    private static final int ISLICE = 9;
    private static final int PAIRWISE = 10;
    private static final int STARMAP = 11;
    private static final int TAKEWHILE = 12;
    private static final int TEE = 13;
    private static final int ZIP_LONGEST = 14;
    private static final int PRODUCT = 15;
    private static final int PERMUTATIONS = 16;
    private static final int COMBINATIONS = 17;
    private static final int COMBINATIONS_WR = 18;
    static final int FROM_ITERABLE = 19;

    static PyModule create(Interp in) {
        PyModule m = new PyModule("itertools");
        for (int i = 0; i < FROM_ITERABLE; i++) {
            m.attrs.put(NAMES[i], new PyType(NAMES[i], null, new Builtins.Op(Builtins.ITERTOOLS + i)));
        }
        return m;
    }

    /** One iterator of the module; {@link #advance} computes the next item into {@code item}. */
    private static final class It implements Iterator<Object> {
        final int kind;
        final Interp in;
        final Node at;
        Object fn;                  // accumulate, dropwhile, filterfalse, groupby key, starmap, takewhile; count's step
        Iterator<Object> src;       // the source; chain: the current one
        Iterator<Object> srcs;      // chain: the iterables; compress: the selectors
        Iterator<Object>[] many;    // zip_longest
        Object[][] pools;           // product (one per factor), permutations/combinations (one)
        int[] idx;                  // product, permutations, combinations: the current indices
        int[] cycles;               // permutations
        int r;                      // permutations, combinations: the length
        long n;                     // repeat: times left (-1: endless); islice: the next index to yield
        long stop;                  // islice (-1: none)
        long step;                  // islice
        long pos;                   // islice: the source's index
        Object acc;                 // count's value, accumulate's total, repeat's object, groupby's lookahead, zip's fill
        boolean started;
        ArrayList<Object> saved;    // cycle, tee (shared buffer)
        int savedAt;                // cycle, tee: the next buffered item
        private Object item;
        private boolean has;
        private boolean done;

        It(int kind, Interp in, Node at) {
            this.kind = kind;
            this.in = in;
            this.at = at;
        }

        @Override
        public boolean hasNext() {
            if (!has && !done) {
                in.step(at);
                has = advance();
                done = !has;
            }
            return has;
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            has = false;
            return item;
        }

        private Object call(Object f, Object... args) {
            return in.call(f, args, Interp.NO_NAMES, Interp.NO_ARGS, at);
        }

        private boolean emit(Object x) {
            item = x;
            return true;
        }

        private boolean advance() {
            switch (kind) {
                case COUNT: {
                    Object v = acc;
                    acc = in.binop(Ast.ADD, acc, fn, at);
                    return emit(v);
                }
                case CYCLE:
                    if (!started && src.hasNext()) {
                        Object x = src.next();
                        saved.add(x);
                        return emit(x);
                    }
                    started = true;
                    if (saved.isEmpty()) {
                        return false;
                    }
                    return emit(saved.get(savedAt++ % saved.size()));
                case REPEAT:
                    if (n == 0) {
                        return false;
                    }
                    if (n > 0) {
                        n--;
                    }
                    return emit(acc);
                case ACCUMULATE:
                    if (!started) {
                        started = true;
                        if (acc != null) {
                            return emit(acc);
                        }
                        if (!src.hasNext()) {
                            return false;
                        }
                        acc = src.next();
                        return emit(acc);
                    }
                    if (!src.hasNext()) {
                        return false;
                    }
                    acc = fn == Py.NONE ? in.binop(Ast.ADD, acc, src.next(), at) : call(fn, acc, src.next());
                    return emit(acc);
                case CHAIN:
                    while (src == null || !src.hasNext()) {
                        if (!srcs.hasNext()) {
                            return false;
                        }
                        src = in.iter(srcs.next(), at);
                    }
                    return emit(src.next());
                case COMPRESS:
                    while (src.hasNext() && srcs.hasNext()) {
                        Object x = src.next();
                        if (in.truthy(srcs.next())) {
                            return emit(x);
                        }
                    }
                    return false;
                case DROPWHILE:
                    while (src.hasNext()) {
                        Object x = src.next();
                        if (started || !in.truthy(call(fn, x))) {
                            started = true;
                            return emit(x);
                        }
                    }
                    return false;
                case TAKEWHILE:
                    if (started || !src.hasNext()) {
                        return false;
                    }
                    Object t = src.next();
                    if (in.truthy(call(fn, t))) {
                        return emit(t);
                    }
                    started = true;
                    return false;
                case FILTERFALSE:
                    while (src.hasNext()) {
                        Object x = src.next();
                        if (!in.truthy(fn == Py.NONE ? x : call(fn, x))) {
                            return emit(x);
                        }
                    }
                    return false;
                case GROUPBY: {
                    // a group is collected when it is reached: the same items as CPython's lazy groupers
                    // unless the program reads an old group after moving on
                    if (!started) {
                        started = true;
                        if (!src.hasNext()) {
                            return false;
                        }
                        acc = src.next();
                    } else if (acc == NONE_LEFT) {
                        return false;
                    }
                    Object first = acc;
                    Object k = fn == Py.NONE ? first : call(fn, first);
                    ArrayList<Object> group = new ArrayList<>();
                    group.add(first);
                    acc = NONE_LEFT;
                    while (src.hasNext()) {
                        Object x = src.next();
                        Object kx = fn == Py.NONE ? x : call(fn, x);
                        if (!in.pyEquals(kx, k)) {
                            acc = x;
                            break;
                        }
                        group.add(x);
                    }
                    return emit(new PyTuple(new Object[] {k, new PyIter("_grouper", group.iterator())}));
                }
                case ISLICE:
                    while (stop < 0 || pos < stop) {
                        if (!src.hasNext()) {
                            return false;
                        }
                        Object x = src.next();
                        long p = pos++;
                        if (p == n) {
                            n += step;
                            return emit(x);
                        }
                    }
                    return false;
                case PAIRWISE: {
                    if (!started) {
                        started = true;
                        if (!src.hasNext()) {
                            return false;
                        }
                        acc = src.next();
                    }
                    if (!src.hasNext()) {
                        return false;
                    }
                    Object b = src.next();
                    Object a = acc;
                    acc = b;
                    return emit(new PyTuple(new Object[] {a, b}));
                }
                case STARMAP:
                    if (!src.hasNext()) {
                        return false;
                    }
                    return emit(in.call(fn, in.toList(src.next(), at).toArray(), Interp.NO_NAMES, Interp.NO_ARGS, at));
                case TEE:
                    if (savedAt < saved.size()) {
                        return emit(saved.get(savedAt++));
                    }
                    if (!src.hasNext()) {
                        return false;
                    }
                    saved.add(src.next());
                    return emit(saved.get(savedAt++));
                case ZIP_LONGEST: {
                    Object[] out = new Object[many.length];
                    boolean any = false;
                    for (int i = 0; i < many.length; i++) {
                        if (many[i] != null && many[i].hasNext()) {
                            out[i] = many[i].next();
                            any = true;
                        } else {
                            many[i] = null;
                            out[i] = acc;
                        }
                    }
                    return any && emit(new PyTuple(out));
                }
                case PRODUCT:
                    return product();
                case PERMUTATIONS:
                    return permutation();
                default:
                    return combination();
            }
        }

        private boolean product() {
            if (!started) {
                started = true;
                for (Object[] p : pools) {
                    if (p.length == 0) {
                        return false;
                    }
                }
            } else {
                int i = pools.length - 1;
                while (i >= 0 && ++idx[i] == pools[i].length) {
                    idx[i--] = 0;
                }
                if (i < 0) {
                    return false;
                }
            }
            Object[] out = new Object[pools.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = pools[i][idx[i]];
            }
            return emit(new PyTuple(out));
        }

        /** CPython's order: the cycles algorithm (lexicographic in the pool's positions). */
        private boolean permutation() {
            Object[] pool = pools[0];
            int len = pool.length;
            if (r > len) {
                return false;
            }
            if (started) {
                int i = r - 1;
                for (; i >= 0; i--) {
                    if (--cycles[i] == 0) {
                        int first = idx[i];
                        System.arraycopy(idx, i + 1, idx, i, len - i - 1);
                        idx[len - 1] = first;
                        cycles[i] = len - i;
                    } else {
                        int j = len - cycles[i];
                        int tmp = idx[i];
                        idx[i] = idx[j];
                        idx[j] = tmp;
                        break;
                    }
                }
                if (i < 0) {
                    return false;
                }
            }
            started = true;
            Object[] out = new Object[r];
            for (int i = 0; i < r; i++) {
                out[i] = pool[idx[i]];
            }
            return emit(new PyTuple(out));
        }

        private boolean combination() {
            Object[] pool = pools[0];
            int len = pool.length;
            boolean wr = kind == COMBINATIONS_WR;
            if (wr ? len == 0 && r > 0 : r > len) {
                return false;
            }
            if (started) {
                int i = r - 1;
                while (i >= 0 && idx[i] == (wr ? len - 1 : i + len - r)) {
                    i--;
                }
                if (i < 0) {
                    return false;
                }
                idx[i]++;
                for (int j = i + 1; j < r; j++) {
                    idx[j] = wr ? idx[i] : idx[j - 1] + 1;
                }
            }
            started = true;
            Object[] out = new Object[r];
            for (int i = 0; i < r; i++) {
                out[i] = pool[idx[i]];
            }
            return emit(new PyTuple(out));
        }
    }

    private static final Object NONE_LEFT = new Object();

    private static PyIter iter(It it) {
        return new PyIter(NAMES[it.kind == TEE ? TEE : it.kind], it);
    }

    private static long nonNeg(Interp in, Object o, String msg, Node at) {
        if (o == Py.NONE) {
            return -1;
        }
        if (!Interp.isIntLike(o) || Interp.toLong(o) < 0) {
            throw in.error("ValueError", msg, at);
        }
        return Interp.toLong(o);
    }

    private static Object[] pool(Interp in, Object o, Node at) {
        return in.toList(o, at).toArray();
    }

    @SuppressWarnings("unchecked")
    static Object call(int op, Interp in, Object[] a, String[] kn, Object[] kv, Node at) {
        It it = new It(op == FROM_ITERABLE ? CHAIN : op, in, at);
        String name = NAMES[op];
        switch (op) {
            case COUNT: {
                Builtins.onlyKw(in, name, kn, at, "start", "step");
                Builtins.count(in, name, a, 0, 2, at);
                Object start = a.length > 0 ? a[0] : Builtins.kw(kn, kv, "start");
                Object step = a.length > 1 ? a[1] : Builtins.kw(kn, kv, "step");
                it.acc = start == null ? (Object) 0L : start;
                it.fn = step == null ? (Object) 1L : step;
                if (!Interp.isNumber(it.acc) || !Interp.isNumber(it.fn)) {
                    throw in.error("TypeError", "a number is required", at);
                }
                return iter(it);
            }
            case CYCLE:
                Builtins.noKw(in, name, kn, at);
                Builtins.count(in, name, a, 1, 1, at);
                it.src = in.iter(a[0], at);
                it.saved = new ArrayList<>();
                return iter(it);
            case REPEAT: {
                Builtins.onlyKw(in, name, kn, at, "object", "times");
                Builtins.count(in, name, a, 0, 2, at);
                it.acc = a.length > 0 ? a[0] : Builtins.kw(kn, kv, "object");
                Object times = a.length > 1 ? a[1] : Builtins.kw(kn, kv, "times");
                if (it.acc == null) {
                    throw in.error("TypeError", "repeat() missing required argument 'object' (pos 1)", at);
                }
                it.n = times == null ? -1 : Math.max(0, Builtins.intArg(in, times, at));
                return iter(it);
            }
            case ACCUMULATE: {
                Builtins.onlyKw(in, name, kn, at, "iterable", "func", "initial");
                Builtins.count(in, name, a, 1, 2, at);
                it.src = in.iter(a[0], at);
                Object f = a.length > 1 ? a[1] : Builtins.kw(kn, kv, "func");
                it.fn = f == null ? Py.NONE : f;
                Object init = Builtins.kw(kn, kv, "initial");
                it.acc = init == Py.NONE ? null : init;
                return iter(it);
            }
            case CHAIN:
                Builtins.noKw(in, name, kn, at);
                it.srcs = java.util.Arrays.asList(a).iterator();
                return new PyIter("chain", it);
            case FROM_ITERABLE:
                Builtins.count(in, "from_iterable", a, 1, 1, at);
                it.srcs = in.iter(a[0], at);
                return new PyIter("chain", it);
            case COMPRESS:
                Builtins.count(in, name, a, 2, 2, at);
                it.src = in.iter(a[0], at);
                it.srcs = in.iter(a[1], at);
                return iter(it);
            case DROPWHILE:
            case TAKEWHILE:
            case FILTERFALSE:
            case STARMAP:
                Builtins.noKw(in, name, kn, at);
                Builtins.count(in, name, a, 2, 2, at);
                it.fn = a[0];
                it.src = in.iter(a[1], at);
                return iter(it);
            case GROUPBY: {
                Builtins.onlyKw(in, name, kn, at, "iterable", "key");
                Builtins.count(in, name, a, 0, 2, at);
                Object src = a.length > 0 ? a[0] : Builtins.kw(kn, kv, "iterable");
                Object key = a.length > 1 ? a[1] : Builtins.kw(kn, kv, "key");
                if (src == null) {
                    throw in.error("TypeError", "groupby() missing required argument 'iterable' (pos 1)", at);
                }
                it.src = in.iter(src, at);
                it.fn = key == null ? Py.NONE : key;
                return iter(it);
            }
            case ISLICE: {
                Builtins.noKw(in, name, kn, at);
                if (a.length < 2 || a.length > 4) {
                    throw in.error("TypeError", "islice expected " + (a.length < 2 ? "at least 2" : "at most 4") + " arguments, got " + a.length, at);
                }
                it.src = in.iter(a[0], at);
                if (a.length == 2) {
                    it.n = 0;
                    it.stop = nonNeg(in, a[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", at);
                    it.step = 1;
                } else {
                    String msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
                    it.n = Math.max(0, nonNeg(in, a[1], msg, at));
                    it.stop = nonNeg(in, a[2], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", at);
                    it.step = a.length > 3 ? nonNeg(in, a[3], "Step for islice() must be a positive integer or None.", at) : 1;
                    if (it.step == 0) {
                        throw in.error("ValueError", "Step for islice() must be a positive integer or None.", at);
                    }
                    it.step = Math.max(1, it.step);
                }
                return iter(it);
            }
            case PAIRWISE:
                Builtins.count(in, name, a, 1, 1, at);
                it.src = in.iter(a[0], at);
                return iter(it);
            case TEE: {
                Builtins.count(in, name, a, 1, 2, at);
                long k = a.length > 1 ? Builtins.intArg(in, a[1], at) : 2;
                if (k < 0) {
                    throw in.error("ValueError", "n must be >= 0", at);
                }
                Iterator<Object> src = in.iter(a[0], at);
                ArrayList<Object> buf = new ArrayList<>();
                Object[] out = new Object[(int) Math.min(k, 1000)];
                for (int i = 0; i < out.length; i++) {
                    It t = new It(TEE, in, at);
                    t.src = src;
                    t.saved = buf;
                    out[i] = iter(t);
                }
                return new PyTuple(out);
            }
            case ZIP_LONGEST: {
                Builtins.onlyKw(in, name, kn, at, "fillvalue");
                Object fill = Builtins.kw(kn, kv, "fillvalue");
                it.acc = fill == null ? Py.NONE : fill;
                it.many = new Iterator[a.length];
                for (int i = 0; i < a.length; i++) {
                    it.many[i] = in.iter(a[i], at);
                }
                return iter(it);
            }
            case PRODUCT: {
                Builtins.onlyKw(in, name, kn, at, "repeat");
                Object rep = Builtins.kw(kn, kv, "repeat");
                long times = rep == null ? 1 : Builtins.intArg(in, rep, at);
                if (times < 0) {
                    throw in.error("ValueError", "repeat argument cannot be negative", at);
                }
                Object[][] base = new Object[a.length][];
                for (int i = 0; i < a.length; i++) {
                    base[i] = pool(in, a[i], at);
                }
                in.checkSize((int) Math.min(Integer.MAX_VALUE, base.length * times), at);
                it.pools = new Object[(int) (base.length * times)][];
                for (int i = 0; i < it.pools.length; i++) {
                    it.pools[i] = base[i % base.length];
                }
                it.idx = new int[it.pools.length];
                return iter(it);
            }
            default: { // permutations, combinations, combinations_with_replacement
                Builtins.onlyKw(in, name, kn, at, "iterable", "r");
                Builtins.count(in, name, a, op == PERMUTATIONS ? 1 : 2, 2, at);
                Object[] pool = pool(in, a[0], at);
                Object rO = a.length > 1 ? a[1] : Builtins.kw(kn, kv, "r");
                long r = rO == null || rO == Py.NONE ? (op == PERMUTATIONS ? pool.length : -1) : Builtins.intArg(in, rO, at);
                if (r < 0) {
                    throw in.error(rO == null ? "TypeError" : "ValueError", rO == null
                            ? name + "() missing required argument 'r' (pos 2)" : "r must be non-negative", at);
                }
                it.pools = new Object[][] {pool};
                it.r = (int) Math.min(r, Integer.MAX_VALUE);
                in.checkSize(it.r, at);
                it.idx = new int[op == PERMUTATIONS ? pool.length : it.r > pool.length && op == COMBINATIONS ? 0 : it.r];
                for (int i = 0; i < it.idx.length; i++) {
                    it.idx[i] = op == COMBINATIONS_WR ? 0 : i;
                }
                if (op == PERMUTATIONS && it.r <= pool.length) {
                    it.cycles = new int[it.r];
                    for (int i = 0; i < it.r; i++) {
                        it.cycles[i] = pool.length - i;
                    }
                }
                return iter(it);
            }
        }
    }
}
