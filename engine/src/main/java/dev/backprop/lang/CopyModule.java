package dev.backprop.lang;

import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.*;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;

/**
 * The copy module: copy() and deepcopy() of lists, tuples, dicts, sets and objects. deepcopy walks with an
 * explicit stack (user data can be deep) and a memo, so shared and cyclic parts stay shared and cyclic; dicts
 * and sets are filled last, once the keys copied into them are complete and hash as they will.
 */
final class CopyModule {
    private CopyModule() {
    }

    static PyModule create(Interp in) {
        PyModule m = new PyModule("copy");
        m.attrs.put("copy", new PyBuiltin("copy", (in2, a, kn, kv, at) -> {
            Builtins.count(in2, "copy", a, 1, 1, at);
            return shallow(in2, a[0], at);
        }));
        m.attrs.put("deepcopy", new PyBuiltin("deepcopy", (in2, a, kn, kv, at) -> {
            Builtins.count(in2, "deepcopy", a, 1, 2, at);
            return new Deep(in2, at).run(a[0]);
        }));
        return m;
    }

    static Object shallow(Interp in, Object o, Node at) {
        if (o instanceof PyObj && ((PyObj) o).cls.lookup("__copy__") != null) {
            return in.callMethod(o, "__copy__", Interp.NO_ARGS, Interp.NO_NAMES, Interp.NO_ARGS, at);
        }
        if (o instanceof PyList) {
            return new PyList(new ArrayList<>(((PyList) o).items));
        }
        if (o instanceof PyDict) {
            PyDict d = new PyDict();
            for (java.util.Map.Entry<Object, Object[]> e : ((PyDict) o).map.entrySet()) {
                d.map.put(e.getKey(), new Object[] {e.getValue()[0], e.getValue()[1]});
            }
            return d;
        }
        if (o instanceof PySet && !((PySet) o).frozen) {
            PySet s = new PySet();
            s.map.putAll(((PySet) o).map);
            return s;
        }
        if (o instanceof PyObj) {
            PyObj src = (PyObj) o;
            PyObj r = new PyObj(src.cls, ++in.objSerial);
            in.lecture.created(r, at);
            r.attrs.putAll(src.attrs);
            return r;
        }
        return o; // immutable, or shared as CPython shares it (functions, classes, modules)
    }

    private static final class Deep {
        final Interp in;
        final Node at;
        final IdentityHashMap<Object, Object> memo = new IdentityHashMap<>();
        final ArrayDeque<Object[]> work = new ArrayDeque<>(); // {source, copy}: copies still to fill
        final ArrayList<Object[]> late = new ArrayList<>();   // dicts and sets: filled once keys are complete

        Deep(Interp in, Node at) {
            this.in = in;
            this.at = at;
        }

        Object run(Object root) {
            Object r = shell(root);
            while (!work.isEmpty()) {
                Object[] p = work.pop();
                in.step(at);
                fill(p[0], p[1]);
            }
            for (int i = late.size() - 1; i >= 0; i--) { // inner ones were found later: fill them first
                Object[] p = late.get(i);
                if (p[0] instanceof PyDict) {
                    for (Object[] e : ((PyDict) p[0]).map.values()) {
                        in.dictPut((PyDict) p[1], memoOf(e[0]), memoOf(e[1]), at);
                    }
                } else {
                    for (Object x : ((PySet) p[0]).map.values()) {
                        in.setAdd((PySet) p[1], memoOf(x), at);
                    }
                }
            }
            return r;
        }

        private Object memoOf(Object o) {
            Object c = memo.get(o);
            return c == null ? o : c;
        }

        /** The copy of o: itself when immutable and atomic, else an empty copy queued for filling. */
        private Object shell(Object o) {
            Object c = memo.get(o);
            if (c != null) {
                return c;
            }
            if (o instanceof PyList) {
                c = new PyList();
            } else if (o instanceof PyTuple) {
                Object[] items = ((PyTuple) o).items;
                c = items.length == 0 ? o : new PyTuple(new Object[items.length]);
            } else if (o instanceof PyDict) {
                c = new PyDict();
                late.add(new Object[] {o, c});
            } else if (o instanceof PySet) {
                PySet s = new PySet();
                s.frozen = ((PySet) o).frozen;
                c = s;
                late.add(new Object[] {o, c});
            } else if (o instanceof PyObj && ((PyObj) o).cls.lookup("__deepcopy__") != null) {
                c = in.callMethod(o, "__deepcopy__", new Object[] {new PyDict()}, Interp.NO_NAMES, Interp.NO_ARGS, at);
                memo.put(o, c);
                return c;
            } else if (o instanceof PyObj) {
                PyObj r = new PyObj(((PyObj) o).cls, ++in.objSerial);
                in.lecture.created(r, at);
                c = r;
            } else {
                return o; // numbers, strings, None, functions, classes, modules, Values
            }
            memo.put(o, c);
            if (c != o) {
                work.push(new Object[] {o, c});
            }
            return c;
        }

        private void fill(Object src, Object dst) {
            if (src instanceof PyList) {
                ArrayList<Object> items = ((PyList) src).items;
                in.work(items.size(), at);
                for (Object x : items) {
                    ((PyList) dst).items.add(shell(x));
                }
            } else if (src instanceof PyTuple) {
                Object[] items = ((PyTuple) src).items;
                in.work(items.length, at);
                for (int i = 0; i < items.length; i++) {
                    ((PyTuple) dst).items[i] = shell(items[i]);
                }
            } else if (src instanceof PyDict) { // copies of keys and values now, the entries at the end
                for (Object[] e : ((PyDict) src).map.values()) {
                    shell(e[0]);
                    shell(e[1]);
                }
            } else if (src instanceof PySet) {
                for (Object x : ((PySet) src).map.values()) {
                    shell(x);
                }
            } else {
                PyObj d = (PyObj) dst;
                for (java.util.Map.Entry<String, Object> e : ((PyObj) src).attrs.entrySet()) {
                    d.attrs.put(e.getKey(), shell(e.getValue()));
                }
            }
        }
    }
}
