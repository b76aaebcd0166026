package dev.backprop.tape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.data.DataSet;
import dev.backprop.data.Shape;
import dev.backprop.py.PyRandom;
import dev.backprop.engine.Value;
import dev.backprop.nn.Activation;
import dev.backprop.nn.Adam;
import dev.backprop.nn.Loss;
import dev.backprop.nn.MLP;
import dev.backprop.nn.Optimizer;
import dev.backprop.nn.Schedule;
import dev.backprop.nn.Sgd;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The tape Trainer against nn's Value-path Trainer: every step's numbers and weights, bit for bit. */
class TrainerTest {

    private static void assertBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                () -> what + ": expected " + expected + " but was " + actual);
    }

    private static void assertSame(dev.backprop.nn.Trainer.Step v, dev.backprop.nn.Trainer.Step t, String what) {
        assertEquals(v.k(), t.k(), what + " step number");
        assertBits(v.loss(), t.loss(), what + " loss");
        assertBits(v.dataLoss(), t.dataLoss(), what + " data loss");
        assertBits(v.accuracy(), t.accuracy(), what + " accuracy");
    }

    /** Runs both trainers side by side on identical models; compares steps, weights and grads. */
    private static void compare(String name, int steps, MLP a, MLP b, DataSet.Split data, Loss loss, double alpha,
            Function<MLP, Optimizer> opt, int batch, long batchSeed) {
        double[][] xs = data.train().inputs();
        double[] ys = data.train().labels();
        dev.backprop.nn.Trainer viaValue = new dev.backprop.nn.Trainer(a, xs, ys, loss, alpha, opt.apply(a));
        Trainer viaTape = new Trainer(b, xs, ys, loss, alpha, opt.apply(b));
        if (batch > 0) {
            viaValue.batches(batch, new PyRandom(batchSeed));
            viaTape.batches(batch, new PyRandom(batchSeed));
        }
        List<Value> pa = a.parameters();
        List<Value> pb = b.parameters();
        for (int k = 0; k < steps; k++) {
            assertSame(viaValue.step(), viaTape.step(), name + " step " + k);
            for (int i = 0; i < pa.size(); i++) {
                assertBits(pa.get(i).grad(), pb.get(i).grad(), name + " grad " + i + " at step " + k);
                assertBits(pa.get(i).data(), pb.get(i).data(), name + " weight " + i + " after step " + k);
            }
            if (k % 10 == 9) {
                double[][] tx = data.test().inputs();
                double[] ty = data.test().labels();
                assertSame(viaValue.evaluate(tx, ty), viaTape.evaluate(tx, ty), name + " test set after step " + k);
            }
        }
        assertEquals(steps, viaTape.steps());
        assertNotNull(viaTape.tape());
    }

    @Test
    void microgradDemoEqualsTheValuePathBitForBit() {
        DataSet moons = Shape.generate(Shape.MOONS, 100, 0.1, 1337);
        MLP a = new MLP(2, new int[] {16, 16, 1}, 1337);
        MLP b = new MLP(2, new int[] {16, 16, 1}, 1337);
        dev.backprop.nn.Trainer viaValue = dev.backprop.nn.Trainer.micrograd(a, moons.inputs(), moons.labels());
        Trainer viaTape = Trainer.micrograd(b, moons.inputs(), moons.labels());
        dev.backprop.nn.Trainer.Step last = null;
        for (int k = 0; k < 100; k++) {
            dev.backprop.nn.Trainer.Step v = viaValue.step();
            last = viaTape.step();
            assertSame(v, last, "demo step " + k);
            for (int i = 0; i < a.parameters().size(); i++) {
                assertBits(a.parameters().get(i).data(), b.parameters().get(i).data(), "weight " + i + " after " + k);
            }
        }
        assertEquals(1.0, last.accuracy(), "micrograd's demo reaches 100% within 100 steps");
        assertSame(viaValue.evaluate(moons.inputs(), moons.labels()),
                viaTape.evaluate(moons.inputs(), moons.labels()), "after training");
    }

    @Test
    void adamMiniBatchesTanhBinaryCrossEntropy() {
        DataSet.Split split = Shape.generate(Shape.MOONS, 120, 0.1, 2).split(0.25, 2);
        compare("adam/bce/tanh", 60, new MLP(2, new int[] {8, 8, 1}, Activation.TANH, new PyRandom(2)),
                new MLP(2, new int[] {8, 8, 1}, Activation.TANH, new PyRandom(2)), split, Loss.BCE, 1e-4,
                m -> new Adam(m.parameters(), 0.05), 16, 5);
    }

    @Test
    void everyLossAndActivation() {
        DataSet.Split split = Shape.generate(Shape.CIRCLES, 80, 0.05, 3).split(0.2, 3);
        for (Loss loss : Loss.values()) {
            for (Activation act : Activation.values()) {
                String name = loss + "/" + act;
                compare(name, 15, new MLP(2, new int[] {5, 4, 1}, act, new PyRandom(4)),
                        new MLP(2, new int[] {5, 4, 1}, act, new PyRandom(4)), split, loss, 1e-3,
                        m -> new Sgd(m.parameters(), Schedule.micrograd()), 0, 0);
            }
        }
    }

    @Test
    void noRegularisationAndNoHiddenLayer() {
        DataSet.Split split = Shape.generate(Shape.XOR, 60, 0.1, 4).split(0.5, 4);
        compare("linear", 20, new MLP(2, new int[] {1}, new PyRandom(5)), new MLP(2, new int[] {1}, new PyRandom(5)),
                split, Loss.SVM, 0, m -> new Sgd(m.parameters(), 0.1), 7, 9);
    }

    @Test
    void changingBatchSizeReRecords() {
        DataSet moons = Shape.generate(Shape.MOONS, 50, 0.1, 6);
        MLP b = new MLP(2, new int[] {4, 1}, new PyRandom(6));
        Trainer t = new Trainer(b, moons.inputs(), moons.labels(), Loss.SVM, 1e-4, new Sgd(b.parameters(), 0.1));
        t.step();
        LossTape full = t.tape();
        assertEquals(50, full.batchSize());
        t.batches(10, new PyRandom(1));
        t.step();
        assertEquals(10, t.tape().batchSize());
        assertTrue(t.tape() != full);
    }
}
