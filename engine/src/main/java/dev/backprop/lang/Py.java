package dev.backprop.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The interpreter's object model. Python ints are {@link Long} (or {@link BigInt} beyond 64 bits, see {@link Ints}), floats {@link Double}, bools
 * {@link Boolean}, strings {@link String}, Values {@link dev.backprop.engine.Value}; the rest are here.
 */
final class Py {
    private Py() {
    }

    static final class NoneType {
        @Override
        public String toString() {
            return "None";
        }
    }

    static final NoneType NONE = new NoneType();

    /** The constant {@code ...} (Ellipsis). */
    static final class EllipsisType {
    }

    static final EllipsisType ELLIPSIS = new EllipsisType();

    static final class PyList {
        final ArrayList<Object> items;
        PyList() {
            items = new ArrayList<>();
        }
        PyList(ArrayList<Object> items) {
            this.items = items;
        }
    }

    static final class PyTuple {
        static final PyTuple EMPTY = new PyTuple(new Object[0]);
        final Object[] items;
        PyTuple(Object[] items) {
            this.items = items;
        }
    }

    /** Keys are normalized (see {@link #key}) so 1, 1.0 and True are one key, as in Python. */
    static final class PyDict {
        final LinkedHashMap<Object, Object[]> map = new LinkedHashMap<>();
        Object get(Object k) {
            Object[] e = map.get(key(k));
            return e == null ? null : e[1];
        }
        void put(Object k, Object v) {
            Object nk = key(k);
            Object[] e = map.get(nk);
            if (e == null) {
                map.put(nk, new Object[] {k, v});
            } else {
                e[1] = v;
            }
        }
        int size() {
            return map.size();
        }
    }

    static final class PySet {
        final LinkedHashMap<Object, Object> map = new LinkedHashMap<>();
        boolean frozen;
        boolean literal; // built from a display of 3+ constants (see SetOrder)
        void add(Object k) {
            Object nk = key(k);
            if (!map.containsKey(nk)) {
                map.put(nk, k);
            }
        }
        boolean contains(Object k) {
            return map.containsKey(key(k));
        }
        Object remove(Object k) {
            return map.remove(key(k));
        }
    }

    static final class PyRange {
        final long start;
        final long stop;
        final long step;
        PyRange(long start, long stop, long step) {
            this.start = start;
            this.stop = stop;
            this.step = step;
        }
        long length() {
            if (step > 0) {
                return start < stop ? (stop - start + step - 1) / step : 0;
            }
            return start > stop ? (start - stop - step - 1) / -step : 0;
        }
    }

    /** dict.keys() / values() / items(): a live view of the dict. */
    static final class PyView {
        final String kind; // dict_keys, dict_values, dict_items
        final PyDict dict;
        PyView(String kind, PyDict dict) {
            this.kind = kind;
            this.dict = dict;
        }
        ArrayList<Object> items() {
            ArrayList<Object> r = new ArrayList<>(dict.size());
            for (Object[] e : dict.map.values()) {
                r.add(kind.equals("dict_keys") ? e[0] : kind.equals("dict_values") ? e[1] : new PyTuple(new Object[] {e[0], e[1]}));
            }
            return r;
        }
    }

    /** A one-shot iterator (zip, enumerate, map, filter, generator expressions, iter()). */
    static final class PyIter {
        final String kind;
        final Iterator<Object> it;
        PyIter(String kind, Iterator<Object> it) {
            this.kind = kind;
            this.it = it;
        }
    }

    /** Hashable normalized key with Python equality: numbers by value, tuples by content, others by identity. */
    static Object key(Object o) {
        return key(o, 0);
    }

