package dev.backprop.lang;

import dev.backprop.py.Chars;
import dev.backprop.engine.Value;
import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.*;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Methods of built-in types (str, list, dict, set, tuple) and of Value. */
final class Methods {
    private Methods() {
    }

    // the methods each type offers (dir() lists them); the int constants are their indices, which the
    // methods' switches use: TeaVM turns a switch on strings into much more script than one on ints
    private static final List<String> STR = Arrays.asList("join", "split", "strip", "lstrip", "rstrip", "upper", "lower",
            "replace", "startswith", "endswith", "format", "find", "index", "count", "isdigit", "isalpha", "isalnum",
            "isspace", "isupper", "islower", "title", "capitalize", "center", "ljust", "rjust", "zfill", "splitlines", "rfind",
            "rsplit", "partition", "rpartition", "swapcase", "removeprefix", "removesuffix", "rindex", "casefold",
            "isdecimal", "isnumeric", "istitle", "isidentifier", "isascii", "isprintable", "expandtabs", "maketrans",
            "translate", "format_map", "encode");
    private static final int STR_JOIN = 0;
    private static final int STR_SPLIT = 1;
    private static final int STR_STRIP = 2;
    private static final int STR_LSTRIP = 3;
    private static final int STR_RSTRIP = 4;
    private static final int STR_UPPER = 5;
    private static final int STR_LOWER = 6;
    private static final int STR_REPLACE = 7;
    private static final int STR_STARTSWITH = 8;
    private static final int STR_ENDSWITH = 9;
    private static final int STR_FIND = 11;
    private static final int STR_INDEX = 12;
    private static final int STR_COUNT = 13;
    private static final int STR_ISDIGIT = 14;
    private static final int STR_ISALPHA = 15;
    private static final int STR_ISALNUM = 16;
    private static final int STR_ISSPACE = 17;
    private static final int STR_ISUPPER = 18;
    private static final int STR_ISLOWER = 19;
    private static final int STR_TITLE = 20;
    private static final int STR_CAPITALIZE = 21;
    private static final int STR_CENTER = 22;
    private static final int STR_LJUST = 23;
    private static final int STR_RJUST = 24;
    private static final int STR_ZFILL = 25;
    private static final int STR_SPLITLINES = 26;
    private static final int STR_RFIND = 27;
    private static final int STR_RSPLIT = 28;
    private static final int STR_PARTITION = 29;
    private static final int STR_RPARTITION = 30;
    private static final int STR_SWAPCASE = 31;
    private static final int STR_REMOVEPREFIX = 32;
    private static final int STR_REMOVESUFFIX = 33;
    private static final int STR_RINDEX = 34;
    private static final int STR_CASEFOLD = 35;
    private static final int STR_ISDECIMAL = 36;
    private static final int STR_ISNUMERIC = 37;
    private static final int STR_ISTITLE = 38;
    private static final int STR_ISIDENTIFIER = 39;
    private static final int STR_ISASCII = 40;
    private static final int STR_ISPRINTABLE = 41;
    private static final int STR_EXPANDTABS = 42;
    private static final int STR_MAKETRANS = 43;
    private static final int STR_TRANSLATE = 44;
    private static final int STR_FORMAT_MAP = 45;
    private static final int STR_ENCODE = 46;
    private static final List<String> LIST = Arrays.asList("append", "extend", "pop", "insert", "remove", "index", "count",
            "reverse", "sort", "copy", "clear");
    private static final int L_APPEND = 0;
    private static final int L_EXTEND = 1;
    private static final int L_POP = 2;
    private static final int L_INSERT = 3;
    private static final int L_REMOVE = 4;
    private static final int L_INDEX = 5;
    private static final int L_COUNT = 6;
    private static final int L_REVERSE = 7;
    private static final int L_SORT = 8;
    private static final int L_COPY = 9;
    private static final List<String> DICT = Arrays.asList("keys", "values", "items", "get", "pop", "setdefault", "update",
            "copy", "clear", "popitem", "fromkeys");
    private static final int D_KEYS = 0;
    private static final int D_VALUES = 1;
    private static final int D_ITEMS = 2;
    private static final int D_GET = 3;
    private static final int D_POP = 4;
    private static final int D_SETDEFAULT = 5;
    private static final int D_UPDATE = 6;
    private static final int D_COPY = 7;
    private static final int D_POPITEM = 9;
    private static final int D_FROMKEYS = 10;
    private static final List<String> SET = Arrays.asList("add", "remove", "discard", "pop", "update", "union",
            "intersection", "difference", "copy", "clear", "issubset", "issuperset", "isdisjoint", "symmetric_difference",
            "intersection_update", "difference_update", "symmetric_difference_update");
    private static final int S_ADD = 0;
    private static final int S_REMOVE = 1;
    private static final int S_DISCARD = 2;
    private static final int S_POP = 3;
    private static final int S_UPDATE = 4;
    private static final int S_UNION = 5;
    private static final int S_INTERSECTION = 6;
    private static final int S_DIFFERENCE = 7;
    private static final int S_COPY = 8;
    private static final int S_ISSUBSET = 10;
    private static final int S_ISSUPERSET = 11;
    private static final int S_ISDISJOINT = 12;
    private static final int S_SYMMETRIC_DIFFERENCE = 13;
    private static final int S_INTERSECTION_UPDATE = 14;
    private static final int S_DIFFERENCE_UPDATE = 15;
    private static final int S_SYMMETRIC_DIFFERENCE_UPDATE = 16;
    private static final List<String> INT = Arrays.asList("bit_length", "bit_count", "conjugate", "as_integer_ratio");
    private static final List<String> CHAIN = List.of("from_iterable"); // itertools.chain.from_iterable
    private static final List<String> FLOAT = Arrays.asList("is_integer", "conjugate", "as_integer_ratio");
    private static final List<String> TUPLE = Arrays.asList("index", "count");
    private static final List<String> VALUE = Arrays.asList("backward", "_backward", "tanh", "exp", "log", "relu",
            "sigmoid", "__add__", "__radd__", "__mul__", "__rmul__", "__sub__", "__rsub__", "__truediv__", "__rtruediv__",
            "__neg__", "__pow__", "__repr__");
    private static final int V_BACKWARD = 0;
    private static final int V__BACKWARD = 1;
    private static final int V_TANH = 2;
    private static final int V_EXP = 3;
    private static final int V_LOG = 4;
    private static final int V_RELU = 5;
    private static final int V_SIGMOID = 6;
    private static final int V___ADD__ = 7;
    private static final int V___RADD__ = 8;
    private static final int V___MUL__ = 9;
    private static final int V___RMUL__ = 10;
    private static final int V___SUB__ = 11;
    private static final int V___RSUB__ = 12;
    private static final int V___TRUEDIV__ = 13;
    private static final int V___RTRUEDIV__ = 14;
    private static final int V___NEG__ = 15;
    private static final int V___REPR__ = 17;

