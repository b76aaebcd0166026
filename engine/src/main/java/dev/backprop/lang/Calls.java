package dev.backprop.lang;

import dev.backprop.engine.Value;
import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Ast.Param;
import dev.backprop.lang.Ast.Params;
import dev.backprop.lang.Py.*;
import java.util.ArrayList;
import java.util.List;

/** Calling: functions with Python's argument binding, classes, bound methods, built-ins. */
final class Calls {
    private Calls() {
    }

    static Object call(Interp in, Object fn, Object[] args, String[] kn, Object[] kv, Node at) {
        if (fn instanceof PyFunc) {
            return callFunc(in, (PyFunc) fn, null, args, kn, kv, at);
        }
        if (fn instanceof PyBound) {
            PyBound b = (PyBound) fn;
            if (b.fn instanceof PyFunc) {
                return callFunc(in, (PyFunc) b.fn, b.self, args, kn, kv, at);
            }
            return call(in, b.fn, prepend(b.self, args), kn, kv, at);
        }
        if (fn instanceof PyBuiltin) {
            return ((PyBuiltin) fn).call(in, args, kn, kv, at);
        }
        if (fn instanceof PyClass) {
            return instantiate(in, (PyClass) fn, args, kn, kv, at);
        }
        if (fn instanceof PyObj && ((PyObj) fn).cls.lookup("__call__") != null) {
            return callMethod(in, fn, "__call__", args, kn, kv, at);
        }
        if (fn instanceof PyStaticMethod) {
            return call(in, ((PyStaticMethod) fn).fn, args, kn, kv, at);
        }
        if (fn instanceof PyClassMethod) {
            return call(in, ((PyClassMethod) fn).fn, args, kn, kv, at);
        }
        throw in.error("TypeError", "'" + in.typeName(fn) + "' object is not callable", at);
    }

