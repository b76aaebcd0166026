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
            "isspace", "isupper", "islower", "title", "capitalize", "center", "ljust", "rjust", "zfill", "splitlines", "rfind");
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
            "copy", "clear");
    private static final int D_KEYS = 0;
    private static final int D_VALUES = 1;
    private static final int D_ITEMS = 2;
    private static final int D_GET = 3;
    private static final int D_POP = 4;
    private static final int D_SETDEFAULT = 5;
    private static final int D_UPDATE = 6;
    private static final int D_COPY = 7;
    private static final List<String> SET = Arrays.asList("add", "remove", "discard", "pop", "update", "union",
            "intersection", "difference", "copy", "clear", "issubset", "issuperset");
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

    static List<String> names(Object o) {
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
        if (self instanceof String) {
            return str(in, (String) self, name, a, kn, kv, at);
        }
        if (self instanceof PyList) {
            return list(in, (PyList) self, name, a, kn, kv, at);
        }
        if (self instanceof PyDict) {
            return dict(in, (PyDict) self, name, a, kn, kv, at);
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
                nargs(in, name, a, kn, 0, 0, at);
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
                nargs(in, name, a, kn, 0, 0, at);
                return new PyList(new ArrayList<>(l));
            default:
                nargs(in, name, a, kn, 0, 0, at);
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
                nargs(in, name, a, kn, 0, 0, at);
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
                    throw in.error("KeyError", in.repr(a[0]), at);
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
                    } else {
                        for (Object pair : in.toList(a[0], at)) {
                            ArrayList<Object> kvp = in.toList(pair, at);
                            if (kvp.size() != 2) {
                                throw in.error("ValueError", "dictionary update sequence element has length " + kvp.size() + "; 2 is required", at);
                            }
                            in.dictPut(d, kvp.get(0), kvp.get(1), at);
                        }
                    }
                }
                for (int i = 0; i < kn.length; i++) {
                    in.dictPut(d, kn[i], kv[i], at);
                }
                return Py.NONE;
            }
            case D_COPY: {
                nargs(in, name, a, kn, 0, 0, at);
                PyDict c = new PyDict();
                for (Object[] e : d.map.values()) {
                    c.put(e[0], e[1]);
                }
                return c;
            }
            default:
                nargs(in, name, a, kn, 0, 0, at);
                d.map.clear();
                return Py.NONE;
        }
    }

    static Object set(Interp in, PySet s, String name, Object[] a, String[] kn, Object[] kv, Node at) {
        int which = SET.indexOf(name);
        if (!name.equals("copy") && !name.equals("issubset") && !name.equals("issuperset") && !name.equals("union")
                && !name.equals("intersection") && !name.equals("difference") && s.literal) {
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
                    throw in.error("KeyError", in.repr(a[0]), at);
                }
                return Py.NONE;
            case S_DISCARD:
                nargs(in, name, a, kn, 1, 1, at);
                s.map.remove(in.hashKey(a[0], at));
                return Py.NONE;
            case S_POP: {
                nargs(in, name, a, kn, 0, 0, at);
                if (s.map.isEmpty()) {
                    throw in.error("KeyError", "'pop from an empty set'", at);
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
                nargs(in, name, a, kn, 0, 0, at);
                PySet r = new PySet();
                r.map.putAll(s.map);
                return r;
            }
            default:
                nargs(in, name, a, kn, 0, 0, at);
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
                    sb.append((String) o);
                }
                return sb.toString();
            }
            case STR_SPLIT: {
                Object sepO = a.length > 0 ? a[0] : kw(kn, kv, "sep");
                Object maxO = a.length > 1 ? a[1] : kw(kn, kv, "maxsplit");
                long max = maxO == null ? -1 : Attrs.index(in, maxO, "maxsplit", at);
                ArrayList<Object> out = new ArrayList<>();
                if (sepO == null || sepO == Py.NONE) {
                    int i = 0;
                    int n = s.length();
                    while (true) {
                        while (i < n && Chars.isWhitespace(s.charAt(i))) {
                            i++;
                        }
                        if (i >= n) {
                            break;
                        }
                        if (max >= 0 && out.size() == max) {
                            out.add(stripChars(s.substring(i), null, false, true));
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
                String sep = strArg(in, sepO, "split", at);
                if (sep.isEmpty()) {
                    throw in.error("ValueError", "empty separator", at);
                }
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
            case STR_STRIP:
            case STR_LSTRIP:
            case STR_RSTRIP: {
                nargs(in, name, a, kn, 0, 1, at);
                String chars = a.length == 0 || a[0] == Py.NONE ? null : strArg(in, a[0], name, at);
                return stripChars(s, chars, !name.equals("rstrip"), !name.equals("lstrip"));
            }
            case STR_UPPER:
                return s.toUpperCase();
            case STR_LOWER:
                return s.toLowerCase();
            case STR_TITLE: {
                StringBuilder sb = new StringBuilder();
                boolean prevLetter = false;
                for (char c : s.toCharArray()) {
                    sb.append(prevLetter ? Chars.toLowerCase(c) : Chars.toUpperCase(c));
                    prevLetter = Chars.isLetter(c);
                }
                return sb.toString();
            }
            case STR_CAPITALIZE:
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
                nargs(in, name, a, kn, 1, 1, at);
                List<Object> opts = a[0] instanceof PyTuple ? Arrays.asList(((PyTuple) a[0]).items) : Arrays.asList(a[0]);
                for (Object o : opts) {
                    String x = strArg(in, o, name, at);
                    if (name.equals("startswith") ? s.startsWith(x) : s.endsWith(x)) {
                        return true;
                    }
                }
                return false;
            }
            case STR_FIND:
            case STR_RFIND:
            case STR_INDEX: {
                nargs(in, name, a, kn, 1, 1, at);
                String x = strArg(in, a[0], name, at);
                int i = name.equals("rfind") ? s.lastIndexOf(x) : s.indexOf(x);
                if (i < 0 && name.equals("index")) {
                    throw in.error("ValueError", "substring not found", at);
                }
                return (long) i;
            }
            case STR_COUNT: {
                nargs(in, name, a, kn, 1, 1, at);
                String x = strArg(in, a[0], name, at);
                if (x.isEmpty()) {
                    return (long) s.length() + 1;
                }
                long c = 0;
                int i = 0;
                while ((i = s.indexOf(x, i)) >= 0) {
                    c++;
                    i += x.length();
                }
                return c;
            }
            case STR_ISDIGIT:
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
                        case STR_ISDIGIT: ok = Chars.isDigit(c); break;
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
                ArrayList<Object> out = new ArrayList<>();
                int i = 0;
                while (i < s.length()) {
                    int j = s.indexOf('\n', i);
                    if (j < 0) {
                        out.add(s.substring(i));
                        break;
                    }
                    out.add(s.substring(i, j > i && s.charAt(j - 1) == '\r' ? j - 1 : j));
                    i = j + 1;
                }
                return new PyList(out);
            }
            default:
                return Builtins.strFormat(in, s, a, kn, kv, at);
        }
    }
}
