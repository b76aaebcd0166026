package dev.backprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.engine.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeuronTest {

    @Test
    void weightsAreDrawnOneByOneFromUniformMinusOneToOneAndTheBiasIsZero() {
        Neuron n = new Neuron(3, Reference.scripted(0.5, 0.0, 0.75));
        assertEquals(0.0, n.w().get(0).data()); // -1 + 2*0.5
        assertEquals(-1.0, n.w().get(1).data());
        assertEquals(0.5, n.w().get(2).data());
        assertEquals(0.0, n.b().data());
        assertEquals(List.of(n.w().get(0), n.w().get(1), n.w().get(2), n.b()), n.parameters());
        assertEquals(Activation.RELU, n.activation());
    }

    @Test
    void forwardIsBiasPlusWeightedInputsInOrderThenTheActivation() {
        Neuron n = new Neuron(2, Activation.LINEAR, Reference.scripted(0.75, 0.25)); // w = 0.5, -0.5
        n.b().setData(0.25);
        Value x0 = new Value(2.0);
        Value x1 = new Value(3.0);
        Value out = n.forward(List.of(x0, x1));
        assertEquals(0.25 + 0.5 * 2.0 + -0.5 * 3.0, out.data());
        // ((b + w0*x0) + w1*x1): the root adds w1*x1 to (b + w0*x0)
        assertEquals("+", out.op());
        Value left = out.children().get(0);
        Value right = out.children().get(1);
        assertEquals(List.of(n.w().get(1), x1), right.children());
        assertEquals("+", left.op());
        assertSame(n.b(), left.children().get(0));
        assertEquals(List.of(n.w().get(0), x0), left.children().get(1).children());
    }

    @Test
    void plainNumbersBecomeLeavesAndGiveTheSameResult() {
        Neuron n = new Neuron(2, Activation.TANH, Reference.scripted(0.1, 0.9));
        Value a = n.forward(1.5, -2.0);
        Value b = n.forward(List.of(1.5, -2.0));
        Value c = n.forward(List.of(new Value(1.5), new Value(-2.0)));
        assertEquals(a.data(), b.data());
        assertEquals(a.data(), c.data());
        assertEquals("tanh", a.op());
        Value wx = a.children().get(0).children().get(1);
        assertTrue(wx.children().get(1).isLeaf());
        assertEquals(-2.0, wx.children().get(1).data());
    }

    @Test
    void everyActivation() {
        for (Activation act : Activation.values()) {
            Neuron n = new Neuron(1, act, Reference.scripted(0.0)); // w = -1
            double s = n.forward(2.0).data(); // act(-2)
            double expected = act == Activation.RELU ? 0.0 : act == Activation.TANH ? Math.tanh(-2)
                    : act == Activation.SIGMOID ? 1 / (1 + Math.exp(2)) : -2.0;
            assertEquals(expected, s, 1e-15, act.key());
        }
    }

    @Test
    void backwardReachesWeightsAndBias() {
        Neuron n = new Neuron(2, Reference.scripted(0.75, 0.75)); // w = 0.5, 0.5, relu
        Value out = n.forward(1.0, 3.0);
        out.backward();
        assertEquals(1.0, n.w().get(0).grad());
        assertEquals(3.0, n.w().get(1).grad());
        assertEquals(1.0, n.b().grad());
        n.zeroGrad();
        for (Value p : n.parameters()) {
            assertEquals(0.0, p.grad());
        }
    }

    @Test
    void wrongInputsAreNamed() {
        Neuron n = new Neuron(2, Reference.scripted(0.1, 0.2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> n.forward(1.0, 2.0, 3.0));
        assertEquals("ReLUNeuron(2) expects 2 inputs, got 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> n.forward(List.of(1.0, "x")));
        assertEquals("an input must be a Value or a number, got String", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Neuron(0, Reference.scripted()));
        e = assertThrows(IllegalArgumentException.class, () -> new Neuron(2, null, Reference.scripted()));
        assertEquals("a neuron needs an activation (Activation.RELU, TANH, SIGMOID or LINEAR)", e.getMessage());
    }

    @Test
    void reprIsMicrogradsReprWithTheActivation() {
        assertEquals("ReLUNeuron(2)", new Neuron(2, Reference.scripted(0.1, 0.2)).toString());
        assertEquals("LinearNeuron(1)", new Neuron(1, Activation.LINEAR, Reference.scripted(0.1)).toString());
    }
}
