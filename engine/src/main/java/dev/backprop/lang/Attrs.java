package dev.backprop.lang;

import dev.backprop.engine.Value;
import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.*;
import java.util.ArrayList;
import java.util.HashMap;

/** Attribute access and subscripting. */
final class Attrs {
    private Attrs() {
    }

    static PyException noAttr(Interp in, Object o, String name, Node at) {
        String hint = Suggest.hint(name, java.util.List.of(dir(o)));
        if (o instanceof PyModule) {
            return in.error("AttributeError", "module '" + ((PyModule) o).name + "' has no attribute '" + name + "'" + hint, at);
        }
        if (o instanceof PyClass) {
            return in.error("AttributeError", "type object '" + ((PyClass) o).name + "' has no attribute '" + name + "'" + hint, at);
        }
        return in.error("AttributeError", "'" + in.typeName(o) + "' object has no attribute '" + name + "'" + hint, at);
    }

    /** The attribute names of an object, for suggestions. */
    static java.util.Collection<String> dir(Object o) {
        java.util.Set<String> names = new java.util.HashSet<>();
        if (o instanceof PyObj) {
            names.addAll(((PyObj) o).attrs.keySet());
            for (PyClass c = ((PyObj) o).cls; c != null; c = c.base) {
                names.addAll(c.dict.keySet());
            }
        } else if (o instanceof PyClass) {
            for (PyClass c = (PyClass) o; c != null; c = c.base) {
                names.addAll(c.dict.keySet());
            }
        } else if (o instanceof PyModule) {
            names.addAll(((PyModule) o).attrs.keySet());
        } else if (o instanceof Value) {
            names.addAll(java.util.List.of("data", "grad", "label", "_op", "_prev", "_backward", "backward", "tanh", "exp",
                    "log", "relu", "sigmoid"));
        } else {
            names.addAll(Methods.names(o));
        }
        return names;
    }

    /** An int-valued data/grad as a Python int; past 64 bits an error, never a silently clamped number. */
    private static long intOf(Interp in, double d, Node at) {
        if (!(Math.abs(d) < 9.2e18)) {
            throw in.error("OverflowError", "integer " + Interp.intRepr(d) + " too large for the playground (ints are 64-bit here)", at);
        }
        return (long) d;
    }

