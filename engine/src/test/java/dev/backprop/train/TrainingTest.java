package dev.backprop.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.data.Shape;
import dev.backprop.nn.Activation;
import dev.backprop.nn.Loss;
import dev.backprop.nn.MLP;
import dev.backprop.nn.Trainer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingTest {

    @Test
    void defaultIsMicrogradsDemoStepForStepAndReaches100Percent() {
        Training t = Training.micrograd();
        var data = Shape.generate(Shape.MOONS, 100, 0.1, 1337);
        MLP ref = new MLP(2, new int[] {16, 16, 1}, 1337);
        assertArrayEquals(ref.weights(), t.weights());
        Trainer demo = Trainer.micrograd(ref, data.inputs(), data.labels());
        for (int k = 0; k < 100; k++) {
            Trainer.Step want = demo.step();
            Training.Stat got = t.step();
            assertEquals(want.loss(), got.loss(), 0.0, "loss at step " + k);
            assertEquals(want.accuracy(), got.accuracy(), 0.0, "accuracy at step " + k);
            assertTrue(Double.isNaN(got.testLoss()));
        }
        assertArrayEquals(ref.weights(), t.weights());
        assertEquals(1.0, t.evaluate().accuracy(), "micrograd's demo reaches 100% on moons");
        assertEquals(100, t.steps());
        assertEquals(100, t.lossHistory().length);
        assertTrue(t.loss(99) < t.loss(0) / 10, "loss falls");
    }

    @Test
    void rewindGivesTheSameWeightsAndCurve() {
        Training t = new Training(TrainConfig.micrograd().withData(60, 0.2, 0.25, 7));
        double[] w0 = t.weights();
        t.steps(20);
        double[] curve = t.lossHistory();
        double[] testCurve = t.testLossHistory();
        double[] w20 = t.weights();
        t.rewind();
        assertEquals(0, t.steps());
        assertArrayEquals(w0, t.weights());
        t.steps(20);
        assertArrayEquals(curve, t.lossHistory());
        assertArrayEquals(testCurve, t.testLossHistory());
        assertArrayEquals(w20, t.weights());
        assertEquals(15, t.test().size());
        assertEquals(45, t.train().size());
        assertFalse(Double.isNaN(testCurve[0]));
    }

    @Test
    void sameConfigSameRunAndResetDrawsNewWeights() {
        TrainConfig c = TrainConfig.micrograd().withShape(Shape.SPIRAL).withActivation(Activation.TANH)
                .withLoss(Loss.BCE).withOptimizer(TrainConfig.Optimizer.ADAM, 0.05, false, 100).withBatchSize(16);
        Training a = new Training(c);
        Training b = new Training(c);
        a.steps(15);
        b.steps(15);
        assertArrayEquals(a.weights(), b.weights());
        assertArrayEquals(a.lossHistory(), b.lossHistory());
        double[] init = a.initialWeights();
        a.reset();
        assertEquals(c.seed() + 1, a.config().seed());
        assertEquals(0, a.steps());
        assertFalse(java.util.Arrays.equals(init, a.weights()));
    }

    @Test
    void everyShapeTrains() {
        for (Shape s : Shape.values()) {
            Training t = new Training(TrainConfig.micrograd().withShape(s)
                    .withOptimizer(TrainConfig.Optimizer.ADAM, 0.02, false, 100).withHidden(List.of(8, 8)));
            t.steps(60);
            assertTrue(t.loss(59) < t.loss(0), s + ": loss falls " + t.loss(0) + " -> " + t.loss(59));
            if (!s.regression()) {
                assertTrue(t.accuracy(59) > (s == Shape.SPIRAL ? 0.55 : 0.8), s + ": accuracy " + t.accuracy(59));
            }
        }
    }

    @Test
    void linearModelWithoutHiddenLayers() {
        Training t = new Training(TrainConfig.micrograd().withShape(Shape.BLOBS).withHidden(List.of()));
        assertEquals(3, t.weights().length);
        assertEquals(0, t.hiddenNeurons());
        t.steps(30);
        assertTrue(t.accuracy(29) > 0.9);
    }

    @Test
    void addedAndClearedPoints() {
        Training t = Training.micrograd();
        t.steps(3);
        double[] w = t.weights();
        t.addPoint(2.0, 2.0, 1);
        assertEquals(101, t.train().size());
        assertArrayEquals(w, t.weights(), "adding a point keeps the weights");
        assertEquals(3, t.steps());
        t.step();
        t.clearPoints();
        assertEquals(0, t.train().size());
        assertNull(t.step(), "no points, no step");
        t.addPoint(0.5, 0.5, -1);
        t.addPoint(-0.5, -0.5, 1);
        assertEquals(2, t.train().size());
        assertTrue(t.step() != null);
        t.regenerate();
        assertEquals(102, t.train().size());
    }

    @Test
    void fieldOfTanhAndSigmoidNetworksEqualsTheModel() {
        for (Activation a : new Activation[] {Activation.TANH, Activation.SIGMOID, Activation.LINEAR}) {
            Training t = new Training(TrainConfig.micrograd().withHidden(List.of(4, 3, 2)).withActivation(a));
            t.steps(2);
            int n = 5;
            double[] out = new double[(1 + t.hiddenNeurons()) * n * n];
            t.field(n, out);
            double span = t.span();
            for (int i = 0; i < n * n; i++) {
                double x = t.xLo() + (i % n + 0.5) * span / n;
                double y = t.yLo() + span - (i / n + 0.5) * span / n;
                assertEquals(t.score(x, y), out[i], 0.0, a + " at " + i);
            }
        }
    }

    @Test
    void fieldIsTheNetworkOverTheGrid() {
        Training t = new Training(TrainConfig.micrograd().withHidden(List.of(3, 2)));
        t.steps(5);
        int n = 7;
        double[] out = new double[(1 + t.hiddenNeurons()) * n * n];
        t.field(n, out);
        double span = t.span();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double x = t.xLo() + (c + 0.5) * span / n;
                double y = t.yLo() + span - (r + 0.5) * span / n;
                assertEquals(t.score(x, y), out[r * n + c], 0.0);
                double h11 = Math.max(0, t.model().layers().get(0).neurons().get(1).forward(x, y).data());
                assertEquals(h11, out[2 * n * n + r * n + c], 0.0, "neuron 1 of layer 1");
            }
        }
        t.step(); // the field follows the weights
        t.field(n, out);
        assertEquals(t.score(t.xLo() + 0.5 * span / n, t.yLo() + span - 0.5 * span / n), out[0], 0.0);
    }

    /** Issue 15: the window is fitted to every data set (points span >= 70% of it) and fixed while training. */
    @Test
    void windowFitsEveryDataSetAndStaysFixed() {
        for (Shape shape : Shape.values()) {
            Training t = new Training(TrainConfig.micrograd().withShape(shape).withData(200, 0.1, 0.2, 7));
            double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y0 = x0, y1 = x1;
            List<dev.backprop.data.Point> all = new java.util.ArrayList<>(t.train().points());
            all.addAll(t.test().points());
            for (dev.backprop.data.Point p : all) {
                x0 = Math.min(x0, p.x());
                x1 = Math.max(x1, p.x());
                y0 = Math.min(y0, p.y());
                y1 = Math.max(y1, p.y());
            }
            assertTrue(x0 > t.xLo() && x1 < t.xLo() + t.span() && y0 > t.yLo() && y1 < t.yLo() + t.span(), shape + " inside");
            double fill = Math.max(x1 - x0, y1 - y0) / t.span();
            assertTrue(fill >= 0.7, shape + " fills " + fill);
            double[] before = {t.xLo(), t.yLo(), t.span()};
            t.addPoint(t.xLo() + t.span() * 2, 0, 1);
            t.steps(3);
            assertArrayEquals(before, new double[] {t.xLo(), t.yLo(), t.span()}, shape + ": clicks and steps keep it");
            Training back = Training.of(TrainState.fromJson(t.state().toJson()));
            assertArrayEquals(before, new double[] {back.xLo(), back.yLo(), back.span()}, shape + ": a restore keeps it");
        }
    }

    /** Issue 15: with x1² and x2² as inputs a linear model separates circles; on x1, x2 alone it cannot. */
    @Test
    void featuresAreTheNetworksInputs() {
        TrainConfig base = TrainConfig.micrograd().withShape(Shape.CIRCLES).withHidden(List.of())
                .withOptimizer(TrainConfig.Optimizer.ADAM, 0.1, false, 100);
        Training squares = new Training(base.withFeatures(List.of(Feature.X1SQ, Feature.X2SQ)));
        Training plain = new Training(base);
        squares.steps(150);
        plain.steps(150);
        assertTrue(squares.evaluate().accuracy() >= 0.95, "x1², x2²: " + squares.evaluate().accuracy());
        assertTrue(plain.evaluate().accuracy() < 0.8, "x1, x2: " + plain.evaluate().accuracy());
        // every feature is an input of the first layer; the field and score see the same inputs
        Training all = new Training(TrainConfig.micrograd().withHidden(List.of(3)).withFeatures(List.of(Feature.values())));
        assertEquals(7, all.model().layers().get(0).nin());
        assertEquals(3 * 8 + 4, all.weights().length);
        all.steps(3);
        int n = 4;
        double[] out = new double[(1 + all.hiddenNeurons()) * n * n];
        all.field(n, out);
        for (int i = 0; i < n * n; i++) {
            double x = all.xLo() + (i % n + 0.5) * all.span() / n;
            double y = all.yLo() + all.span() - (i / n + 0.5) * all.span() / n;
            assertEquals(all.score(x, y), out[i], 0.0, "grid point " + i);
            assertEquals(all.model().score(Feature.inputs(all.config().features(), x, y)).data(), out[i], 0.0);
        }
    }

    /** L1 on the tape equals micrograd's Value path bit for bit, and pulls weights to 0 harder than none. */
    @Test
    void l1RegularisationIsInTheLossAndShrinksWeights() {
        TrainConfig c = TrainConfig.micrograd().withData(40, 0.1, 0, 3).withHidden(List.of(6)).withL1(0.01);
        Training t = new Training(c);
        var data = Shape.generate(Shape.MOONS, 40, 0.1, 3);
        MLP ref = new MLP(2, new int[] {6, 1}, 1337);
        Trainer demo = new Trainer(ref, data.inputs(), data.labels(), Loss.SVM, 1e-4, 0.01,
                new dev.backprop.nn.Sgd(ref.parameters(), k -> k < 100 ? 1.0 * (1.0 - 0.9 * k / 100) : 1.0 * 0.1));
        for (int k = 0; k < 20; k++) {
            assertEquals(demo.step().loss(), t.step().loss(), 0.0, "loss at step " + k);
        }
        assertArrayEquals(ref.weights(), t.weights());
        Training none = new Training(c.withL1(0).withL2(0));
        Training strong = new Training(c.withL1(0.05).withL2(0));
        none.steps(100);
        strong.steps(100);
        assertTrue(abs(strong.weights()) < 0.7 * abs(none.weights()), abs(strong.weights()) + " vs " + abs(none.weights()));
    }

    private static double abs(double[] w) {
        double s = 0;
        for (double x : w) {
            s += Math.abs(x);
        }
        return s;
    }

    /** Issue 15: TF Playground's regression sets train on the squared loss; there is no accuracy. */
    @Test
    void regressionFitsValuesWithTheSquaredLoss() {
        for (Shape shape : new Shape[] {Shape.PLANE, Shape.MULTI}) {
            Training t = new Training(TrainConfig.micrograd().withShape(shape).withData(200, 0, 0.2, 4)
                    .withActivation(Activation.TANH).withHidden(List.of(8, 8))
                    .withOptimizer(TrainConfig.Optimizer.ADAM, 0.02, false, 100).withL2(0));
            Training.Stat first = t.step();
            assertTrue(Double.isNaN(first.accuracy()) && Double.isNaN(first.testAccuracy()), "no accuracy for values");
            t.steps(299);
            Training.Stat s = t.evaluate();
            double sq = 0;
            for (dev.backprop.data.Point p : t.train().points()) {
                double d = t.score(p.x(), p.y()) - p.value();
                sq += d * d;
            }
            assertEquals(sq / t.train().size(), s.loss(), 1e-12, shape + ": the loss is the mean squared error");
            assertTrue(s.loss() < first.loss() / (shape == Shape.PLANE ? 20 : 2), shape + ": " + first.loss() + " -> " + s.loss());
            assertTrue(s.testLoss() < first.testLoss(), shape + ": test loss falls");
        }
    }

    /** Issue 15: an edited weight is where training continues from, as a run restored with it would. */
    @Test
    void editedWeightIsWhereTrainingContinues() {
        Training t = new Training(TrainConfig.micrograd().withHidden(List.of(4)));
        t.steps(5);
        double[] init = t.initialWeights();
        t.setWeight(2, 0.75);
        assertEquals(0.75, t.weights()[2]);
        assertEquals(0.75, t.model().parameters().get(2).data());
        TrainState s = t.state();
        Training same = Training.of(s);
        t.steps(5);
        same.steps(5);
        assertArrayEquals(same.weights(), t.weights(), "the next steps start from the edited weight");
        Training unedited = new Training(TrainConfig.micrograd().withHidden(List.of(4)));
        unedited.steps(10);
        assertFalse(java.util.Arrays.equals(unedited.weights(), t.weights()));
        t.rewind();
        assertArrayEquals(init, t.weights(), "Rewind: the initial weights, unedited");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> t.setWeight(17, 1));
        assertEquals("no weight 17: this network has 17", e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> t.setWeight(0, Double.NaN));
    }
}
