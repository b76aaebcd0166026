package dev.backprop.lang;

import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.*;
import java.util.HashMap;
import java.util.List;

/**
 * Metaclasses: {@code class M(type)} and {@code class A(metaclass=M)}. A class made by M has {@code meta} M:
 * type(A) is M, A's attributes fall back to M's (bound to A), A(...) runs M.__call__ when M defines one, and M's
 * __new__/__init__ run when the class statement ends. type's own __new__, __init__ and __call__ are what
 * super() finds past M.
 */
final class Meta {
    private Meta() {
    }

    /** c derives from type (a metaclass). */
    static boolean isMeta(PyClass c) {
        for (PyClass k : c.mro) {
            if (k.derivesType) {
                return true;
            }
        }
        return false;
    }

    /** The metaclass a class statement uses: metaclass= if given (type: none), else its first base's. */
    static PyClass of(Interp in, Object explicit, List<PyClass> bases, Node at) {
        if (explicit != null) {
            if (explicit instanceof PyType && ((PyType) explicit).name.equals("type")) {
                return null;
            }
            if (!(explicit instanceof PyClass) || !isMeta((PyClass) explicit)) {
                if (explicit instanceof PyClass || explicit instanceof PyType) {
                    return null; // CPython calls any callable; a plain class as metaclass is rare: keep the class statement's
                }
                throw in.error("TypeError", "metaclass must be a class deriving from type", at);
            }
            return (PyClass) explicit;
        }
        for (PyClass b : bases) {
            if (b.meta != null) {
                return b.meta;
            }
        }
        return null;
    }

    /** The class statement's end with metaclass m: M.__new__ makes the class (if M defines one), then M.__init__. */
    static Object make(Interp in, PyClass m, String name, List<PyClass> bases, HashMap<String, Object> dict,
            java.util.function.Supplier<PyClass> plain, Node at) {
        PyTuple bt = new PyTuple(bases.toArray());
        PyDict ns = new PyDict();
        for (java.util.Map.Entry<String, Object> e : dict.entrySet()) {
            ns.put(e.getKey(), e.getValue());
        }
        Object nw = m.lookup("__new__");
        Object c;
        if (nw instanceof PyFunc || nw instanceof PyStaticMethod) {
            Object fn = nw instanceof PyStaticMethod ? ((PyStaticMethod) nw).fn : nw;
            c = in.call(fn, new Object[] {m, name, bt, ns}, Interp.NO_NAMES, Interp.NO_ARGS, at);
        } else {
            PyClass pc = plain.get();
            pc.meta = m;
            c = pc;
        }
        Object init = m.lookup("__init__");
        if (c instanceof PyClass && ((PyClass) c).meta != null && init instanceof PyFunc) {
            in.call(init, new Object[] {c, name, bt, ns}, Interp.NO_NAMES, Interp.NO_ARGS, at);
        }
        return c;
    }

    /** type.__new__(mcs, name, bases, ns), type.__init__ and type.__call__ as super() finds them past a metaclass. */
    static Object typeAttr(Object self, String name) {
        if (name.equals("__new__")) {
            return new PyBuiltin("__new__", (in, a, kn, kv, at) -> {
                if (a.length != 4 || !(a[0] instanceof PyClass)) {
                    throw in.error("TypeError", "type.__new__() takes exactly 4 arguments (" + a.length + " given)", at);
                }
                PyClass c = Builtins.newType(in, new Object[] {a[1], a[2], a[3]}, at);
                c.meta = (PyClass) a[0];
                return c;
            });
        }
        if (name.equals("__init__")) {
            return new PyBuiltin("__init__", (in, a, kn, kv, at) -> Py.NONE);
        }
        if (name.equals("__call__") && self instanceof PyClass) {
            return new PyBuiltin("__call__", (in, a, kn, kv, at) -> Calls.instantiate(in, (PyClass) self, a, kn, kv, at, false));
        }
        return null;
    }

    /** A(...) when A's metaclass defines __call__: that method, bound to A; else null. */
    static Object call(PyClass cls) {
        if (cls.meta == null) {
            return null;
        }
        Object f = cls.meta.lookup("__call__");
        return f instanceof PyFunc ? new PyBound(cls, f) : null;
    }

    /** A class attribute missing from A's own MRO: its metaclass's (methods bound to A); else null. */
    static Object attr(PyClass c, String name) {
        if (c.meta == null) {
            return null;
        }
        Object v = c.meta.lookup(name);
        if (v instanceof PyFunc) {
            return new PyBound(c, v);
        }
        if (v instanceof PyClassMethod) {
            return new PyBound(c.meta, ((PyClassMethod) v).fn);
        }
        if (v instanceof PyStaticMethod) {
            return ((PyStaticMethod) v).fn;
        }
        return v;
    }
}
