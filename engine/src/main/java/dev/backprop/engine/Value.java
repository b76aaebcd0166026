package dev.backprop.engine;

import dev.backprop.py.Num;

import java.util.ArrayList;
import java.util.List;

/**
 * A scalar in a computation graph together with its gradient: micrograd's {@code Value}, finished.
 *
 * <p>Every op builds its output and states its local derivative right beside it (see {@link #local}), and
 * {@link #backward()} applies the chain rule in reverse topological order. Gradients accumulate
 * ({@code +=}), so a value used twice collects both contributions. Calling {@code backward()} again
 * accumulates exactly as micrograd does: the root's grad is set to 1 and every other grad, interior ones
 * included, is added to again (so a leaf under {@code z = (2x)*3} goes 6, then 18). Call
 * {@link #zeroGrad()} in between for fresh gradients.
 *
 * <p>Arithmetic follows IEEE doubles like PyTorch and never throws: {@code exp(1000)} is Infinity, a
 * negative base to a fractional power is NaN, {@code log(0)} is -Infinity, division by zero is Infinity.
 *
 * <p>Graphs are walked with an explicit stack, never recursion, so a chain of a million nodes is fine.
 * Traversal marks are per-node fields: one graph must not be walked by two threads at once.
 */
public final class Value {

    /** What made a value; its rules are in {@link Op} (codes are these ordinals). The display name is {@link #op()}. */
    public enum Kind {
        LEAF, ADD, MUL, POW, TANH, EXP, LOG, RELU, SIGMOID;

        private static final Kind[] ALL = values();

        /** The kind whose {@link Op} code is {@code code}. */
        public static Kind of(int code) {
            if (code < 0 || code >= ALL.length) {
                throw new IllegalArgumentException("unknown node kind " + code);
            }
            return ALL[code];
        }
    }

    /**
     * Creation counter of one thread's values: ids are dense and increasing within a run, and two runs on
     * two threads (the server's previews) don't share one. An op's output counts in its first child's
     * counter, so only leaves look the thread's counter up.
     */
    static final class Seq {
        int last;
    }

    private static final ThreadLocal<Seq> SEQ = ThreadLocal.withInitial(Seq::new);

    private double data;
    private double grad;
    private String label;
    private final Kind kind;
    private final String op;
    private final Value a;    // children, in the order given
    private final Value b;
    private final Value[] more; // children after the second: only a user class's node has them (a sum of n)
    private final double aux; // POW: the exponent; TANH: t as computed forward (micrograd's closure)
    private final Seq seq;
    private final int id;
    private Object mark;      // the token of the last traversal that reached this node

    public Value(double data) {
        this(data, "");
    }

    public Value(double data, String label) {
        this(data, Kind.LEAF, "", null, null, 0);
        this.label = label == null ? "" : label;
    }

    private Value(double data, Kind kind, String op, Value a, Value b, double aux) {
        this(data, kind, op, a, b, null, aux, a != null ? a.seq : SEQ.get());
    }

    private Value(double data, Kind kind, String op, Value a, Value b, double aux, Seq seq) {
        this(data, kind, op, a, b, null, aux, seq);
    }

    private Value(double data, Kind kind, String op, Value a, Value b, Value[] more, double aux, Seq seq) {
        this.data = data;
        this.kind = kind;
        this.op = op;
        this.a = a;
        this.b = b;
        this.more = more;
        this.aux = aux;
        this.label = "";
        this.seq = seq;
        this.id = ++seq.last;
    }

    public static Value of(double data) {
        return new Value(data);
    }

    public static Value of(double data, String label) {
        return new Value(data, label);
    }

    /**
     * A node exactly as an op made it (kind, op name, POW's exponent or TANH's forward t in {@code aux}, data,
     * children in order) without computing the op again; grad 0, no label. For graphs moved between threads
     * (lang.Wire); everything else builds nodes with the ops below.
     */
    public static Value rebuild(Kind kind, String op, double aux, double data, Value a, Value b) {
        boolean binary = kind == Kind.ADD || kind == Kind.MUL;
        if (kind == Kind.LEAF ? a != null || b != null : a == null || binary != (b != null)) {
            throw new IllegalArgumentException("wrong children for a node of kind " + kind);
        }
        return new Value(data, kind, op, a, b, aux);
    }