    static Object[] prepend(Object self, Object[] args) {
        Object[] a = new Object[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return a;
    }

    static Object instantiate(Interp in, PyClass cls, Object[] args, String[] kn, Object[] kv, Node at) {
        return instantiate(in, cls, args, kn, kv, at, true);
    }

    /** cls(...); viaMeta: its metaclass's __call__ first, if it has one (type.__call__ passes false). */
    static Object instantiate(Interp in, PyClass cls, Object[] args, String[] kn, Object[] kv, Node at, boolean viaMeta) {
        Object mc = viaMeta ? Meta.call(cls) : null;
        if (mc != null) {
            return call(in, mc, args, kn, kv, at);
        }
        Object nw = cls.lookup("__new__");
        if (nw instanceof PyFunc || nw instanceof PyStaticMethod) { // a user __new__: cls(...) is __new__(cls, ...)
            Object fn = nw instanceof PyStaticMethod ? ((PyStaticMethod) nw).fn : nw;
            Object made = call(in, fn, prepend(cls, args), kn, kv, at);
            if (made instanceof PyObj && ((PyObj) made).cls.isSubclassOf(cls) && cls.lookup("__init__") != null) {
                Object r = call(in, in.getattr(made, "__init__", at), args, kn, kv, at);
                if (r != Py.NONE) {
                    throw in.error("TypeError", "__init__() should return None, not '" + in.typeName(r) + "'", at);
                }
            }
            return made;
        }
        PyObj obj = new PyObj(cls, ++in.objSerial);
        in.lecture.created(obj, at);
        Object init = cls.lookup("__init__");
        if (cls.exc != null) {
            obj.exc = new PyExc(cls.exc, null, args.clone()); // BaseException.__new__ keeps the arguments
        }
        if (init == null) {
            if (cls.exc != null) {
                if (kn.length > 0) {
                    throw in.error("TypeError", cls.name + "() takes no keyword arguments", at);
                }
                return obj;
            }
            if (args.length > 0 || kn.length > 0) {
                throw in.error("TypeError", cls.name + "() takes no arguments", at);
            }
            return obj;
        }
        Object r = init instanceof PyFunc ? callFunc(in, (PyFunc) init, obj, args, kn, kv, at)
                : call(in, init, prepend(obj, args), kn, kv, at);
        if (r != Py.NONE) {
            throw in.error("TypeError", "__init__() should return None, not '" + in.typeName(r) + "'", at);
        }
        in.lecture.initialized(obj);
        return obj;
    }

    static Object callFunc(Interp in, PyFunc fn, Object self, Object[] args, String[] kn, Object[] kv, Node at) {
        if (in.callDepth >= in.maxDepth) {
            throw in.error("RecursionError", "maximum recursion depth exceeded", at);
        }
        if (at != null) {
            in.attribute(at, null);
        }
        Frame f = Frame.function(fn, 0);
        int given = self != null ? args.length + 1 : args.length;
        if (kn.length == 0 && given == fn.scope.plainArity) {
            // the common call: exactly the positional parameters, which are the first slots (Scope.layout)
            Object[] sl = f.slots;
            if (self != null) {
                sl[0] = self;
                System.arraycopy(args, 0, sl, 1, args.length);
            } else {
                System.arraycopy(args, 0, sl, 0, args.length);
            }
        } else {
            bind(in, fn, f, self, args, kn, kv, at);
        }
        if (fn.scope.generator) {
            return Gen.make(in, fn, f);
        }
        int line = at == null || at.prelude ? in.userLine : at.line;
        int col = at == null || at.prelude ? in.userCol : at.col;
        int savedCall = in.curCall;
        int savedLine = in.userLine;
        int savedCol = in.userCol;
        in.pushCall(fn.qualname, line, col);
        if (at != null && !at.prelude) {
            in.userLine = at.line;
            in.userCol = at.col;
        }
        in.callDepth++;
        try {
            if (fn.exprBody != null) {
                Object r = fn.exprBody.eval(in, f);
                in.attribute(fn.exprBody, f);
                return r;
            }
            int r = Ast.execBlock(fn.body, in, f);
            return r == Ast.RETURN ? f.ret : Py.NONE;
        } finally {
            in.callDepth--;
            in.curCall = savedCall;
            in.userLine = savedLine;
            in.userCol = savedCol;
        }
    }

    private static String fname(PyFunc fn) {
        return fn.qualname + "()";
    }

    static void bind(Interp in, PyFunc fn, Frame f, Object self, Object[] args, String[] kn, Object[] kv, Node at) {
        Params ps = fn.params;
        List<Param> pos = ps.positional;
        int np = pos.size();
        int given = args.length + (self != null ? 1 : 0);
        Object[] slots = new Object[np + ps.kwonly.size()];
        Object[] all = self != null ? prepend(self, args) : args;
        int n = Math.min(all.length, np);
        System.arraycopy(all, 0, slots, 0, n);
        if (all.length > np) {
            if (ps.varargs == null) {
                int required = 0;
                for (Param p : pos) {
                    if (p.def == null) {
                        required++;
                    }
                }
                String takes = required == np ? np + " positional argument" + (np == 1 ? "" : "s")
                        : "from " + required + " to " + np + " positional arguments";
                throw in.error("TypeError", fname(fn) + " takes " + takes + " but " + all.length + " were given"
                        .replace(" were", all.length == 1 ? " was" : " were"), at);
            }
            Object[] rest = new Object[all.length - np];
            System.arraycopy(all, np, rest, 0, rest.length);
            f.put(ps.varargs, new PyTuple(rest));
        } else if (ps.varargs != null) {
            f.put(ps.varargs, PyTuple.EMPTY);
        }
        PyDict extra = ps.kwargs != null ? new PyDict() : null;
        for (int i = 0; i < kn.length; i++) {
            String name = kn[i];
            int idx = -1;
            for (int j = ps.posOnly; j < np; j++) {
                if (pos.get(j).name.equals(name)) {
                    idx = j;
                    break;
                }
            }
            if (idx < 0) {
                for (int j = 0; j < ps.kwonly.size(); j++) {
                    if (ps.kwonly.get(j).name.equals(name)) {
                        idx = np + j;
                        break;
                    }
                }
            }
            if (idx < 0) {
                if (extra == null) {
                    throw in.error("TypeError", fname(fn) + " got an unexpected keyword argument '" + name + "'", at);
                }
                extra.put(name, kv[i]);
                continue;
            }
            if (slots[idx] != null) {
                throw in.error("TypeError", fname(fn) + " got multiple values for argument '" + name + "'", at);
            }
            slots[idx] = kv[i];
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == null) {
                Object d = fn.defaults.length > i ? fn.defaults[i] : null;
                if (d != null) {
                    slots[i] = d;
                } else {
                    missing.add(i < np ? pos.get(i).name : ps.kwonly.get(i - np).name);
                }
            }
        }
        if (!missing.isEmpty()) {
            boolean kwOnlyMissing = slots.length > np && missing.contains(ps.kwonly.isEmpty() ? "" : missing.get(missing.size() - 1))
                    && !containsPositional(pos, missing);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < missing.size(); i++) {
                if (i > 0) {
                    sb.append(i == missing.size() - 1 ? (missing.size() > 2 ? ", and " : " and ") : ", ");
                }
                sb.append('\'').append(missing.get(i)).append('\'');
            }
            throw in.error("TypeError", fname(fn) + " missing " + missing.size() + " required "
                    + (kwOnlyMissing ? "keyword-only" : "positional") + " argument" + (missing.size() == 1 ? "" : "s") + ": " + sb, at);
        }
        for (int i = 0; i < np; i++) {
            f.put(pos.get(i).name, slots[i]);
        }
        for (int i = 0; i < ps.kwonly.size(); i++) {
            f.put(ps.kwonly.get(i).name, slots[np + i]);
        }
        if (extra != null) {
            f.put(ps.kwargs, extra);
        }
    }

    private static boolean containsPositional(List<Param> pos, List<String> missing) {
        for (Param p : pos) {
            if (missing.contains(p.name)) {
                return true;
            }
        }
        return false;
    }

    static Object callMethod(Interp in, Object self, String name, Object[] args, String[] kn, Object[] kv, Node at) {
        if (name.equals("backward") && Nodes.node(self)) {
            in.lastBackward = self;
        }
        if (self instanceof PyObj) {
            PyObj o = (PyObj) self;
            Object v = o.attrs.get(name);
            if (v != null) {
                return call(in, v, args, kn, kv, at);
            }
            Object m = o.cls.lookup(name);
            if (m instanceof PyFunc) {
                return callFunc(in, (PyFunc) m, self, args, kn, kv, at);
            }
            if (m instanceof PyStaticMethod) {
                return call(in, ((PyStaticMethod) m).fn, args, kn, kv, at);
            }
            // anything else (__class__, a descriptor, __getattr__) as attribute access finds it
            return call(in, in.getattr(self, name, at), args, kn, kv, at);
        }
        if (self instanceof Value) {
            return Methods.value(in, (Value) self, name, args, kn, kv, at);
        }
        if (self instanceof PySuper) {
            PySuper s = (PySuper) self;
            Object m = s.lookup(name);
            if (m instanceof PyFunc) {
                return callFunc(in, (PyFunc) m, s.self, args, kn, kv, at);
            }
            if (m == null && s.self instanceof PyObj && ((PyObj) s.self).exc != null) {
                Object r = Excs.baseMethod(in, (PyObj) s.self, name, args, at);
                if (r != null) {
                    return r;
                }
            }
            if (m == null && name.equals("__init__")) {
                return Py.NONE; // object.__init__
            }
            if (m == null && (Attrs.objectAttr(name) != null || Meta.isMeta(s.start))) { // object.__setattr__, __new__, type's...
                return call(in, Attrs.get(in, self, name, at), args, kn, kv, at);
            }
            if (m == null) {
                throw in.error("AttributeError", "'super' object has no attribute '" + name + "'", at);
            }
            return call(in, Attrs.get(in, self, name, at), args, kn, kv, at);
        }
        if (Methods.has(self, name)) {
            return Methods.call(in, self, name, args, kn, kv, at);
        }
        return call(in, in.getattr(self, name, at), args, kn, kv, at);
    }
}