    static Object get(Interp in, Object o, String name, Node at) {
        if (o instanceof PyType && (name.equals("__init__") || name.equals("__str__") || name.equals("__repr__")) && Excs.isType(o)) {
            return Excs.unbound((PyType) o, name);
        }
        if (o instanceof Value) {
            Value v = (Value) o;
            // if-chains, not switches on strings: TeaVM makes much more script of those
            if (name.equals("data")) {
                if (in.isBoolV(v)) {
                    return v.data() != 0;
                }
                return in.isIntV(v) ? (Object) intOf(in, v.data(), at) : (Object) v.data();
            }
            if (name.equals("grad")) {
                return in.isIntGrad(v) ? (Object) intOf(in, v.grad(), at) : (Object) v.grad();
            }
            if (name.equals("label")) {
                return v.label();
            }
            if (name.equals("_op")) {
                return v.op();
            }
            if (name.equals("_prev")) {
                PySet s = new PySet();
                for (Value c : v.children()) {
                    s.add(c);
                }
                return s;
            }
            HashMap<String, Object> extra = in.valueAttrs.get(v);
            if (extra != null && extra.containsKey(name)) {
                return extra.get(name);
            }
            if (Methods.has(v, name)) {
                return boundBuiltin(o, name);
            }
            throw noAttr(in, o, name, at);
        }
        if (o instanceof PyObj) {
            PyObj obj = (PyObj) o;
            if (obj.cls.hooks) {
                Object d = obj.cls.lookup(name);
                if (d instanceof PyObj && (((PyObj) d).cls.lookup("__set__") != null || ((PyObj) d).cls.lookup("__delete__") != null)
                        && ((PyObj) d).cls.lookup("__get__") != null) { // a data descriptor wins over the instance's dict
                    return in.callMethod(d, "__get__", new Object[] {o, obj.cls}, Interp.NO_NAMES, Interp.NO_ARGS, at);
                }
            }
            Object v = obj.attrs.get(name);
            Object m = obj.cls.lookup(name);
            if (v != null && !(m instanceof PyProperty)) { // a property is a data descriptor: it wins
                return v;
            }
            if (m instanceof PyObj && ((PyObj) m).cls.lookup("__get__") != null) {
                return in.callMethod(m, "__get__", new Object[] {o, obj.cls}, Interp.NO_NAMES, Interp.NO_ARGS, at);
            }
            if (m == null && obj.exc != null) {
                Object r = Excs.attr(obj.exc, name);
                if (r != null) {
                    return r;
                }
            }
            if (m instanceof PyFunc) {
                return new PyBound(o, m);
            }
            if (m instanceof PyProperty) {
                if (((PyProperty) m).fget == null) {
                    throw in.error("AttributeError", "property '" + name + "' of '" + obj.cls.name + "' object has no getter", at);
                }
                return in.call(((PyProperty) m).fget, new Object[] {o}, Interp.NO_NAMES, Interp.NO_ARGS, at);
            }
            if (m instanceof PyClassMethod) {
                return new PyBound(obj.cls, ((PyClassMethod) m).fn);
            }
            if (m instanceof PyStaticMethod) {
                return ((PyStaticMethod) m).fn;
            }
            if (m != null) {
                return m;
            }
            if (name.equals("__class__")) {
                return obj.cls;
            }
            if (name.equals("__dict__")) {
                if (obj.dict == null) {
                    obj.dict = new PyDict();
                    for (java.util.Map.Entry<String, Object> e : obj.attrs.entrySet()) {
                        obj.dict.put(e.getKey(), e.getValue());
                    }
                    obj.dict.owner = obj;
                }
                return obj.dict;
            }
            if (name.equals("__doc__") || name.equals("__module__")) {
                return name.equals("__doc__") ? Py.NONE : obj.cls.module;
            }
            if (obj.cls.lookup("__getattr__") != null) { // the fallback when nothing else has the name
                return in.callMethod(o, "__getattr__", new Object[] {name}, Interp.NO_NAMES, Interp.NO_ARGS, at);
            }
            throw noAttr(in, o, name, at);
        }
        if (o instanceof PyModule) {
            Object v = ((PyModule) o).attrs.get(name);
            if (v == null) {
                if (name.equals("__name__")) {
                    return ((PyModule) o).name;
                }
                String mod = ((PyModule) o).name;
                if (mod.startsWith("numpy") || mod.startsWith("matplotlib") || mod.equals("graphviz")) {
                    throw Numpy.missing(in, mod, name, at);
                }
                throw noAttr(in, o, name, at);
            }
            return v;
        }
        if (o instanceof PyClass) {
            PyClass c = (PyClass) o;
            Object v = c.lookup(name);
            if (v instanceof PyObj && ((PyObj) v).cls.lookup("__get__") != null) {
                return in.callMethod(v, "__get__", new Object[] {Py.NONE, c}, Interp.NO_NAMES, Interp.NO_ARGS, at);
            }
            if (v instanceof PyStaticMethod) {
                return ((PyStaticMethod) v).fn;
            }
            if (v instanceof PyClassMethod) {
                return new PyBound(c, ((PyClassMethod) v).fn);
            }
            if (v != null) {
                return v;
            }
            if (name.equals("__name__")) {
                return c.name;
            }
            if (name.equals("__qualname__")) {
                return c.qualname;
            }
            if (name.equals("__dict__")) { // a copy, as read-only as CPython's mappingproxy
                PyDict d = new PyDict();
                for (java.util.Map.Entry<String, Object> e : c.dict.entrySet()) {
                    d.put(e.getKey(), e.getValue());
                }
                return d;
            }
            if (name.equals("__module__")) {
                return c.module;
            }
            if (name.equals("__mro__") || name.equals("__bases__")) {
                PyClass[] cs = name.equals("__mro__") ? c.mro : c.bases;
                Object[] t = new Object[cs.length == 0 || name.equals("__mro__") ? cs.length + 1 : cs.length];
                System.arraycopy(cs, 0, t, 0, cs.length);
                if (t.length > cs.length) {
                    t[cs.length] = in.builtins.get("object");
                }
                return new PyTuple(t);
            }
            Object mv = Meta.attr(c, name);
            if (mv != null) {
                return mv;
            }
            throw noAttr(in, o, name, at);
        }
        if (o instanceof PySuper) {
            PySuper s = (PySuper) o;
            Object m = s.lookup(name);
            if (m instanceof PyFunc) {
                return new PyBound(s.self, m);
            }
            if (m instanceof PyClassMethod) {
                return new PyBound(s.type(), ((PyClassMethod) m).fn);
            }
            if (m instanceof PyStaticMethod) {
                return ((PyStaticMethod) m).fn;
            }
            if (m instanceof PyProperty && ((PyProperty) m).fget != null) {
                return in.call(((PyProperty) m).fget, new Object[] {s.self}, Interp.NO_NAMES, Interp.NO_ARGS, at);
            }
            if (m != null) {
                return m;
            }
            Object ta = Meta.isMeta(s.start) ? Meta.typeAttr(s.self, name) : null;
            if (ta != null) {
                return ta;
            }
            if (objectAttr(name) != null) {
                return name.equals("__new__") ? objectAttr(name) : new PyBound(s.self, objectAttr(name));
            }
            throw in.error("AttributeError", "'super' object has no attribute '" + name + "'", at);
        }
        if (o instanceof PyBuiltin && name.equals("__name__")) {
            return ((PyBuiltin) o).name;
        }
        if (o instanceof PyFunc) {
            PyFunc fn = (PyFunc) o;
            if (name.equals("__name__")) {
                return fn.name;
            }
            if (name.equals("__qualname__")) {
                return fn.qualname;
            }
            if (name.equals("__doc__")) {
                return fn.body == null ? Py.NONE : Ast.docOf(fn.body);
            }
            if (name.equals("__module__")) {
                return "__main__";
            }
        }
        if (o instanceof PyProperty) {
            Object p = property(in, (PyProperty) o, name);
            if (p != null) {
                return p;
            }
        }
        if (o instanceof PyExc) {
            Object r = Excs.attr((PyExc) o, name);
            if (r != null) {
                return r;
            }
        }
        if (o instanceof Double) {
            if (name.equals("real")) {
                return o;
            }
            if (name.equals("imag")) {
                return 0.0;
            }
        }
        if ((o instanceof Interp.Slice || o instanceof PyRange) && (name.equals("start") || name.equals("stop") || name.equals("step"))) {
            if (o instanceof PyRange) {
                PyRange r = (PyRange) o;
                return name.equals("start") ? r.start : name.equals("stop") ? r.stop : r.step;
            }
            Interp.Slice sl = (Interp.Slice) o;
            return name.equals("start") ? sl.lo : name.equals("stop") ? sl.hi : sl.step;
        }
        if (Interp.isIntLike(o) && (name.equals("real") || name.equals("numerator"))) {
            return o instanceof Boolean ? (Object) Interp.toLong(o) : o;
        }
        if (o instanceof PyType && (name.equals("__mro__") || name.equals("__bases__") || name.equals("__base__"))) {
            ArrayList<Object> chain = new ArrayList<>(); // a built-in type's bases: its base chain, then object
            for (PyType t = (PyType) o; t != null; t = t.base) {
                chain.add(t);
            }
            Object obj = in.builtins.get("object");
            if (chain.get(chain.size() - 1) != obj) {
                chain.add(obj);
            }
            if (name.equals("__mro__")) {
                return new PyTuple(chain.toArray());
            }
            Object base = chain.size() > 1 ? chain.get(1) : Py.NONE;
            return name.equals("__base__") ? base : base == Py.NONE ? PyTuple.EMPTY : new PyTuple(new Object[] {base});
        }
        if (o instanceof PyType && ((PyType) o).name.equals("object")) {
            Object f = objectAttr(name);
            if (f != null) {
                return f;
            }
        }
        if (Methods.has(o, name)) {
            return boundBuiltin(o, name);
        }
        if (name.equals("__class__")) {
            return in.call(in.builtins.get("type"), new Object[] {o}, Interp.NO_NAMES, Interp.NO_ARGS, at);
        }
        throw noAttr(in, o, name, at);
    }

