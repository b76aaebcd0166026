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
        PyObj owner; // set when this is an object's __dict__: changes go through to its attributes (see sync)
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
        /** After a change through __dict__: the owner's attributes become the dict's str keys. */
        void sync() {
            if (owner != null) {
                owner.attrs.clear();
                for (Object[] e : map.values()) {
                    if (e[0] instanceof String) {
                        owner.attrs.put((String) e[0], e[1]);
                    }
                }
            }
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
            // floor, not Math.rint: TeaVM's rint goes through a long, so 2.0**70 was no integer in the browser
            if (d == Math.floor(d) && !Double.isInfinite(d)) {
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
        if (o instanceof PySet) {
            return new FrozenKey(((PySet) o).map.keySet());
        }
        if (o instanceof PyObj) {
            PyObj obj = (PyObj) o;
            Object h = obj.cls.lookup("__hash__");
            if (h == NONE) {
                return new Unhashable(o);
            }
            if (h != null && obj.cls.in != null) {
                return new ObjKey(obj, Builtins.hash(obj.cls.in, obj, null));
            }
        }
        return o;
    }

    /** A key of an object with its own __hash__: equal by __eq__ when the hashes agree, as in a Python dict. */
    static final class ObjKey {
        final PyObj o;
        final long h;
        ObjKey(PyObj o, long h) {
            this.o = o;
            this.h = h;
        }
        @Override
        public boolean equals(Object x) {
            if (!(x instanceof ObjKey)) {
                return false;
            }
            ObjKey k = (ObjKey) x;
            return k.o == o || k.h == h && o.cls.in.pyEquals(o, k.o);
        }
        @Override
        public int hashCode() {
            return (int) (h ^ (h >>> 32));
        }
    }

    /** A frozenset's key: equal to another frozenset with the same elements. */
    static final class FrozenKey {
        final java.util.HashSet<Object> k;
        FrozenKey(java.util.Set<Object> keys) {
            k = new java.util.HashSet<>(keys);
        }
        @Override
        public boolean equals(Object x) {
            return x instanceof FrozenKey && ((FrozenKey) x).k.equals(k);
        }
        @Override
        public int hashCode() {
            return k.hashCode();
        }
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
        Object cause = NONE;   // __cause__ (raise ... from cause)
        Object context = NONE; // __context__ (raised while handling another)
        boolean suppress;      // __suppress_context__
        Object traceback = NONE; // __traceback__: None until raised, then an opaque Excs.Traceback
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
        final PyClass base;    // the first base, or null
        final PyClass[] bases; // all bases, in order (the implicit object is not listed)
        final PyClass[] mro;   // C3 linearization: this class first, object not included
        final HashMap<String, Object> dict;
        final String module;
        Interp in; // the interpreter that runs its methods (for __hash__/__eq__ of keys)
        String qualname;
        /** Some class in the MRO defines __setattr__/__delattr__ or holds a descriptor: attribute access checks them. */
        boolean hooks;
        final Fields.Shape shape = new Fields.Shape(); // its instances' empty layout (see Fields)
        PyType exc; // the built-in exception class it derives from, or null (see Excs)
        PyClass meta;        // its metaclass when not type (see Meta), else null
        boolean derivesType; // lists type among its bases: a metaclass
        /** Bumped whenever any class's dict changes after its creation: method caches (Ast.Call) check it. */
        static int epoch;
        PyClass(String name, PyClass base, HashMap<String, Object> dict, String module) {
            this(name, base == null ? new PyClass[0] : new PyClass[] {base}, dict, module);
        }
        /** Throws IllegalArgumentException with CPython's message when the bases have no consistent order. */
        PyClass(String name, PyClass[] bases, HashMap<String, Object> dict, String module) {
            this.name = name;
            this.qualname = name;
            this.base = bases.length == 0 ? null : bases[0];
            this.bases = bases;
            this.dict = dict;
            this.module = module;
            this.mro = c3(this, bases);
            refreshHooks();
        }
        /** Recomputes {@link #hooks} (after the class's dict changed). */
        void refreshHooks() {
            epoch++;
            hooks = false;
            for (PyClass c : mro) {
                if (c.dict.containsKey("__setattr__") || c.dict.containsKey("__delattr__")) {
                    hooks = true;
                }
                for (Object v : c.dict.values()) {
                    if (v instanceof PyObj && isDescriptor((PyObj) v)) {
                        hooks = true;
                    }
                }
            }
        }
        static boolean isDescriptor(PyObj v) {
            return v.cls.lookup("__get__") != null || v.cls.lookup("__set__") != null || v.cls.lookup("__delete__") != null;
        }
        Object lookup(String attr) {
            for (PyClass c : mro) {
                Object v = c.dict.get(attr);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
        /** Looks attr up in the classes after {@code after} in this class's MRO (super()). */
        Object lookupAfter(PyClass after, String attr) {
            int i = 0;
            while (i < mro.length && mro[i] != after) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                Object v = mro[i].dict.get(attr);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
        boolean isSubclassOf(PyClass other) {
            for (PyClass c : mro) {
                if (c == other) {
                    return true;
                }
            }
            return false;
        }

        /** C3: merge the bases' MROs and the bases list, always taking the first head not in any tail. */
        private static PyClass[] c3(PyClass self, PyClass[] bases) {
            ArrayList<ArrayList<PyClass>> seqs = new ArrayList<>();
            for (PyClass b : bases) {
                seqs.add(new ArrayList<>(java.util.Arrays.asList(b.mro)));
            }
            seqs.add(new ArrayList<>(java.util.Arrays.asList(bases)));
            ArrayList<PyClass> out = new ArrayList<>();
            out.add(self);
            while (true) {
                PyClass next = null;
                boolean any = false;
                for (ArrayList<PyClass> s : seqs) {
                    if (s.isEmpty()) {
                        continue;
                    }
                    any = true;
                    PyClass head = s.get(0);
                    boolean inTail = false;
                    for (ArrayList<PyClass> t : seqs) {
                        if (t.indexOf(head) > 0) {
                            inTail = true;
                            break;
                        }
                    }
                    if (!inTail) {
                        next = head;
                        break;
                    }
                }
                if (!any) {
                    return out.toArray(new PyClass[0]);
                }
                if (next == null) {
                    StringBuilder sb = new StringBuilder();
                    java.util.LinkedHashSet<PyClass> heads = new java.util.LinkedHashSet<>();
                    for (ArrayList<PyClass> s : seqs) {
                        if (!s.isEmpty()) {
                            heads.add(s.get(0));
                        }
                    }
                    for (PyClass h : heads) {
                        sb.append(sb.length() == 0 ? "" : ", ").append(h.name);
                    }
                    throw new IllegalArgumentException("Cannot create a consistent method resolution\norder (MRO) for bases " + sb);
                }
                out.add(next);
                for (ArrayList<PyClass> s : seqs) {
                    if (!s.isEmpty() && s.get(0) == next) {
                        s.remove(0);
                    }
                }
            }
        }
    }

    static final class PyObj {
        final PyClass cls;
        final Fields attrs; // insertion order, as vars() shows it; laid out by the class's shapes
        PyDict dict; // its __dict__ once asked for, kept equal to attrs
        final int serial;
        PyExc exc; // an exception's args, __cause__ and __context__; null if its class is no exception
        PyObj(PyClass cls, int serial) {
            this.cls = cls;
            this.attrs = new Fields(cls.shape);
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
        /** The class whose MRO is searched: self's class (or self, for a class method's super()). */
        PyClass type() {
            return self instanceof PyObj ? ((PyObj) self).cls : self instanceof PyClass ? (PyClass) self : start;
        }
        Object lookup(String name) {
            return type().lookupAfter(start, name);
        }
    }

    /** @property: reading the attribute calls fget(self), assigning fset(self, v), del fdel(self); null if absent. */
    static final class PyProperty {
        final Object fget;
        final Object fset;
        final Object fdel;
        final Object doc;
        PyProperty(Object fget) {
            this(fget, null, null, null);
        }
        PyProperty(Object fget, Object fset, Object fdel, Object doc) {
            this.fget = fget;
            this.fset = fset;
            this.fdel = fdel;
            this.doc = doc;
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
