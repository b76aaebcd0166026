package dev.backprop.lang;

import dev.backprop.lang.Ast.*;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lowers a generator function's body for {@link Gen}: afterwards every yield is a statement ({@link YieldS}), and
 * compound statements with a yield inside are the G* nodes that Gen runs step by step. An expression with a
 * yield inside is split into statements that keep CPython's order of evaluation: what is evaluated before the
 * yield goes to a temporary first ({@code f(a, (yield b))}: a, then the yield, then the call).
 */
final class GenLower {
    private final Interp in;
    private int temps;

    private GenLower(Interp in) {
        this.in = in;
    }

    static List<Stmt> lower(Interp in, List<Stmt> body) {
        return new GenLower(in).block(body);
    }

    // ------------------------------------------------------------------ nodes

    /** {@code yield x} / {@code yield from x} as the parser makes it; lowered away in generator bodies. */
    static final class Yield extends Expr {
        final Expr value; // null: yield None
        final boolean from;
        Yield(Expr value, boolean from) {
            this.value = value;
            this.from = from;
        }
        @Override
        Object eval(Interp in, Frame f) {
            throw in.error("SyntaxError", "'yield' is not supported in this place by the playground", this);
        }
    }

    /** A temporary of a lowered body (not a Python name). */
    static final class Temp extends Expr {
        final String id;
        Temp(String id) {
            this.id = id;
        }
        @Override
        Object eval(Interp in, Frame f) {
            return f.get(id);
        }
        @Override
        void assign(Interp in, Frame f, Object value) {
            f.put(id, value);
        }
        @Override
        boolean assignable() {
            return true;
        }
    }

    /** The generator stops here with value; what it is resumed with is assigned to the targets. */
    static final class YieldS extends Stmt {
        final Expr value;
        final boolean from;
        final List<Expr> targets;
        YieldS(Expr value, boolean from, List<Expr> targets) {
            this.value = value;
            this.from = from;
            this.targets = targets;
        }
        void assign(Interp in, Frame f, Object v) {
            for (int i = 0; i < targets.size(); i++) {
                targets.get(i).assign(in, f, v);
            }
        }
        @Override
        int exec(Interp in, Frame f) {
            throw in.error("SyntaxError", "'yield' outside function", this);
        }
    }

    abstract static class GStmt extends Stmt {
        @Override
        int exec(Interp in, Frame f) {
            throw in.error("SyntaxError", "'yield' outside function", this);
        }
    }

    static final class GIf extends GStmt {
        final Expr cond;
        final List<Stmt> body;
        final List<Stmt> orElse;
        GIf(Expr cond, List<Stmt> body, List<Stmt> orElse) {
            this.cond = cond;
            this.body = body;
            this.orElse = orElse;
        }
    }

    static final class GWhile extends GStmt {
        final Expr cond;
        final List<Stmt> body;
        final List<Stmt> orElse;
        GWhile(Expr cond, List<Stmt> body, List<Stmt> orElse) {
            this.cond = cond;
            this.body = body;
            this.orElse = orElse;
        }
    }