    /** object's own methods, as called explicitly (object.__setattr__(self, k, v), super().__init__()); else null. */
    static PyBuiltin objectAttr(String name) {
        if (name.equals("__setattr__")) {
            return new PyBuiltin(name, (in, a, kn, kv, at) -> {
                Builtins.count(in, name, a, 3, 3, at);
                if (!(a[1] instanceof String)) {
                    throw in.error("TypeError", "attribute name must be string, not '" + in.typeName(a[1]) + "'", at);
                }
                if (a[0] instanceof PyObj) {
                    setPlain(in, (PyObj) a[0], (String) a[1], a[2], at);
                } else {
                    set(in, a[0], (String) a[1], a[2], at);
                }
                return Py.NONE;
            });
        }
        if (name.equals("__getattribute__")) {
            return new PyBuiltin(name, (in, a, kn, kv, at) -> {
                Builtins.count(in, name, a, 2, 2, at);
                return get(in, a[0], in.str(a[1]), at);
            });
        }
        if (name.equals("__delattr__")) {
            return new PyBuiltin(name, (in, a, kn, kv, at) -> {
                Builtins.count(in, name, a, 2, 2, at);
                delPlain(in, a[0], in.str(a[1]), at);
                return Py.NONE;
            });
        }
        if (name.equals("__new__")) {
            return new PyBuiltin(name, (in, a, kn, kv, at) -> {
                if (a.length == 0 || !(a[0] instanceof PyClass)) {
                    throw in.error("TypeError", "object.__new__(X): X is not a type object", at);
                }
                PyObj obj = new PyObj((PyClass) a[0], ++in.objSerial);
                in.lecture.created(obj, at);
                return obj;
            });
        }
        if (name.equals("__repr__") || name.equals("__str__")) {
            return new PyBuiltin(name, (in, a, kn, kv, at) -> {
                Builtins.count(in, name, a, 1, 1, at);
                if (name.equals("__str__")) {
                    return in.repr(a[0]); // object.__str__ is the type's repr
                }
                return a[0] instanceof PyObj ? Interp.defaultRepr((PyObj) a[0]) : in.repr(a[0]);
            });
        }
        if (name.equals("__eq__") || name.equals("__ne__")) {
            return new PyBuiltin(name, (in, a, kn, kv, at) -> {
                Builtins.count(in, name, a, 2, 2, at);
                if (a[0] == a[1]) {
                    return name.equals("__eq__");
                }
                return Interp.NOT_IMPLEMENTED;
            });
        }
        if (name.equals("__hash__")) {
            return new PyBuiltin(name, (in, a, kn, kv, at) -> {
                Builtins.count(in, name, a, 1, 1, at);
                return a[0] instanceof PyObj ? (long) ((PyObj) a[0]).serial : Builtins.hash(in, a[0], at);
            });
        }
        if (name.equals("__init__") || name.equals("__init_subclass__")) {
            return new PyBuiltin(name, (in, a, kn, kv, at) -> Py.NONE);
        }
        return null;
    }

