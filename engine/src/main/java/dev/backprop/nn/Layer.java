package dev.backprop.nn;

import dev.backprop.py.Rng;
import dev.backprop.engine.Value;
import java.util.ArrayList;
import java.util.List;

/** micrograd's {@code Layer}: {@code nout} neurons of {@code nin} inputs each, created in order. */
public final class Layer {

    private final List<Neuron> neurons;

    public Layer(int nin, int nout, Activation activation, Rng rng) {
        if (nout < 1) {
            throw new IllegalArgumentException("a layer needs at least 1 neuron, got " + nout);
        }
        List<Neuron> ns = new ArrayList<>(nout);
        for (int i = 0; i < nout; i++) {
            ns.add(new Neuron(nin, activation, rng));
        }
        this.neurons = List.copyOf(ns);
    }

    /** Every neuron's output, in order. Inputs are {@link Value}s or plain numbers. */
    public List<Value> forward(List<?> x) {
        List<Value> out = new ArrayList<>(neurons.size());
        for (Neuron n : neurons) {
            out.add(n.forward(x));
        }
        return out;
    }

    public List<Value> forward(double... x) {
        List<Value> out = new ArrayList<>(neurons.size());
        for (Neuron n : neurons) {
            out.add(n.forward(x));
        }
        return out;
    }

    /** micrograd's {@code __call__}: the one output Value if the layer has one neuron, else the list. */
    public Object call(List<?> x) {
        return unwrap(forward(x));
    }

    static Object unwrap(List<Value> out) {
        return out.size() == 1 ? out.get(0) : out;
    }

    public List<Neuron> neurons() {
        return neurons;
    }

    public int nin() {
        return neurons.get(0).nin();
    }

    public int nout() {
        return neurons.size();
    }

    public Activation activation() {
        return neurons.get(0).activation();
    }

    /** Per neuron: its weights, then its bias. */
    public List<Value> parameters() {
        List<Value> ps = new ArrayList<>();
        for (Neuron n : neurons) {
            ps.addAll(n.parameters());
        }
        return ps;
    }

    public void zeroGrad() {
        for (Neuron n : neurons) {
            n.zeroGrad();
        }
    }

    /** micrograd's repr: {@code Layer of [ReLUNeuron(2), ReLUNeuron(2)]}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Layer of [");
        for (int i = 0; i < neurons.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(neurons.get(i).toString());
        }
        return s.append(']').toString();
    }
}
