package dev.backprop.lang;

import dev.backprop.engine.Op;
import dev.backprop.engine.Value;
import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.PyList;
import dev.backprop.lang.Py.PyObj;
import dev.backprop.lang.Py.PySet;
import dev.backprop.lang.Py.PyTuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Value-like objects (the lecture's own {@code Value} class: anything with {@code data} and {@code _prev}, plus
 * optional {@code grad}, {@code _op}, {@code label}) as graph nodes. At the end of a run each user node is mirrored
 * by a built-in {@link Value} with the same label, op, data, grad, children and creation line, so everything that
 * draws built-in Values (page, CLI DOT and JSON, share links) draws user graphs too. Children are ordered by
 * creation (the instance serial), never by Python's set order. Per-interpreter state: one instance per Interp.
 */
final class Nodes {
    private final Interp in;
    // creation place of each user instance, by serial: line, col, Run.Call id
    private int[] objLine = new int[256];
    private int[] objCol = new int[256];
    private int[] objCall = new int[256];

    final List<Run.Figure> figures = new ArrayList<>(); // plots shown so far, at their output offsets

    /** Set when the program called exit() or ran out of a budget or memory: no further notebook cell runs. */
    boolean halted;

    // a nudge (Check): the leaf made as the nudgeAt-th node (see index) gets nudgeBy added to its data
    long nudgeAt = Long.MIN_VALUE; // none
    double nudgeBy;

    Nodes(Interp in) {
        this.in = in;
    }

    /**
     * The built-in Value as a Python class, for {@code class MyValue(Value)}: the seed's class with the built-in's
     * other ops. Forward and local derivatives come from the op table ({@code engine.Op}, the one home of the rules:
     * {@code _forward}, {@code _local} and the op codes are put in its globals by {@link #valueBase()}), so a
     * subclass computes what Value computes. Its instances are Value-like nodes (drawn, stepped, checked like the
     * learner's own class); as in micrograd, ops return the base class, and isinstance(x, Value) holds for all.
     */
    static final String VALUE_BASE = "value_base.py"; // in dev/backprop/lang/py/

    private Py.PyClass valueBase;
    private static List<Ast.Stmt> valueBaseAst;

    /** The Python twin of the built-in Value that a learner's subclass of Value extends (made once per run). */
    Py.PyClass valueBase() {
        if (valueBase == null) {
            if (valueBaseAst == null) {
                valueBaseAst = Parser.parse(PySource.read(VALUE_BASE), true);
            }
            java.util.LinkedHashMap<String, Object> g = new java.util.LinkedHashMap<>();
            g.put("__name__", "micrograd.engine");
            for (Value.Kind k : Value.Kind.values()) {
                g.put("_" + k.name(), (long) k.ordinal()); // the op codes: _ADD, _MUL, ...
            }
            g.put("_forward", new Py.PyBuiltin("_forward", (in2, a, kn, kv, at) ->
                    Op.forward(code(a[0]), real(in2, a[1], at), a.length > 2 ? real(in2, a[2], at) : 0)));
            g.put("_local", new Py.PyBuiltin("_local", (in2, a, kn, kv, at) -> {
                int k = code(a[0]);
                double t = real(in2, a[4], at);
                double now = real(in2, a[5], at);
                return Op.local(k, code(a[1]), real(in2, a[2], at), real(in2, a[3], at), Op.out(k, t, now));
            }));
            Ast.execBlock(valueBaseAst, in, Frame.module(g, true));
            valueBase = (Py.PyClass) g.get("Value");
        }
        return valueBase;
    }

    private static int code(Object o) {
        return (int) (long) (Long) o;
    }

    /** float(x) of an op's operand, as math.tanh takes it. */
    private static double real(Interp in, Object x, Node at) {
        if (!Interp.isNumber(x)) {
            throw in.error("TypeError", "must be real number, not " + in.typeName(x), at);
        }
        return Interp.toDouble(x);
    }

    /** True for an instance of a learner's subclass of the built-in Value (or of the ops' results). */
    boolean isValue(Object o) {
        return valueBase != null && o instanceof PyObj && ((PyObj) o).cls.isSubclassOf(valueBase);
    }

