package dev.backprop.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.engine.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayTest {
    /** The lecture's neuron: o = tanh(x1*w1 + x2*w2 + b). */
    static Value neuron() {
        Value x1 = new Value(2.0, "x1");
        Value x2 = new Value(0.0, "x2");
        Value w1 = new Value(-3.0, "w1");
        Value w2 = new Value(1.0, "w2");
        Value b = new Value(6.8813735870195432, "b");
        Value n = x1.mul(w1).add(x2.mul(w2)).add(b);
        n.setLabel("n");
        Value o = n.tanh();
        o.setLabel("o");
        return o;
    }

    @Test
    void forwardMatchesTheValues() {
        Value o = neuron();
        Replay r = new Replay(o);
        double[] d = r.forward(null, null);
        for (int i = 0; i < d.length; i++) {
            assertEquals(r.values().get(i).data(), d[i], 0.0);
        }
        Value b = r.values().get(4);
        assertEquals("b", b.label());
        assertEquals(Math.tanh(-6 + 7.0), r.forwardWith(b, 7.0)[r.indexOf(o)], 1e-15);
    }

    @Test
    void gradCheckAgreesAfterBackwardAndFlagsDoubleBackward() {
        Value o = neuron();
        o.backward();
        List<Replay.Check> rows = new Replay(o).gradCheck();
        assertEquals(5, rows.size());
        for (Replay.Check c : rows) {
            assertFalse(c.mismatch(), c.toString());
            assertEquals(c.autograd(), c.numeric(), 1e-6);
        }
        assertEquals(-1.5, rows.get(0).autograd(), 1e-6); // do/dx1 = w1 * (1 - o^2) = -3 * 0.5
        o.backward(); // forgot zero_grad: grads doubled
        long bad = new Replay(o).gradCheck().stream().filter(Replay.Check::mismatch).count();
        assertEquals(4, bad); // every leaf with a non-zero gradient (x2's is 0 * 2 = 0)
    }

    @Test
    void stepsFollowReverseTopologicalOrder() {
        Value a = new Value(2.0, "a");
        Value b = new Value(-3.0, "b");
        Value c = a.mul(b);
        c.setLabel("c");
        Value d = c.add(a);
        d.setLabel("d");
        Replay r = new Replay(d);
        assertEquals(d, r.order().get(0));
        r.stepTo(0);
        assertEquals(1.0, d.grad());
        assertEquals(0.0, a.grad());
        r.stepTo(1); // d's rule: c and a get 1
        assertEquals(1.0, c.grad());
        assertEquals(1.0, a.grad());
        r.stepTo(2); // c's rule: a += b = -3, b += a = 2
        assertEquals(-2.0, a.grad());
        assertEquals(2.0, b.grad());
        r.stepTo(1); // stepping back recomputes
        assertEquals(1.0, a.grad());
        assertEquals(0.0, b.grad());
        r.stepTo(r.order().size());
        double ga = a.grad();
        d.zeroGrad();
        d.backward();
        assertEquals(d.grad(), 1.0);
        assertEquals(ga, a.grad());
    }

    @Test
    void explanationInWordsAndNumbers() {
        Value d = new Value(4.0, "d");
        Value f = new Value(-2.0, "f");
        Value l = d.mul(f);
        l.setLabel("L");
        l.backward();
        List<String> lines = Explain.lines(l);
        assertEquals("L = d * f", lines.get(0));
        assertEquals("dL/dd = f.data = -2.0", lines.get(1));
        assertEquals("d.grad += dL/dd * L.grad = -2.0 * 1.0 = -2.0", lines.get(2));
        assertTrue(Explain.lines(d).get(0).contains("leaf"));
    }
}