    /** A property's attributes: fget, fset, fdel, __doc__, and getter/setter/deleter that copy it with one changed. */
    private static Object property(Interp in, PyProperty p, String name) {
        if (name.equals("fget") || name.equals("fset") || name.equals("fdel") || name.equals("__doc__")) {
            Object v = name.equals("fget") ? p.fget : name.equals("fset") ? p.fset : name.equals("fdel") ? p.fdel : p.doc;
            return v == null ? Py.NONE : v;
        }
        if (name.equals("getter") || name.equals("setter") || name.equals("deleter")) {
            return new PyBuiltin(name, (in2, a, kn, kv, at) -> {
                Builtins.noKw(in2, name, kn, at);
                Builtins.count(in2, name, a, 1, 1, at);
                Object f = a[0] == Py.NONE ? null : a[0];
                if (name.equals("getter")) {
                    Object doc = f instanceof PyFunc && p.doc == null ? Ast.docOf(((PyFunc) f).body) : p.doc;
                    return new PyProperty(f, p.fset, p.fdel, doc);
                }
                return name.equals("setter") ? new PyProperty(p.fget, f, p.fdel, p.doc) : new PyProperty(p.fget, p.fset, f, p.doc);
            });
        }
        return null;
    }

    private static Object boundBuiltin(Object self, String name) {
        return new PyBuiltin(name, new Builtins.Op(Builtins.BOUND, self, name));
    }

