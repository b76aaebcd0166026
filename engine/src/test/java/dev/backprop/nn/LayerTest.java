package dev.backprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.backprop.py.PyRandom;
import dev.backprop.engine.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerTest {

    @Test
    void neuronsAreCreatedInOrderAndParametersArePerNeuronWeightsThenBias() {
        Layer l = new Layer(2, 3, Activation.RELU, Reference.scripted(0.0, 0.25, 0.5, 0.75, 1.0, 0.125));
        assertEquals(3, l.nout());
        assertEquals(2, l.nin());
        List<Double> data = new ArrayList<>();
        for (Value p : l.parameters()) {
            data.add(p.data());
        }
        assertEquals(List.of(-1.0, -0.5, 0.0, 0.0, 0.5, 0.0, 1.0, -0.75, 0.0), data);
    }

    @Test
    void callIsMicrogradsOneValueOrAList() {
        Layer one = new Layer(2, 1, Activation.LINEAR, new PyRandom(1));
        assertInstanceOf(Value.class, one.call(List.of(1.0, 2.0)));
        Layer two = new Layer(2, 2, Activation.LINEAR, new PyRandom(1));
        Object out = two.call(List.of(1.0, 2.0));
        assertInstanceOf(List.class, out);
        assertEquals(2, ((List<?>) out).size());
        List<Value> f = two.forward(1.0, 2.0);
        assertEquals(f.get(1).data(), two.neurons().get(1).forward(1.0, 2.0).data());
    }

    @Test
    void repr() {
        assertEquals("Layer of [ReLUNeuron(2), ReLUNeuron(2)]", new Layer(2, 2, Activation.RELU, new PyRandom(1)).toString());
    }
}
