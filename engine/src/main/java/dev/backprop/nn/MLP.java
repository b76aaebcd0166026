package dev.backprop.nn;

import dev.backprop.py.PyRandom;
import dev.backprop.py.Rng;
import dev.backprop.engine.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * micrograd's {@code MLP(nin, nouts)}: layers {@code Layer(sz[i], sz[i+1])} with {@code sz = [nin] + nouts},
 * every layer but the last nonlinear. Weights are drawn layer by layer, neuron by neuron, weight by weight
 * from the {@link Rng}, so {@code random.seed(1337); MLP(2, [16, 16, 1])} in CPython and
 * {@code new MLP(2, new int[] {16, 16, 1}, new PyRandom(1337))} hold the same weights.
 */
public final class MLP {

    private final List<Layer> layers;
    private final List<Value> parameters;

    /**
     * micrograd's MLP with weights from CPython's {@code random.seed(seed)}: ReLU hidden layers, a linear
     * last layer. {@code new MLP(2, new int[] {16, 16, 1}, 1337)} is the demo notebook's model.
     */
    public MLP(int nin, int[] nouts, long seed) {
        this(nin, nouts, new PyRandom(seed));
    }

    /** micrograd's MLP: ReLU hidden layers, a linear last layer. */
    public MLP(int nin, int[] nouts, Rng rng) {
        this(nin, nouts, Activation.RELU, Activation.LINEAR, rng);
    }

    /** Hidden layers with {@code hidden}, a linear last layer. */
    public MLP(int nin, int[] nouts, Activation hidden, Rng rng) {
        this(nin, nouts, hidden, Activation.LINEAR, rng);
    }

    public MLP(int nin, int[] nouts, Activation hidden, Activation last, Rng rng) {
        if (nouts.length == 0) {
            throw new IllegalArgumentException("an MLP needs at least one layer");
        }
        List<Layer> ls = new ArrayList<>(nouts.length);
        int sz = nin;
        for (int i = 0; i < nouts.length; i++) {
            ls.add(new Layer(sz, nouts[i], i == nouts.length - 1 ? last : hidden, rng));
            sz = nouts[i];
        }
        this.layers = List.copyOf(ls);
        List<Value> ps = new ArrayList<>();
        for (Layer l : layers) {
            ps.addAll(l.parameters());
        }
        this.parameters = List.copyOf(ps);
    }

    /** The outputs of the last layer (always a list). Inputs are {@link Value}s or plain numbers. */
    public List<Value> forward(List<?> x) {
        List<?> in = x;
        for (Layer l : layers) {
            in = l.forward(in);
        }
        @SuppressWarnings("unchecked")
        List<Value> out = (List<Value>) in;
        return out;
    }

    public List<Value> forward(double... x) {
        List<Value> in = layers.get(0).forward(x);
        for (int i = 1; i < layers.size(); i++) {
            in = layers.get(i).forward(in);
        }
        return in;
    }

    /** micrograd's {@code model(x)}: one Value if the last layer has one neuron, else the list. */
    public Object call(List<?> x) {
        return Layer.unwrap(forward(x));
    }

    /** The single output of a one-output network (a classifier's score). */
    public Value score(List<?> x) {
        return single(forward(x));
    }

    public Value score(double... x) {
        return single(forward(x));
    }

    private Value single(List<Value> out) {
        if (out.size() != 1) {
            throw new IllegalStateException("score() needs a network with 1 output, this one has " + out.size());
        }
        return out.get(0);
    }

    public List<Layer> layers() {
        return layers;
    }

    public int nin() {
        return layers.get(0).nin();
    }

    /** {@code nouts}, the sizes of the layers. */
    public int[] sizes() {
        int[] s = new int[layers.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = layers.get(i).nout();
        }
        return s;
    }

    /** Layer by layer, neuron by neuron: weights then bias (micrograd's order). The same list every call. */
    public List<Value> parameters() {
        return parameters;
    }

    /** micrograd's {@code zero_grad}: every parameter's grad to 0. */
    public void zeroGrad() {
        for (Value p : parameters) {
            p.setGrad(0);
        }
    }

    /** The parameters' data in {@link #parameters()} order: a snapshot to restore, share or compare. */
    public double[] weights() {
        double[] out = new double[parameters.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = parameters.get(i).data();
        }
        return out;
    }

    /** Sets every parameter's data from a {@link #weights()} snapshot. */
    public void setWeights(double[] weights) {
        if (weights.length != parameters.size()) {
            throw new IllegalArgumentException("this MLP has " + parameters.size() + " parameters, got "
                    + weights.length + " weights");
        }
        for (int i = 0; i < weights.length; i++) {
            parameters.get(i).setData(weights[i]);
        }
    }

    /** micrograd's repr: {@code MLP of [Layer of [...], ...]}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("MLP of [");
        for (int i = 0; i < layers.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(layers.get(i).toString());
        }
        return s.append(']').toString();
    }
}
