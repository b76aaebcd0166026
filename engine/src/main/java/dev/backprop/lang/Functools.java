package dev.backprop.lang;

import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.*;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;

/**
 * functools' native half (reduce, partial, lru_cache, cache; cmp_to_key and wraps are Python, see
 * {@link Preludes}), the operator module and the string module's constants. Functions are {@link Builtins.Op}s
 * numbered from {@link Builtins#FUNCTOOLS}; callables made at run time (a partial, a cached function, an
 * itemgetter) are Ops carrying what they wrap.
 */
final class Functools {
    private Functools() {
    }

    private static final int REDUCE = 0;
    private static final int PARTIAL = 1;
    private static final int PARTIAL_CALL = 2;   // x: the function, y: {args, keyword names, keyword values}
    private static final int LRU_CACHE = 3;
    private static final int CACHE = 4;          // the decorator: cache(f), lru_cache(maxsize)(f)
    private static final int CACHED_CALL = 5;    // x: the function, y: its cache (a dict)
    private static final int BINOP = 6;          // x: Ast's binary operator
    private static final int COMPARE = 7;        // x: Ast's comparison
    private static final int UNARY = 8;          // x: Ast's unary operator
    private static final int TRUTH = 9;
    private static final int GETITEM = 10;
    private static final int ITEMGETTER = 11;
    private static final int ITEMGETTER_CALL = 12; // x: the keys
    private static final int ATTRGETTER = 13;
    private static final int ATTRGETTER_CALL = 14; // x: the names
    private static final int METHODCALLER = 15;
    private static final int METHODCALLER_CALL = 16; // x: the name, y: {args, keyword names, keyword values}
    private static final int INDEX = 17;
    private static final int SETITEM = 18;
    static final int NAMEDTUPLE = 19;           // x: the collections module

    private static PyBuiltin fn(String name, int op, Object x, Object y) {
        return new PyBuiltin(name, new Builtins.Op(Builtins.FUNCTOOLS + op, x, y));
    }

    static PyModule functools(Interp in) {
        PyModule m = new PyModule("functools");
        m.attrs.put("reduce", fn("reduce", REDUCE, null, null));
        m.attrs.put("partial", new PyType("partial", null, new Builtins.Op(Builtins.FUNCTOOLS + PARTIAL)));
        m.attrs.put("lru_cache", fn("lru_cache", LRU_CACHE, null, null));
        m.attrs.put("cache", fn("cache", CACHE, null, null));
        Preludes.runFile(in, Preludes.FUNCTOOLS, m);
        return m;
    }

    private static final String[] BINOPS = {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul",
        "lshift", "rshift", "and_", "or_", "xor"};
    private static final String[] COMPARES = {"lt", "gt", "eq", "ne", "le", "ge"};

    static PyModule operator() {
        PyModule m = new PyModule("operator");
        for (int i = 0; i < BINOPS.length; i++) {
            m.attrs.put(BINOPS[i], fn(BINOPS[i], BINOP, i, null));
            String d = "__" + BINOPS[i].replace("_", "") + "__";
            m.attrs.put(d, m.attrs.get(BINOPS[i]));
        }
        m.attrs.put("concat", fn("concat", BINOP, Ast.ADD, null));
        for (int i = 0; i < COMPARES.length; i++) {
            m.attrs.put(COMPARES[i], fn(COMPARES[i], COMPARE, i, null));
        }
        m.attrs.put("contains", fn("contains", COMPARE, Ast.IN, null));
        m.attrs.put("is_", fn("is_", COMPARE, Ast.IS, null));
        m.attrs.put("is_not", fn("is_not", COMPARE, Ast.ISNOT, null));
        m.attrs.put("neg", fn("neg", UNARY, Ast.NEG, null));
        m.attrs.put("pos", fn("pos", UNARY, Ast.POS, null));
        m.attrs.put("not_", fn("not_", UNARY, Ast.NOT, null));
        m.attrs.put("invert", fn("invert", UNARY, Ast.INV, null));
        m.attrs.put("truth", fn("truth", TRUTH, null, null));
        m.attrs.put("getitem", fn("getitem", GETITEM, null, null));
        m.attrs.put("setitem", fn("setitem", SETITEM, null, null));
        m.attrs.put("index", fn("index", INDEX, null, null));
        m.attrs.put("itemgetter", new PyType("itemgetter", null, new Builtins.Op(Builtins.FUNCTOOLS + ITEMGETTER)));
        m.attrs.put("attrgetter", new PyType("attrgetter", null, new Builtins.Op(Builtins.FUNCTOOLS + ATTRGETTER)));
        m.attrs.put("methodcaller", new PyType("methodcaller", null, new Builtins.Op(Builtins.FUNCTOOLS + METHODCALLER)));
        return m;
    }