    static void set(Interp in, Object o, String name, Object v, Node at) {
        if (o instanceof Value) {
            Value val = (Value) o;
            int k = val.id() - in.base;
            if (name.equals("data")) {
                if (!Interp.isNumber(v)) {
                    throw in.error("TypeError", "the playground's Value holds a number, not " + in.typeName(v), at);
                }
                val.setData(Interp.toDouble(v));
                if (k > 0) {
                    in.intData = Interp.flag(in.intData, k, Interp.isIntLike(v));
                    in.boolData = Interp.flag(in.boolData, k, v instanceof Boolean);
                }
            } else if (name.equals("grad")) {
                if (!Interp.isNumber(v)) {
                    throw in.error("TypeError", "the playground's Value holds a number as grad, not " + in.typeName(v), at);
                }
                val.setGrad(Interp.toDouble(v));
                if (k > 0) {
                    in.intGrad = Interp.flag(in.intGrad, k, Interp.isIntLike(v));
                }
            } else if (name.equals("label")) {
                val.setLabel(in.str(v));
            } else if (name.equals("_op") || name.equals("_prev")) {
                throw in.error("AttributeError", "the playground's Value computes '" + name + "' itself; it cannot be assigned", at);
            } else {
                HashMap<String, Object> attrs = in.valueAttrs.get(val); // not computeIfAbsent: no lambda class
                if (attrs == null) {
                    attrs = new HashMap<>();
                    in.valueAttrs.put(val, attrs);
                }
                attrs.put(name, v);
            }
            return;
        }
        if (o instanceof PyObj) {
            if (((PyObj) o).cls.hooks && ((PyObj) o).cls.lookup("__setattr__") != null) {
                in.callMethod(o, "__setattr__", new Object[] {name, v}, Interp.NO_NAMES, Interp.NO_ARGS, at);
                return;
            }
            setPlain(in, (PyObj) o, name, v, at);
            return;
        }
        setOther(in, o, name, v, at);
    }

    /** object.__setattr__: descriptors and properties, else the instance's dict (no __setattr__ hook). */
    static void setPlain(Interp in, PyObj o, String name, Object v, Node at) {
        Object m = o.cls.lookup(name);
        if (m instanceof PyObj && ((PyObj) m).cls.lookup("__set__") != null) {
            in.callMethod(m, "__set__", new Object[] {o, v}, Interp.NO_NAMES, Interp.NO_ARGS, at);
            return;
        }
        if (m instanceof PyProperty) {
            if (((PyProperty) m).fset == null) {
                throw in.error("AttributeError", "property '" + name + "' of '" + o.cls.name + "' object has no setter", at);
            }
            in.call(((PyProperty) m).fset, new Object[] {o, v}, Interp.NO_NAMES, Interp.NO_ARGS, at);
            return;
        }
        o.attrs.put(name, v);
        if (o.dict != null) {
            o.dict.put(name, v);
        }
    }

    private static void setOther(Interp in, Object o, String name, Object v, Node at) {
        if (o instanceof PyClass) {
            ((PyClass) o).dict.put(name, v);
            PyClass.epoch++;
            if (v instanceof PyObj || name.equals("__setattr__") || name.equals("__delattr__")) {
                ((PyClass) o).refreshHooks();
            }
            return;
        }
        if (o instanceof PyModule) {
            ((PyModule) o).attrs.put(name, v);
            return;
        }
        if (o instanceof PyFunc || o instanceof PyBuiltin) {
            throw in.error("AttributeError", "'" + in.typeName(o) + "' object attribute '" + name + "' cannot be set in the playground", at);
        }
        throw in.error("AttributeError", "'" + in.typeName(o) + "' object has no attribute '" + name + "'", at);
    }

