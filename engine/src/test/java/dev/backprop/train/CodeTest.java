package dev.backprop.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.data.Shape;
import dev.backprop.py.Num;
import dev.backprop.engine.Value;
import dev.backprop.lang.Program;
import dev.backprop.lang.Run;
import dev.backprop.nn.Activation;
import dev.backprop.nn.Loss;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated programs run through the playground language and reproduce the Train view's numbers exactly. */
class CodeTest {

    /** Runs the generated program for {@code steps} steps and compares every printed loss with the view's, as repr. */
    private static void sameLosses(TrainConfig c, int steps, boolean withAddedPoint) {
        Training t = new Training(c);
        if (withAddedPoint) {
            t.addPoint(0.25, 1.75, -1);
        }
        String src = Code.program(t, steps);
        Run run = Program.run(src);
        assertNull(run.error(), () -> run.error() + "\n" + src);
        List<String> want = new ArrayList<>();
        want.add(t.model().parameters().size() + " parameters");
        for (int k = 0; k < steps; k++) {
            Training.Stat s = t.step();
            String line;
            if (c.shape().regression()) {
                line = "step " + k + " loss " + Num.repr(s.loss()) + (t.test().size() > 0 ? ", test loss " + Num.repr(s.testLoss()) : "");
            } else {
                line = "step " + k + " loss " + Num.repr(s.loss()) + ", accuracy " + Num.repr(s.accuracy() * 100) + "%";
                if (t.test().size() > 0) {
                    line += ", test loss " + Num.repr(s.testLoss()) + ", test accuracy " + Num.repr(s.testAccuracy() * 100) + "%";
                }
            }
            want.add(line);
        }
        assertEquals(want, run.output());
    }

    @Test
    void microgradDemoProgram() {
        Training t = Training.micrograd();
        String src = Code.program(t, 2);
        assertTrue(src.contains("random.seed(1337)"), src);
        assertTrue(src.contains("learning_rate = 1.0 - 0.9*k/100 if k < 100 else 0.1"), src);
        assertTrue(src.contains("(1 + -yi*scorei).relu()"), src);
        sameLosses(TrainConfig.micrograd().withData(40, 0.1, 0, 1337), 3, false);
    }

    @Test
    void adamTanhBceWithTestSplitAndAddedPoint() {
        sameLosses(TrainConfig.micrograd().withShape(Shape.CIRCLES).withData(24, 0.05, 0.25, 9)
                .withHidden(List.of(4, 3)).withActivation(Activation.TANH).withLoss(Loss.BCE)
                .withOptimizer(TrainConfig.Optimizer.ADAM, 0.05, true, 2), 4, true);
    }

    @Test
    void sgdSigmoidMseMiniBatchesNoL2() {
        sameLosses(TrainConfig.micrograd().withShape(Shape.XOR).withData(20, 0.0, 0, 4)
                .withHidden(List.of(5)).withActivation(Activation.SIGMOID).withLoss(Loss.MSE)
                .withOptimizer(TrainConfig.Optimizer.SGD, 0.3, false, 100).withL2(0).withBatchSize(6), 4, false);
    }

    @Test
    void linearNoHiddenLayer() {
        sameLosses(TrainConfig.micrograd().withShape(Shape.BLOBS).withData(12, 0.1, 0, 2)
                .withHidden(List.of()).withActivation(Activation.LINEAR), 3, false);
    }

    /** Issue 15: every feature as an input, L1 beside L2, with a test split: the same losses. */
    @Test
    void allFeaturesWithL1AndL2() {
        TrainConfig c = TrainConfig.micrograd().withShape(Shape.SPIRAL).withData(16, 0.1, 0.25, 6)
                .withFeatures(List.of(Feature.values())).withHidden(List.of(4)).withActivation(Activation.TANH)
                .withL1(0.003);
        sameLosses(c, 3, true);
        String src = Code.program(new Training(c), 1);
        assertTrue(src.contains("return [x1, x2, x1*x1, x2*x2, x1*x2, math.sin(x1), math.sin(x2)]"), src);
        assertTrue(src.contains("model = MLP(7, [4, 1], 'tanh')"), src);
        sameLosses(c.withL2(0).withFeatures(List.of(Feature.X1X2)), 3, false);
    }

    /** Regression: the values in y, the squared loss, no accuracy printed. */
    @Test
    void regressionProgram() {
        sameLosses(TrainConfig.micrograd().withShape(Shape.PLANE).withData(20, 0.1, 0.2, 2).withHidden(List.of(3))
                .withActivation(Activation.TANH).withOptimizer(TrainConfig.Optimizer.ADAM, 0.05, false, 100), 3, true);
        Training t = new Training(TrainConfig.micrograd().withShape(Shape.MULTI).withData(10, 0, 0, 2).withHidden(List.of(2)));
        String src = Code.point(t, 3);
        Run run = Program.run(src);
        assertNull(run.error(), () -> run.error() + "\n" + src);
        var p = t.train().get(3);
        assertTrue(src.contains("y = " + Num.repr(p.value())), src);
        double d = t.score(p.x(), p.y()) - p.value();
        assertEquals(d * d, run.values().get("loss").data(), 1e-15);
    }

    @Test
    void stepsWithinTheValueBudgetRunUnderThePagesLimits() {
        // the page's explicit-run limits (web Runner.EXPLICIT): 20M interpreter steps, 1M nodes
        dev.backprop.lang.Limits page = dev.backprop.lang.Limits.DEFAULT.withMaxSteps(20_000_000L).withMaxNodes(1_000_000);
        Training t = Training.micrograd();
        int steps = Code.stepsWithin(t, 800_000);
        assertTrue(steps >= 5 && steps <= 15, "demo: " + steps + " steps (" + Code.valuesPerStep(t) + " Values each)");
        Run run = Program.run(Code.program(t, steps), page);
        assertNull(run.error(), () -> String.valueOf(run.error()));
        assertEquals(steps + 1, run.output().size());
        Training small = new Training(TrainConfig.micrograd().withHidden(List.of(4)).withData(30, 0.1, 0.2, 1));
        assertTrue(Code.stepsWithin(small, 800_000) > 100);
    }

    @Test
    void pointProgramIsThatPointsForwardPassAndLoss() {
        for (Loss loss : Loss.values()) {
            Training t = new Training(TrainConfig.micrograd().withHidden(List.of(4, 3)).withLoss(loss)
                    .withActivation(loss == Loss.MSE ? Activation.TANH : Activation.RELU));
            t.steps(3);
            int i = 7;
            var p = t.train().get(i);
            String src = Code.point(t, i);
            Run run = Program.run(src);
            assertNull(run.error(), () -> run.error() + "\n" + src);
            Value score = t.model().score(List.of(new Value(p.x()), new Value(p.y())));
            Value l = Loss.of(loss, List.of(score), new double[] {p.label()});
            assertEquals(List.of("score " + Num.repr(score.data()) + " loss " + Num.repr(l.data())), run.output(), loss.key());
            Value root = run.values().get("loss");
            assertEquals(l.data(), root.data(), 0.0);
            assertEquals(1.0, root.grad(), 0.0, "loss.backward() ran");
            assertTrue(run.values().containsKey("score"));
        }
    }
}
