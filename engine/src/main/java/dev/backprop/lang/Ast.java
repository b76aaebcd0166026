package dev.backprop.lang;

import dev.backprop.lang.Py.PyClass;
import dev.backprop.lang.Py.PyDict;
import dev.backprop.lang.Py.PyFunc;
import dev.backprop.lang.Py.PyList;
import dev.backprop.lang.Py.PyObj;
import dev.backprop.lang.Py.PySet;
import dev.backprop.lang.Py.PyTuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Syntax tree; each node evaluates itself (a tree-walking interpreter). */
final class Ast {
    private Ast() {
    }

    static final int NORMAL = 0;
    static final int BREAK = 1;
    static final int CONTINUE = 2;
    static final int RETURN = 3;

    abstract static class Node {
        int line;
        int col;
        boolean prelude;
    }

    abstract static class Expr extends Node {
        abstract Object eval(Interp in, Frame f);

        void assign(Interp in, Frame f, Object value) {
            throw in.error("SyntaxError", "cannot assign to expression", this);
        }

        void delete(Interp in, Frame f) {
            throw in.error("SyntaxError", "cannot delete expression", this);
        }

        boolean assignable() {
            return false;
        }
    }

    abstract static class Stmt extends Node {
        abstract int exec(Interp in, Frame f);
    }

    /** Names a function, lambda, class body or comprehension binds locally. */
    static final class Scope {
        final Set<String> locals = new HashSet<>();
        final Set<String> globals = new HashSet<>();
        final Set<String> nonlocals = new HashSet<>();
        final boolean isClass;
        final Scope parent;
        boolean generator;       // the function's body yields (see Gen)
        boolean comp;            // a comprehension's scope (walrus binds in the enclosing one)
        List<Stmt> genBody;      // the body lowered for Gen, made on first call

        Scope(Scope parent, boolean isClass) {
            this.parent = parent;
            this.isClass = isClass;
        }

        void assigned(String name) {
            if (!globals.contains(name) && !nonlocals.contains(name)) {
                locals.add(name);
            }
        }

        // the frame layout, fixed at the first call (the parser has finished the scope by then): parameters
        // first, in order (Calls.bind's fast path relies on it), then the other locals
        private String[] slotNames;
        private HashMap<String, Integer> slotOf;
        int plainArity = -1; // the number of parameters when all are plain positional ones, else -1

        void layout(Params ps) {
            if (slotNames != null) {
                return;
            }
            ArrayList<String> names = new ArrayList<>();
            if (ps != null) {
                for (Param p : ps.positional) {
                    names.add(p.name);
                }
                if (ps.varargs != null) {
                    names.add(ps.varargs);
                }
                for (Param p : ps.kwonly) {
                    names.add(p.name);
                }
                if (ps.kwargs != null) {
                    names.add(ps.kwargs);
                }
            }
            ArrayList<String> rest = new ArrayList<>(locals);
            java.util.Collections.sort(rest); // a fixed order, whatever the set's
            for (String n : rest) {
                if (!names.contains(n)) {
                    names.add(n);
                }
            }
            plainArity = ps != null && ps.varargs == null && ps.kwargs == null && ps.kwonly.isEmpty() ? ps.positional.size() : -1;
            HashMap<String, Integer> of = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                of.put(names.get(i), i);
            }
            slotOf = of;
            slotNames = names.toArray(new String[0]);
        }

        int slotCount() {
            String[] ns = slotNames; // laid out once: the check stays small enough to inline
            if (ns == null) {
                layout(null);
                ns = slotNames;
            }
            return ns.length;
        }

        boolean laidOut() {
            return slotNames != null;
        }

        /** The slot of a local name, -1 for any other name. */
        int slot(String name) {
            Integer k = slotOf.get(name);
            return k == null ? -1 : k;
        }