    /** The methods of a built-in type by its name (str.lower, dict.fromkeys, int.bit_length as plain functions). */
    private static List<String> ofType(String t) {
        switch (t) {
            case "str": return STR;
            case "list": return LIST;
            case "dict": return DICT;
            case "set":
            case "frozenset": return SET;
            case "tuple": return TUPLE;
            case "int":
            case "bool": return INT;
            case "float": return FLOAT;
            case "chain": return CHAIN;
            default: return List.of();
        }
    }

    static List<String> names(Object o) {
        if (o instanceof PyType) {
            return ofType(((PyType) o).name);
        }
        if (o instanceof Long || o instanceof Boolean) {
            return INT;
        }
        if (o instanceof Double) {
            return FLOAT;
        }
        if (o instanceof String) {
            return STR;
        }
        if (o instanceof PyList) {
            return LIST;
        }
        if (o instanceof PyDict) {
            return DICT;
        }
        if (o instanceof PySet) {
            return SET;
        }
        if (o instanceof PyTuple) {
            return TUPLE;
        }
        return List.of();
    }

    static boolean has(Object o, String name) {
        if (o instanceof PyType || o instanceof Long || o instanceof Boolean || o instanceof Double) {
            return names(o).contains(name);
        }
        if (o instanceof BigInt) {
            return INT.contains(name);
        }
        if (o instanceof String) {
            return STR.contains(name);
        }
        if (o instanceof PyList) {
            return LIST.contains(name);
        }
        if (o instanceof PyDict) {
            return DICT.contains(name);
        }
        if (o instanceof PySet) {
            return SET.contains(name);
        }
        if (o instanceof PyTuple) {
            return TUPLE.contains(name);
        }
        if (o instanceof Value) {
            return VALUE.contains(name);
        }
        if (Gen.of(o) != null) {
            return Gen.has(name);
        }
        return false;
    }

    static void nargs(Interp in, String name, Object[] a, String[] kn, int min, int max, Node at) {
        if (kn.length > 0) {
            throw in.error("TypeError", name + "() takes no keyword arguments", at);
        }
        if (a.length < min || a.length > max) {
            String exp = min == max ? (min == 0 ? "no arguments" : "exactly " + min + " argument" + (min == 1 ? "" : "s"))
                    : a.length < min ? "at least " + min + " argument" + (min == 1 ? "" : "s") : "at most " + max + " argument" + (max == 1 ? "" : "s");
            throw in.error("TypeError", name + "() takes " + exp + " (" + a.length + " given)", at);
        }
    }

    static Object value(Interp in, Value v, String name, Object[] a, String[] kn, Object[] kv, Node at) {
        int which = VALUE.indexOf(name);
        if (which < 0) {
            return in.call(in.getattr(v, name, at), a, kn, kv, at);
        }
        switch (which) {
            case V_BACKWARD: {
                nargs(in, name, a, kn, 0, 0, at);
                List<Value> topo = v.topo();
                in.steps += topo.size();
                in.step(at);
                v.setGrad(1.0);
                for (int i = topo.size() - 1; i >= 0; i--) {
                    in.lecture.backwardStep(topo.get(i), at); // a user's replaced _backward runs in its place
                }
                for (Value n : topo) {
                    int k = n.id() - in.base;
                    if (k > 0) {
                        in.intGrad = Interp.flag(in.intGrad, k, false);
                    }
                }
                return Py.NONE;
            }
            case V__BACKWARD: {
                nargs(in, name, a, kn, 0, 0, at);
                in.lecture.backwardStep(v, at);
                for (Value c : v.children()) {
                    int k = c.id() - in.base;
                    if (k > 0) {
                        in.intGrad = Interp.flag(in.intGrad, k, false);
                    }
                }
                return Py.NONE;
            }
            case V_TANH:
            case V_EXP:
            case V_LOG:
            case V_RELU:
            case V_SIGMOID:
                nargs(in, name, a, kn, 0, 0, at);
                return in.vunary(v, name, at);
            case V___NEG__:
                nargs(in, name, a, kn, 0, 0, at);
                return in.unary(Ast.NEG, v, at);
            case V___REPR__:
                nargs(in, name, a, kn, 0, 0, at);
                return in.repr(v);
            default: {
                nargs(in, name, a, kn, 1, 1, at);
                switch (which) {
                    case V___ADD__: return in.binop(Ast.ADD, v, a[0], at);
                    case V___RADD__: return in.binop(Ast.ADD, a[0], v, at);
                    case V___MUL__: return in.binop(Ast.MUL, v, a[0], at);
                    case V___RMUL__: return in.binop(Ast.MUL, a[0], v, at);
                    case V___SUB__: return in.binop(Ast.SUB, v, a[0], at);
                    case V___RSUB__: return in.binop(Ast.SUB, a[0], v, at);
                    case V___TRUEDIV__: return in.binop(Ast.DIV, v, a[0], at);
                    case V___RTRUEDIV__: return in.binop(Ast.DIV, a[0], v, at);
                    default: return in.binop(Ast.POW, v, a[0], at);
                }
            }
        }
    }

    static Object kw(String[] kn, Object[] kv, String name) {
        for (int i = 0; i < kn.length; i++) {
            if (kn[i].equals(name)) {
                return kv[i];
            }
        }
        return null;
    }