    /**
     * As {@link #rebuild(Kind, String, double, double, Value, Value)} for a node of any number of children: more
     * than two only for ADD (each local derivative 1) and MUL (the product of the others), the n-ary sums and
     * products of a learner's own class ({@code Value(..., (a, b, c), 'sum')}).
     */
    public static Value rebuild(Kind kind, String op, double aux, double data, List<Value> kids) {
        if (kids.size() <= 2) {
            return rebuild(kind, op, aux, data, kids.isEmpty() ? null : kids.get(0), kids.size() < 2 ? null : kids.get(1));
        }
        if (kind != Kind.ADD && kind != Kind.MUL) {
            throw new IllegalArgumentException("a node of kind " + kind + " has no " + kids.size() + " children");
        }
        Value[] rest = kids.subList(2, kids.size()).toArray(new Value[0]);
        return new Value(data, kind, op, kids.get(0), kids.get(1), rest, aux, kids.get(0).seq);
    }

    // ---- primitive ops; each local derivative is in local() under the same Kind ----

    public Value add(Value other) {
        return new Value(Op.forward(Op.ADD, data, other.data), Kind.ADD, "+", this, other, 0);
    }

    public Value mul(Value other) {
        return new Value(Op.forward(Op.MUL, data, other.data), Kind.MUL, "*", this, other, 0);
    }

    /** {@code this ** n} for an integer exponent; shown as {@code **2}. */
    public Value pow(int n) {
        return new Value(Op.power(data, n), Kind.POW, "**" + n, this, null, n);
    }

    /** {@code this ** n} for a real exponent; shown as {@code **0.5}. A negative base gives NaN. */
    public Value pow(double n) {
        return new Value(Op.power(data, n), Kind.POW, "**" + Num.repr(n), this, null, n);
    }

    public Value tanh() {
        double t = Op.tanh(data); // the seed's formula, so the lecture's digits
        return new Value(t, Kind.TANH, "tanh", this, null, t);
    }

    public Value exp() {
        return new Value(Op.forward(Op.EXP, data, 0), Kind.EXP, "exp", this, null, 0);
    }

    public Value log() {
        return new Value(Op.forward(Op.LOG, data, 0), Kind.LOG, "log", this, null, 0);
    }

    public Value relu() {
        return new Value(Op.forward(Op.RELU, data, 0), Kind.RELU, "ReLU", this, null, 0);
    }

    public Value sigmoid() {
        return new Value(Op.forward(Op.SIGMOID, data, 0), Kind.SIGMOID, "sigmoid", this, null, 0);
    }

    /**
     * d this / d child i, from the current data, as micrograd's {@code _backward} closures read it.
     * The single place the chain rule's local factors live: backward and the explanations both use it.
     */
    public double local(int i) {
        if (a == null) {
            throw new IllegalStateException("a leaf has no children");
        }
        if (more != null) {
            if (kind == Kind.ADD) {
                return 1.0;
            }
            double p = 1.0; // MUL of n: the product of the other children
            List<Value> kids = children();
            for (int k = 0; k < kids.size(); k++) {
                p *= k == i ? 1.0 : kids.get(k).data;
            }
            return p;
        }
        int k = kind.ordinal();
        return Op.local(k, i, a.data, b != null ? b.data : aux, Op.out(k, aux, data)); // TANH's aux: its forward t
    }

    // ---- derived ops, built from the primitives exactly as micrograd builds them ----

    public Value neg() {
        return mul(-1);
    }

    public Value sub(Value other) {
        return add(other.neg());
    }

    public Value div(Value other) {
        return mul(other.pow(-1));
    }

    public Value add(double other) {
        return add(constant(other));
    }

    public Value mul(double other) {
        return mul(constant(other));
    }

    /** micrograd's {@code Value(other)} for a plain number in an op: a leaf counted in this value's run. */
    private Value constant(double other) {
        return new Value(other, Kind.LEAF, "", null, null, 0, seq);
    }

    public Value sub(double other) {
        return add(-other);
    }

    /** {@code this / other}: micrograd computes {@code other**-1} on the plain number first. */
    public Value div(double other) {
        return mul(1 / other);
    }

    /** {@code other + this} (micrograd's {@code __radd__}: {@code self + other}). */
    public Value radd(double other) {
        return add(other);
    }

    /** {@code other * this} (micrograd's {@code __rmul__}: {@code self * other}). */
    public Value rmul(double other) {
        return mul(other);
    }

    /** {@code other - this} (micrograd's {@code __rsub__}: {@code other + (-self)}). */
    public Value rsub(double other) {
        return neg().add(other);
    }

    /** {@code other / this} (micrograd's {@code __rtruediv__}: {@code other * self**-1}). */
    public Value rdiv(double other) {
        return pow(-1).mul(other);
    }

    // ---- backward ----

