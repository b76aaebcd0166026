package dev.backprop.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.data.DataSet;
import dev.backprop.data.Shape;
import dev.backprop.py.PyRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainerTest {

    /**
     * micrograd's demo: MLP(2, [16, 16, 1]) on 100 moons (noise 0.1), SVM loss + 1e-4 L2, SGD with
     * lr = 1.0 - 0.9*k/100, seed 1337 for both the weights (CPython's random) and the data (numpy's).
     * Reaches 100% training accuracy within 100 steps, with the loss and accuracy of every step equal to
     * CPython micrograd's (micrograd_demo.txt).
     */
    @Test
    void microgradsDemoReachesFullAccuracyAndFollowsCPythonStepByStep() {
        DataSet moons = Shape.generate(Shape.MOONS, 100, 0.1, 1337);
        MLP model = new MLP(2, new int[] {16, 16, 1}, 1337);
        Trainer trainer = Trainer.micrograd(model, moons.inputs(), moons.labels());
        List<String[]> ref = Reference.lines("step");
        assertEquals(100, ref.size());
        int firstFull = -1;
        for (int k = 0; k < 100; k++) {
            Trainer.Step s = trainer.step();
            assertEquals(k, s.k());
            double refLoss = Double.parseDouble(ref.get(k)[2]);
            // micrograd accumulates grads in set order, so the last bits differ; 1e-9 relative after 100 steps
            assertEquals(refLoss, s.loss(), 1e-9 * refLoss, "loss at step " + k);
            assertEquals(Double.parseDouble(ref.get(k)[3]), s.accuracy(), "accuracy at step " + k);
            if (s.accuracy() == 1.0 && firstFull < 0) {
                firstFull = k;
            }
        }
        assertTrue(firstFull >= 0 && firstFull < 100, "never reached 100% accuracy");
        Trainer.Step after = trainer.evaluate(moons.inputs(), moons.labels());
        assertEquals(1.0, after.accuracy());
        assertTrue(after.loss() < 0.011, "final loss " + after.loss());
    }

    @Test
    void adamWithBinaryCrossEntropyAndTanhAlsoLearnsMoons() {
        DataSet.Split split = Shape.generate(Shape.MOONS, 200, 0.1, 2).split(0.25, 2);
        MLP model = new MLP(2, new int[] {8, 8, 1}, Activation.TANH, new PyRandom(2));
        Trainer t = new Trainer(model, split.train().inputs(), split.train().labels(), Loss.BCE, 1e-4,
                new Adam(model.parameters(), 0.05));
        Trainer.Step first = t.step();
        Trainer.Step last = first;
        for (int k = 1; k < 150; k++) {
            last = t.step();
        }
        assertTrue(last.loss() < first.loss() / 4, first + " -> " + last);
        assertTrue(last.accuracy() >= 0.97, last.toString());
        assertTrue(t.evaluate(split.test().inputs(), split.test().labels()).accuracy() >= 0.95);
    }

    /** The batch-loss hook a tape records gives step()'s loss and grads, bit for bit, for every loss. */
    @Test
    void lossHookEqualsTheStepGraph() {
        DataSet d = Shape.generate(Shape.CIRCLES, 30, 0.1, 4);
        for (Loss kind : Loss.values()) {
            MLP model = new MLP(2, new int[] {5, 1}, 9);
            MLP twin = new MLP(2, new int[] {5, 1}, 9);
            Trainer t = new Trainer(model, d.inputs(), d.labels(), kind, 1e-3, new Sgd(model.parameters(), 0.0));
            Trainer u = new Trainer(twin, d.inputs(), d.labels(), kind, 1e-3, new Sgd(twin.parameters(), 0.0));
            double stepLoss = t.step().loss();
            dev.backprop.engine.Value[][] in = new dev.backprop.engine.Value[d.size()][];
            dev.backprop.engine.Value[] ys = new dev.backprop.engine.Value[d.size()];
            for (int i = 0; i < d.size(); i++) {
                in[i] = new dev.backprop.engine.Value[] {
                    new dev.backprop.engine.Value(d.get(i).x()), new dev.backprop.engine.Value(d.get(i).y())};
                ys[i] = new dev.backprop.engine.Value(d.get(i).label());
            }
            dev.backprop.engine.Value hook = u.loss(in, ys);
            hook.backward();
            assertEquals(stepLoss, hook.data(), kind.key());
            for (int i = 0; i < model.parameters().size(); i++) {
                assertEquals(model.parameters().get(i).grad(), twin.parameters().get(i).grad(), kind + " grad " + i);
            }
        }
    }

    @Test
    void evaluateChangesNothing() {
        DataSet d = Shape.generate(Shape.XOR, 40, 0.05, 1);
        MLP model = new MLP(2, new int[] {4, 1}, 3);
        Trainer t = Trainer.micrograd(model, d.inputs(), d.labels());
        double[] before = model.weights();
        Trainer.Step e1 = t.evaluate(d.inputs(), d.labels());
        Trainer.Step e2 = t.evaluate(d.inputs(), d.labels());
        assertArrayEquals(before, model.weights());
        assertEquals(e1, e2);
        assertEquals(e1.loss(), t.step().loss()); // the first step reports the same loss, then updates
    }

    @Test
    void minibatchesAreSeededAndSmaller() {
        DataSet d = Shape.generate(Shape.SPIRAL, 60, 0.0, 1);
        List<Double> a = run(d, 7);
        assertEquals(a, run(d, 7));
        assertTrue(!a.equals(run(d, 8)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.micrograd(new MLP(2, new int[] {1}, 1), new double[0][], new double[0]));
        assertEquals("nothing to train on: no data points", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Trainer(new MLP(2, new int[] {1}, 1),
                d.inputs(), d.labels(), null, 0, new Sgd(List.of(), Schedule.micrograd())));
        assertEquals("a trainer needs a loss (Loss.SVM, MSE or BCE)", e.getMessage());
    }

    private static List<Double> run(DataSet d, long seed) {
        MLP model = new MLP(2, new int[] {4, 1}, 1);
        Trainer t = Trainer.micrograd(model, d.inputs(), d.labels()).batches(10, new PyRandom(seed));
        List<Double> losses = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            losses.add(t.step().dataLoss());
        }
        return losses;
    }
}