    static Object call(Interp in, Object self, String name, Object[] a, String[] kn, Object[] kv, Node at) {
        Gen g = Gen.of(self);
        if (g != null) {
            nargs(in, name, a, kn, 0, 3, at);
            return Gen.method(in, g, name, a, at);
        }
        if (self instanceof PyType) {
            return unbound(in, (PyType) self, name, a, kn, kv, at);
        }
        if (self instanceof Long || self instanceof Boolean || self instanceof Double || self instanceof BigInt) {
            return number(in, self, name, a, kn, at);
        }
        if (self instanceof String) {
            return str(in, (String) self, name, a, kn, kv, at);
        }
        if (self instanceof PyList) {
            return list(in, (PyList) self, name, a, kn, kv, at);
        }
        if (self instanceof PyDict) {
            Object r = dict(in, (PyDict) self, name, a, kn, kv, at);
            ((PyDict) self).sync(); // an object's __dict__ changed by update(), pop(), ...
            return r;
        }
        if (self instanceof PySet) {
            return set(in, (PySet) self, name, a, kn, kv, at);
        }
        if (self instanceof PyTuple) {
            List<Object> items = Arrays.asList(((PyTuple) self).items);
            return seqIndexCount(in, "tuple", items, name, a, kn, at);
        }
        return value(in, (Value) self, name, a, kn, kv, at);
    }

    /** A method looked up on its type: str.lower(s), dict.fromkeys(...), int.bit_length(n). */
    private static Object unbound(Interp in, PyType t, String name, Object[] a, String[] kn, Object[] kv, Node at) {
        if (name.equals("fromkeys") && t.name.equals("dict")) {
            nargs(in, name, a, kn, 1, 2, at);
            PyDict d = new PyDict();
            for (Object k : in.toList(a[0], at)) {
                in.dictPut(d, k, a.length > 1 ? a[1] : Py.NONE, at);
            }
            return d;
        }
        if (t.name.equals("chain")) {
            return Itertools.call(Itertools.FROM_ITERABLE, in, a, kn, kv, at);
        }
        if (name.equals("maketrans") && t.name.equals("str")) {
            return maketrans(in, a, kn, at);
        }
        if (a.length == 0) {
            throw in.error("TypeError", "unbound method " + t.name + "." + name + "() needs an argument", at);
        }
        Object self = a[0];
        boolean ok = false;
        for (PyType k = self instanceof PyObj ? null : (PyType) in.builtins.get(in.typeName(self)); k != null; k = k.base) {
            ok |= k == t;
        }
        if (!ok) {
            throw in.error("TypeError", "descriptor '" + name + "' for '" + t.name + "' objects doesn't apply to a '"
                    + in.typeName(self) + "' object", at);
        }
        return call(in, self, name, Arrays.copyOfRange(a, 1, a.length), kn, kv, at);
    }

    private static Object number(Interp in, Object self, String name, Object[] a, String[] kn, Node at) {
        nargs(in, name, a, kn, 0, 0, at);
        if (self instanceof Double) {
            double d = (Double) self;
            if (name.equals("is_integer")) {
                return !Double.isInfinite(d) && d == Math.floor(d);
            }
            if (name.equals("conjugate")) {
                return self;
            }
            if (Double.isNaN(d)) {
                throw in.error("ValueError", "cannot convert NaN to integer ratio", at);
            }
            if (Double.isInfinite(d)) {
                throw in.error("OverflowError", "cannot convert Infinity to integer ratio", at);
            }
            // d = mant * 2^e exactly; the ratio in lowest terms has a power of two below
            long bits = Double.doubleToRawLongBits(d);
            int biased = (int) ((bits >>> 52) & 0x7ff);
            long mant = bits & 0xfffffffffffffL;
            if (biased == 0) {
                biased = 1;
            } else {
                mant |= 1L << 52;
            }
            if (mant == 0) {
                return new PyTuple(new Object[] {0L, 1L});
            }
            int e = biased - 1075;
            int tz = Long.numberOfTrailingZeros(mant);
            mant >>>= tz;
            e += tz;
            BigInt num = BigInt.of(d < 0 ? -mant : mant);
            if (e >= 0) {
                return new PyTuple(new Object[] {Ints.norm(num.shiftLeft(e)), 1L});
            }
            return new PyTuple(new Object[] {Ints.norm(num), Ints.norm(BigInt.ONE.shiftLeft(-e))});
        }
        if (self instanceof BigInt) {
            BigInt b = (BigInt) self;
            if (name.equals("bit_length")) {
                return (long) b.magBitLength(); // of |b|, as CPython
            }
            if (name.equals("bit_count")) {
                long n = 0;
                for (int w : b.words()) {
                    n += Integer.bitCount(w);
                }
                return n;
            }
            return name.equals("conjugate") ? self : new PyTuple(new Object[] {self, 1L});
        }
        long v = Interp.toLong(self);
        if (name.equals("bit_length")) {
            return (long) (64 - Long.numberOfLeadingZeros(v == Long.MIN_VALUE ? v : Math.abs(v)));
        }
        if (name.equals("bit_count")) {
            return (long) Long.bitCount(v == Long.MIN_VALUE ? v : Math.abs(v));
        }
        if (name.equals("conjugate")) {
            return v;
        }
        return new PyTuple(new Object[] {v, 1L});
    }

    private static Object seqIndexCount(Interp in, String type, List<Object> items, String name, Object[] a, String[] kn, Node at) {
        if (name.equals("count")) {
            nargs(in, name, a, kn, 1, 1, at);
            long c = 0;
            for (Object o : items) {
                if (in.pyEquals(o, a[0])) {
                    c++;
                }
            }
            return c;
        }
        nargs(in, name, a, kn, 1, 3, at);
        int start = a.length > 1 ? (int) clampIndex(Attrs.index(in, a[1], "slice", at), items.size()) : 0;
        int end = a.length > 2 ? (int) clampIndex(Attrs.index(in, a[2], "slice", at), items.size()) : items.size();
        for (int i = start; i < end; i++) {
            if (in.pyEquals(items.get(i), a[0])) {
                return (long) i;
            }
        }
        throw in.error("ValueError", type.equals("list") ? in.repr(a[0]) + " is not in list" : "tuple.index(x): x not in tuple", at);
    }

    private static long clampIndex(long i, int len) {
        if (i < 0) {
            i += len;
        }
        return Math.max(0, Math.min(i, len));
    }

