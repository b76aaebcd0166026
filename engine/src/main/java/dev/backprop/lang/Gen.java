package dev.backprop.lang;

import dev.backprop.lang.Ast.Expr;
import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Ast.Stmt;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A generator, without threads (TeaVM has none that are cheap): the body of a generator function is lowered once
 * ({@link GenLower}) so that every {@code yield} is a statement of its own, then run by an explicit stack of
 * entries (a block and its index, a loop and its iterator, a try and its phase) that stops at a yield and resumes
 * there. Statements with no yield inside run as usual ({@link Stmt#exec}), so only the generator's own control
 * flow is interpreted here. Iterating a generator is iterating this object (it is the {@link Py.PyIter}'s iterator).
 */
final class Gen implements Iterator<Object> {
    /** resume()'s answer when the generator ended; its return value is then in {@link #retValue}. */
    static final Object DONE = new Object();

    final Interp in;
    final Frame f;
    final String qualname;
    private final List<Stmt> body;
    private final ArrayList<Entry> stack = new ArrayList<>();
    private boolean started;
    boolean finished;
    private boolean running;
    Object retValue = Py.NONE;
    private PyException handling;  // the exception an except block of this generator is handling
    private Object sent = Py.NONE;
    private PyException thrown;
    private Abrupt abrupt;
    private Object yielded;
    private boolean suspended;
    private Object peeked;
    private boolean hasPeeked;
    private Ast.Comp comp;          // a generator expression with one 'for': run by fastLoop, no stack
    private Iterator<Object> src;   // its iterator

    Gen(Interp in, Frame f, String qualname, List<Stmt> body) {
        this.in = in;
        this.f = f;
        this.qualname = qualname;
        this.body = body;
    }

    /** A generator function's call: the arguments are bound in f; nothing of the body runs yet. */
    static Py.PyIter make(Interp in, Py.PyFunc fn, Frame f) {
        Ast.Scope s = fn.scope;
        if (s.genBody == null) {
            List<Stmt> b = fn.body;
            if (b == null) { // a lambda that yields
                b = new ArrayList<>();
                b.add(new Ast.Return(fn.exprBody));
                b.get(0).line = fn.exprBody.line;
                b.get(0).col = fn.exprBody.col;
            }
            s.genBody = GenLower.lower(in, b);
        }
        return new Py.PyIter("generator", new Gen(in, f, fn.qualname, s.genBody));
    }

    /** A generator expression: the first iterable is iterated at once (errors show here), the rest lazily. */
    static Py.PyIter genexpr(Ast.Comp c, Interp in, Frame outer) {
        Object first = c.gens.get(0).iter.eval(in, outer);
        Py.PyIter it = first instanceof Py.PyIter ? (Py.PyIter) first : new Py.PyIter("iterator", in.iter(first, c.gens.get(0).iter));
        Frame cf = new Frame(c.scope, outer.globals, Ast.closureOf(outer), outer.func, outer.prelude, outer.callId);
        cf.put(".0", it);
        if (c.scope.genBody == null) {
            c.scope.genBody = GenLower.genexpr(c);
        }
        Gen g = new Gen(in, cf, "<genexpr>", c.scope.genBody);
        if (c.gens.size() == 1) {
            g.comp = c;
            g.src = it.it;
        }
        return new Py.PyIter("generator", g);
    }

    /**
     * for x in g(): the loop holds the only reference to the generator, so leaving the loop early (break, return,
     * an exception) closes it at once, as CPython's reference counting does: its finally blocks run there.
     */
    static int ownedLoop(Ast.For s, Gen g, Interp in, Frame f) {
        in.attribute(s, f);
        try {
            while (g.hasNext()) {
                in.step(s);
                s.target.assign(in, f, g.next());
                int r = Ast.execBlock(s.body, in, f);
                if (r == Ast.BREAK || r == Ast.RETURN) {
                    dropped(g, s);
                    return r == Ast.BREAK ? Ast.NORMAL : r;
                }
            }
        } catch (PyException e) {
            if (e.catchable()) {
                dropped(g, s);
            }
            throw e;
        }
        return s.orElse == null ? Ast.NORMAL : Ast.execBlock(s.orElse, in, f);
    }

    /** The last reference to a generator went away: close it; what close raises CPython only prints to stderr. */
    private static void dropped(Gen g, Node at) {
        if (g.finished || g.running) {
            return;
        }
        try {
            g.close(at);
        } catch (PyException e) {
            if (!e.catchable()) {
                throw e;
            }
        }
    }

    static Gen of(Object o) {
        return o instanceof Py.PyIter && ((Py.PyIter) o).it instanceof Gen ? (Gen) ((Py.PyIter) o).it : null;
    }

    // ------------------------------------------------------------------ Python's view: next, send, throw, close

    @Override
    public boolean hasNext() {
        if (!hasPeeked) {
            Object r = resume(Py.NONE, null, null);
            if (r == DONE) {
                return false;
            }
            peeked = r;
            hasPeeked = true;
        }
        return true;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        hasPeeked = false;
        Object r = peeked;
        peeked = null;
        return r;
    }

    /** next(g) / g.send(v): the next yielded value, or StopIteration carrying the return value. */
    Object send(Object v, Node at) {
        if (hasPeeked) {
            hasPeeked = false;
            Object r = peeked;
            peeked = null;
            return r;
        }
        Object r = resume(v, null, at);
        if (r == DONE) {
            throw stopIteration(in, retValue, at);
        }
        return r;
    }

    static PyException stopIteration(Interp in, Object value, Node at) {
        Py.PyType t = Builtins.exceptionType(in, "StopIteration");
        PyException e;
        if (value == Py.NONE) {
            e = in.error("StopIteration", "", at);
            e.value = new Py.PyExc(t, null, Interp.NO_ARGS);
        } else {
            e = in.error("StopIteration", in.str(value), at);
            e.value = new Py.PyExc(t, in.str(value), new Object[] {value});
        }
        return e;
    }

    /** g.throw(exc): raises exc where the generator stopped; answers the next yielded value. */
    Object throwIn(PyException e, Node at) {
        hasPeeked = false;
        Object r = resume(Py.NONE, e, at);
        if (r == DONE) {
            throw stopIteration(in, retValue, at);
        }
        return r;
    }

    /** g.close(): GeneratorExit where it stopped; a yield then is a RuntimeError. */
    void close(Node at) {
        if (finished || !started) {
            finished = true;
            return;
        }
        hasPeeked = false;
        PyException ge = in.error("GeneratorExit", "", at);
        Object r;
        try {
            r = resume(Py.NONE, ge, at);
        } catch (PyException e) {
            if (e.catchable() && (e.kind.equals("GeneratorExit") || e.kind.equals("StopIteration"))) {
                return;
            }
            throw e;
        }
        if (r != DONE) {
            throw in.error("RuntimeError", "generator ignored GeneratorExit", at);
        }
    }

    /** The methods of a generator object; null if it has no such method. */
    static Object method(Interp in, Gen g, String name, Object[] a, Node at) {
        // if-chains, not a switch on strings: less page script under TeaVM
        if (name.equals("send")) {
            Methods.nargs(in, "send", a, Interp.NO_NAMES, 1, 1, at);
            return g.send(a[0], at);
        }
        if (name.equals("__next__")) {
            Methods.nargs(in, "__next__", a, Interp.NO_NAMES, 0, 0, at);
            return g.send(Py.NONE, at);
        }
        if (name.equals("throw")) {
            Methods.nargs(in, "throw", a, Interp.NO_NAMES, 1, 3, at);
            Object exc = a[0];
            if (a.length > 1 && a[1] != Py.NONE) {
                exc = Excs.state(a[1]) != null ? a[1] : in.call(a[0], new Object[] {a[1]}, Interp.NO_NAMES, Interp.NO_ARGS, at);
            }
            return g.throwIn(in.raise(exc, at, null), at);
        }
        if (name.equals("close")) {
            Methods.nargs(in, "close", a, Interp.NO_NAMES, 0, 0, at);
            g.close(at);
            return Py.NONE;
        }
        return null;
    }

    static boolean has(String name) {
        return name.equals("send") || name.equals("throw") || name.equals("close") || name.equals("__next__");
    }

    // ------------------------------------------------------------------ the run loop

    /** Runs until the next yield (its value) or the end ({@link #DONE}); an exception ends the generator. */
    Object resume(Object send, PyException thr, Node at) {
        if (running) {
            throw in.error("ValueError", "generator already executing", at);
        }
        if (finished) {
            if (thr != null) {
                throw thr;
            }
            retValue = Py.NONE;
            return DONE;
        }
        if (!started) {
            if (thr != null) {
                finished = true;
                throw thr;
            }
            if (send != Py.NONE) {
                throw in.error("TypeError", "can't send non-None value to a just-started generator", at);
            }
            started = true;
            stack.add(new Block(body));
        }
        if (in.callDepth >= in.maxDepth) {
            throw in.error("RecursionError", "maximum recursion depth exceeded", at);
        }
        sent = send;
        thrown = thr;
        running = true;
        PyException callerHandling = in.handling;
        in.handling = handling;
        int savedCall = in.curCall;
        in.callDepth++;
        try {
            return comp != null ? fastLoop() : loop();
        } catch (PyException e) {
            finished = true;
            stack.clear();
            if (e.catchable() && e.kind.equals("StopIteration")) {
                PyException r = new PyException("RuntimeError", "generator raised StopIteration", e.line, e.col, false);
                Py.PyExc x = new Py.PyExc(Builtins.exceptionType(in, "RuntimeError"), r.getMessage());
                x.cause = in.exceptionObject(e);
                x.suppress = true;
                r.value = x;
                throw r;
            }
            throw e;
        } finally {
            in.callDepth--;
            in.curCall = savedCall;
            running = false;
            handling = in.handling;
            in.handling = callerHandling;
        }
    }

    private Object loop() {
        while (true) {
            if (abrupt != null) {
                Abrupt a = abrupt;
                abrupt = null;
                while (a != null) {
                    if (stack.isEmpty()) {
                        return finish(a);
                    }
                    Entry top = peek();
                    try {
                        Abrupt r = top.handle(this, a);
                        if (r != null) {
                            pop();
                        }
                        a = r;
                    } catch (PyException e) {
                        if (!e.catchable()) {
                            throw e;
                        }
                        if (!stack.isEmpty() && peek() == top) {
                            pop();
                        }
                        a = new Abrupt(EXC, e);
                    }
                }
                continue;
            }
            if (stack.isEmpty()) {
                return finish(null);
            }
            Entry top = peek();
            if (thrown != null && !(top instanceof YieldFrom)) {
                abrupt = new Abrupt(EXC, thrown);
                thrown = null;
                continue;
            }
            try {
                top.run(this);
            } catch (PyException e) {
                if (!e.catchable()) {
                    throw e;
                }
                abrupt = new Abrupt(EXC, e);
            }
            sent = Py.NONE;
            thrown = null;
            if (suspended) {
                suspended = false;
                Object v = yielded;
                yielded = null;
                return v;
            }
        }
    }

    /** (elt for x in src if c ...): the next element, without the entry stack (micrograd's sum(wi*xi for ...)). */
    private Object fastLoop() {
        if (thrown != null) {
            throw thrown;
        }
        Ast.CompFor g = comp.gens.get(0);
        outer:
        while (src.hasNext()) {
            in.step(comp);
            g.target.assign(in, f, src.next());
            for (int i = 0, n = g.ifs.size(); i < n; i++) {
                if (!in.truthy(g.ifs.get(i).eval(in, f))) {
                    continue outer;
                }
            }
            return comp.elt.eval(in, f);
        }
        finished = true;
        retValue = Py.NONE;
        return DONE;
    }

    private Object finish(Abrupt a) {
        finished = true;
        if (a != null && a.kind == EXC) {
            throw (PyException) a.value;
        }
        retValue = a != null && a.kind == Ast.RETURN ? a.value : Py.NONE;
        return DONE;
    }

    private Entry peek() {
        return stack.get(stack.size() - 1);
    }

    private void pop() {
        stack.remove(stack.size() - 1);
    }

    private void push(Entry e) {
        if (stack.size() > 200) {
            throw in.fatal("SyntaxError", "too deeply nested", null);
        }
        stack.add(e);
    }

    private void pushBlock(List<Stmt> b) {
        if (b != null && !b.isEmpty()) {
            push(new Block(b));
        }
    }

    private void suspend(Object v) {
        yielded = v;
        suspended = true;
    }

    /** One statement of a lowered body. */
    private void exec(Stmt s) {
        if (s instanceof GenLower.YieldS) {
            GenLower.YieldS y = (GenLower.YieldS) s;
            in.step(y);
            Object v = y.value == null ? Py.NONE : y.value.eval(in, f);
            in.attribute(y, f);
            if (y.from) {
                push(new YieldFrom(y, v, in));
                return;
            }
            push(new After(y));
            suspend(v);
            return;
        }
        if (s instanceof GenLower.GIf) {
            GenLower.GIf g = (GenLower.GIf) s;
            in.step(g);
            boolean c = in.truthy(g.cond.eval(in, f));
            in.attribute(g, f);
            pushBlock(c ? g.body : g.orElse);
            return;
        }
        if (s instanceof GenLower.GWhile) {
            push(new While((GenLower.GWhile) s));
            return;
        }
        if (s instanceof GenLower.GFor) {
            GenLower.GFor g = (GenLower.GFor) s;
            in.step(g);
            Iterator<Object> it = in.iter(g.iter.eval(in, f), g.iter);
            in.attribute(g, f);
            push(new For(g, it));
            return;
        }
        if (s instanceof GenLower.GTry) {
            push(new Try((GenLower.GTry) s));
            return;
        }
        if (s instanceof GenLower.GWith) {
            push(new WithE((GenLower.GWith) s));
            return;
        }
        int r = s.exec(in, f);
        if (r == Ast.RETURN) {
            abrupt = new Abrupt(Ast.RETURN, f.ret);
        } else if (r != Ast.NORMAL) {
            abrupt = new Abrupt(r, null);
        }
    }

    // ------------------------------------------------------------------ entries of the stack

    static final int EXC = 9;

    /** A completion that leaves blocks: break, continue, return (value) or an exception (value). */
    static final class Abrupt {
        final int kind;
        final Object value;
        Abrupt(int kind, Object value) {
            this.kind = kind;
            this.value = value;
        }
    }

    abstract static class Entry {
        /** Runs the next step while this entry is on top (its child, if any, has completed normally). */
        abstract void run(Gen g);

        /** An abrupt completion reaching this entry: null if absorbed (the entry manages the stack), else the
         *  completion to pass on (the entry is then popped). */
        Abrupt handle(Gen g, Abrupt a) {
            return a;
        }
    }

    private static final class Block extends Entry {
        final List<Stmt> body;
        int i;
        Block(List<Stmt> body) {
            this.body = body;
        }
        @Override
        void run(Gen g) {
            if (i >= body.size()) {
                g.pop();
                return;
            }
            g.exec(body.get(i++));
        }
    }

    /** Where a yield waits: the sent value is the yield expression's value. */
    private static final class After extends Entry {
        final GenLower.YieldS y;
        After(GenLower.YieldS y) {
            this.y = y;
        }
        @Override
        void run(Gen g) {
            g.pop();
            y.assign(g.in, g.f, g.sent);
        }
    }

    private static final class YieldFrom extends Entry {
        final GenLower.YieldS y;
        final Gen sub;
        final Iterator<Object> it;
        YieldFrom(GenLower.YieldS y, Object src, Interp in) {
            this.y = y;
            Gen s = of(src);
            this.sub = s;
            this.it = s == null ? in.iter(src, y.value) : null;
        }
        @Override
        void run(Gen g) {
            PyException t = g.thrown;
            g.thrown = null;
            Object s = g.sent;
            if (sub != null) {
                Object r;
                if (t != null && t.kind.equals("GeneratorExit")) {
                    g.pop();
                    sub.close(y);
                    throw t;
                }
                r = t != null ? sub.resume(Py.NONE, t, y) : sub.resume(s, null, y);
                if (r == DONE) {
                    g.pop();
                    y.assign(g.in, g.f, sub.retValue);
                    return;
                }
                g.suspend(r);
                return;
            }
            if (t != null) {
                g.pop();
                throw t;
            }
            if (s != Py.NONE) {
                g.pop();
                throw g.in.error("AttributeError", "'" + g.in.typeName(s) + "' object has no attribute 'send'", y);
            }
            if (it.hasNext()) {
                g.suspend(it.next());
                return;
            }
            g.pop();
            y.assign(g.in, g.f, Py.NONE);
        }
    }

    /** A loop: break leaves it, continue goes on with its next round; anything else passes through. */
    private abstract static class Loop extends Entry {
        @Override
        Abrupt handle(Gen g, Abrupt a) {
            if (a.kind == Ast.BREAK) {
                g.pop();
                return null;
            }
            return a.kind == Ast.CONTINUE ? null : a;
        }
    }

    private static final class While extends Loop {
        final GenLower.GWhile w;
        While(GenLower.GWhile w) {
            this.w = w;
        }
        @Override
        void run(Gen g) {
            g.in.step(w);
            boolean c = g.in.truthy(w.cond.eval(g.in, g.f));
            g.in.attribute(w, g.f);
            if (c) {
                g.pushBlock(w.body);
                return;
            }
            g.pop();
            g.pushBlock(w.orElse);
        }
    }

    private static final class For extends Loop {
        final GenLower.GFor s;
        final Iterator<Object> it;
        For(GenLower.GFor s, Iterator<Object> it) {
            this.s = s;
            this.it = it;
        }
        @Override
        void run(Gen g) {
            if (it.hasNext()) {
                g.in.step(s);
                s.target.assign(g.in, g.f, it.next());
                g.pushBlock(s.body);
                return;
            }
            g.pop();
            g.pushBlock(s.orElse);
        }
    }

    private static final class Try extends Entry {
        static final int INIT = 0, BODY = 1, ELSE = 2, HANDLER = 3, FIN = 4;
        final GenLower.GTry t;
        int phase = INIT;
        Abrupt pending;         // what to go on with after finally
        PyException outer;      // in.handling before the handler ran
        Try(GenLower.GTry t) {
            this.t = t;
        }
        @Override
        void run(Gen g) {
            switch (phase) {
                case INIT:
                    g.in.step(t);
                    phase = BODY;
                    g.pushBlock(t.body);
                    return;
                case BODY:
                    if (t.orElse != null) {
                        phase = ELSE;
                        g.pushBlock(t.orElse);
                        return;
                    }
                    finallyThen(g, null, true);
                    return;
                case ELSE:
                    finallyThen(g, null, true);
                    return;
                case HANDLER:
                    g.in.handling = outer;
                    finallyThen(g, null, true);
                    return;
                default:
                    g.pop();
                    if (pending != null) {
                        g.abrupt = pending;
                    }
            }
        }

        /** Runs the finally block (if any), then goes on with a. From run(): pops itself when there is none. */
        private Abrupt finallyThen(Gen g, Abrupt a, boolean fromRun) {
            if (t.fin != null) {
                phase = FIN;
                pending = a;
                g.push(new Block(t.fin));
                return null;
            }
            if (fromRun) {
                g.pop();
                g.abrupt = a;
                return null;
            }
            return a;
        }

        @Override
        Abrupt handle(Gen g, Abrupt a) {
            if (phase == BODY && a.kind == EXC && !t.handlers.isEmpty()) {
                PyException e = (PyException) a.value;
                Ast.Handler h;
                try {
                    h = g.in.matchHandler(t.handlers, e, g.f);
                } catch (PyException e2) {
                    if (!e2.catchable()) {
                        throw e2;
                    }
                    return finallyThen(g, new Abrupt(EXC, e2), false);
                }
                if (h != null) {
                    if (h.name != null) {
                        new Ast.Name(h.name).assign(g.in, g.f, g.in.exceptionObject(e));
                    }
                    phase = HANDLER;
                    outer = g.in.handling;
                    g.in.handling = e;
                    g.pushBlock(h.body);
                    return null;
                }
            }
            if (phase == FIN) {
                return a;
            }
            if (phase == HANDLER) {
                g.in.handling = outer;
            }
            return finallyThen(g, a, false);
        }
    }

    /** with: __enter__, the body, then __exit__ (which may swallow the body's exception). */
    private static final class WithE extends Entry {
        final GenLower.GWith w;
        Object mgr;
        WithE(GenLower.GWith w) {
            this.w = w;
        }
        @Override
        void run(Gen g) {
            if (mgr == null) {
                g.in.step(w);
                Object m = w.ctx.eval(g.in, g.f);
                Object v = With.enter(g.in, m, w);
                mgr = m;
                if (w.target != null) {
                    w.target.assign(g.in, g.f, v);
                }
                g.pushBlock(w.body);
                return;
            }
            g.pop();
            With.exit(g.in, mgr, null, w);
        }
        @Override
        Abrupt handle(Gen g, Abrupt a) {
            if (mgr == null) {
                return a;
            }
            if (a.kind == EXC) {
                if (With.exit(g.in, mgr, (PyException) a.value, w)) {
                    g.pop();
                    return null;
                }
                return a;
            }
            With.exit(g.in, mgr, null, w);
            return a;
        }
    }
}
