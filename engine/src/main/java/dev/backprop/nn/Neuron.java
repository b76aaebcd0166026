package dev.backprop.nn;

import dev.backprop.py.Rng;
import dev.backprop.engine.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * micrograd's {@code Neuron}: weights drawn one by one from {@code uniform(-1, 1)}, bias 0, and
 * {@code act = sum((wi*xi for wi, xi in zip(w, x)), b)}, i.e. {@code ((b + w0*x0) + w1*x1) + ...}, then
 * the activation.
 */
public final class Neuron {

    private final List<Value> w;
    private final Value b;
    private final Activation activation;

    /** A ReLU neuron (micrograd's default {@code nonlin=True}). */
    public Neuron(int nin, Rng rng) {
        this(nin, Activation.RELU, rng);
    }

    public Neuron(int nin, Activation activation, Rng rng) {
        if (nin < 1) {
            throw new IllegalArgumentException("a neuron needs at least 1 input, got " + nin);
        }
        if (activation == null) {
            throw new IllegalArgumentException("a neuron needs an activation (Activation.RELU, TANH, SIGMOID or LINEAR)");
        }
        List<Value> ws = new ArrayList<>(nin);
        for (int i = 0; i < nin; i++) {
            ws.add(new Value(rng.uniform(-1, 1)));
        }
        this.w = List.copyOf(ws);
        this.b = new Value(0);
        this.activation = activation;
    }

    /**
     * The neuron's output for inputs that are {@link Value}s or plain numbers (a number becomes a leaf, as
     * micrograd's {@code wi*xi} does). The number of inputs must equal the number of weights.
     */
    public Value forward(List<?> x) {
        if (x.size() != w.size()) {
            throw new IllegalArgumentException(this + " expects " + w.size() + " inputs, got " + x.size());
        }
        Value act = b;
        for (int i = 0; i < w.size(); i++) {
            act = act.add(times(w.get(i), x.get(i)));
        }
        return activation.apply(act);
    }

    public Value forward(double... x) {
        if (x.length != w.size()) {
            throw new IllegalArgumentException(this + " expects " + w.size() + " inputs, got " + x.length);
        }
        Value act = b;
        for (int i = 0; i < w.size(); i++) {
            act = act.add(w.get(i).mul(x[i]));
        }
        return activation.apply(act);
    }

    static Value times(Value wi, Object xi) {
        if (xi instanceof Value) {
            return wi.mul((Value) xi);
        }
        if (xi instanceof Number) {
            return wi.mul(((Number) xi).doubleValue());
        }
        // the simple name from getName(): Class.getSimpleName would add its own code to the page script
        String type = xi == null ? "null" : xi.getClass().getName();
        throw new IllegalArgumentException("an input must be a Value or a number, got "
                + type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1));
    }

    /** The weights, in input order (unmodifiable; the Values themselves are the live parameters). */
    public List<Value> w() {
        return w;
    }

    public Value b() {
        return b;
    }

    public Activation activation() {
        return activation;
    }

    public int nin() {
        return w.size();
    }

    /** {@code w + [b]}, micrograd's order. */
    public List<Value> parameters() {
        List<Value> ps = new ArrayList<>(w.size() + 1);
        ps.addAll(w);
        ps.add(b);
        return ps;
    }

    public void zeroGrad() {
        for (Value p : w) {
            p.setGrad(0);
        }
        b.setGrad(0);
    }

    /** micrograd's repr: {@code ReLUNeuron(2)}, {@code LinearNeuron(16)}. */
    @Override
    public String toString() {
        return activation.label() + "Neuron(" + w.size() + ")";
    }
}