    static Object list(Interp in, PyList self, String name, Object[] a, String[] kn, Object[] kv, Node at) {
        int which = LIST.indexOf(name);
        ArrayList<Object> l = self.items;
        switch (which) {
            case L_APPEND:
                nargs(in, name, a, kn, 1, 1, at);
                l.add(a[0]);
                if ((l.size() & 1023) == 0) {
                    in.checkSize(l.size(), at);
                }
                return Py.NONE;
            case L_EXTEND:
                nargs(in, name, a, kn, 1, 1, at);
                l.addAll(in.toList(a[0], at));
                return Py.NONE;
            case L_POP: {
                nargs(in, name, a, kn, 0, 1, at);
                if (l.isEmpty()) {
                    throw in.error("IndexError", "pop from empty list", at);
                }
                long i = a.length == 0 ? l.size() - 1 : Attrs.index(in, a[0], "list", at);
                if (i < 0) {
                    i += l.size();
                }
                if (i < 0 || i >= l.size()) {
                    throw in.error("IndexError", "pop index out of range", at);
                }
                return l.remove((int) i);
            }
            case L_INSERT: {
                nargs(in, name, a, kn, 2, 2, at);
                long i = Attrs.index(in, a[0], "list", at);
                l.add((int) clampIndex(i, l.size()), a[1]);
                return Py.NONE;
            }
            case L_REMOVE:
                nargs(in, name, a, kn, 1, 1, at);
                for (int i = 0; i < l.size(); i++) {
                    if (in.pyEquals(l.get(i), a[0])) {
                        l.remove(i);
                        return Py.NONE;
                    }
                }
                throw in.error("ValueError", "list.remove(x): x not in list", at);
            case L_INDEX:
            case L_COUNT:
                return seqIndexCount(in, "list", l, name, a, kn, at);
            case L_REVERSE:
                nargs(in, "list." + name, a, kn, 0, 0, at);
                java.util.Collections.reverse(l);
                return Py.NONE;
            case L_SORT: {
                if (a.length > 0) {
                    throw in.error("TypeError", "sort() takes no positional arguments", at);
                }
                Object key = kw(kn, kv, "key");
                Object rev = kw(kn, kv, "reverse");
                ArrayList<Object> sorted = Builtins.sort(in, l, key == null ? Py.NONE : key, rev != null && in.truthy(rev), at);
                l.clear();
                l.addAll(sorted);
                return Py.NONE;
            }
            case L_COPY:
                nargs(in, "list." + name, a, kn, 0, 0, at);
                return new PyList(new ArrayList<>(l));
            default:
                nargs(in, "list." + name, a, kn, 0, 0, at);
                l.clear();
                return Py.NONE;
        }
    }

    static Object dict(Interp in, PyDict d, String name, Object[] a, String[] kn, Object[] kv, Node at) {
        int which = DICT.indexOf(name);
        switch (which) {
            case D_KEYS:
            case D_VALUES:
            case D_ITEMS: {
                nargs(in, "dict." + name, a, kn, 0, 0, at);
                return new PyView("dict_" + name, d);
            }
            case D_GET: {
                nargs(in, name, a, kn, 1, 2, at);
                Object[] e = d.map.get(in.hashKey(a[0], at));
                return e != null ? e[1] : a.length > 1 ? a[1] : Py.NONE;
            }
            case D_POP: {
                nargs(in, name, a, kn, 1, 2, at);
                Object[] e = d.map.remove(in.hashKey(a[0], at));
                if (e == null) {
                    if (a.length > 1) {
                        return a[1];
                    }
                    throw in.keyError(a[0], at);
                }
                return e[1];
            }
            case D_SETDEFAULT: {
                nargs(in, name, a, kn, 1, 2, at);
                Object[] e = d.map.get(in.hashKey(a[0], at));
                if (e != null) {
                    return e[1];
                }
                Object v = a.length > 1 ? a[1] : Py.NONE;
                in.dictPut(d, a[0], v, at);
                return v;
            }
            case D_UPDATE: {
                if (a.length > 1) {
                    throw in.error("TypeError", "update expected at most 1 argument, got " + a.length, at);
                }
                if (a.length == 1) {
                    if (a[0] instanceof PyDict) {
                        for (Object[] e : ((PyDict) a[0]).map.values()) {
                            in.dictPut(d, e[0], e[1], at);
                        }
                    } else if (a[0] instanceof PyObj && ((PyObj) a[0]).cls.lookup("keys") != null) { // a mapping
                        Object keys = in.callMethod(a[0], "keys", Interp.NO_ARGS, Interp.NO_NAMES, Interp.NO_ARGS, at);
                        for (Object k : in.toList(keys, at)) {
                            in.dictPut(d, k, in.getitem(a[0], k, at), at);
                        }
                    } else {
                        int i = 0;
                        for (Object pair : in.toList(a[0], at)) {
                            if (!in.iterable(pair)) {
                                throw in.error("TypeError", "cannot convert dictionary update sequence element #" + i + " to a sequence", at);
                            }
                            ArrayList<Object> kvp = in.toList(pair, at);
                            if (kvp.size() != 2) {
                                throw in.error("ValueError", "dictionary update sequence element #" + i + " has length " + kvp.size() + "; 2 is required", at);
                            }
                            in.dictPut(d, kvp.get(0), kvp.get(1), at);
                            i++;
                        }
                    }
                }
                for (int i = 0; i < kn.length; i++) {
                    in.dictPut(d, kn[i], kv[i], at);
                }
                return Py.NONE;
            }
            case D_COPY: {
                nargs(in, "dict." + name, a, kn, 0, 0, at);
                PyDict c = new PyDict();
                for (Object[] e : d.map.values()) {
                    c.put(e[0], e[1]);
                }
                return c;
            }
            case D_POPITEM: {
                nargs(in, "dict." + name, a, kn, 0, 0, at);
                if (d.map.isEmpty()) {
                    throw in.keyError("popitem(): dictionary is empty", at);
                }
                Object last = null;
                for (Object k : d.map.keySet()) {
                    last = k;
                }
                Object[] e = d.map.remove(last);
                return new PyTuple(new Object[] {e[0], e[1]});
            }
            case D_FROMKEYS:
                return unbound(in, (PyType) in.builtins.get("dict"), name, a, kn, kv, at);
            default:
                nargs(in, "dict." + name, a, kn, 0, 0, at);
                d.map.clear();
                return Py.NONE;
        }
    }

