package dev.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.py.PyMath;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OpTest {

    @Test
    void tanhIsTheSeedsFormulaBitForBit() {
        // the lecture's neuron: n = 0.8813735870195432 prints o = 0.7071067811865476 and n.grad = 0.4999999999999999
        double t = Op.tanh(0.8813735870195432);
        assertEquals("0.7071067811865476", Double.toString(t));
        assertEquals("0.4999999999999999", Double.toString(Op.local(Op.TANH, 0, 0.8813735870195432, 0, t)));
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 200_000; i++) {
            double x = (r.nextDouble() - 0.5) * 80;
            double e = PyMath.exp(2 * x);
            double seed = (e - 1) / (e + 1);
            if (!Double.isNaN(seed)) {
                assertEquals(Double.doubleToRawLongBits(seed), Double.doubleToRawLongBits(Op.tanh(x)), "tanh(" + x + ")");
            }
        }
        assertEquals(1.0, Op.tanh(1000));
        assertEquals(-1.0, Op.tanh(-1000));
        assertTrue(Double.isNaN(Op.tanh(Double.NaN)));
    }

    @Test
    void everyLocalDerivativeMatchesCentralDifferences() {
        double[] xs = {0.3, 1.7, -0.4, 2.5};
        int[] unary = {Op.POW, Op.TANH, Op.EXP, Op.LOG, Op.RELU, Op.SIGMOID};
        for (int op : unary) {
            for (double x : xs) {
                if (op == Op.LOG && x <= 0) {
                    continue;
                }
                double y = op == Op.POW ? 3.0 : 0;
                double h = 1e-6;
                double numeric = (Op.forward(op, x + h, y) - Op.forward(op, x - h, y)) / (2 * h);
                double local = Op.local(op, 0, x, y, Op.forward(op, x, y));
                assertEquals(numeric, local, 1e-6 * Math.max(1, Math.abs(numeric)), "op " + op + " at " + x);
            }
        }
        assertEquals(-3.0, Op.local(Op.MUL, 0, 2.0, -3.0, -6.0));
        assertEquals(2.0, Op.local(Op.MUL, 1, 2.0, -3.0, -6.0));
        assertEquals(1.0, Op.local(Op.ADD, 1, 2.0, -3.0, -1.0));
    }

    @Test
    void formulasNameTheNodes() {
        assertEquals("b.data", Op.formula(Op.MUL, 0, "c", "a", "b", 0));
        assertEquals("3.0 * a.data**2.0", Op.formula(Op.POW, 0, "c", "a", "a", 3.0));
        assertEquals("1 - o.data**2", Op.formula(Op.TANH, 0, "o", "n", "n", 0));
    }

    @Test
    void twoThreadsNumberTheirValuesIndependently() throws Exception {
        // no static counter in Value: a run on another thread neither shifts nor interleaves this one's ids
        Value first = new Value(1);
        AtomicReference<int[]> other = new AtomicReference<>();
        Thread t = new Thread(() -> {
            Value a = new Value(1);
            Value b = a.mul(2).add(a);
            other.set(new int[] {a.id(), b.id()});
        });
        t.start();
        t.join();
        Value second = new Value(2);
        assertEquals(first.id() + 1, second.id());
        assertEquals(3, other.get()[1] - other.get()[0]); // the constant 2, the product, the sum
    }
}
