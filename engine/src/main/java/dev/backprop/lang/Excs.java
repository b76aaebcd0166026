package dev.backprop.lang;

import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.PyClass;
import dev.backprop.lang.Py.PyExc;
import dev.backprop.lang.Py.PyObj;
import dev.backprop.lang.Py.PyTuple;
import dev.backprop.lang.Py.PyType;

/**
 * Exception objects. Built-in ones are {@link PyExc}; an instance of a user class derived from a built-in
 * exception ({@code class E(ValueError)}) is a {@link PyObj} whose {@code exc} holds what BaseException keeps:
 * args, __cause__, __context__.
 */
final class Excs {
    private Excs() {
    }

    /** What __exit__ gets as its traceback: an opaque object (the playground keeps no frames). */
    static final class Traceback {
    }

    static boolean isType(Object t) {
        return t instanceof PyType && Builtins.isExceptionType((PyType) t);
    }

    /** The state of an exception object, or null if o is none. */
    static PyExc state(Object o) {
        if (o instanceof PyExc) {
            return (PyExc) o;
        }
        if (o instanceof PyObj) {
            return ((PyObj) o).exc;
        }
        return null;
    }

    /** type(e) of an exception object. */
    static Object typeOf(Interp in, Object e) {
        if (e instanceof PyExc) {
            return ((PyExc) e).type;
        }
        if (e instanceof PyObj) {
            return ((PyObj) e).cls;
        }
        return Py.NONE;
    }

    /** Marks an exception object raised: its __traceback__ is no longer None (CPython's holds the frames). */
    static void raised(PyExc st) {
        if (st.traceback == Py.NONE) {
            st.traceback = new Traceback();
        }
    }

    /** raise exc: an exception class is called without arguments; the handled exception becomes __context__. */
    static PyException raise(Interp in, Object exc, Node at) {
        if (isType(exc)) {
            exc = new PyExc((PyType) exc, null);
        } else if (exc instanceof PyClass && ((PyClass) exc).exc != null) {
            exc = Calls.instantiate(in, (PyClass) exc, Interp.NO_ARGS, Interp.NO_NAMES, Interp.NO_ARGS, at);
        }
        PyException pe;
        if (exc instanceof PyExc) {
            PyExc e = (PyExc) exc;
            pe = in.error(e.type.name, e.message == null ? "" : e.message, at);
        } else if (exc instanceof PyObj && ((PyObj) exc).exc != null) {
            pe = in.error(((PyObj) exc).cls.name, safeStr(in, exc), at);
        } else {
            return in.error("TypeError", "exceptions must derive from BaseException", at);
        }
        pe.value = exc;
        pe.context = null;
        raised(state(exc));
        if (in.handling != null) {
            Object ctx = in.exceptionObject(in.handling);
            if (ctx != exc) {
                state(exc).context = ctx;
            }
        }
        return pe;
    }

    private static String safeStr(Interp in, Object o) {
        try {
            return in.str(o);
        } catch (PyException e) {
            if (!e.catchable()) {
                throw e;
            }
            return "<exception str() failed>";
        }
    }

    /** raise ... from c: c (an exception, its class, or None) becomes __cause__. */
    static void cause(Interp in, PyException pe, Object c, Node at) {
        if (isType(c)) {
            c = new PyExc((PyType) c, null);
        } else if (c instanceof PyClass && ((PyClass) c).exc != null) {
            c = Calls.instantiate(in, (PyClass) c, Interp.NO_ARGS, Interp.NO_NAMES, Interp.NO_ARGS, at);
        }
        if (c != Py.NONE && state(c) == null) {
            throw in.error("TypeError", "exception causes must derive from BaseException", at);
        }
        PyExc st = state(in.exceptionObject(pe));
        st.cause = c;
        st.suppress = true;
    }

    /** The attributes every exception has; null if name is none of them. */
    static Object attr(PyExc st, String name) {
        if (name.equals("args")) {
            if (st.args != null) {
                return new PyTuple(st.args.clone());
            }
            return st.message == null ? PyTuple.EMPTY : new PyTuple(new Object[] {st.message});
        }
        if (name.equals("__cause__")) {
            return st.cause;
        }
        if (name.equals("__context__")) {
            return st.context;
        }
        if (name.equals("__suppress_context__")) {
            return st.suppress;
        }
        if (name.equals("__traceback__")) {
            return st.traceback;
        }
        if (name.equals("value") && derives(st.type, "StopIteration")) {
            Object[] a = st.args;
            return a != null && a.length > 0 ? a[0] : Py.NONE;
        }
        return null;
    }

    private static boolean derives(PyType t, String name) {
        for (PyType k = t; k != null; k = k.base) {
            if (k.name.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** BaseException.__repr__: E('x'), E(), E('a', 2). */
    static String repr(Interp in, String name, Object[] args) {
        if (args.length == 1) {
            return name + "(" + in.repr(args[0]) + ")";
        }
        return name + in.repr(new PyTuple(args));
    }

    /** BaseException.__str__ (KeyError's shows its key's repr). */
    static String str(Interp in, PyExc st) {
        Object[] a = st.args;
        if (a == null) {
            return st.message == null ? "" : st.message;
        }
        if (a.length == 0) {
            return "";
        }
        if (a.length == 1) {
            return derives(st.type, "KeyError") ? in.repr(a[0]) : in.str(a[0]);
        }
        return in.repr(new PyTuple(a));
    }

    /** super().__init__(...), super().__str__() ... of a user exception: BaseException's; null if not one of those. */
    static Object baseMethod(Interp in, PyObj self, String name, Object[] args, Node at) {
        if (name.equals("__init__")) {
            PyExc old = self.exc;
            PyExc st = new PyExc(old.type, null, args.clone());
            st.cause = old.cause;
            st.context = old.context;
            st.suppress = old.suppress;
            self.exc = st;
            return Py.NONE;
        }
        if (name.equals("__str__")) {
            return str(in, self.exc);
        }
        if (name.equals("__repr__")) {
            return repr(in, self.cls.name, self.exc.args);
        }
        return null;
    }

    /** Exception.__init__ / __str__ / __repr__ called on an instance of a user exception class. */
    static Object unbound(PyType t, String name) {
        return new Py.PyBuiltin(name, (in, a, kn, kv, at) -> {
            if (a.length == 0 || !(a[0] instanceof PyObj) || ((PyObj) a[0]).exc == null) {
                throw in.error("TypeError", "descriptor '" + name + "' of '" + t.name + "' object needs an argument", at);
            }
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return baseMethod(in, (PyObj) a[0], name, rest, at);
        });
    }

    /** isinstance(x, t) for a built-in exception class t. */
    static boolean isInstance(Object x, PyType t) {
        PyExc st = state(x);
        if (st == null) {
            return false;
        }
        for (PyType k = st.type; k != null; k = k.base) {
            if (k == t) {
                return true;
            }
        }
        return false;
    }
}
