package dev.backprop.lang;

import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.*;
import java.util.ArrayList;

/**
 * The dataclasses module: field(), fields(), asdict(), astuple(), replace() and the decorator in Python (the
 * prelude below); the methods a dataclass gets (__init__, __repr__, __eq__, order, __hash__, frozen) are written
 * as Python source here, one class per dataclass, and run, so their errors and qualnames are CPython's.
 */
final class Dataclasses {
    private Dataclasses() {
    }

    static final String SRC = "dataclasses.py"; // in dev/backprop/lang/py/

    static PyModule create(Interp in) {
        PyModule m = new PyModule("dataclasses");
        m.attrs.put("_build", new PyBuiltin("_build", Dataclasses::build));
        Preludes.runFile(in, SRC, m);
        return m;
    }

    /** _build(cls, fields, init, repr, eq, order, frozen, unsafe_hash, MISSING): writes and installs the methods. */
    private static Object build(Interp in, Object[] a, String[] kn, Object[] kv, Node at) {
        if (a.length != 9 || !(a[0] instanceof PyClass) || !(a[1] instanceof PyList)) {
            throw in.error("TypeError", "dataclass() should be called on a class", at);
        }
        PyClass cls = (PyClass) a[0];
        ArrayList<Object> fields = ((PyList) a[1]).items;
        boolean init = in.truthy(a[2]);
        boolean repr = in.truthy(a[3]);
        boolean eq = in.truthy(a[4]);
        boolean order = in.truthy(a[5]);
        boolean frozen = in.truthy(a[6]);
        boolean unsafeHash = in.truthy(a[7]);
        Object missing = a[8];
        PyModule scope = new PyModule("dataclasses");
        scope.attrs.put("_HF", missing); // the default of a parameter whose field has a default_factory
        scope.attrs.put("_oset", Attrs.objectAttr("__setattr__"));
        String n = cls.name;
        StringBuilder src = new StringBuilder("class " + n + ":\n");
        ArrayList<String> cmp = new ArrayList<>(); // fields compared by __eq__ and the order methods
        ArrayList<String> hashed = new ArrayList<>();
        StringBuilder params = new StringBuilder("self");
        StringBuilder body = new StringBuilder();
        StringBuilder reprs = new StringBuilder();
        boolean seenDefault = false;
        for (int i = 0; i < fields.size(); i++) {
            Object f = fields.get(i);
            String name = in.str(in.getattr(f, "name", at));
            Object dflt = in.getattr(f, "default", at);
            Object factory = in.getattr(f, "default_factory", at);
            boolean fInit = in.truthy(in.getattr(f, "init", at));
            String value;
            if (fInit) {
                if (dflt != missing) {
                    scope.attrs.put("_d" + i, dflt);
                    params.append(", ").append(name).append("=_d").append(i);
                    seenDefault = true;
                    value = name;
                } else if (factory != missing) {
                    scope.attrs.put("_f" + i, factory);
                    params.append(", ").append(name).append("=_HF");
                    seenDefault = true;
                    value = "_f" + i + "() if " + name + " is _HF else " + name;
                } else {
                    if (seenDefault) {
                        throw in.error("TypeError", "non-default argument '" + name + "' follows default argument", at);
                    }
                    params.append(", ").append(name);
                    value = name;
                }
            } else if (dflt != missing) {
                scope.attrs.put("_d" + i, dflt);
                value = "_d" + i;
            } else if (factory != missing) {
                scope.attrs.put("_f" + i, factory);
                value = "_f" + i + "()";
            } else {
                value = null;
            }
            if (value != null) {
                body.append(frozen ? "        _oset(self, '" + name + "', " + value + ")\n"
                        : "        self." + name + " = " + value + "\n");
            }
            if (in.truthy(in.getattr(f, "repr", at))) {
                reprs.append(reprs.length() == 0 ? "'" : " + ', ");
                reprs.append(name).append("=' + repr(self.").append(name).append(")");
            }
            if (in.truthy(in.getattr(f, "compare", at))) {
                cmp.add(name);
            }
            Object h = in.getattr(f, "hash", at);
            if (h == Py.NONE ? in.truthy(in.getattr(f, "compare", at)) : in.truthy(h)) {
                hashed.add(name);
            }
        }
        if (init) {
            if (cls.lookup("__post_init__") != null) {
                body.append("        self.__post_init__()\n");
            }
            src.append("    def __init__(").append(params).append("):\n").append(body.length() == 0 ? "        pass\n" : body);
        }
        if (repr) {
            src.append("    def __repr__(self):\n        return self.__class__.__qualname__ + '(' + ")
                    .append(reprs.length() == 0 ? "''" : reprs).append(" + ')'\n");
        }
        String mine = tuple("self", cmp);
        String theirs = tuple("other", cmp);
        if (eq) {
            src.append("    def __eq__(self, other):\n        if other.__class__ is self.__class__:\n            return ")
                    .append(mine).append(" == ").append(theirs).append("\n        return NotImplemented\n");
        }
        if (order) {
            String[][] ops = {{"__lt__", "<"}, {"__le__", "<="}, {"__gt__", ">"}, {"__ge__", ">="}};
            for (String[] op : ops) {
                if (cls.dict.containsKey(op[0])) {
                    throw in.error("TypeError", "Cannot overwrite attribute " + op[0] + " in class " + n
                            + ". Consider using functools.total_ordering", at);
                }
                src.append("    def ").append(op[0]).append("(self, other):\n        if other.__class__ is self.__class__:\n")
                        .append("            return ").append(mine).append(' ').append(op[1]).append(' ').append(theirs)
                        .append("\n        return NotImplemented\n");
            }
        }
        boolean ownHash = cls.dict.get("__hash__") != null && cls.dict.get("__hash__") != Py.NONE;
        if (unsafeHash || eq && frozen) {
            src.append("    def __hash__(self):\n        return hash(").append(tuple("self", hashed)).append(")\n");
        }
        if (frozen) {
            src.append("    def __setattr__(self, name, value):\n")
                    .append("        raise AttributeError('cannot assign to field ' + repr(name))\n")
                    .append("    def __delattr__(self, name):\n")
                    .append("        raise AttributeError('cannot delete field ' + repr(name))\n");
        }
        src.append("    pass\n");
        PyClass made = (PyClass) Preludes.run(in, src.toString(), scope).get(n);
        for (java.util.Map.Entry<String, Object> e : made.dict.entrySet()) {
            String k = e.getKey();
            if (!(e.getValue() instanceof PyFunc)) {
                continue;
            }
            if (cls.dict.containsKey(k) && !k.equals("__hash__") && !k.equals("__setattr__") && !k.equals("__delattr__")) {
                continue; // the class's own __init__, __repr__, __eq__ stay
            }
            if (k.equals("__hash__") && ownHash && !unsafeHash) {
                continue;
            }
            ((PyFunc) e.getValue()).owner = cls;
            cls.dict.put(k, e.getValue());
        }
        if (eq && !frozen && !unsafeHash && !ownHash) {
            cls.dict.put("__hash__", Py.NONE); // as CPython: eq without frozen makes instances unhashable
        }
        cls.refreshHooks();
        return Py.NONE;
    }

    /** Python source of the tuple of these fields of {@code who}: "(self.x, self.y,)". */
    private static String tuple(String who, ArrayList<String> names) {
        StringBuilder sb = new StringBuilder("(");
        for (String x : names) {
            sb.append(who).append('.').append(x).append(", ");
        }
        return sb.append(")").toString();
    }
}
