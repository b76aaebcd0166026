package dev.backprop.engine;

import dev.backprop.py.Num;
import dev.backprop.py.PyMath;

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

    /** What made a value. The display name (micrograd's {@code _op}) is {@link #op()}. */
    /** What made a Value: int constants, not an enum (TeaVM makes an enum a class with a name table in the page). */
    public static final class Kind {
        public static final int LEAF = 0, ADD = 1, MUL = 2, POW = 3, TANH = 4, EXP = 5, LOG = 6, RELU = 7, SIGMOID = 8;

        private Kind() {
        }
    }

    private static int created;
    private static int epochs;

    private double data;
    private double grad;
    private String label;
    private final int kind;
    private final String op;
    private final Value a;    // children, in the order given
    private final Value b;
    private final double aux; // POW: the exponent; TANH: t as computed forward (micrograd's closure)
    private final int id;
    private int mark;         // last traversal that reached this node

    public Value(double data) {
        this(data, "");
    }

    public Value(double data, String label) {
        this(data, Kind.LEAF, "", null, null, 0);
        this.label = label == null ? "" : label;
    }

    private Value(double data, int kind, String op, Value a, Value b, double aux) {
        this.data = data;
        this.kind = kind;
        this.op = op;
        this.a = a;
        this.b = b;
        this.aux = aux;
        this.label = "";
        this.id = ++created;
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
    public static Value rebuild(int kind, String op, double aux, double data, Value a, Value b) {
        if (kind < Kind.LEAF || kind > Kind.SIGMOID) {
            throw new IllegalArgumentException("unknown node kind " + kind);
        }
        boolean binary = kind == Kind.ADD || kind == Kind.MUL;
        if (kind == Kind.LEAF ? a != null || b != null : a == null || binary != (b != null)) {
            throw new IllegalArgumentException("wrong children for a node of kind " + kind);
        }
        return new Value(data, kind, op, a, b, aux);
    }

    // ---- primitive ops; each local derivative is in local() under the same Kind ----

    public Value add(Value other) {
        return new Value(data + other.data, Kind.ADD, "+", this, other, 0);
    }

    public Value mul(Value other) {
        return new Value(data * other.data, Kind.MUL, "*", this, other, 0);
    }

    /** {@code this ** n} for an integer exponent; shown as {@code **2}. */
    public Value pow(int n) {
        return new Value(power(data, n), Kind.POW, "**" + n, this, null, n);
    }

    /** {@code this ** n} for a real exponent; shown as {@code **0.5}. A negative base gives NaN. */
    public Value pow(double n) {
        return new Value(power(data, n), Kind.POW, "**" + Num.repr(n), this, null, n);
    }

    public Value tanh() {
        // fdlibm, not Math.tanh: TeaVM's Math.tanh is (e - 1/e)/(e + 1/e), NaN for |x| > 710; the JVM's bits
        double t = PyMath.tanh(data); // no overflow: tanh(1000) == 1, unlike (e^2x - 1)/(e^2x + 1)
        return new Value(t, Kind.TANH, "tanh", this, null, t);
    }

    public Value exp() {
        return new Value(PyMath.exp(data), Kind.EXP, "exp", this, null, 0);
    }

    public Value log() {
        return new Value(PyMath.log(data), Kind.LOG, "log", this, null, 0);
    }

    public Value relu() {
        return new Value(data < 0 ? 0.0 : data, Kind.RELU, "ReLU", this, null, 0);
    }

    public Value sigmoid() {
        double s = data >= 0 ? 1 / (1 + PyMath.exp(-data)) : PyMath.exp(data) / (1 + PyMath.exp(data));
        return new Value(s, Kind.SIGMOID, "sigmoid", this, null, 0);
    }

    /**
     * d this / d child i, from the current data, as micrograd's {@code _backward} closures read it.
     * The single place the chain rule's local factors live: backward and the explanations both use it.
     */
    public double local(int i) {
        if (kind == Kind.ADD) {
            return 1.0;
        }
        if (kind == Kind.MUL) {
            return i == 0 ? b.data : a.data;
        }
        if (kind == Kind.POW) {
            return aux * power(a.data, aux - 1);
        }
        if (kind == Kind.TANH) {
            return 1 - aux * aux;
        }
        if (kind == Kind.EXP) {
            return data;
        }
        if (kind == Kind.LOG) {
            return 1 / a.data;
        }
        if (kind == Kind.RELU) {
            return data > 0 ? 1.0 : 0.0;
        }
        if (kind == Kind.SIGMOID) {
            return data * (1 - data);
        }
        throw new IllegalStateException("a leaf has no children");
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
        return add(new Value(other));
    }

    public Value mul(double other) {
        return mul(new Value(other));
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
        int epoch = ++epochs;
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
            Value child = k == 0 ? v.a : k == 1 ? v.b : null;
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
        if (kind == Kind.ADD) {
            return "1";
        }
        if (kind == Kind.MUL) {
            return (i == 0 ? b : a).name() + ".data";
        }
        if (kind == Kind.POW) {
            return Num.repr(aux) + " * " + a.name() + ".data**" + Num.repr(aux - 1);
        }
        if (kind == Kind.TANH) {
            return "1 - " + name() + ".data**2";
        }
        if (kind == Kind.EXP) {
            return name() + ".data";
        }
        if (kind == Kind.LOG) {
            return "1 / " + a.name() + ".data";
        }
        if (kind == Kind.RELU) {
            return "1 if " + name() + ".data > 0 else 0";
        }
        if (kind == Kind.SIGMOID) {
            return name() + ".data * (1 - " + name() + ".data)";
        }
        throw new IllegalStateException("a leaf has no children");
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

    public int kind() {
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

    /** {@code x ** n} as C's pow computes it, with the common exponents exact and fast. */
    static double power(double x, double n) {
        if (n == 1) {
            return x;
        }
        if (n == 2) {
            return x * x;
        }
        if (n == -1) {
            return 1 / x;
        }
        return PyMath.pow(x, n);
    }
}