    static void del(Interp in, Object o, String name, Node at) {
        if (o instanceof PyObj && ((PyObj) o).cls.hooks && ((PyObj) o).cls.lookup("__delattr__") != null) {
            in.callMethod(o, "__delattr__", new Object[] {name}, Interp.NO_NAMES, Interp.NO_ARGS, at);
            return;
        }
        delPlain(in, o, name, at);
    }

    /** object.__delattr__: descriptors and properties, else the instance's dict. */
    static void delPlain(Interp in, Object o, String name, Node at) {
        if (o instanceof PyObj && ((PyObj) o).cls.lookup(name) instanceof PyObj
                && ((PyObj) ((PyObj) o).cls.lookup(name)).cls.lookup("__delete__") != null) {
            in.callMethod(((PyObj) o).cls.lookup(name), "__delete__", new Object[] {o}, Interp.NO_NAMES, Interp.NO_ARGS, at);
            return;
        }
        if (o instanceof PyObj && ((PyObj) o).cls.lookup(name) instanceof PyProperty) {
            PyProperty p = (PyProperty) ((PyObj) o).cls.lookup(name);
            if (p.fdel == null) {
                throw in.error("AttributeError", "property '" + name + "' of '" + ((PyObj) o).cls.name + "' object has no deleter", at);
            }
            in.call(p.fdel, new Object[] {o}, Interp.NO_NAMES, Interp.NO_ARGS, at);
            return;
        }
        if (o instanceof PyObj && ((PyObj) o).attrs.remove(name) != null) {
            if (((PyObj) o).dict != null) {
                ((PyObj) o).dict.map.remove(name);
            }
            return;
        }
        if (o instanceof PyClass && ((PyClass) o).dict.remove(name) != null) {
            PyClass.epoch++;
            return;
        }
        throw noAttr(in, o, name, at);
    }

    // ---------------------------------------------------------------- items

    static long index(Interp in, Object k, String what, Node at) {
        if (k instanceof BigInt) {
            throw in.error("IndexError", "cannot fit 'int' into an index-sized integer", at);
        }
        if (Interp.isIntLike(k)) {
            return Interp.toLong(k);
        }
        throw in.error("TypeError", what + " indices must be integers or slices, not " + in.typeName(k), at);
    }

    /** Python's slice.indices(len): start, stop, step, count. */
    static long[] sliceIndices(Interp in, Interp.Slice s, long len, Node at) {
        long step = s.step == Py.NONE ? 1 : index(in, s.step, "slice", at);
        if (step == 0) {
            throw in.error("ValueError", "slice step cannot be zero", at);
        }
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? len - 1 : len;
        long start;
        long stop;
        if (s.lo == Py.NONE) {
            start = step < 0 ? upper : lower;
        } else {
            start = index(in, s.lo, "slice", at);
            if (start < 0) {
                start = Math.max(start + len, lower);
            } else {
                start = Math.min(start, upper);
            }
        }
        if (s.hi == Py.NONE) {
            stop = step < 0 ? lower : upper;
        } else {
            stop = index(in, s.hi, "slice", at);
            if (stop < 0) {
                stop = Math.max(stop + len, lower);
            } else {
                stop = Math.min(stop, upper);
            }
        }
        long count;
        if (step > 0) {
            count = start < stop ? (stop - start + step - 1) / step : 0;
        } else {
            count = start > stop ? (start - stop - step - 1) / -step : 0;
        }
        return new long[] {start, stop, step, count};
    }