    static Object set(Interp in, PySet s, String name, Object[] a, String[] kn, Object[] kv, Node at) {
        int which = SET.indexOf(name);
        if (!name.equals("copy") && !name.equals("issubset") && !name.equals("issuperset") && !name.equals("union")
                && !name.equals("intersection") && !name.equals("difference") && !name.equals("isdisjoint")
                && !name.equals("symmetric_difference") && s.literal) {
            // keep CPython's order of the literal as the insertion order from now on (close, not exact)
            java.util.List<Object> order = SetOrder.order(s.map.values(), true);
            s.map.clear();
            for (Object o : order) {
                s.add(o);
            }
            s.literal = false;
        }
        switch (which) {
            case S_ADD:
                nargs(in, name, a, kn, 1, 1, at);
                in.setAdd(s, a[0], at);
                return Py.NONE;
            case S_REMOVE:
                nargs(in, name, a, kn, 1, 1, at);
                if (s.map.remove(in.hashKey(a[0], at)) == null) {
                    throw in.keyError(a[0], at);
                }
                return Py.NONE;
            case S_DISCARD:
                nargs(in, name, a, kn, 1, 1, at);
                s.map.remove(in.hashKey(a[0], at));
                return Py.NONE;
            case S_POP: {
                nargs(in, in.typeName(s) + "." + name, a, kn, 0, 0, at);
                if (s.map.isEmpty()) {
                    throw in.keyError("pop from an empty set", at);
                }
                Object k = s.map.keySet().iterator().next();
                return s.map.remove(k);
            }
            case S_UPDATE:
                for (Object o : a) {
                    for (Object x : in.toList(o, at)) {
                        in.setAdd(s, x, at);
                    }
                }
                return Py.NONE;
            case S_UNION:
            case S_INTERSECTION:
            case S_DIFFERENCE: {
                PySet r = new PySet();
                r.map.putAll(s.map);
                for (Object o : a) {
                    PySet other = new PySet();
                    for (Object x : in.toList(o, at)) {
                        in.setAdd(other, x, at);
                    }
                    int op = name.equals("union") ? Ast.BITOR : name.equals("intersection") ? Ast.BITAND : Ast.SUB;
                    r = (PySet) in.binop(op, r, other, at);
                }
                return r;
            }
            case S_SYMMETRIC_DIFFERENCE:
            case S_INTERSECTION_UPDATE:
            case S_DIFFERENCE_UPDATE:
            case S_SYMMETRIC_DIFFERENCE_UPDATE: {
                if (which != S_INTERSECTION_UPDATE && which != S_DIFFERENCE_UPDATE) {
                    nargs(in, name, a, kn, 1, 1, at);
                }
                PySet r = new PySet();
                r.map.putAll(s.map);
                for (Object o : a) {
                    PySet other = new PySet();
                    for (Object x : in.toList(o, at)) {
                        in.setAdd(other, x, at);
                    }
                    int op = which == S_INTERSECTION_UPDATE ? Ast.BITAND : which == S_DIFFERENCE_UPDATE ? Ast.SUB : Ast.BITXOR;
                    r = (PySet) in.binop(op, r, other, at);
                }
                if (which == S_SYMMETRIC_DIFFERENCE) {
                    return r;
                }
                s.map.clear();
                s.map.putAll(r.map);
                return Py.NONE;
            }
            case S_ISDISJOINT: {
                nargs(in, name, a, kn, 1, 1, at);
                for (Object x : in.toList(a[0], at)) {
                    if (s.map.containsKey(in.hashKey(x, at))) {
                        return false;
                    }
                }
                return true;
            }
            case S_ISSUBSET:
            case S_ISSUPERSET: {
                nargs(in, name, a, kn, 1, 1, at);
                PySet other = new PySet();
                for (Object x : in.toList(a[0], at)) {
                    in.setAdd(other, x, at);
                }
                return name.equals("issubset") ? other.map.keySet().containsAll(s.map.keySet()) : s.map.keySet().containsAll(other.map.keySet());
            }
            case S_COPY: {
                nargs(in, in.typeName(s) + "." + name, a, kn, 0, 0, at);
                PySet r = new PySet();
                r.map.putAll(s.map);
                return r;
            }
            default:
                nargs(in, in.typeName(s) + "." + name, a, kn, 0, 0, at);
                s.map.clear();
                return Py.NONE;
        }
    }

    private static String strArg(Interp in, Object o, String fn, Node at) {
        if (!(o instanceof String)) {
            throw in.error("TypeError", fn + " arg must be None or str", at);
        }
        return (String) o;
    }

    private static String stripChars(String s, String chars, boolean left, boolean right) {
        int b = 0;
        int e = s.length();
        while (left && b < e && (chars == null ? Chars.isWhitespace(s.charAt(b)) : chars.indexOf(s.charAt(b)) >= 0)) {
            b++;
        }
        while (right && e > b && (chars == null ? Chars.isWhitespace(s.charAt(e - 1)) : chars.indexOf(s.charAt(e - 1)) >= 0)) {
            e--;
        }
        return s.substring(b, e);
    }

    private static String mustStr(Interp in, Object o, Node at) {
        if (!(o instanceof String)) {
            throw in.error("TypeError", "must be str, not " + in.typeName(o), at);
        }
        return (String) o;
    }

    /** The start and end arguments a[1], a[2] of find/count/startswith as slice bounds (start may pass len). */
    private static int[] range(Interp in, String s, Object[] a, Node at) {
        int n = s.length();
        long st = a.length > 1 && a[1] != Py.NONE ? Attrs.index(in, a[1], "slice", at) : 0;
        long en = a.length > 2 && a[2] != Py.NONE ? Attrs.index(in, a[2], "slice", at) : n;
        if (st < 0) {
            st = Math.max(0, st + n);
        }
        if (en < 0) {
            en = Math.max(0, en + n);
        }
        return new int[] {(int) Math.min(st, n + 1L), (int) Math.min(en, n)};
    }