        String[] slotNames() {
            return slotNames;
        }
    }

    static int execBlock(List<Stmt> body, Interp in, Frame f) {
        for (int i = 0, n = body.size(); i < n; i++) {
            int r = body.get(i).exec(in, f);
            if (r != NORMAL) {
                return r;
            }
        }
        return NORMAL;
    }

    // ------------------------------------------------------------------ expressions

    static final class Const extends Expr {
        final Object value;
        Const(Object value) {
            this.value = value;
        }
        @Override
        Object eval(Interp in, Frame f) {
            return value;
        }
    }

    static final class Name extends Expr {
        final String id;
        Name(String id) {
            this.id = id;
        }

        // the slot of this name in the scope it last ran in (a Name node runs in one scope, bar module/class), and
        // whether that scope declares it global
        private Scope slotScope;
        private int slot;
        private boolean declGlobal;
        // where a free variable was found: the enclosing frame this many steps out, of that scope, at that slot
        private Scope freeScope;
        private int freeDepth;
        private int freeSlot;
        // a Globals.Cell of the module name, or a Globals.Miss (not a module name: the built-in)
        private Object globalHit;

        private int slotIn(Scope s) {
            if (slotScope != s) {
                slot = s.isClass ? -1 : s.slot(id);
                declGlobal = s.globals.contains(id);
                slotScope = s;
            }
            return slot;
        }

        @Override
        Object eval(Interp in, Frame f) {
            Object v;
            Scope s = f.scope;
            if (s != null) {
                int k = slotIn(s);
                if (s.isClass) {
                    v = f.vars.get(id);
                    if (v != null) {
                        return v;
                    }
                } else if (k >= 0) {
                    v = f.slots[k];
                    if (v == null) {
                        throw in.error("UnboundLocalError", "cannot access local variable '" + id + "' where it is not associated with a value", this);
                    }
                    return v;
                }
                if (f.closure != null && !declGlobal) {
                    v = free(f);
                    if (v != null) {
                        return v;
                    }
                }
            }
            Map<String, Object> g = f.globals;
            if (g instanceof Globals) {
                Globals gl = (Globals) g;
                Object h = globalHit;
                if (h instanceof Globals.Cell) {
                    Globals.Cell c = (Globals.Cell) h;
                    if (c.owner == gl && c.v != null) {
                        return c.v;
                    }
                } else if (h instanceof Globals.Miss) {
                    Globals.Miss m = (Globals.Miss) h;
                    if (m.globals == gl && m.version == gl.version && m.builtinsVersion == in.builtins.version) {
                        return m.value;
                    }
                }
                Globals.Cell c = gl.cell(id);
                if (c != null) {
                    if (c.v != null) {
                        globalHit = c;
                        return c.v;
                    }
                } else {
                    v = in.builtins.get(id);
                    if (v != null) {
                        globalHit = new Globals.Miss(gl, gl.version, in.builtins.version, v);
                        return v;
                    }
                }
            }
            v = g.get(id);
            if (v != null) {
                return v;
            }
            v = in.builtins.get(id);
            if (v == null) {
                List<java.util.Collection<String>> scopes = new ArrayList<>();
                if (f.scope != null) {
                    scopes.add(f.names());
                }
                scopes.add(f.globals.keySet());
                scopes.add(in.builtins.keySet());
                throw in.error("NameError", "name '" + id + "' is not defined" + Suggest.hint(id, scopes), this);
            }
            return v;
        }

        /** A free variable's value from the enclosing frames, null when none binds it. */
        private Object free(Frame f) {
            Scope fs = freeScope;
            if (fs != null) {
                // the frames between hold no names outside their slots, and their scopes have none of this name
                Frame e = f.closure;
                for (int i = freeDepth; i > 0 && e != null; i--) {
                    e = e.vars == null && e.extra == null ? e.closure : null;
                }
                if (e != null && e.scope == fs) {
                    Object v = e.slots[freeSlot];
                    if (v != null) {
                        return v;
                    }
                }
            }
            boolean plain = true; // the frames so far are slot frames without this name in their scopes
            int d = 0;
            for (Frame e = f.closure; e != null; e = e.closure, d++) {
                Object v = e.get(id);
                int k = e.vars == null ? e.scope.slot(id) : -1;
                if (v != null) {
                    if (plain && k >= 0) {
                        freeSlot = k;
                        freeDepth = d;
                        freeScope = e.scope;
                    }
                    return v;
                }
                if (e.vars != null || e.extra != null || k >= 0) {
                    plain = false;
                }
            }
            return null;
        }

        @Override
        void assign(Interp in, Frame f, Object value) {
            Scope s = f.scope;
            if (s == null || s.isClass) {
                Map<String, Object> vars = f.vars;
                Object h = globalHit;
                if (h instanceof Globals.Cell && ((Globals.Cell) h).owner == vars && !((Globals.Cell) h).dead) {
                    ((Globals.Cell) h).v = value;
                } else {
                    vars.put(id, value);
                    if (vars instanceof Globals) {
                        globalHit = ((Globals) vars).cell(id);
                    }
                }
            } else {
                int k = slotIn(s);
                if (k >= 0) {
                    f.slots[k] = value;
                } else if (declGlobal) {
                    f.globals.put(id, value);
                } else if (s.nonlocals.contains(id)) {
                    Frame e = f.closure;
                    while (e != null && !e.binds(id)) {
                        e = e.closure;
                    }
                    if (e == null) {
                        throw in.error("SyntaxError", "no binding for nonlocal '" + id + "' found", this);
                    }
                    e.put(id, value);
                } else {
                    f.put(id, value);
                }
            }
            in.assigned(id, value, f);
        }

        @Override
        void delete(Interp in, Frame f) {
            Object old = f.scope == null || f.scope.isClass || !f.scope.globals.contains(id) ? f.remove(id) : f.globals.remove(id);
            if (old == null) {
                throw in.error("NameError", "name '" + id + "' is not defined", this);
            }
        }

        @Override
        boolean assignable() {
            return true;
        }
    }

    static final class Attr extends Expr {
        final Expr obj;
        final String name;
        Attr(Expr obj, String name) {
            this.obj = obj;
            this.name = name;
        }
        @Override
        Object eval(Interp in, Frame f) {
            Object o = obj.eval(in, f);
            if (o instanceof PyObj && !((PyObj) o).cls.hooks) {
                // the instance's own attribute wins (no data descriptor in the class): a slot of its shape
                Fields a = ((PyObj) o).attrs;
                Fields.Shape sh = a.shape;
                if (sh != null) {
                    int epoch = PyClass.epoch;
                    Fields.Hit h = getHits;
                    while (h != null && (h.shape != sh || h.epoch != epoch)) {
                        h = h.next;
                    }
                    int k;
                    if (h != null) {
                        k = h.slot;
                    } else {
                        k = sh.indexOf(name);
                        if (k >= 0 && !(((PyObj) o).cls.lookup(name) instanceof Py.PyProperty)) { // a property wins
                            getHits = Fields.Hit.add(getHits, sh, k, null, epoch, null);
                        } else {
                            k = -1;
                        }
                    }
                    if (k >= 0 && a.vals[k] != null) {
                        return a.vals[k];
                    }
                }
            }
            return in.getattr(o, name, this);
        }
        private Fields.Hit getHits; // inline cache: the slot of this name in the shapes last seen (no property of the name in the class)
        @Override
        void assign(Interp in, Frame f, Object value) {
            store(in, obj.eval(in, f), value);
        }

        /** o.name = value, o already evaluated. */
        void store(Interp in, Object o, Object value) {
            if (o instanceof PyObj && !((PyObj) o).cls.hooks) {
                // no __setattr__ or descriptor in the class: unless a property has the name, the instance dict
                PyObj p = (PyObj) o;
                Fields a = p.attrs;
                Fields.Shape sh = a.shape;
                int epoch = PyClass.epoch;
                boolean done = false;
                if (sh != null) {
                    for (Fields.Hit h = setHits; h != null; h = h.next) {
                        if (h.epoch == epoch) {
                            if (h.shape == sh) {
                                a.vals[h.slot] = value;
                                done = true;
                                break;
                            }
                            if (h.from == sh) {
                                a.grow(h.shape, h.slot, value);
                                done = true;
                                break;
                            }
                        }
                    }
                }
                if (!done) {
                    Object cv = p.cls.lookup(name);
                    if (!(cv instanceof PyObj) && !(cv instanceof Py.PyProperty)) {
                        a.put(name, value);
                        if (sh != null && a.shape != null) {
                            setHits = Fields.Hit.add(setHits, a.shape, a.shape.indexOf(name), sh == a.shape ? null : sh, epoch, null);
                        }
                        done = true;
                    }
                }
                if (done) {
                    if (p.dict != null) {
                        p.dict.put(name, value);
                    }
                    return;
                }
            }
            in.setattr(o, name, value, this);
        }

        // inline cache of stores into user objects: the slot of the name in a shape, or the step that adds it,
        // while no class changes (the class held no property or descriptor of that name)
        private Fields.Hit setHits;
        @Override
        void delete(Interp in, Frame f) {
            in.delattr(obj.eval(in, f), name, this);
        }
        @Override
        boolean assignable() {
            return true;
        }
    }

    static final class Subscript extends Expr {
        final Expr obj;
        final Expr index;
        Subscript(Expr obj, Expr index) {
            this.obj = obj;
            this.index = index;
        }
        @Override
        Object eval(Interp in, Frame f) {
            Object o = obj.eval(in, f);
            return in.getitem(o, index.eval(in, f), this);
        }
        @Override
        void assign(Interp in, Frame f, Object value) {
            Object o = obj.eval(in, f);
            in.setitem(o, index.eval(in, f), value, this);
        }
        @Override
        void delete(Interp in, Frame f) {
            Object o = obj.eval(in, f);
            in.delitem(o, index.eval(in, f), this);
        }
        @Override
        boolean assignable() {
            return true;
        }
    }

    static final class SliceE extends Expr {
        final Expr lo;
        final Expr hi;
        final Expr step;
        SliceE(Expr lo, Expr hi, Expr step) {
            this.lo = lo;
            this.hi = hi;
            this.step = step;
        }
        @Override
        Object eval(Interp in, Frame f) {
            return new Interp.Slice(lo == null ? Py.NONE : lo.eval(in, f), hi == null ? Py.NONE : hi.eval(in, f),
                    step == null ? Py.NONE : step.eval(in, f));
        }
    }

    static final class Starred extends Expr {
        final Expr value;
        Starred(Expr value) {
            this.value = value;
        }
        @Override
        Object eval(Interp in, Frame f) {
            throw in.error("SyntaxError", "can't use starred expression here", this);
        }
        @Override
        boolean assignable() {
            return value.assignable();
        }
    }

    /** Evaluates a list of element expressions, expanding *starred ones. */
    static ArrayList<Object> evalElts(List<Expr> elts, Interp in, Frame f) {
        ArrayList<Object> out = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            if (e instanceof Starred) {
                Iterator<Object> it = in.iter(((Starred) e).value.eval(in, f), e);
                while (it.hasNext()) {
                    out.add(it.next());
                }
            } else {
                out.add(e.eval(in, f));
            }
        }
        return out;
    }

    static void assignSeq(List<Expr> elts, Interp in, Frame f, Object value, Node at) {
        if (value instanceof PyTuple && ((PyTuple) value).items.length == elts.size() && !hasStar(elts)) {
            Object[] items = ((PyTuple) value).items; // a tuple cannot change while its items are assigned
            for (int i = 0; i < items.length; i++) {
                elts.get(i).assign(in, f, items[i]);
            }
            return;
        }
        if (value instanceof PyList && ((PyList) value).items.size() == elts.size() && !hasStar(elts)) {
            Object[] items = ((PyList) value).items.toArray(); // all read first, as CPython's UNPACK_SEQUENCE
            for (int i = 0; i < items.length; i++) {
                elts.get(i).assign(in, f, items[i]);
            }
            return;
        }
        if (!in.iterable(value)) {
            throw in.error("TypeError", "cannot unpack non-iterable " + in.typeName(value) + " object", at);
        }
        ArrayList<Object> vals = in.toList(value, at);
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Starred) {
                star = i;
            }
        }
        if (star < 0) {
            if (vals.size() != elts.size()) {
                if (vals.size() > elts.size()) {
                    throw in.error("ValueError", "too many values to unpack (expected " + elts.size() + ")", at);
                }
                throw in.error("ValueError", "not enough values to unpack (expected " + elts.size() + ", got " + vals.size() + ")", at);
            }
            for (int i = 0; i < elts.size(); i++) {
                elts.get(i).assign(in, f, vals.get(i));
            }
            return;
        }
        int after = elts.size() - star - 1;
        if (vals.size() < elts.size() - 1) {
            throw in.error("ValueError", "not enough values to unpack (expected at least " + (elts.size() - 1) + ", got " + vals.size() + ")", at);
        }
        for (int i = 0; i < star; i++) {
            elts.get(i).assign(in, f, vals.get(i));
        }
        ArrayList<Object> mid = new ArrayList<>();
        for (int i = star; i < vals.size() - after; i++) {
            mid.add(vals.get(i));
        }
        ((Starred) elts.get(star)).value.assign(in, f, new PyList(mid));
        for (int i = 0; i < after; i++) {
            elts.get(star + 1 + i).assign(in, f, vals.get(vals.size() - after + i));
        }
    }

    private static boolean hasStar(List<Expr> elts) {
        for (int i = 0, n = elts.size(); i < n; i++) {
            if (elts.get(i) instanceof Starred) {
                return true;
            }
        }
        return false;
    }

    static final class TupleE extends Expr {
        final List<Expr> elts;
        TupleE(List<Expr> elts) {
            this.elts = elts;
        }
        @Override
        Object eval(Interp in, Frame f) {
            if (elts.isEmpty()) {
                return PyTuple.EMPTY;
            }
            return new PyTuple(evalElts(elts, in, f).toArray());
        }
        @Override
        void assign(Interp in, Frame f, Object value) {
            assignSeq(elts, in, f, value, this);
        }
        @Override
        void delete(Interp in, Frame f) {
            for (Expr e : elts) {
                e.delete(in, f);
            }
        }
        @Override
        boolean assignable() {
            for (Expr e : elts) {
                if (!e.assignable()) {
                    return false;
                }
            }
            return true;
        }
    }

    static final class ListE extends Expr {
        final List<Expr> elts;
        ListE(List<Expr> elts) {
            this.elts = elts;
        }
        @Override
        Object eval(Interp in, Frame f) {
            return new PyList(evalElts(elts, in, f));
        }
        @Override
        void assign(Interp in, Frame f, Object value) {
            assignSeq(elts, in, f, value, this);
        }
        @Override
        boolean assignable() {
            for (Expr e : elts) {
                if (!e.assignable()) {
                    return false;
                }
            }
            return true;
        }
    }

    static final class SetE extends Expr {
        final List<Expr> elts;
        SetE(List<Expr> elts) {
            this.elts = elts;
        }
        @Override
        Object eval(Interp in, Frame f) {
            PySet s = new PySet();
            for (Object o : evalElts(elts, in, f)) {
                in.setAdd(s, o, this);
            }
            if (elts.size() > 2) {
                boolean consts = true;
                for (Expr e : elts) {
                    consts &= e instanceof Const;
                }
                s.literal = consts;
            }
            return s;
        }
    }

    static final class DictE extends Expr {
        final List<Expr> keys; // null key: **mapping
        final List<Expr> vals;
        DictE(List<Expr> keys, List<Expr> vals) {
            this.keys = keys;
            this.vals = vals;
        }
        @Override
        Object eval(Interp in, Frame f) {
            PyDict d = new PyDict();
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i) == null) {
                    Object m = vals.get(i).eval(in, f);
                    if (!(m instanceof PyDict)) {
                        throw in.error("TypeError", "'" + in.typeName(m) + "' object is not a mapping", this);
                    }
                    for (Object[] e : ((PyDict) m).map.values()) {
                        d.put(e[0], e[1]);
                    }
                    continue;
                }
                Object k = keys.get(i).eval(in, f);
                Object v = vals.get(i).eval(in, f);
                in.dictPut(d, k, v, this);
            }
            return d;
        }
    }

    /** One part of an f-string: literal text, or an expression with conversion and format spec. */
    static final class FPart {
        final String text;
        final Expr expr;
        final char conv;    // 0, 'r', 's', 'a'
        final List<FPart> spec; // may itself contain {expr}
        final String debug; // "x=" for f'{x=}'
        FPart(String text, Expr expr, char conv, List<FPart> spec, String debug) {
            this.text = text;
            this.expr = expr;
            this.conv = conv;
            this.spec = spec;
            this.debug = debug;
        }
    }

    static final class FString extends Expr {
        final List<FPart> parts;
        FString(List<FPart> parts) {
            this.parts = parts;
        }
        @Override
        Object eval(Interp in, Frame f) {
            return render(parts, in, f);
        }
        String render(List<FPart> ps, Interp in, Frame f) {
            StringBuilder sb = new StringBuilder();
            for (FPart p : ps) {
                if (p.expr == null) {
                    sb.append(p.text);
                    continue;
                }
                Object v = p.expr.eval(in, f);
                if (p.debug != null) {
                    sb.append(p.debug);
                }
                String spec = p.spec == null ? "" : render(p.spec, in, f);
                char conv = p.conv;
                if (conv == 0 && p.debug != null && spec.isEmpty()) {
                    conv = 'r';
                }
                if (conv == 'r' || conv == 'a') {
                    v = in.repr(v);
                } else if (conv == 's') {
                    v = in.str(v);
                }
                sb.append(in.format(v, spec, this));
            }
            return sb.toString();
        }
    }

    static final int ADD = 0, SUB = 1, MUL = 2, DIV = 3, FLOORDIV = 4, MOD = 5, POW = 6, MATMUL = 7,
            LSHIFT = 8, RSHIFT = 9, BITAND = 10, BITOR = 11, BITXOR = 12;
    static final String[] BIN_SYM = {"+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"};
    static final String[] BIN_DUNDER = {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul",
        "lshift", "rshift", "and", "or", "xor"};

    static final class BinOp extends Expr {
        final int op;
        final Expr left;
        final Expr right;
        BinOp(int op, Expr left, Expr right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }
        @Override
        Object eval(Interp in, Frame f) {
            Object a = left.eval(in, f);
            Object b = right.eval(in, f);
            in.step(this);
            return in.binop(op, a, b, this);
        }
    }

    static final int NEG = 0, POS = 1, NOT = 2, INV = 3;

    static final class Unary extends Expr {
        final int op;
        final Expr operand;
        Unary(int op, Expr operand) {
            this.op = op;
            this.operand = operand;
        }
        @Override
        Object eval(Interp in, Frame f) {
            Object v = operand.eval(in, f);
            if (op == NOT) {
                return !in.truthy(v);
            }
            in.step(this);
            return in.unary(op, v, this);
        }
    }

    static final class BoolOp extends Expr {
        final boolean isAnd;
        final Expr left;
        final Expr right;
        BoolOp(boolean isAnd, Expr left, Expr right) {
            this.isAnd = isAnd;
            this.left = left;
            this.right = right;
        }
        @Override
        Object eval(Interp in, Frame f) {
            Object a = left.eval(in, f);
            if (in.truthy(a) != isAnd) {
                return a;
            }
            return right.eval(in, f);
        }
    }

    static final int LT = 0, GT = 1, EQ = 2, NE = 3, LE = 4, GE = 5, IN = 6, NOTIN = 7, IS = 8, ISNOT = 9;
    static final String[] CMP_SYM = {"<", ">", "==", "!=", "<=", ">=", "in", "not in", "is", "is not"};

    static final class Compare extends Expr {
        final int[] ops;
        final Expr[] operands;
        Compare(int[] ops, Expr[] operands) {
            this.ops = ops;
            this.operands = operands;
        }
        @Override
        Object eval(Interp in, Frame f) {
            Object a = operands[0].eval(in, f);
            for (int i = 0; i < ops.length; i++) {
                Object b = operands[i + 1].eval(in, f);
                in.step(this);
                Object r = in.compare(ops[i], a, b, this);
                if (ops.length == 1) {
                    return r;
                }
                if (!in.truthy(r)) {
                    return r;
                }
                a = b;
            }
            return Boolean.TRUE;
        }
    }

    static final class IfExp extends Expr {
        final Expr cond;
        final Expr then;
        final Expr orElse;
        IfExp(Expr cond, Expr then, Expr orElse) {
            this.cond = cond;
            this.then = then;
            this.orElse = orElse;
        }
        @Override
        Object eval(Interp in, Frame f) {
            return in.truthy(cond.eval(in, f)) ? then.eval(in, f) : orElse.eval(in, f);
        }
    }

    static final class Call extends Expr {
        final Expr fn;
        final List<Expr> args;
        final List<String> kwNames;  // null name: **mapping
        final List<Expr> kwVals;
        final boolean simple;        // no *args / **kwargs
        Call(Expr fn, List<Expr> args, List<String> kwNames, List<Expr> kwVals) {
            this.fn = fn;
            this.args = args;
            this.kwNames = kwNames;
            this.kwVals = kwVals;
            boolean s = !kwNames.contains(null);
            for (Expr a : args) {
                if (a instanceof Starred) {
                    s = false;
                }
            }
            this.simple = s;
            this.isBackward = fn instanceof Attr && ((Attr) fn).name.equals("backward"); // Calls.callMethod notes the root
            this.isSuper = fn instanceof Name && ((Name) fn).id.equals("super") && kwNames.isEmpty();
        }
        private final boolean isBackward;
        private final boolean isSuper;
        @Override
        Object eval(Interp in, Frame f) {
            Object self = null;
            Object callee;
            String method = null;
            if (isSuper) {
                return in.makeSuper(f, args.isEmpty() ? null : evalElts(args, in, f), this);
            }
            if (fn instanceof Attr) {
                self = ((Attr) fn).obj.eval(in, f);
                method = ((Attr) fn).name;
                callee = null;
            } else {
                callee = fn.eval(in, f);
            }
            Object[] av;
            String[] kn;
            Object[] kv;
            if (simple) {
                av = new Object[args.size()];
                for (int i = 0; i < av.length; i++) {
                    av[i] = args.get(i).eval(in, f);
                }
                kn = kwNames.isEmpty() ? Interp.NO_NAMES : kwNames.toArray(new String[0]);
                kv = new Object[kwVals.size()];
                for (int i = 0; i < kv.length; i++) {
                    kv[i] = kwVals.get(i).eval(in, f);
                }
            } else {
                av = evalElts(args, in, f).toArray();
                ArrayList<String> names = new ArrayList<>();
                ArrayList<Object> vals = new ArrayList<>();
                for (int i = 0; i < kwNames.size(); i++) {
                    Object v = kwVals.get(i).eval(in, f);
                    if (kwNames.get(i) == null) {
                        if (!(v instanceof PyDict)) {
                            throw in.error("TypeError", "argument after ** must be a mapping, not " + in.typeName(v), this);
                        }
                        for (Object[] e : ((PyDict) v).map.values()) {
                            if (!(e[0] instanceof String)) {
                                throw in.error("TypeError", "keywords must be strings", this);
                            }
                            names.add((String) e[0]);
                            vals.add(e[1]);
                        }
                    } else {
                        names.add(kwNames.get(i));
                        vals.add(v);
                    }
                }
                kn = names.toArray(new String[0]);
                kv = vals.toArray();
            }
            in.step(this);
            if (method != null && self instanceof PyObj && !isBackward) {
                // a method of a user class: looked up once per class (and class change), not along the MRO per call
                PyObj o = (PyObj) self;
                Fields a = o.attrs;
                Fields.Shape sh = a.shape;
                int epoch = PyClass.epoch;
                Object m = null;
                boolean known = false;
                if (sh != null) {
                    for (Fields.Hit h = callHits; h != null; h = h.next) {
                        if (h.shape == sh && h.epoch == epoch) {
                            m = h.val;
                            known = true;
                            break;
                        }
                    }
                }
                if (!known && a.get(method) == null) {
                    m = o.cls.lookup(method);
                    if (sh != null) {
                        callHits = Fields.Hit.add(callHits, sh, -1, null, epoch, m);
                    }
                    known = true;
                }
                if (known && m instanceof PyFunc) {
                    return Calls.callFunc(in, (PyFunc) m, self, av, kn, kv, this);
                }
            }
            Object r = method != null ? in.callMethod(self, method, av, kn, kv, this) : in.call(callee, av, kn, kv, this);
            return r;
        }

        // inline cache of the method a call on a user object finds: by the instance's shape (which has no attribute
        // of the method's name, and belongs to one class), while no class changes
        private Fields.Hit callHits;
    }

    static final class Lambda extends Expr {
        final Params params;
        final Expr body;
        final Scope scope;
        Lambda(Params params, Expr body, Scope scope) {
            this.params = params;
            this.body = body;
            this.scope = scope;
        }
        @Override
        Object eval(Interp in, Frame f) {
            Object[] defs = params.evalDefaults(in, f);
            return new PyFunc("<lambda>", "<lambda>", params, defs, null, body, scope, closureOf(f), f.globals, prelude);
        }
    }

    static Frame closureOf(Frame f) {
        if (f.scope == null) {
            return null;
        }
        return f.isClass ? f.closure : f;
    }

    static final class CompFor {
        final Expr target;
        final Expr iter;
        final List<Expr> ifs;
        CompFor(Expr target, Expr iter, List<Expr> ifs) {
            this.target = target;
            this.iter = iter;
            this.ifs = ifs;
        }
    }

    static final int LIST = 0, SET = 1, DICT = 2, GEN = 3;

    static final class Comp extends Expr {
        final int kind;
        final Expr elt;
        final Expr val; // dict comprehension value
        final List<CompFor> gens;
        final Scope scope;
        Comp(int kind, Expr elt, Expr val, List<CompFor> gens, Scope scope) {
            this.kind = kind;
            this.elt = elt;
            this.val = val;
            this.gens = gens;
            this.scope = scope;
        }
        @Override
        Object eval(Interp in, Frame f) {
            if (kind == GEN) {
                return Gen.genexpr(this, in, f);
            }
            Object first = gens.get(0).iter.eval(in, f);
            Frame cf = new Frame(scope, f.globals, closureOf(f), f.func, f.prelude, f.callId);
            Object acc;
            if (kind == DICT) {
                acc = new PyDict();
            } else if (kind == SET) {
                acc = new PySet();
            } else {
                acc = new ArrayList<Object>();
            }
            loop(in, cf, 0, first, acc);
            if (kind == LIST) {
                @SuppressWarnings("unchecked")
                ArrayList<Object> l = (ArrayList<Object>) acc;
                return new PyList(l);
            }
            if (kind == GEN) {
                @SuppressWarnings("unchecked")
                ArrayList<Object> l = (ArrayList<Object>) acc;
                return new Py.PyIter("generator", l.iterator()); // not reached: GEN is lazy (Gen.genexpr)
            }
            return acc;
        }

        @SuppressWarnings("unchecked")
        private void loop(Interp in, Frame cf, int level, Object iterable, Object acc) {
            CompFor g = gens.get(level);
            Iterator<Object> it = in.iter(level == 0 ? iterable : g.iter.eval(in, cf), g.iter);
            outer:
            while (it.hasNext()) {
                in.step(this);
                g.target.assign(in, cf, it.next());
                for (Expr c : g.ifs) {
                    if (!in.truthy(c.eval(in, cf))) {
                        continue outer;
                    }
                }
                if (level + 1 < gens.size()) {
                    loop(in, cf, level + 1, null, acc);
                } else if (kind == DICT) {
                    Object k = elt.eval(in, cf);
                    in.dictPut((PyDict) acc, k, val.eval(in, cf), this);
                } else if (kind == SET) {
                    in.setAdd((PySet) acc, elt.eval(in, cf), this);
                } else {
                    ArrayList<Object> l = (ArrayList<Object>) acc;
                    l.add(elt.eval(in, cf));
                    if ((l.size() & 1023) == 0) {
                        in.checkSize(l.size(), this);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ statements

    static final class ExprStmt extends Stmt {
        final Expr expr;
        ExprStmt(Expr expr) {
            this.expr = expr;
        }
        @Override
        int exec(Interp in, Frame f) {
            in.step(this);
            expr.eval(in, f);
            in.attribute(this, f);
            return NORMAL;
        }
    }

    static final class Assign extends Stmt {
        final List<Expr> targets;
        final Expr value;
        Assign(List<Expr> targets, Expr value) {
            this.targets = targets;
            this.value = value;
        }
        @Override
        int exec(Interp in, Frame f) {
            in.step(this);
            Object v = value.eval(in, f);
            in.attribute(this, f);
            for (int i = 0, n = targets.size(); i < n; i++) {
                targets.get(i).assign(in, f, v);
            }
            return NORMAL;
        }
    }

    static final class AugAssign extends Stmt {
        final Expr target;
        final int op;
        final Expr value;
        AugAssign(Expr target, int op, Expr value) {
            this.target = target;
            this.op = op;
            this.value = value;
        }
        @Override
        int exec(Interp in, Frame f) {
            in.step(this);
            if (target instanceof Name) {
                Object cur = target.eval(in, f);
                Object r = in.inplace(op, cur, value.eval(in, f), this);
                in.attribute(this, f);
                target.assign(in, f, r);
            } else if (target instanceof Attr) {
                Attr a = (Attr) target;
                Object o = a.obj.eval(in, f);
                Object cur = in.getattr(o, a.name, a);
                Object r = in.inplace(op, cur, value.eval(in, f), this);
                in.attribute(this, f);
                a.store(in, o, r);
            } else if (target instanceof Subscript) {
                Subscript s = (Subscript) target;
                Object o = s.obj.eval(in, f);
                Object k = s.index.eval(in, f);
                Object cur = in.getitem(o, k, s);
                Object r = in.inplace(op, cur, value.eval(in, f), this);
                in.attribute(this, f);
                in.setitem(o, k, r, s);
            } else {
                throw in.error("SyntaxError", "'" + "expression" + "' is an illegal expression for augmented assignment", this);
            }
            return NORMAL;
        }
    }

    static final class AnnAssign extends Stmt {
        final Expr target;
        final Expr value;
        Expr annotation; // set by the parser
        AnnAssign(Expr target, Expr value) {
            this.target = target;
            this.value = value;
        }
        @Override
        int exec(Interp in, Frame f) {
            in.step(this);
            if (annotation != null && target instanceof Name && f.isClass) {
                // a class body keeps its annotations in __annotations__ (dataclasses read them)
                Object ann;
                try {
                    ann = annotation.eval(in, f);
                } catch (PyException e) {
                    if (!e.catchable()) {
                        throw e;
                    }
                    ann = Py.NONE; // an annotation the playground cannot evaluate (list[int]) still names the field
                }
                Object d = f.get("__annotations__");
                if (!(d instanceof PyDict)) {
                    d = new PyDict();
                    f.put("__annotations__", d);
                }
                ((PyDict) d).put(((Name) target).id, ann);
            }
            if (value != null) {
                Object v = value.eval(in, f);
                in.attribute(this, f);
                target.assign(in, f, v);
            }
            return NORMAL;
        }
    }

    static final class If extends Stmt {
        final Expr cond;
        final List<Stmt> body;
        final List<Stmt> orElse;
        If(Expr cond, List<Stmt> body, List<Stmt> orElse) {
            this.cond = cond;
            this.body = body;
            this.orElse = orElse;
        }
        @Override
        int exec(Interp in, Frame f) {
            in.step(this);
            boolean c = in.truthy(cond.eval(in, f));
            in.attribute(this, f);
            if (c) {
                return execBlock(body, in, f);
            }
            return orElse == null ? NORMAL : execBlock(orElse, in, f);
        }
    }

    static final class While extends Stmt {
        final Expr cond;
        final List<Stmt> body;
        final List<Stmt> orElse;
        While(Expr cond, List<Stmt> body, List<Stmt> orElse) {
            this.cond = cond;
            this.body = body;
            this.orElse = orElse;
        }
        @Override
        int exec(Interp in, Frame f) {
            while (true) {
                in.step(this);
                boolean c = in.truthy(cond.eval(in, f));
                in.attribute(this, f);
                if (!c) {
                    break;
                }
                int r = execBlock(body, in, f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r == RETURN) {
                    return r;
                }
            }
            return orElse == null ? NORMAL : execBlock(orElse, in, f);
        }
    }

    static final class For extends Stmt {
        final Expr target;
        final Expr iter;
        final List<Stmt> body;
        final List<Stmt> orElse;
        For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orElse = orElse;
        }
        @Override
        int exec(Interp in, Frame f) {
            in.step(this);
            Object src = iter.eval(in, f);
            if (iter instanceof Call && Gen.of(src) != null) {
                return Gen.ownedLoop(this, Gen.of(src), in, f);
            }
            Iterator<Object> it = in.iter(src, iter);
            in.attribute(this, f);
            while (it.hasNext()) {
                in.step(this);
                target.assign(in, f, it.next());
                int r = execBlock(body, in, f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r == RETURN) {
                    return r;
                }
            }
            return orElse == null ? NORMAL : execBlock(orElse, in, f);
        }
    }

    static final class Jump extends Stmt {
        final int code;
        Jump(int code) {
            this.code = code;
        }
        @Override
        int exec(Interp in, Frame f) {
            in.step(this);
            return code;
        }
    }

    static final class Pass extends Stmt {
        @Override
        int exec(Interp in, Frame f) {
            return NORMAL;
        }
    }

    static final class Return extends Stmt {
        final Expr value;
        Return(Expr value) {
            this.value = value;
        }
        @Override
        int exec(Interp in, Frame f) {
            in.step(this);
            f.ret = value == null ? Py.NONE : value.eval(in, f);
            in.attribute(this, f);
            return RETURN;
        }
    }

    static final class Param {
        final String name;
        final Expr def;
        Param(String name, Expr def) {
            this.name = name;
            this.def = def;
        }
    }

    static final class Params {
        final List<Param> positional = new ArrayList<>();
        String varargs;
        final List<Param> kwonly = new ArrayList<>();
        String kwargs;
        int posOnly; // parameters before '/'

        Object[] evalDefaults(Interp in, Frame f) {
            int n = 0;
            for (Param p : positional) {
                if (p.def != null) {
                    n++;
                }
            }
            for (Param p : kwonly) {
                if (p.def != null) {
                    n++;
                }
            }
            if (n == 0) {
                return Interp.NO_ARGS;
            }
            Object[] d = new Object[positional.size() + kwonly.size()];
            for (int i = 0; i < positional.size(); i++) {
                Expr e = positional.get(i).def;
                d[i] = e == null ? null : e.eval(in, f);
            }
            for (int i = 0; i < kwonly.size(); i++) {
                Expr e = kwonly.get(i).def;
                d[positional.size() + i] = e == null ? null : e.eval(in, f);
            }
            return d;
        }
    }

    static final class Def extends Stmt {
        final String name;
        final Params params;
        final List<Stmt> body;
        final Scope scope;
        final List<Expr> decorators;
        String qualname;
        Def(String name, Params params, List<Stmt> body, Scope scope, List<Expr> decorators) {
            this.name = name;
            this.params = params;
            this.body = body;
            this.scope = scope;
            this.decorators = decorators;
        }
        @Override
        int exec(Interp in, Frame f) {
            in.step(this);
            Object[] defs = params.evalDefaults(in, f);
            in.attribute(this, f);
            Object fn = new PyFunc(name, qualname, params, defs, body, null, scope, closureOf(f), f.globals, prelude);
            for (int i = decorators.size() - 1; i >= 0; i--) {
                Expr d = decorators.get(i);
                if (d instanceof Name && ((Name) d).id.equals("staticmethod")) {
                    fn = new Py.PyStaticMethod(fn);
                } else {
                    fn = in.call(d.eval(in, f), new Object[] {fn}, Interp.NO_NAMES, Interp.NO_ARGS, d);
                }
            }
            new Name(name).assign(in, f, fn);
            return NORMAL;
        }
    }

    static final class ClassDef extends Stmt {
        final String name;
        final List<Expr> bases;
        final List<Stmt> body;
        final Scope scope;
        List<Expr> decorators = List.of(); // set by the parser
        String qualname;                  // set by the parser
        List<String> kwNames = List.of();  // class C(B, metaclass=M, **kw): set by the parser
        List<Expr> kwVals = List.of();
        ClassDef(String name, List<Expr> bases, List<Stmt> body, Scope scope) {
            this.name = name;
            this.bases = bases;
            this.body = body;
            this.scope = scope;
        }
        @Override
        int exec(Interp in, Frame f) {
            in.step(this);
            ArrayList<PyClass> bs = new ArrayList<>();
            Py.PyType excBase = null; // class E(Exception): a user exception
            boolean derivesType = false;
            for (Expr b : bases) {
                Object bv = b.eval(in, f);
                if (bv instanceof Py.PyType && ((Py.PyType) bv).name.equals("type")) {
                    derivesType = true; // a metaclass (see Meta)
                } else if (bv instanceof PyClass) {
                    if (bs.contains(bv)) {
                        throw in.error("TypeError", "duplicate base class " + ((PyClass) bv).name, b);
                    }
                    bs.add((PyClass) bv);
                } else if (bv == in.builtins.get("Value") && !bs.contains(in.lecture.valueBase())) {
                    bs.add(in.lecture.valueBase()); // subclassing the built-in Value: its Python twin (Nodes.VALUE_BASE)
                } else if (Excs.isType(bv)) {
                    if (excBase == null) {
                        excBase = (Py.PyType) bv;
                    }
                } else if (!(bv instanceof Py.PyType && ((Py.PyType) bv).name.equals("object"))) {
                    throw in.error("TypeError", "the playground's classes can only inherit from classes defined in the program", b);
                }
            }
            Object metaKw = null;
            ArrayList<String> kn = new ArrayList<>();
            ArrayList<Object> kv = new ArrayList<>();
            for (int i = 0; i < kwNames.size(); i++) {
                Object v = kwVals.get(i).eval(in, f);
                if (kwNames.get(i).equals("metaclass")) {
                    metaKw = v;
                } else {
                    kn.add(kwNames.get(i));
                    kv.add(v);
                }
            }
            HashMap<String, Object> dict = new java.util.LinkedHashMap<>(); // definition order, as __dict__ and enum members
            Frame cf = new Frame(dict, f.globals, scope, closureOf(f), true, f.func, f.prelude, f.callId);
            int r = execBlock(body, in, cf);
            if (r != NORMAL) {
                throw in.error("SyntaxError", "'return' outside function", this);
            }
            if (!dict.containsKey("__doc__")) {
                dict.put("__doc__", docOf(body));
            }
            if (dict.containsKey("__eq__") && !dict.containsKey("__hash__")) {
                dict.put("__hash__", Py.NONE); // as CPython: defining __eq__ alone makes instances unhashable
            }
            PyClass meta = Meta.of(in, metaKw, bs, this);
            boolean typeBase = derivesType;
            Py.PyType exc0 = excBase;
            Object cv = meta == null ? build(in, bs, dict, typeBase, exc0, kn, kv)
                    : Meta.make(in, meta, name, bs, dict, () -> build(in, bs, dict, typeBase, exc0, kn, kv), this);
            for (int i = decorators.size() - 1; i >= 0; i--) {
                Expr d = decorators.get(i);
                cv = in.call(d.eval(in, f), new Object[] {cv}, Interp.NO_NAMES, Interp.NO_ARGS, d);
            }
            new Name(name).assign(in, f, cv);
            return NORMAL;
        }

        /** The class of the statement, from its evaluated bases and body. */
        private PyClass build(Interp in, ArrayList<PyClass> bs, HashMap<String, Object> dict, boolean derivesType, Py.PyType excBase,
                ArrayList<String> kn, ArrayList<Object> kv) {
            PyClass c;
            try {
                c = new PyClass(name, bs.toArray(new PyClass[0]), dict, prelude ? "micrograd.nn" : "__main__");
            } catch (IllegalArgumentException e) {
                throw in.error("TypeError", e.getMessage(), this);
            }
            c.derivesType = derivesType;
            c.in = in;
            if (qualname != null) {
                c.qualname = qualname;
            }
            c.exc = excBase;
            for (int i = 1; i < c.mro.length && c.exc == null; i++) {
                c.exc = c.mro[i].exc; // a subclass of a user exception is one too
            }
            for (Object v : dict.values()) {
                own(v, c);
                if (v instanceof Py.PyProperty) {
                    own(((Py.PyProperty) v).fget, c);
                    own(((Py.PyProperty) v).fset, c);
                    own(((Py.PyProperty) v).fdel, c);
                } else if (v instanceof Py.PyClassMethod) {
                    own(((Py.PyClassMethod) v).fn, c);
                } else if (v instanceof Py.PyStaticMethod) {
                    own(((Py.PyStaticMethod) v).fn, c);
                }
            }
            for (java.util.Map.Entry<String, Object> e : new ArrayList<>(dict.entrySet())) {
                if (e.getValue() instanceof Py.PyObj && ((Py.PyObj) e.getValue()).cls.lookup("__set_name__") != null) {
                    in.callMethod(e.getValue(), "__set_name__", new Object[] {c, e.getKey()}, Interp.NO_NAMES, Interp.NO_ARGS, this);
                }
            }
            Object isc = c.lookupAfter(c, "__init_subclass__"); // a base's hook hears of the new subclass
            if (isc != null) {
                in.call(isc instanceof Py.PyClassMethod ? ((Py.PyClassMethod) isc).fn : isc, new Object[] {c},
                        kn.toArray(new String[0]), kv.toArray(), this);
            } else if (!kn.isEmpty()) {
                throw in.error("TypeError", name + ".__init_subclass__() takes no keyword arguments", this);
            }
            return c;
        }
    }

    /** Makes c the class of a function defined in its body (for super()). */
    private static void own(Object v, PyClass c) {
        if (v instanceof PyFunc && ((PyFunc) v).owner == null) {
            ((PyFunc) v).owner = c;
        }
    }

    /** A body's docstring: its first statement when that is a string constant; else None. */
    static Object docOf(List<Stmt> body) {
        if (body != null && !body.isEmpty() && body.get(0) instanceof ExprStmt && ((ExprStmt) body.get(0)).expr instanceof Const
                && ((Const) ((ExprStmt) body.get(0)).expr).value instanceof String) {
            return ((Const) ((ExprStmt) body.get(0)).expr).value;
        }
        return Py.NONE;
    }

    static final class Global extends Stmt {
        @Override
        int exec(Interp in, Frame f) {
            return NORMAL;
        }
    }

    static final class Assert extends Stmt {
        final Expr test;
        final Expr msg;
        Assert(Expr test, Expr msg) {
            this.test = test;
            this.msg = msg;
        }
        @Override
        int exec(Interp in, Frame f) {
            in.step(this);
            boolean ok = in.truthy(test.eval(in, f));
            in.attribute(this, f);
            if (!ok) {
                throw in.error("AssertionError", msg == null ? "" : in.str(msg.eval(in, f)), this);
            }
            return NORMAL;
        }
    }

    static final class Del extends Stmt {
        final List<Expr> targets;
        Del(List<Expr> targets) {
            this.targets = targets;
        }
        @Override
        int exec(Interp in, Frame f) {
            in.step(this);
            for (Expr t : targets) {
                t.delete(in, f);
            }
            return NORMAL;
        }
    }

    static final class Import extends Stmt {
        final String module;      // dotted
        final String asName;      // import x as y; null: binds the first component
        final List<String> names; // from-import names, null for plain import
        final List<String> asNames;
        Import(String module, String asName, List<String> names, List<String> asNames) {
            this.module = module;
            this.asName = asName;
            this.names = names;
            this.asNames = asNames;
        }
        @Override
        int exec(Interp in, Frame f) {
            in.step(this);
            in.doImport(this, f);
            return NORMAL;
        }
    }

    static final class Raise extends Stmt {
        final Expr exc;
        Expr cause; // raise exc from cause
        Raise(Expr exc) {
            this.exc = exc;
        }
        @Override
        int exec(Interp in, Frame f) {
            in.step(this);
            PyException e = in.raise(exc == null ? null : exc.eval(in, f), this, f);
            if (cause != null) {
                Excs.cause(in, e, cause.eval(in, f), this);
            }
            throw e;
        }
    }

    static final class Handler {
        final Expr type;
        final String name;
        final List<Stmt> body;
        Handler(Expr type, String name, List<Stmt> body) {
            this.type = type;
            this.name = name;
            this.body = body;
        }
    }

    static final class Try extends Stmt {
        final List<Stmt> body;
        final List<Handler> handlers;
        final List<Stmt> orElse;
        final List<Stmt> fin;
        Try(List<Stmt> body, List<Handler> handlers, List<Stmt> orElse, List<Stmt> fin) {
            this.body = body;
            this.handlers = handlers;
            this.orElse = orElse;
            this.fin = fin;
        }
        @Override
        int exec(Interp in, Frame f) {
            in.step(this);
            int r;
            try {
                try {
                    r = execBlock(body, in, f);
                } catch (PyException e) {
                    if (!e.catchable()) {
                        throw e;
                    }
                    Handler h = in.matchHandler(handlers, e, f);
                    if (h == null) {
                        throw e;
                    }
                    if (h.name != null) {
                        new Name(h.name).assign(in, f, in.exceptionObject(e));
                    }
                    Object saved = in.handling;
                    in.handling = e;
                    try {
                        return execBlock(h.body, in, f);
                    } finally {
                        in.handling = (PyException) saved;
                    }
                }
                if (r == NORMAL && orElse != null) {
                    r = execBlock(orElse, in, f);
                }
                return r;
            } finally {
                if (fin != null) {
                    int fr = execBlock(fin, in, f);
                    if (fr != NORMAL) {
                        // a return/break in finally overrides, as in Python
                        return fr;
                    }
                }
            }
        }
    }
}