    static final class GFor extends GStmt {
        final Expr target;
        final Expr iter;
        final List<Stmt> body;
        final List<Stmt> orElse;
        GFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orElse = orElse;
        }
    }

    static final class GTry extends GStmt {
        final List<Stmt> body;
        final List<Handler> handlers;
        final List<Stmt> orElse;
        final List<Stmt> fin;
        GTry(List<Stmt> body, List<Handler> handlers, List<Stmt> orElse, List<Stmt> fin) {
            this.body = body;
            this.handlers = handlers;
            this.orElse = orElse;
            this.fin = fin;
        }
    }

    static final class GWith extends GStmt {
        final Expr ctx;
        final Expr target;
        final List<Stmt> body;
        GWith(Expr ctx, Expr target, List<Stmt> body) {
            this.ctx = ctx;
            this.target = target;
            this.body = body;
        }
    }

    // ------------------------------------------------------------------ generator expressions

    /** (elt for t0 in .0 if c for t1 in it1 ...) as a generator body over the frame's ".0". */
    static List<Stmt> genexpr(Comp c) {
        Stmt s = at(new YieldS(c.elt, false, Collections.emptyList()), c.elt);
        for (int i = c.gens.size() - 1; i >= 0; i--) {
            CompFor g = c.gens.get(i);
            List<Stmt> inner = one(s);
            for (int k = g.ifs.size() - 1; k >= 0; k--) {
                inner = one(at(new GIf(g.ifs.get(k), inner, null), g.ifs.get(k)));
            }
            Expr it = i == 0 ? at(new Temp(".0"), g.iter) : g.iter;
            s = at(new GFor(g.target, it, inner, null), c);
        }
        return one(s);
    }

    private static List<Stmt> one(Stmt s) {
        List<Stmt> l = new ArrayList<>(1);
        l.add(s);
        return l;
    }

    private static <N extends Node> N at(N n, Node from) {
        n.line = from.line;
        n.col = from.col;
        n.prelude = from.prelude;
        return n;
    }

    // ------------------------------------------------------------------ statements

    private List<Stmt> block(List<Stmt> body) {
        if (body == null) {
            return null;
        }
        List<Stmt> out = new ArrayList<>(body.size());
        for (Stmt s : body) {
            stmt(s, out);
        }
        return out;
    }

    private PyException unsupported(Node at) {
        return in.error("SyntaxError", "'yield' is not supported in this place by the playground", at);
    }

    private void stmt(Stmt s, List<Stmt> out) {
        if (!has(s)) {
            out.add(s);
            return;
        }
        if (s instanceof ExprStmt) {
            Expr e = ((ExprStmt) s).expr;
            if (e instanceof Yield) {
                Yield y = (Yield) e;
                out.add(at(new YieldS(spill(y.value, out), y.from, Collections.emptyList()), e));
            } else {
                out.add(at(new ExprStmt(spill(e, out)), s));
            }
        } else if (s instanceof Assign) {
            Assign a = (Assign) s;
            for (Expr t : a.targets) {
                if (has(t)) {
                    throw unsupported(t);
                }
            }
            if (a.value instanceof Yield) {
                Yield y = (Yield) a.value;
                out.add(at(new YieldS(spill(y.value, out), y.from, a.targets), a.value));
            } else {
                out.add(at(new Assign(a.targets, spill(a.value, out)), s));
            }
        } else if (s instanceof AugAssign) {
            AugAssign a = (AugAssign) s;
            if (has(a.target)) {
                throw unsupported(a.target);
            }
            out.add(at(new AugAssign(a.target, a.op, spill(a.value, out)), s));
        } else if (s instanceof AnnAssign) {
            AnnAssign a = (AnnAssign) s;
            if (has(a.target)) {
                throw unsupported(a.target);
            }
            out.add(at(new AnnAssign(a.target, spill(a.value, out)), s));
        } else if (s instanceof Return) {
            out.add(at(new Return(spill(((Return) s).value, out)), s));
        } else if (s instanceof Raise) {
            Raise r = (Raise) s;
            Expr e = spill(r.exc, out);
            Raise n = at(new Raise(e), s);
            n.cause = spill(r.cause, out);
            out.add(n);
        } else if (s instanceof If) {
            If i = (If) s;
            Expr c = spill(i.cond, out);
            out.add(at(new GIf(c, block(i.body), block(i.orElse)), s));
        } else if (s instanceof While) {
            While w = (While) s;
            if (has(w.cond)) {
                if (w.orElse != null) {
                    throw unsupported(w.cond);
                }
                List<Stmt> b = new ArrayList<>();
                Expr c = spill(w.cond, b);
                b.add(at(new GIf(at(new Unary(Ast.NOT, c), w.cond), one(at(new Jump(Ast.BREAK), s)), null), s));
                b.addAll(block(w.body));
                out.add(at(new GWhile(at(new Const(Boolean.TRUE), s), b, null), s));
            } else {
                out.add(at(new GWhile(w.cond, block(w.body), block(w.orElse)), s));
            }
        } else if (s instanceof For) {
            For f = (For) s;
            if (has(f.target)) {
                throw unsupported(f.target);
            }
            Expr it = spill(f.iter, out);
            out.add(at(new GFor(f.target, it, block(f.body), block(f.orElse)), s));
        } else if (s instanceof Try) {
            Try t = (Try) s;
            List<Handler> hs = new ArrayList<>();
            for (Handler h : t.handlers) {
                if (has(h.type)) {
                    throw unsupported(h.type);
                }
                hs.add(new Handler(h.type, h.name, block(h.body)));
            }
            out.add(at(new GTry(block(t.body), hs, block(t.orElse), block(t.fin)), s));
        } else if (s instanceof With) {
            With w = (With) s;
            if (has(w.target)) {
                throw unsupported(w.target);
            }
            Expr c = spill(w.ctx, out);
            out.add(at(new GWith(c, w.target, block(w.body)), s));
        } else {
            throw unsupported(s);
        }
    }

    private boolean has(Stmt s) {
        if (s instanceof ExprStmt) {
            return has(((ExprStmt) s).expr);
        }
        if (s instanceof Assign) {
            return has(((Assign) s).value) || hasAny(((Assign) s).targets);
        }
        if (s instanceof AugAssign) {
            return has(((AugAssign) s).target) || has(((AugAssign) s).value);
        }
        if (s instanceof AnnAssign) {
            return has(((AnnAssign) s).target) || has(((AnnAssign) s).value);
        }
        if (s instanceof Return) {
            return has(((Return) s).value);
        }
        if (s instanceof Raise) {
            return has(((Raise) s).exc) || has(((Raise) s).cause);
        }
        if (s instanceof Assert) {
            return has(((Assert) s).test) || has(((Assert) s).msg);
        }
        if (s instanceof Del) {
            return hasAny(((Del) s).targets);
        }
        if (s instanceof If) {
            If i = (If) s;
            return has(i.cond) || hasAll(i.body) || hasAll(i.orElse);
        }
        if (s instanceof While) {
            While w = (While) s;
            return has(w.cond) || hasAll(w.body) || hasAll(w.orElse);
        }
        if (s instanceof For) {
            For f = (For) s;
            return has(f.target) || has(f.iter) || hasAll(f.body) || hasAll(f.orElse);
        }
        if (s instanceof Try) {
            Try t = (Try) s;
            for (Handler h : t.handlers) {
                if (has(h.type) || hasAll(h.body)) {
                    return true;
                }
            }
            return hasAll(t.body) || hasAll(t.orElse) || hasAll(t.fin);
        }
        if (s instanceof With) {
            With w = (With) s;
            return has(w.ctx) || has(w.target) || hasAll(w.body);
        }
        return false;
    }

    private boolean hasAll(List<Stmt> b) {
        if (b != null) {
            for (Stmt s : b) {
                if (has(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean hasAny(List<Expr> es) {
        for (Expr e : es) {
            if (has(e)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ expressions

    /** Whether e has a yield of this function (not of a nested lambda or comprehension scope). */
    static boolean has(Expr e) {
        if (e == null) {
            return false;
        }
        if (e instanceof Yield) {
            return true;
        }
        if (e instanceof FString) {
            return hasParts(((FString) e).parts);
        }
        List<Expr> kids = children(e);
        for (int i = 0; i < kids.size(); i++) {
            if (has(kids.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasParts(List<FPart> ps) {
        if (ps != null) {
            for (FPart p : ps) {
                if (has(p.expr) || hasParts(p.spec)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The subexpressions e evaluates in this scope, in CPython's order (null where one is absent). */
    private static List<Expr> children(Expr e) {
        List<Expr> k = new ArrayList<>();
        if (e instanceof Attr) {
            k.add(((Attr) e).obj);
        } else if (e instanceof Subscript) {
            k.add(((Subscript) e).obj);
            k.add(((Subscript) e).index);
        } else if (e instanceof SliceE) {
            SliceE s = (SliceE) e;
            k.add(s.lo);
            k.add(s.hi);
            k.add(s.step);
        } else if (e instanceof Starred) {
            k.add(((Starred) e).value);
        } else if (e instanceof TupleE) {
            k.addAll(((TupleE) e).elts);
        } else if (e instanceof ListE) {
            k.addAll(((ListE) e).elts);
        } else if (e instanceof SetE) {
            k.addAll(((SetE) e).elts);
        } else if (e instanceof DictE) {
            DictE d = (DictE) e;
            for (int i = 0; i < d.keys.size(); i++) {
                k.add(d.keys.get(i));
                k.add(d.vals.get(i));
            }
        } else if (e instanceof BinOp) {
            k.add(((BinOp) e).left);
            k.add(((BinOp) e).right);
        } else if (e instanceof Unary) {
            k.add(((Unary) e).operand);
        } else if (e instanceof BoolOp) {
            k.add(((BoolOp) e).left);
            k.add(((BoolOp) e).right);
        } else if (e instanceof Compare) {
            Collections.addAll(k, ((Compare) e).operands);
        } else if (e instanceof IfExp) {
            IfExp i = (IfExp) e;
            k.add(i.cond);
            k.add(i.then);
            k.add(i.orElse);
        } else if (e instanceof Call) {
            Call c = (Call) e;
            k.add(c.fn);
            k.addAll(c.args);
            k.addAll(c.kwVals);
        } else if (e instanceof Comp) {
            k.add(((Comp) e).gens.get(0).iter);
        } else if (e instanceof Yield) {
            k.add(((Yield) e).value);
        } else if (e instanceof Walrus) {
            k.add(((Walrus) e).value);
        }
        return k;
    }

    private Temp temp(Node at) {
        return at(new Temp("$" + temps++), at);
    }

    private Stmt set(Temp t, Expr e) {
        List<Expr> ts = new ArrayList<>(1);
        ts.add(t);
        return at(new Assign(ts, e), e);
    }

    /** e's value in a temporary (evaluated now, in out), unless reading e later gives the same. */
    private Expr toTemp(Expr e, List<Stmt> out) {
        if (e == null || e instanceof Const || e instanceof Temp) {
            return e;
        }
        if (e instanceof Starred) {
            return at(new Starred(toTemp(((Starred) e).value, out)), e);
        }
        Temp t = temp(e);
        out.add(set(t, e));
        return t;
    }

    /** e without yields; the statements that evaluate its yields (and what comes before them) go to out. */
    private Expr spill(Expr e, List<Stmt> out) {
        if (e == null || !has(e)) {
            return e;
        }
        if (e instanceof Yield) {
            Yield y = (Yield) e;
            Expr v = spill(y.value, out);
            Temp t = temp(e);
            List<Expr> ts = new ArrayList<>(1);
            ts.add(t);
            out.add(at(new YieldS(v, y.from, ts), e));
            return t;
        }
        if (e instanceof BoolOp) {
            BoolOp b = (BoolOp) e;
            Temp t = temp(e);
            out.add(set(t, spill(b.left, out)));
            List<Stmt> rs = new ArrayList<>();
            rs.add(set(t, spill(b.right, rs)));
            Expr cond = b.isAnd ? t : at(new Unary(Ast.NOT, t), e);
            out.add(at(new GIf(cond, rs, null), e));
            return t;
        }
        if (e instanceof IfExp) {
            IfExp i = (IfExp) e;
            Expr c = spill(i.cond, out);
            Temp t = temp(e);
            List<Stmt> a = new ArrayList<>();
            a.add(set(t, spill(i.then, a)));
            List<Stmt> b = new ArrayList<>();
            b.add(set(t, spill(i.orElse, b)));
            out.add(at(new GIf(c, a, b), e));
            return t;
        }
        if (e instanceof FString || e instanceof Compare && ((Compare) e).ops.length > 1) {
            throw unsupported(e);
        }
        List<Expr> kids = children(e);
        int last = -1;
        for (int i = 0; i < kids.size(); i++) {
            if (has(kids.get(i))) {
                last = i;
            }
        }
        List<Expr> nk = new ArrayList<>(kids.size());
        for (int i = 0; i < kids.size(); i++) {
            Expr c = kids.get(i);
            if (i < last) {
                nk.add(toTemp(spill(c, out), out));
            } else if (i == last) {
                nk.add(c instanceof Starred ? at(new Starred(spill(((Starred) c).value, out)), c) : spill(c, out));
            } else {
                nk.add(c);
            }
        }
        return at(rebuild(e, nk), e);
    }

    private Expr rebuild(Expr e, List<Expr> k) {
        if (e instanceof Attr) {
            return new Attr(k.get(0), ((Attr) e).name);
        }
        if (e instanceof Subscript) {
            return new Subscript(k.get(0), k.get(1));
        }
        if (e instanceof SliceE) {
            return new SliceE(k.get(0), k.get(1), k.get(2));
        }
        if (e instanceof Starred) {
            return new Starred(k.get(0));
        }
        if (e instanceof TupleE) {
            return new TupleE(k);
        }
        if (e instanceof ListE) {
            return new ListE(k);
        }
        if (e instanceof SetE) {
            return new SetE(k);
        }
        if (e instanceof DictE) {
            List<Expr> ks = new ArrayList<>();
            List<Expr> vs = new ArrayList<>();
            for (int i = 0; i < k.size(); i += 2) {
                ks.add(k.get(i));
                vs.add(k.get(i + 1));
            }
            return new DictE(ks, vs);
        }
        if (e instanceof BinOp) {
            return new BinOp(((BinOp) e).op, k.get(0), k.get(1));
        }
        if (e instanceof Unary) {
            return new Unary(((Unary) e).op, k.get(0));
        }
        if (e instanceof Compare) {
            return new Compare(((Compare) e).ops, k.toArray(new Expr[0]));
        }
        if (e instanceof Call) {
            Call c = (Call) e;
            int na = c.args.size();
            return new Call(k.get(0), new ArrayList<>(k.subList(1, 1 + na)), c.kwNames, new ArrayList<>(k.subList(1 + na, k.size())));
        }
        if (e instanceof Comp) {
            Comp c = (Comp) e;
            List<CompFor> gens = new ArrayList<>(c.gens);
            CompFor g0 = gens.get(0);
            gens.set(0, new CompFor(g0.target, k.get(0), g0.ifs));
            return new Comp(c.kind, c.elt, c.val, gens, c.scope);
        }
        if (e instanceof Walrus) {
            return new Walrus(((Walrus) e).target, k.get(0));
        }
        throw unsupported(e);
    }
}
