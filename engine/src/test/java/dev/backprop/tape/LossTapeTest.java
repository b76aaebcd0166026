package dev.backprop.tape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.engine.Value;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LossTapeTest {

    private static void assertBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                () -> what + ": expected " + expected + " but was " + actual);
    }

    /** Value path and LossTape, each on its own copy of the network, SGD with micrograd's schedule. */
    private static void compare(int batch, int steps) {
        double[] ys = new double[100];
        double[][] xs = DemoNet.moons(100, 0.1, new Random(5), ys);
        DemoNet a = new DemoNet(2, new int[] {16, 16, 1}, new Random(42));
        DemoNet b = new DemoNet(2, new int[] {16, 16, 1}, new Random(42));
        LossTape tr = new LossTape(b.params, 2, batch, b::loss);
        assertEquals(batch, tr.batchSize());
        Random pick = new Random(9);
        int[] rows = new int[batch];
        double lastLoss = Double.NaN;
        double firstLoss = Double.NaN;
        for (int k = 0; k < steps; k++) {
            for (int i = 0; i < batch; i++) {
                rows[i] = batch == xs.length ? i : pick.nextInt(xs.length);
            }
            // Value path: fresh leaves holding the batch's data
            Value[][] in = new Value[batch][];
            Value[] tg = new Value[batch];
            for (int i = 0; i < batch; i++) {
                in[i] = new Value[] {new Value(xs[rows[i]][0]), new Value(xs[rows[i]][1])};
                tg[i] = new Value(ys[rows[i]]);
            }
            Value loss = a.loss(in, tg, null);
            for (Value p : a.params) {
                p.setGrad(0);
            }
            loss.backward();

            double tl = tr.step(xs, ys, rows);
            assertBits(loss.data(), tl, "loss at step " + k);
            assertBits(a.call(in[batch - 1]).data(), tr.kept(batch - 1), "kept score at step " + k);
            assertBits(loss.data(), tr.forward(xs, ys, rows), "forward-only loss at step " + k);
            double lr = 1.0 - 0.9 * k / steps;
            for (int i = 0; i < a.params.size(); i++) {
                Value pa = a.params.get(i);
                Value pb = b.params.get(i);
                assertBits(pa.grad(), pb.grad(), "grad of param " + i + " at step " + k);
                pa.setData(pa.data() - lr * pa.grad());
                pb.setData(pb.data() - lr * pb.grad());
            }
            if (k == 0) {
                firstLoss = tl;
            }
            lastLoss = tl;
        }
        assertTrue(lastLoss < firstLoss, "training lowers the loss: " + firstLoss + " -> " + lastLoss);
    }

    @Test
    void fullBatchEqualsValuePath() {
        compare(100, 60);
    }

    @Test
    void miniBatchesEqualValuePath() {
        compare(10, 200);
    }

    @Test
    void fullBatchStepWithoutRows() {
        double[] ys = new double[20];
        double[][] xs = DemoNet.moons(20, 0.1, new Random(2), ys);
        DemoNet a = new DemoNet(2, new int[] {4, 1}, new Random(1));
        LossTape tr = new LossTape(a.params, 2, 20, a::loss);
        double l1 = tr.step(xs, ys);
        double g0 = a.params.get(0).grad();
        double l2 = tr.step(xs, ys);
        assertBits(l1, l2, "same parameters, same loss");
        assertBits(g0, a.params.get(0).grad(), "grads are overwritten, not accumulated");
    }

    @Test
    void wrongShapesAreNamed() {
        DemoNet a = new DemoNet(2, new int[] {3, 1}, new Random(1));
        LossTape tr = new LossTape(a.params, 2, 4, a::loss);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tr.step(new double[3][2], new double[3]));
        assertTrue(e.getMessage().contains("batches of 4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> tr.step(new double[4][3], new double[4]));
        assertTrue(e.getMessage().contains("has 3 inputs"), e.getMessage());
    }
}