    static PyModule string() {
        PyModule m = new PyModule("string");
        String lower = "abcdefghijklmnopqrstuvwxyz";
        String upper = lower.toUpperCase();
        m.attrs.put("ascii_lowercase", lower);
        m.attrs.put("ascii_uppercase", upper);
        m.attrs.put("ascii_letters", lower + upper);
        m.attrs.put("digits", "0123456789");
        m.attrs.put("hexdigits", "0123456789abcdefABCDEF");
        m.attrs.put("octdigits", "01234567");
        m.attrs.put("punctuation", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
        m.attrs.put("whitespace", " \t\n\r\u000b\u000c");
        m.attrs.put("printable", "0123456789" + lower + upper + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" + " \t\n\r\u000b\u000c");
        m.attrs.put("capwords", new PyBuiltin("capwords", (in, a, kn, kv, at) -> { // (sep or ' ').join(map(str.capitalize, s.split(sep)))
            Builtins.onlyKw(in, "capwords", kn, at, "sep");
            Builtins.count(in, "capwords", a, 1, 2, at);
            Object sep = a.length > 1 ? a[1] : Builtins.kw(kn, kv, "sep");
            sep = sep == null ? Py.NONE : sep;
            if (!(a[0] instanceof String)) {
                throw in.error("AttributeError", "'" + in.typeName(a[0]) + "' object has no attribute 'split'", at);
            }
            PyList parts = (PyList) Methods.str(in, (String) a[0], "split", new Object[] {sep}, Interp.NO_NAMES, Interp.NO_ARGS, at);
            PyList caps = new PyList();
            for (Object w : parts.items) {
                caps.items.add(Methods.str(in, (String) w, "capitalize", Interp.NO_ARGS, Interp.NO_NAMES, Interp.NO_ARGS, at));
            }
            String j = sep == Py.NONE || !in.truthy(sep) ? " " : in.str(sep);
            return Methods.str(in, j, "join", new Object[] {caps}, Interp.NO_NAMES, Interp.NO_ARGS, at);
        }));
        return m;
    }

    private static String nameOf(Object f) {
        return f instanceof PyFunc ? ((PyFunc) f).name : f instanceof PyBuiltin ? ((PyBuiltin) f).name : "function";
    }

    static Object call(int op, Object x, Object y, Interp in, Object[] a, String[] kn, Object[] kv, Node at) {
        switch (op) {
            case REDUCE: {
                Builtins.noKw(in, "reduce", kn, at);
                if (a.length < 2 || a.length > 3) {
                    throw in.error("TypeError", "reduce expected " + (a.length < 2 ? "at least 2" : "at most 3") + " arguments, got " + a.length, at);
                }
                Iterator<Object> it = in.iter(a[1], at);
                Object acc;
                if (a.length > 2) {
                    acc = a[2];
                } else if (it.hasNext()) {
                    acc = it.next();
                } else {
                    throw in.error("TypeError", "reduce() of empty iterable with no initial value", at);
                }
                while (it.hasNext()) {
                    in.step(at);
                    acc = in.call(a[0], new Object[] {acc, it.next()}, Interp.NO_NAMES, Interp.NO_ARGS, at);
                }
                return acc;
            }
            case PARTIAL: {
                if (a.length == 0) {
                    throw in.error("TypeError", "type 'partial' takes at least one argument", at);
                }
                if (!callable(a[0])) {
                    throw in.error("TypeError", "the first argument must be callable", at);
                }
                return fn(nameOf(a[0]), PARTIAL_CALL, a[0], new Object[] {Arrays.copyOfRange(a, 1, a.length), kn, kv});
            }
            case PARTIAL_CALL:
            case METHODCALLER_CALL: {
                Object[] bound = (Object[]) y;
                Object[] ba = (Object[]) bound[0];
                String[] bn = (String[]) bound[1];
                Object[] bv = (Object[]) bound[2];
                Object[] args = new Object[ba.length + a.length];
                System.arraycopy(ba, 0, args, 0, ba.length);
                System.arraycopy(a, 0, args, ba.length, a.length);
                ArrayList<String> names = new ArrayList<>(Arrays.asList(bn));
                ArrayList<Object> vals = new ArrayList<>(Arrays.asList(bv));
                for (int i = 0; i < kn.length; i++) {
                    int k = names.indexOf(kn[i]);
                    if (k >= 0) {
                        vals.set(k, kv[i]);
                    } else {
                        names.add(kn[i]);
                        vals.add(kv[i]);
                    }
                }
                if (op == METHODCALLER_CALL) {
                    Builtins.count(in, "methodcaller", a, 1, 1, at);
                    return in.callMethod(a[0], (String) x, ba, bn, bv, at);
                }
                return in.call(x, args, names.toArray(new String[0]), vals.toArray(), at);
            }
            case LRU_CACHE: {
                Builtins.onlyKw(in, "lru_cache", kn, at, "maxsize", "typed");
                Builtins.count(in, "lru_cache", a, 0, 2, at);
                if (a.length > 0 && callable(a[0])) {
                    return cached(a[0]);
                }
                Object max = a.length > 0 ? a[0] : Builtins.kw(kn, kv, "maxsize");
                if (max != null && max != Py.NONE && !Interp.isIntLike(max)) {
                    throw in.error("TypeError", "Expected first argument to be an integer, a callable, or None", at);
                }
                return fn("decorating_function", CACHE, null, null);
            }
            case CACHE:
                Builtins.noKw(in, "cache", kn, at);
                Builtins.count(in, "cache", a, 1, 1, at);
                return cached(a[0]);
            case CACHED_CALL: {
                Object[] key = new Object[a.length + 2 * kn.length];
                System.arraycopy(a, 0, key, 0, a.length);
                for (int i = 0; i < kn.length; i++) {
                    key[a.length + 2 * i] = kn[i];
                    key[a.length + 2 * i + 1] = kv[i];
                }
                PyTuple k = new PyTuple(key);
                PyDict cache = (PyDict) y;
                Object[] e = cache.map.get(in.hashKey(k, at));
                if (e != null) {
                    return e[1];
                }
                Object r = in.call(x, a, kn, kv, at);
                in.dictPut(cache, k, r, at);
                return r;
            }
            case BINOP:
                Builtins.count(in, BINOPS[(Integer) x], a, 2, 2, at);
                return in.binop((Integer) x, a[0], a[1], at);
            case COMPARE: {
                Builtins.count(in, "compare", a, 2, 2, at);
                int c = (Integer) x;
                return c == Ast.IN ? in.compare(c, a[1], a[0], at) : in.compare(c, a[0], a[1], at);
            }
            case UNARY:
                Builtins.count(in, "unary", a, 1, 1, at);
                return (Integer) x == Ast.NOT ? (Object) !in.truthy(a[0]) : in.unary((Integer) x, a[0], at);
            case TRUTH:
                Builtins.count(in, "truth", a, 1, 1, at);
                return in.truthy(a[0]);
            case GETITEM:
                Builtins.count(in, "getitem", a, 2, 2, at);
                return in.getitem(a[0], a[1], at);
            case NAMEDTUPLE:
                return Preludes.namedtuple(in, (PyModule) x, a, kn, kv, at);
            case SETITEM:
                Builtins.count(in, "setitem", a, 3, 3, at);
                Attrs.setitem(in, a[0], a[1], a[2], at);
                return Py.NONE;
            case INDEX:
                Builtins.count(in, "index", a, 1, 1, at);
                return Builtins.intArg(in, a[0], at);
            case ITEMGETTER:
            case ATTRGETTER: {
                Builtins.noKw(in, op == ITEMGETTER ? "itemgetter" : "attrgetter", kn, at);
                if (a.length == 0) {
                    throw in.error("TypeError", (op == ITEMGETTER ? "itemgetter" : "attrgetter") + " expected 1 argument, got 0", at);
                }
                if (op == ATTRGETTER) {
                    for (Object o : a) {
                        if (!(o instanceof String)) {
                            throw in.error("TypeError", "attribute name must be a string", at);
                        }
                    }
                }
                return fn(op == ITEMGETTER ? "itemgetter" : "attrgetter", op + 1, a, null);
            }
            case ITEMGETTER_CALL:
            case ATTRGETTER_CALL: {
                Builtins.count(in, op == ITEMGETTER_CALL ? "itemgetter" : "attrgetter", a, 1, 1, at);
                Object[] keys = (Object[]) x;
                Object[] out = new Object[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    if (op == ITEMGETTER_CALL) {
                        out[i] = in.getitem(a[0], keys[i], at);
                    } else {
                        Object o = a[0];
                        String path = (String) keys[i];
                        for (int b = 0, e; b <= path.length(); b = e + 1) { // dotted names: attrgetter('a.b')
                            e = path.indexOf('.', b) < 0 ? path.length() : path.indexOf('.', b);
                            o = in.getattr(o, path.substring(b, e), at);
                        }
                        out[i] = o;
                    }
                }
                return keys.length == 1 ? out[0] : new PyTuple(out);
            }
            default: { // METHODCALLER
                if (a.length == 0 || !(a[0] instanceof String)) {
                    throw in.error("TypeError", a.length == 0 ? "methodcaller needs at least one argument, the method name"
                            : "method name must be a string", at);
                }
                return fn("methodcaller", METHODCALLER_CALL, a[0], new Object[] {Arrays.copyOfRange(a, 1, a.length), kn, kv});
            }
        }
    }

    private static PyBuiltin cached(Object f) {
        return fn(nameOf(f), CACHED_CALL, f, new PyDict());
    }

    private static boolean callable(Object x) {
        return x instanceof PyFunc || x instanceof PyBuiltin || x instanceof PyClass || x instanceof PyBound
                || x instanceof PyObj && ((PyObj) x).cls.lookup("__call__") != null;
    }
}