    private static Object key(Object o, int depth) {
        if (depth > 500) {
            throw new IllegalStateException("nested too deeply to hash");
        }
        if (o instanceof Boolean) {
            return ((Boolean) o) ? 1L : 0L;
        }
        if (o instanceof Double) {
            double d = (Double) o;
            if (d == Math.rint(d) && !Double.isInfinite(d)) {
                return Ints.ofDouble(d); // 2.0**70 and 2**70 are one key
            }
            return o;
        }
        if (o instanceof PyTuple) {
            Object[] it = ((PyTuple) o).items;
            Object[] k = new Object[it.length];
            for (int i = 0; i < it.length; i++) {
                k[i] = key(it[i], depth + 1);
            }
            return new TupleKey(k);
        }
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet && !((PySet) o).frozen) {
            return new Unhashable(o);
        }
        return o;
    }

    /** Marker the interpreter turns into "TypeError: unhashable type". */
    static final class Unhashable {
        final Object value;
        Unhashable(Object value) {
            this.value = value;
        }
    }

    static final class TupleKey {
        final Object[] k;
        TupleKey(Object[] k) {
            this.k = k;
        }
        @Override
        public boolean equals(Object o) {
            return o instanceof TupleKey && java.util.Arrays.equals(k, ((TupleKey) o).k);
        }
        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(k);
        }
    }

    /** Something callable from Python that is implemented in Java. */
    interface Fn {
        Object call(Interp in, Object[] args, String[] kwNames, Object[] kwVals, Ast.Node at);
    }

    static class PyBuiltin {
        final String name;
        final Fn fn;
        PyBuiltin(String name, Fn fn) {
            this.name = name;
            this.fn = fn;
        }
        Object call(Interp in, Object[] args, String[] kwNames, Object[] kwVals, Ast.Node at) {
            return fn.call(in, args, kwNames, kwVals, at);
        }
    }

    /** A built-in type: callable (constructor) and usable with isinstance. */
    static final class PyType extends PyBuiltin {
        final PyType base;
        PyType(String name, PyType base, Fn ctor) {
            super(name, ctor);
            this.base = base;
        }
    }

    /** An exception object as Python code sees it ({@code except E as e}, {@code raise E(msg)}). */
    static final class PyExc {
        final PyType type;
        final String message; // str(e)
        final Object[] args;  // e.args; null: (message,) or () as the interpreter raised it
        PyExc(PyType type, String message) {
            this(type, message, null);
        }
        PyExc(PyType type, String message, Object[] args) {
            this.type = type;
            this.message = message;
            this.args = args;
        }
    }

    static final class PyFunc {
        final String name;
        final String qualname;
        final Ast.Params params;
        final Object[] defaults;  // one per param that has a default, aligned to the end of positional params
        final List<Ast.Stmt> body; // null for lambda
        final Ast.Expr exprBody;   // lambda
        final Ast.Scope scope;
        final Frame closure;
        final Map<String, Object> globals;
        PyClass owner;             // class that defined it (for super())
        final boolean prelude;
        PyFunc(String name, String qualname, Ast.Params params, Object[] defaults, List<Ast.Stmt> body, Ast.Expr exprBody,
                Ast.Scope scope, Frame closure, Map<String, Object> globals, boolean prelude) {
            this.name = name;
            this.qualname = qualname;
            this.params = params;
            this.defaults = defaults;
            this.body = body;
            this.exprBody = exprBody;
            this.scope = scope;
            this.closure = closure;
            this.globals = globals;
            this.prelude = prelude;
        }
    }

    static final class PyBound {
        final Object self;
        final Object fn;
        PyBound(Object self, Object fn) {
            this.self = self;
            this.fn = fn;
        }
    }

    static final class PyClass {
        final String name;
        final PyClass base;
        final HashMap<String, Object> dict;
        final String module;
        PyClass(String name, PyClass base, HashMap<String, Object> dict, String module) {
            this.name = name;
            this.base = base;
            this.dict = dict;
            this.module = module;
        }
        Object lookup(String attr) {
            for (PyClass c = this; c != null; c = c.base) {
                Object v = c.dict.get(attr);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
        boolean isSubclassOf(PyClass other) {
            for (PyClass c = this; c != null; c = c.base) {
                if (c == other) {
                    return true;
                }
            }
            return false;
        }
    }

    static final class PyObj {
        final PyClass cls;
        final HashMap<String, Object> attrs = new HashMap<>();
        final int serial;
        PyObj(PyClass cls, int serial) {
            this.cls = cls;
            this.serial = serial;
        }
    }

    static final class PyModule {
        final String name;
        final HashMap<String, Object> attrs = new HashMap<>();
        PyModule(String name) {
            this.name = name;
        }
    }

    /** super(): attribute lookup starting above {@code start}, bound to {@code self}. */
    static final class PySuper {
        final PyClass start;
        final Object self;
        PySuper(PyClass start, Object self) {
            this.start = start;
            this.self = self;
        }
    }

    /** @property: reading the attribute calls fget(self). */
    static final class PyProperty {
        final Object fget;
        PyProperty(Object fget) {
            this.fget = fget;
        }
    }

    /** @classmethod: bound to the class. */
    static final class PyClassMethod {
        final Object fn;
        PyClassMethod(Object fn) {
            this.fn = fn;
        }
    }

    static final class PyStaticMethod {
        final Object fn;
        PyStaticMethod(Object fn) {
            this.fn = fn;
        }
    }

}