    /** Records where a user instance is created (called by Calls.instantiate). */
    void created(PyObj obj, Node at) {
        int s = obj.serial;
        if (s >= objLine.length) {
            int n = Math.max(s + 1, objLine.length * 2);
            objLine = Arrays.copyOf(objLine, n);
            objCol = Arrays.copyOf(objCol, n);
            objCall = Arrays.copyOf(objCall, n);
        }
        boolean user = at != null && !at.prelude;
        objLine[s] = user ? at.line : in.userLine;
        objCol[s] = user ? at.col : in.userCol;
        objCall[s] = in.curCall == 0 ? 0 : in.materialize(in.curCall);
    }

    /** True for an instance of a user class that has {@code data} and {@code _prev}: the lecture's Value contract. */
    static boolean like(Object o) {
        if (!(o instanceof PyObj)) {
            return false;
        }
        Fields a = ((PyObj) o).attrs;
        if (a.shape != null) {
            return a.shape.like();
        }
        return a.containsKey("data") && a.containsKey("_prev");
    }

    /** A drawable node: a built-in Value or a Value-like user object. */
    static boolean node(Object o) {
        return o instanceof Value || like(o);
    }

    /** The children of a node as given ({@code _prev} may be a set, tuple or list), nodes only. */
    static List<Object> prev(Object o) {
        List<Object> out = new ArrayList<>();
        if (o instanceof Value) {
            out.addAll(((Value) o).children());
            return out;
        }
        Object p = ((PyObj) o).attrs.get("_prev");
        Iterable<Object> items = p instanceof PySet ? ((PySet) p).map.values()
                : p instanceof PyTuple ? Arrays.asList(((PyTuple) p).items)
                : p instanceof PyList ? ((PyList) p).items : List.of();
        for (Object c : items) {
            if (node(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Children in creation order: built-in Values by id, user objects by serial, built-ins first. */
    static List<Object> ordered(Object o) {
        List<Object> kids = prev(o);
        if (o instanceof Value) {
            return kids; // operand order, as the built-in Value gives them
        }
        kids.sort((x, y) -> Long.compare(order(x), order(y)));
        return kids;
    }

    static long order(Object o) {
        return o instanceof Value ? ((Value) o).id() : (1L << 40) + ((PyObj) o).serial;
    }

    /**
     * Every node the roots depend on, each once, children before parents (the order the user's
     * {@code build_topo} produces with creation-ordered children). No recursion.
     */
    static List<Object> topo(List<Object> roots) {
        return topo(roots, true);
    }

    /** As {@link #topo(List)}; with {@code intoValues} false, built-in Values are listed but not walked into. */
    static List<Object> topo(List<Object> roots, boolean intoValues) {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        List<Object> order = new ArrayList<>();
        ArrayList<Object> stack = new ArrayList<>();
        ArrayList<List<Object>> kids = new ArrayList<>();
        ArrayList<Integer> next = new ArrayList<>();
        for (Object r : roots) {
            if (seen.put(r, Boolean.TRUE) != null) {
                continue;
            }
            stack.add(r);
            kids.add(intoValues || !(r instanceof Value) ? ordered(r) : List.of());
            next.add(0);
            while (!stack.isEmpty()) {
                int top = stack.size() - 1;
                int k = next.get(top);
                List<Object> ks = kids.get(top);
                if (k == ks.size()) {
                    order.add(stack.remove(top));
                    kids.remove(top);
                    next.remove(top);
                    continue;
                }
                next.set(top, k + 1);
                Object c = ks.get(k);
                if (seen.put(c, Boolean.TRUE) == null) {
                    stack.add(c);
                    kids.add(intoValues || !(c instanceof Value) ? ordered(c) : List.of());
                    next.add(0);
                }
            }
        }
        return order;
    }

    /** Built-in Values for drawing: Values as they are, each user node mirrored (shared mirrors across roots). */
    List<Value> mirror(List<Object> roots) {
        IdentityHashMap<Object, Value> made = new IdentityHashMap<>();
        List<Value> out = new ArrayList<>(roots.size());
        // a built-in Value's children are built-in Values (drawn as they are), so only user nodes are walked:
        // a budget error after millions of built-in Values must not walk them all again
        for (Object o : topo(roots, false)) {
            if (o instanceof Value) {
                made.put(o, (Value) o);
                continue;
            }
            made.put(o, mirrorOne((PyObj) o, made));
        }
        for (Object r : roots) {
            out.add(made.get(r));
        }
        return out;
    }

    private Value mirrorOne(PyObj o, IdentityHashMap<Object, Value> made) {
        List<Object> kids = ordered(o);
        Object opv = o.attrs.get("_op");
        String op = opv instanceof String ? (String) opv : "";
        double data = num(o.attrs.get("data"));
        Value a = kids.isEmpty() ? null : made.get(kids.get(0));
        Value b = kids.size() < 2 ? null : made.get(kids.get(1));
        Value.Kind kind;
        double aux = 0;
        if (a == null) {
            kind = Value.Kind.LEAF;
        } else if (b != null) {
            kind = op.equals("*") ? Value.Kind.MUL : Value.Kind.ADD; // the op text is kept as the user wrote it
        } else if (op.startsWith("**")) {
            kind = Value.Kind.POW;
            aux = parse(op.substring(2));
        } else if (op.equals("exp")) {
            kind = Value.Kind.EXP;
        } else if (op.equals("log")) {
            kind = Value.Kind.LOG;
        } else if (dev.backprop.py.Chars.equalsIgnoreCase(op, "relu")) { // not String's: its Unicode table costs ~7 KB
            kind = Value.Kind.RELU;
        } else if (op.equals("sigmoid")) {
            kind = Value.Kind.SIGMOID;
        } else {
            kind = Value.Kind.TANH; // tanh, or an op of the user's own: a one-child node
            aux = data;
        }
        Value v;
        if (kids.size() > 2) {
            // a node of n children (the learner's sum or product of many): all drawn, in creation order
            List<Value> all = new ArrayList<>(kids.size());
            for (Object k : kids) {
                all.add(made.get(k));
            }
            v = Value.rebuild(op.equals("*") ? Value.Kind.MUL : Value.Kind.ADD, op, 0, data, all);
        } else {
            v = Value.rebuild(kind, op, aux, data, a, b);
        }
        v.setGrad(num(o.attrs.get("grad")));
        Object label = o.attrs.get("label");
        if (label instanceof String) {
            v.setLabel((String) label);
        }
        place(v, o.serial);
        return v;
    }

    /** Gives a mirror the provenance slot of the user object it stands for (Run.origin reads it). */
    private void place(Value v, int serial) {
        int k = v.id() - in.base;
        if (k >= in.vLine.length) {
            int n = Math.max(k + 1, in.vLine.length * 2);
            in.vLine = Arrays.copyOf(in.vLine, n);
            in.vCol = Arrays.copyOf(in.vCol, n);
            in.vCall = Arrays.copyOf(in.vCall, n);
        }
        if (serial < objLine.length) {
            in.vLine[k] = objLine[serial];
            in.vCol[k] = objCol[serial];
            in.vCall[k] = objCall[serial];
        }
        in.lastIndex = Math.max(in.lastIndex, k);
        in.attributedUpTo = Math.max(in.attributedUpTo, k);
    }

    private static double num(Object x) {
        return Interp.isNumber(x) ? Interp.toDouble(x) : x == null ? 0.0 : Double.NaN;
    }

    /** The exponent of a "**k" op; Num.parse, not Double.parseDouble (whose tables would cost the page ~15 KB gzip). */
    private static double parse(String s) {
        try {
            return dev.backprop.py.Num.parse(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** One node's local rule: the user's own {@code _backward} if they assigned one to this built-in Value. */
    void backwardStep(Value v, Node at) {
        HashMap<String, Object> extra = in.valueAttrs.isEmpty() ? null : in.valueAttrs.get(v);
        Object fn = extra == null ? null : extra.get("_backward");
        if (fn == null) {
            v.backwardStep();
        } else {
            in.call(fn, Interp.NO_ARGS, Interp.NO_NAMES, Interp.NO_ARGS, at);
        }
    }

    /** A figure shown now: after the output printed so far. */
    void plot(String svg) {
        figures.add(new Run.Figure(in.out.length(), svg));
    }

    /**
     * A node's creation index, stable across runs of the same program: built-in Values by id offset, user
     * instances by serial (two numbering spaces, told apart by sign).
     */
    long index(Object o) {
        return o instanceof Value ? -(((Value) o).id() - in.base) : ((PyObj) o).serial;
    }

    /** A node is made (after __init__): applies a pending nudge to it. */
    void initialized(Object o) {
        if (nudgeAt == Long.MIN_VALUE || index(o) != nudgeAt) {
            return;
        }
        if (o instanceof Value) {
            ((Value) o).setData(((Value) o).data() + nudgeBy);
        } else if (like(o)) {
            Fields a = ((PyObj) o).attrs;
            a.put("data", num(a.get("data")) + nudgeBy);
        }
    }

    /** The line a user instance was created on (0 if unknown). */
    int line(PyObj o) {
        return o.serial < objLine.length ? objLine[o.serial] : 0;
    }
}