    /** Every node this value depends on, children before parents, this value last. No recursion. */
    public List<Value> topo() {
        Object epoch = new Object(); // a fresh token: no counter shared between threads
        ArrayList<Value> order = new ArrayList<>();
        Value[] stack = new Value[64];
        int[] next = new int[64];
        int sp = 0;
        stack[sp] = this;
        next[sp++] = 0;
        mark = epoch;
        while (sp > 0) {
            Value v = stack[sp - 1];
            int k = next[sp - 1]++;
            Value child = k == 0 ? v.a : k == 1 ? v.b : v.more != null && k - 2 < v.more.length ? v.more[k - 2] : null;
            if (child == null) {
                order.add(v);
                sp--;
            } else if (child.mark != epoch) {
                child.mark = epoch;
                if (sp == stack.length) {
                    stack = java.util.Arrays.copyOf(stack, sp * 2);
                    next = java.util.Arrays.copyOf(next, sp * 2);
                }
                stack[sp] = child;
                next[sp++] = 0;
            }
        }
        return order;
    }

    /** Sets this grad to 1 and runs every node's local rule in reverse topological order. Accumulates. */
    public void backward() {
        List<Value> order = topo();
        grad = 1.0;
        for (int i = order.size() - 1; i >= 0; i--) {
            order.get(i).backwardStep();
        }
    }

    /** This node's local rule only (micrograd's {@code _backward}): pushes its grad to its children. */
    public void backwardStep() {
        if (a == null) {
            return;
        }
        a.grad += local(0) * grad;
        if (b != null) {
            b.grad += local(1) * grad;
        }
        if (more != null) {
            for (int i = 0; i < more.length; i++) {
                more[i].grad += local(i + 2) * grad;
            }
        }
    }

    /** Sets the grad of this value and of everything it depends on to zero. */
    public void zeroGrad() {
        for (Value v : topo()) {
            v.grad = 0.0;
        }
    }

    // ---- explanation as data ----

    /** One factor of the chain rule at this node, e.g. {@code dc/da = b.data = -3.0}. */
    public static final class Local {
        // a class, not a record: nothing compares them, and a record's equals/hashCode would be page script
        private final Value child;
        private final String derivative;
        private final String formula;
        private final double value;

        Local(Value child, String derivative, String formula, double value) {
            this.child = child;
            this.derivative = derivative;
            this.formula = formula;
            this.value = value;
        }

        public Value child() {
            return child;
        }

        public String derivative() {
            return derivative;
        }

        public String formula() {
            return formula;
        }

        public double value() {
            return value;
        }

        @Override
        public String toString() {
            return derivative + " = " + formula + " = " + Num.repr(value);
        }
    }

    /** The local derivative of this value with respect to each child, in child order. */
    public List<Local> locals() {
        List<Value> kids = children();
        List<Local> out = new ArrayList<>(kids.size());
        for (int i = 0; i < kids.size(); i++) {
            Value c = kids.get(i);
            out.add(new Local(c, "d" + name() + "/d" + c.name(), formula(i), local(i)));
        }
        return out;
    }

    private String formula(int i) {
        if (more != null) {
            if (kind == Kind.ADD) {
                return "1";
            }
            StringBuilder sb = new StringBuilder();
            List<Value> kids = children();
            for (int k = 0; k < kids.size(); k++) {
                if (k != i) {
                    sb.append(sb.length() == 0 ? "" : " * ").append(kids.get(k).name()).append(".data");
                }
            }
            return sb.toString();
        }
        return Op.formula(kind.ordinal(), i, name(), a.name(), (i == 0 ? b == null ? a : b : a).name(), aux);
    }

    /** The label, or {@code #id} for an unlabelled value: what explanations call this node. */
    public String name() {
        return label.isEmpty() ? "#" + id : label;
    }

    // ---- accessors ----

    public double data() {
        return data;
    }

    public void setData(double data) {
        this.data = data;
    }

    public double grad() {
        return grad;
    }

    public void setGrad(double grad) {
        this.grad = grad;
    }

    public String label() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label == null ? "" : label;
    }

    /** micrograd's {@code _op}: {@code ""} for a leaf, {@code +}, {@code *}, {@code **2}, {@code tanh}, ... */
    public String op() {
        return op;
    }

    public Kind kind() {
        return kind;
    }

    /** The exponent of a {@link Kind#POW} node (a TANH node: its forward t, see {@link #rebuild}; else 0). */
    public double exponent() {
        return aux;
    }

    /** Children in the order they were given (a list, not a set: drawings must be deterministic). */
    public List<Value> children() {
        if (a == null) {
            return List.of();
        }
        if (more != null) {
            List<Value> all = new ArrayList<>(more.length + 2);
            all.add(a);
            all.add(b);
            all.addAll(java.util.Arrays.asList(more));
            return all;
        }
        return b == null ? List.of(a) : List.of(a, b);
    }

    public boolean isLeaf() {
        return a == null;
    }

    /** Creation order: a later value has a larger id. Stable for the life of the value. */
    public int id() {
        return id;
    }

    @Override
    public String toString() {
        return "Value(data=" + Num.repr(data) + ")";
    }
}