    /** str.split / str.rsplit; sep null: runs of whitespace, the unsplit rest keeps its outer whitespace. */
    private static PyList split(Interp in, String s, String sep, long max, boolean right, Node at) {
        ArrayList<Object> out = new ArrayList<>();
        int n = s.length();
        if (sep == null) {
            if (!right) {
                int i = 0;
                while (true) {
                    while (i < n && Chars.isWhitespace(s.charAt(i))) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (max >= 0 && out.size() == max) {
                        out.add(s.substring(i));
                        break;
                    }
                    int j = i;
                    while (j < n && !Chars.isWhitespace(s.charAt(j))) {
                        j++;
                    }
                    out.add(s.substring(i, j));
                    i = j;
                }
                return new PyList(out);
            }
            int j = n;
            while (true) {
                while (j > 0 && Chars.isWhitespace(s.charAt(j - 1))) {
                    j--;
                }
                if (j <= 0) {
                    break;
                }
                if (max >= 0 && out.size() == max) {
                    out.add(s.substring(0, j));
                    break;
                }
                int i = j;
                while (i > 0 && !Chars.isWhitespace(s.charAt(i - 1))) {
                    i--;
                }
                out.add(s.substring(i, j));
                j = i;
            }
            java.util.Collections.reverse(out);
            return new PyList(out);
        }
        if (sep.isEmpty()) {
            throw in.error("ValueError", "empty separator", at);
        }
        if (!right) {
            int i = 0;
            while (true) {
                int j = s.indexOf(sep, i);
                if (j < 0 || max >= 0 && out.size() == max) {
                    out.add(s.substring(i));
                    break;
                }
                out.add(s.substring(i, j));
                i = j + sep.length();
            }
            return new PyList(out);
        }
        int j = n;
        while (true) {
            int i = j - sep.length() < 0 ? -1 : s.lastIndexOf(sep, j - sep.length());
            if (i < 0 || max >= 0 && out.size() == max) {
                out.add(s.substring(0, j));
                break;
            }
            out.add(s.substring(i + sep.length(), j));
            j = i;
        }
        java.util.Collections.reverse(out);
        return new PyList(out);
    }

