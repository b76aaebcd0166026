package dev.backprop.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backprop.py.PyRandom;
import dev.backprop.engine.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class MLPTest {

    /** random.seed(1337); MLP(2, [16, 16, 1]) in CPython: every weight, in micrograd's parameters() order. */
    @Test
    void seed1337GivesMicrogradsDemoWeights() {
        MLP model = new MLP(2, new int[] {16, 16, 1}, 1337);
        List<String[]> ref = Reference.lines("weight");
        assertEquals(337, ref.size());
        assertEquals(337, model.parameters().size());
        for (String[] w : ref) {
            assertEquals(Double.parseDouble(w[2]), model.parameters().get(Integer.parseInt(w[1])).data(), "weight " + w[1]);
        }
        assertArrayEquals(new MLP(2, new int[] {16, 16, 1}, new PyRandom(1337)).weights(), model.weights());
    }

    @Test
    void parameterCountAndLayout() {
        MLP model = new MLP(2, new int[] {16, 16, 1}, 1);
        assertEquals(337, model.parameters().size()); // 16*3 + 16*17 + 17
        assertArrayEquals(new int[] {16, 16, 1}, model.sizes());
        assertEquals(2, model.nin());
        assertEquals(Activation.RELU, model.layers().get(0).activation());
        assertEquals(Activation.RELU, model.layers().get(1).activation());
        assertEquals(Activation.LINEAR, model.layers().get(2).activation());
        assertEquals(4 * (3 + 1) + 1 * (4 + 1), new MLP(3, new int[] {4, 1}, 1).parameters().size());
        assertEquals("MLP of [Layer of [ReLUNeuron(2), ReLUNeuron(2)], Layer of [LinearNeuron(2)]]",
                new MLP(2, new int[] {2, 1}, 1).toString());
        MLP tanh = new MLP(2, new int[] {3, 3, 1}, Activation.TANH, new PyRandom(1));
        assertEquals(Activation.TANH, tanh.layers().get(1).activation());
        assertEquals(Activation.LINEAR, tanh.layers().get(2).activation());
        MLP sig = new MLP(2, new int[] {3, 1}, Activation.RELU, Activation.SIGMOID, new PyRandom(1));
        assertEquals(Activation.SIGMOID, sig.layers().get(1).activation());
    }

    @Test
    void forwardMatchesLayerByLayerAndCallUnwraps() {
        MLP model = new MLP(2, new int[] {4, 3}, new PyRandom(5));
        List<Value> out = model.forward(0.5, -1.5);
        List<Value> byHand = model.layers().get(1).forward(model.layers().get(0).forward(0.5, -1.5));
        assertEquals(3, out.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(byHand.get(i).data(), out.get(i).data());
        }
        assertInstanceOf(List.class, model.call(List.of(0.5, -1.5)));
        MLP one = new MLP(2, new int[] {4, 1}, new PyRandom(5));
        assertInstanceOf(Value.class, one.call(List.of(new Value(0.5), new Value(-1.5))));
        assertEquals(one.score(0.5, -1.5).data(), one.score(List.of(0.5, -1.5)).data());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> model.score(0.5, -1.5));
        assertEquals("score() needs a network with 1 output, this one has 3", e.getMessage());
    }

    /** Every parameter's grad against a central difference, through tanh and sigmoid layers. */
    @Test
    void gradientsMatchFiniteDifferences() {
        MLP model = new MLP(3, new int[] {5, 4, 1}, Activation.TANH, Activation.SIGMOID, new PyRandom(11));
        double[] x = {0.3, -0.7, 1.1};
        model.zeroGrad();
        model.score(x).backward();
        for (Value p : model.parameters()) {
            double keep = p.data();
            double numeric = Reference.numeric(v -> {
                p.setData(v);
                return model.score(x).data();
            }, keep, 1e-6);
            p.setData(keep);
            assertEquals(numeric, p.grad(), 1e-8 + 1e-6 * Math.abs(numeric));
        }
    }

    @Test
    void zeroGradAndWeightsRoundTrip() {
        MLP model = new MLP(2, new int[] {3, 1}, 7);
        model.score(1, 2).backward();
        model.zeroGrad();
        for (Value p : model.parameters()) {
            assertEquals(0.0, p.grad());
        }
        double[] w = model.weights();
        MLP other = new MLP(2, new int[] {3, 1}, 8);
        other.setWeights(w);
        assertEquals(model.score(0.3, 0.4).data(), other.score(0.3, 0.4).data());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> other.setWeights(new double[3]));
        assertEquals("this MLP has 13 parameters, got 3 weights", e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> model.parameters().clear());
    }
}
