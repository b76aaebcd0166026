package dev.backprop.lang;

import dev.backprop.lang.Ast.Expr;
import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Ast.Stmt;
import java.util.List;

/** {@code with ctx as target: body}, one item (the parser nests several); and the context manager protocol. */
final class With extends Stmt {
    final Expr ctx;
    final Expr target; // null without 'as'
    final List<Stmt> body;

    With(Expr ctx, Expr target, List<Stmt> body) {
        this.ctx = ctx;
        this.target = target;
        this.body = body;
    }

    @Override
    int exec(Interp in, Frame f) {
        in.step(this);
        Object m = ctx.eval(in, f);
        in.attribute(this, f);
        Object v = enter(in, m, this);
        int r;
        try {
            if (target != null) {
                target.assign(in, f, v);
            }
            r = Ast.execBlock(body, in, f);
        } catch (PyException e) {
            if (!e.catchable()) {
                throw e;
            }
            if (exit(in, m, e, this)) {
                return Ast.NORMAL;
            }
            throw e;
        }
        exit(in, m, null, this);
        return r;
    }

    /** contextlib's contextmanager, nullcontext and suppress: CPython 3.11's logic, as a prelude module. */
    static final String CONTEXTLIB = "contextlib.py"; // in dev/backprop/lang/py/

    /** A context manager implemented in Java. */
    interface Manager {
        Object enter(Interp in, Node at);

        /** e: the exception leaving the body, or null; true swallows it. */
        boolean exit(Interp in, PyException e, Node at);
    }

    static Object enter(Interp in, Object m, Node at) {
        if (m instanceof Manager) {
            return ((Manager) m).enter(in, at);
        }
        if (m instanceof Py.PyObj) {
            Py.PyClass c = ((Py.PyObj) m).cls;
            if (c.lookup("__enter__") != null) {
                if (c.lookup("__exit__") == null) {
                    throw in.error("TypeError", "'" + in.typeName(m) + "' object does not support the context manager protocol (missed __exit__ method)", at);
                }
                return in.callMethod(m, "__enter__", Interp.NO_ARGS, Interp.NO_NAMES, Interp.NO_ARGS, at);
            }
        }
        throw in.error("TypeError", "'" + in.typeName(m) + "' object does not support the context manager protocol", at);
    }

    /** Calls __exit__ (with the exception's type, value and None for the traceback); whether it swallows e. */
    static boolean exit(Interp in, Object m, PyException e, Node at) {
        if (m instanceof Manager) {
            return ((Manager) m).exit(in, e, at);
        }
        Object[] args;
        if (e == null) {
            args = new Object[] {Py.NONE, Py.NONE, Py.NONE};
        } else {
            Object v = in.exceptionObject(e);
            args = new Object[] {Excs.typeOf(in, v), v, new Excs.Traceback()};
        }
        PyException saved = in.handling;
        if (e != null) {
            in.handling = e;
        }
        try {
            Object r = in.callMethod(m, "__exit__", args, Interp.NO_NAMES, Interp.NO_ARGS, at);
            return e != null && in.truthy(r);
        } finally {
            in.handling = saved;
        }
    }
}