    /** str.maketrans(x[, y[, z]]): a dict of code points to str or None. */
    static PyDict maketrans(Interp in, Object[] a, String[] kn, Node at) {
        nargs(in, "maketrans", a, kn, 1, 3, at);
        PyDict d = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict)) {
                throw in.error("TypeError", "if you give only one argument to maketrans it must be a dict", at);
            }
            for (Object[] e : ((PyDict) a[0]).map.values()) {
                Object k = e[0];
                if (k instanceof String) {
                    if (((String) k).length() != 1) {
                        throw in.error("ValueError", "string keys in translate table must be of length 1", at);
                    }
                    k = (long) ((String) k).charAt(0);
                } else if (!Interp.isIntLike(k)) {
                    throw in.error("TypeError", "keys in translate table must be strings or integers", at);
                }
                d.put(k, e[1]);
            }
            return d;
        }
        if (!(a[0] instanceof String) || !(a[1] instanceof String)) {
            throw in.error("TypeError", "maketrans() argument " + (a[0] instanceof String ? 2 : 1) + " must be str, not "
                    + in.typeName(a[0] instanceof String ? a[1] : a[0]), at);
        }
        String x = (String) a[0];
        String y = (String) a[1];
        if (x.length() != y.length()) {
            throw in.error("ValueError", "the first two maketrans arguments must have equal length", at);
        }
        for (int i = 0; i < x.length(); i++) {
            d.put((long) x.charAt(i), (long) y.charAt(i));
        }
        if (a.length > 2) {
            if (!(a[2] instanceof String)) {
                throw in.error("TypeError", "maketrans() argument 3 must be str, not " + in.typeName(a[2]), at);
            }
            String z = (String) a[2];
            for (int i = 0; i < z.length(); i++) {
                d.put((long) z.charAt(i), Py.NONE);
            }
        }
        return d;
    }

    static Object str(Interp in, String s, String name, Object[] a, String[] kn, Object[] kv, Node at) {
        int which = STR.indexOf(name);
        switch (which) {
            case STR_JOIN: {
                nargs(in, name, a, kn, 1, 1, at);
                StringBuilder sb = new StringBuilder();
                int i = 0;
                for (Object o : in.toList(a[0], at)) {
                    if (!(o instanceof String)) {
                        throw in.error("TypeError", "sequence item " + i + ": expected str instance, " + in.typeName(o) + " found", at);
                    }
                    if (i++ > 0) {
                        sb.append(s);
                    }
                    in.work(s.length() + ((String) o).length(), at);
                    sb.append((String) o);
                }
                return sb.toString();
            }
            case STR_SPLIT:
            case STR_RSPLIT: {
                Object sepO = a.length > 0 ? a[0] : kw(kn, kv, "sep");
                Object maxO = a.length > 1 ? a[1] : kw(kn, kv, "maxsplit");
                long max = maxO == null ? -1 : Attrs.index(in, maxO, "maxsplit", at);
                if (sepO != null && sepO != Py.NONE && !(sepO instanceof String)) {
                    throw in.error("TypeError", "must be str or None, not " + in.typeName(sepO), at);
                }
                return split(in, s, sepO == null || sepO == Py.NONE ? null : (String) sepO, max, which == STR_RSPLIT, at);
            }
            case STR_STRIP:
            case STR_LSTRIP:
            case STR_RSTRIP: {
                nargs(in, name, a, kn, 0, 1, at);
                String chars = a.length == 0 || a[0] == Py.NONE ? null : strArg(in, a[0], name, at);
                return stripChars(s, chars, !name.equals("rstrip"), !name.equals("lstrip"));
            }
            case STR_UPPER:
                nargs(in, "str." + name, a, kn, 0, 0, at); // METH_NOARGS: CPython names the type
                return s.toUpperCase();
            case STR_LOWER:
                nargs(in, "str." + name, a, kn, 0, 0, at);
                return s.toLowerCase();
            case STR_TITLE: {
                nargs(in, "str." + name, a, kn, 0, 0, at);
                StringBuilder sb = new StringBuilder();
                boolean prevLetter = false;
                for (char c : s.toCharArray()) {
                    sb.append(prevLetter ? Chars.toLowerCase(c) : Chars.toUpperCase(c));
                    prevLetter = Chars.isLetter(c);
                }
                return sb.toString();
            }
            case STR_CAPITALIZE:
                nargs(in, "str." + name, a, kn, 0, 0, at);
                return s.isEmpty() ? s : Chars.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase();
            case STR_REPLACE: {
                nargs(in, name, a, kn, 2, 3, at);
                String from = strArg(in, a[0], name, at);
                String to = strArg(in, a[1], name, at);
                long count = a.length > 2 ? Attrs.index(in, a[2], "count", at) : -1;
                if (count < 0) {
                    return s.replace(from, to);
                }
                StringBuilder sb = new StringBuilder();
                int i = 0;
                for (long c = 0; c < count; c++) {
                    int j = s.indexOf(from, i);
                    if (j < 0) {
                        break;
                    }
                    sb.append(s, i, j).append(to);
                    i = j + from.length();
                    if (from.isEmpty()) {
                        if (i < s.length()) {
                            sb.append(s.charAt(i));
                        }
                        i++;
                    }
                }
                if (i <= s.length()) {
                    sb.append(s.substring(Math.min(i, s.length())));
                }
                return sb.toString();
            }
            case STR_STARTSWITH:
            case STR_ENDSWITH: {
                nargs(in, name, a, kn, 1, 3, at);
                int[] r = range(in, s, a, at);
                boolean ok = r[0] <= s.length();
                String t = ok ? s.substring(r[0], Math.max(r[0], r[1])) : "";
                List<Object> opts = a[0] instanceof PyTuple ? Arrays.asList(((PyTuple) a[0]).items) : Arrays.asList(a[0]);
                for (Object o : opts) {
                    if (!(o instanceof String)) {
                        throw in.error("TypeError", a[0] instanceof PyTuple ? "tuple for " + name + " must only contain str, not " + in.typeName(o)
                                : name + " first arg must be str or a tuple of str, not " + in.typeName(o), at);
                    }
                    if (ok && (which == STR_STARTSWITH ? t.startsWith((String) o) : t.endsWith((String) o))) {
                        return true;
                    }
                }
                return false;
            }
            case STR_FIND:
            case STR_RFIND:
            case STR_INDEX:
            case STR_RINDEX:
            case STR_COUNT: {
                nargs(in, name, a, kn, 1, 3, at);
                String x = mustStr(in, a[0], at);
                int[] r = range(in, s, a, at);
                if (which == STR_COUNT) {
                    if (r[0] > s.length()) {
                        return 0L;
                    }
                    if (x.isEmpty()) {
                        return (long) Math.max(0, r[1] - r[0]) + 1;
                    }
                    long c = 0;
                    int i = r[0];
                    while ((i = s.indexOf(x, i)) >= 0 && i + x.length() <= r[1]) {
                        c++;
                        i += x.length();
                    }
                    return c;
                }
                int i = -1;
                if (r[0] <= s.length() && r[1] - r[0] >= x.length()) {
                    i = which == STR_RFIND || which == STR_RINDEX ? s.lastIndexOf(x, r[1] - x.length()) : s.indexOf(x, r[0]);
                    if (i < r[0] || i + x.length() > r[1]) {
                        i = -1;
                    }
                }
                if (i < 0 && (which == STR_INDEX || which == STR_RINDEX)) {
                    throw in.error("ValueError", "substring not found", at);
                }
                return (long) i;
            }
            case STR_PARTITION:
            case STR_RPARTITION: {
                nargs(in, name, a, kn, 1, 1, at);
                String sep = mustStr(in, a[0], at);
                if (sep.isEmpty()) {
                    throw in.error("ValueError", "empty separator", at);
                }
                int i = which == STR_PARTITION ? s.indexOf(sep) : s.lastIndexOf(sep);
                if (i < 0) {
                    return which == STR_PARTITION ? new PyTuple(new Object[] {s, "", ""}) : new PyTuple(new Object[] {"", "", s});
                }
                return new PyTuple(new Object[] {s.substring(0, i), sep, s.substring(i + sep.length())});
            }
            case STR_SWAPCASE: {
                nargs(in, "str." + name, a, kn, 0, 0, at);
                StringBuilder sb = new StringBuilder(s.length());
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (Chars.isUpperCase(c)) {
                        sb.append(Chars.toLowerCase(c));
                    } else {
                        sb.append(Chars.isLowerCase(c) ? String.valueOf(c).toUpperCase() : String.valueOf(c));
                    }
                }
                return sb.toString();
            }
            case STR_REMOVEPREFIX:
            case STR_REMOVESUFFIX: {
                nargs(in, name, a, kn, 1, 1, at);
                if (!(a[0] instanceof String)) {
                    throw in.error("TypeError", name + "() argument must be str, not " + in.typeName(a[0]), at);
                }
                String x = (String) a[0];
                if (which == STR_REMOVEPREFIX) {
                    return s.startsWith(x) ? s.substring(x.length()) : s;
                }
                return s.endsWith(x) ? s.substring(0, s.length() - x.length()) : s;
            }
            case STR_CASEFOLD:
                nargs(in, "str." + name, a, kn, 0, 0, at);
                return s.toLowerCase().replace("\u00df", "ss");
            case STR_ISTITLE: {
                nargs(in, "str." + name, a, kn, 0, 0, at);
                boolean cased = false;
                boolean prev = false; // previous char cased
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (Chars.isUpperCase(c)) {
                        if (prev) {
                            return false;
                        }
                        prev = cased = true;
                    } else if (Chars.isLowerCase(c)) {
                        if (!prev) {
                            return false;
                        }
                        prev = cased = true;
                    } else {
                        prev = false;
                    }
                }
                return cased;
            }
            case STR_ISIDENTIFIER: {
                nargs(in, "str." + name, a, kn, 0, 0, at);
                if (s.isEmpty() || Chars.isDigit(s.charAt(0))) {
                    return false;
                }
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c != '_' && !Chars.isLetterOrDigit(c)) {
                        return false;
                    }
                }
                return true;
            }
            case STR_ISASCII:
            case STR_ISPRINTABLE: {
                nargs(in, "str." + name, a, kn, 0, 0, at);
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (which == STR_ISASCII ? c > 127 : c < 32 || c >= 127 && c < 161 || c == 0xad) {
                        return false;
                    }
                }
                return true;
            }
            case STR_EXPANDTABS: {
                nargs(in, name, a, new String[0], 0, 1, at);
                Object tO = a.length > 0 ? a[0] : kw(kn, kv, "tabsize");
                long tab = tO == null ? 8 : Attrs.index(in, tO, "tabsize", at);
                StringBuilder sb = new StringBuilder();
                int col = 0;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '\t') {
                        if (tab > 0) {
                            long n = tab - col % tab;
                            for (long k = 0; k < n; k++) {
                                sb.append(' ');
                            }
                            col += (int) n;
                        }
                    } else {
                        sb.append(c);
                        col = c == '\n' || c == '\r' ? 0 : col + 1;
                    }
                }
                return sb.toString();
            }
            case STR_MAKETRANS:
                return maketrans(in, a, kn, at);
            case STR_TRANSLATE: {
                nargs(in, name, a, kn, 1, 1, at);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    Object r;
                    if (a[0] instanceof PyDict) {
                        r = ((PyDict) a[0]).get((long) c);
                    } else {
                        try {
                            r = in.getitem(a[0], (long) c, at);
                        } catch (PyException e) {
                            if (!e.kind.equals("LookupError") && !e.kind.equals("IndexError") && !e.kind.equals("KeyError")) {
                                throw e;
                            }
                            r = null;
                        }
                    }
                    if (r == null) {
                        sb.append(c);
                    } else if (r instanceof String) {
                        sb.append((String) r);
                    } else if (Interp.isIntLike(r)) {
                        sb.append(Builtins.chr(in, Interp.toLong(r), at));
                    } else if (r != Py.NONE) {
                        throw in.error("TypeError", "character mapping must return integer, None or str", at);
                    }
                }
                return sb.toString();
            }
            case STR_ENCODE: {
                Builtins.onlyKw(in, "encode", kn, at, "encoding", "errors");
                nargs(in, name, a, new String[0], 0, 2, at);
                Object enc = a.length > 0 ? a[0] : kw(kn, kv, "encoding");
                Object err = a.length > 1 ? a[1] : kw(kn, kv, "errors");
                return Bytes.make(in, Bytes.encode(in, s, enc == null ? "utf-8" : enc, err == null ? "strict" : err, at), at);
            }
            case STR_FORMAT_MAP: {
                nargs(in, name, a, kn, 1, 1, at);
                if (!(a[0] instanceof PyDict)) {
                    throw in.error("TypeError", "format_map() argument must be a mapping, not " + in.typeName(a[0]), at);
                }
                PyDict d = (PyDict) a[0];
                String[] names = new String[d.size()];
                Object[] vals = new Object[d.size()];
                int k = 0;
                for (Object[] e : d.map.values()) {
                    names[k] = e[0] instanceof String ? (String) e[0] : in.str(e[0]);
                    vals[k++] = e[1];
                }
                return Builtins.strFormat(in, s, new Object[0], names, vals, at);
            }
            case STR_ISDIGIT:
            case STR_ISDECIMAL:
            case STR_ISNUMERIC:
            case STR_ISALPHA:
            case STR_ISALNUM:
            case STR_ISSPACE:
            case STR_ISUPPER:
            case STR_ISLOWER: {
                if (s.isEmpty()) {
                    return false;
                }
                boolean cased = false;
                for (char c : s.toCharArray()) {
                    boolean ok;
                    switch (which) {
                        case STR_ISDIGIT:
                        case STR_ISDECIMAL:
                        case STR_ISNUMERIC: ok = Chars.isDigit(c); break;
                        case STR_ISALPHA: ok = Chars.isLetter(c); break;
                        case STR_ISALNUM: ok = Chars.isLetterOrDigit(c); break;
                        case STR_ISSPACE: ok = Chars.isWhitespace(c); break;
                        case STR_ISUPPER: ok = !Chars.isLowerCase(c); cased |= Chars.isUpperCase(c); break;
                        default: ok = !Chars.isUpperCase(c); cased |= Chars.isLowerCase(c); break;
                    }
                    if (!ok) {
                        return false;
                    }
                }
                return name.equals("isupper") || name.equals("islower") ? cased : true;
            }
            case STR_CENTER:
            case STR_LJUST:
            case STR_RJUST: {
                nargs(in, name, a, kn, 1, 2, at);
                long w = Attrs.index(in, a[0], "width", at);
                char fill = a.length > 1 ? strArg(in, a[1], name, at).charAt(0) : ' ';
                Fmt.Spec sp = new Fmt.Spec();
                sp.width = (int) Math.min(w, 100000);
                sp.fill = fill;
                sp.align = name.equals("center") ? '^' : name.equals("ljust") ? '<' : '>';
                if (name.equals("center")) {
                    // Python's center puts the extra fill on the right when the padding is odd... unless len is odd
                    int pad = sp.width - s.length();
                    if (pad <= 0) {
                        return s;
                    }
                    int left = pad / 2 + (pad & sp.width & 1);
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < left; i++) {
                        sb.append(fill);
                    }
                    sb.append(s);
                    for (int i = 0; i < pad - left; i++) {
                        sb.append(fill);
                    }
                    return sb.toString();
                }
                return Fmt.pad("", s, sp, '<');
            }
            case STR_ZFILL: {
                nargs(in, name, a, kn, 1, 1, at);
                long w = Attrs.index(in, a[0], "width", at);
                StringBuilder sb = new StringBuilder();
                int signLen = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
                sb.append(s, 0, signLen);
                for (long i = s.length(); i < w; i++) {
                    sb.append('0');
                }
                sb.append(s.substring(signLen));
                return sb.toString();
            }
            case STR_SPLITLINES: {
                Object keO = a.length > 0 ? a[0] : kw(kn, kv, "keepends");
                boolean keep = keO != null && in.truthy(keO);
                ArrayList<Object> out = new ArrayList<>();
                int i = 0;
                int n = s.length();
                while (i < n) {
                    int j = i;
                    while (j < n && "\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(s.charAt(j)) < 0) {
                        j++;
                    }
                    int e = j < n ? j + (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1) : n;
                    out.add(s.substring(i, keep ? e : j));
                    i = e;
                }
                return new PyList(out);
            }
            default:
                return Builtins.strFormat(in, s, a, kn, kv, at);
        }
    }

    /** dict_keys and dict_items are set-like (&, |, -, ^ with any iterable); dict_values is not. */
    static boolean setView(Object o) {
        return o instanceof PyView && !((PyView) o).kind.equals("dict_values");
    }

    /** A set operand: a set as is, else a new set of the iterable's items. */
    static PySet asSet(Interp in, Object o, Node at) {
        if (o instanceof PySet) {
            return (PySet) o;
        }
        PySet s = new PySet();
        for (Object x : in.toList(o, at)) {
            in.setAdd(s, x, at);
        }
        return s;
    }
}
