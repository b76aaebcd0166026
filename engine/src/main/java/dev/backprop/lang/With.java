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
    static final String CONTEXTLIB = """
class _GeneratorContextManager:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None
    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")

def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func(*args, **kwds))
    return helper

class nullcontext:
    def __init__(self, enter_result=None):
        self.enter_result = enter_result
    def __enter__(self):
        return self.enter_result
    def __exit__(self, *excinfo):
        pass

class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions
    def __enter__(self):
        pass
    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        for e in self._exceptions:
            if issubclass(exctype, e):
                return True
        return False
""";

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