    /** Java strings index UTF-16 units, Python's code points: text with surrogate pairs takes a slower path. */
    static boolean hasPairs(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The code points of a text, each as a string. */
    static Object[] chars(String s) {
        ArrayList<Object> r = new ArrayList<>(s.length());
        for (int i = 0, n = s.length(); i < n; ) {
            int j = i + (Character.isHighSurrogate(s.charAt(i)) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1);
            r.add(s.substring(i, j));
            i = j;
        }
        return r.toArray();
    }

    static Object getitem(Interp in, Object o, Object k, Node at) {
        if (k instanceof Long && (o instanceof PyList || o instanceof PyTuple)) { // the common case first; errors below
            long i = (Long) k;
            int n = o instanceof PyList ? ((PyList) o).items.size() : ((PyTuple) o).items.length;
            if (i < 0) {
                i += n;
            }
            if (i >= 0 && i < n) {
                return o instanceof PyList ? ((PyList) o).items.get((int) i) : ((PyTuple) o).items[(int) i];
            }
        }
        if (EnumModule.members(o) != null) { // Color['RED']
            Object m = EnumModule.byName(o).get(k);
            if (m == null) {
                throw in.keyError(k, at);
            }
            return m;
        }
        if (o instanceof String && hasPairs((String) o)) {
            Object r = getitem(in, new PyTuple(chars((String) o)), k, at);
            if (r instanceof PyTuple) {
                StringBuilder sb = new StringBuilder();
                for (Object c : ((PyTuple) r).items) {
                    sb.append((String) c);
                }
                return sb.toString();
            }
            return r;
        }
        if (o instanceof PyList || o instanceof PyTuple || o instanceof String) {
            String what = o instanceof PyList ? "list" : o instanceof PyTuple ? "tuple" : "string";
            int len = o instanceof PyList ? ((PyList) o).items.size() : o instanceof PyTuple ? ((PyTuple) o).items.length : ((String) o).length();
            if (k instanceof Interp.Slice) {
                long[] ix = sliceIndices(in, (Interp.Slice) k, len, at);
                if (o instanceof String) {
                    String s = (String) o;
                    in.work(ix[3], at); // a slice copies its characters
                    StringBuilder sb = new StringBuilder();
                    for (long i = 0, j = ix[0]; i < ix[3]; i++, j += ix[2]) {
                        sb.append(s.charAt((int) j));
                    }
                    return sb.toString();
                }
                ArrayList<Object> r = new ArrayList<>((int) ix[3]);
                for (long i = 0, j = ix[0]; i < ix[3]; i++, j += ix[2]) {
                    r.add(o instanceof PyList ? ((PyList) o).items.get((int) j) : ((PyTuple) o).items[(int) j]);
                }
                in.steps += r.size() / 16;
                return o instanceof PyList ? new PyList(r) : new PyTuple(r.toArray());
            }
            long i = index(in, k, what.equals("string") ? "string" : what, at);
            if (i < 0) {
                i += len;
            }
            if (i < 0 || i >= len) {
                throw in.error("IndexError", what + " index out of range", at);
            }
            if (o instanceof PyList) {
                return ((PyList) o).items.get((int) i);
            }
            if (o instanceof PyTuple) {
                return ((PyTuple) o).items[(int) i];
            }
            return String.valueOf(((String) o).charAt((int) i));
        }
        if (o instanceof PyDict) {
            Object[] e = ((PyDict) o).map.get(in.hashKey(k, at));
            if (e == null) {
                throw in.keyError(k, at);
            }
            return e[1];
        }
        if (o instanceof PyRange) {
            PyRange r = (PyRange) o;
            long len = r.length();
            if (k instanceof Interp.Slice) {
                long[] ix = sliceIndices(in, (Interp.Slice) k, len, at);
                long st = r.start + ix[0] * r.step;
                return new PyRange(st, st + ix[3] * ix[2] * r.step, ix[2] * r.step);
            }
            long i = index(in, k, "range", at);
            if (i < 0) {
                i += len;
            }
            if (i < 0 || i >= len) {
                throw in.error("IndexError", "range object index out of range", at);
            }
            return r.start + i * r.step;
        }
        if (o instanceof PyObj && ((PyObj) o).cls.lookup("__getitem__") != null) {
            return in.callMethod(o, "__getitem__", new Object[] {k}, Interp.NO_NAMES, Interp.NO_ARGS, at);
        }
        if (o instanceof PyClass || o instanceof PyType) {
            return o; // list[int] style annotations
        }
        throw in.error("TypeError", "'" + in.typeName(o) + "' object is not subscriptable", at);
    }

    static void setitem(Interp in, Object o, Object k, Object v, Node at) {
        if (o instanceof PyList) {
            ArrayList<Object> l = ((PyList) o).items;
            if (k instanceof Interp.Slice) {
                long[] ix = sliceIndices(in, (Interp.Slice) k, l.size(), at);
                ArrayList<Object> vals;
                try {
                    vals = in.toList(v, at);
                } catch (PyException e) {
                    if (e.kind.equals("TypeError") && e.getMessage().endsWith("object is not iterable")) {
                        throw in.error("TypeError", ix[2] == 1 ? "can only assign an iterable" : "must assign iterable to extended slice", at);
                    }
                    throw e;
                }
                if (ix[2] == 1) {
                    int start = (int) ix[0];
                    int stop = (int) Math.max(ix[0], ix[1]);
                    ArrayList<Object> tail = new ArrayList<>(l.size() - stop + vals.size());
                    tail.addAll(vals);
                    for (int i = stop; i < l.size(); i++) {
                        tail.add(l.get(i));
                    }
                    while (l.size() > start) {
                        l.remove(l.size() - 1);
                    }
                    l.addAll(tail);
                    return;
                }
                if (vals.size() != ix[3]) {
                    throw in.error("ValueError", "attempt to assign sequence of size " + vals.size() + " to extended slice of size " + ix[3], at);
                }
                for (long i = 0, j = ix[0]; i < ix[3]; i++, j += ix[2]) {
                    l.set((int) j, vals.get((int) i));
                }
                return;
            }
            long i = index(in, k, "list", at);
            if (i < 0) {
                i += l.size();
            }
            if (i < 0 || i >= l.size()) {
                throw in.error("IndexError", "list assignment index out of range", at);
            }
            l.set((int) i, v);
            return;
        }
        if (o instanceof PyDict) {
            in.dictPut((PyDict) o, k, v, at);
            ((PyDict) o).sync();
            return;
        }
        if (o instanceof PyObj && ((PyObj) o).cls.lookup("__setitem__") != null) {
            in.callMethod(o, "__setitem__", new Object[] {k, v}, Interp.NO_NAMES, Interp.NO_ARGS, at);
            return;
        }
        throw in.error("TypeError", "'" + in.typeName(o) + "' object does not support item assignment", at);
    }

    static void delitem(Interp in, Object o, Object k, Node at) {
        if (o instanceof PyList) {
            ArrayList<Object> l = ((PyList) o).items;
            if (k instanceof Interp.Slice) {
                long[] ix = sliceIndices(in, (Interp.Slice) k, l.size(), at);
                ArrayList<Object> keep = new ArrayList<>();
                java.util.HashSet<Long> drop = new java.util.HashSet<>();
                for (long i = 0, j = ix[0]; i < ix[3]; i++, j += ix[2]) {
                    drop.add(j);
                }
                for (int i = 0; i < l.size(); i++) {
                    if (!drop.contains((long) i)) {
                        keep.add(l.get(i));
                    }
                }
                l.clear();
                l.addAll(keep);
                return;
            }
            long i = index(in, k, "list", at);
            if (i < 0) {
                i += l.size();
            }
            if (i < 0 || i >= l.size()) {
                throw in.error("IndexError", "list assignment index out of range", at);
            }
            l.remove((int) i);
            return;
        }
        if (o instanceof PyDict) {
            if (((PyDict) o).map.remove(in.hashKey(k, at)) == null) {
                throw in.keyError(k, at);
            }
            ((PyDict) o).sync();
            return;
        }
        if (o instanceof PyObj && ((PyObj) o).cls.lookup("__delitem__") != null) { // collections' classes too
            in.callMethod(o, "__delitem__", new Object[] {k}, Interp.NO_NAMES, Interp.NO_ARGS, at);
            return;
        }
        throw in.error("TypeError", "'" + in.typeName(o) + "' object does not support item deletion", at);
    }
}
