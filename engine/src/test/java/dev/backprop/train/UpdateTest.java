package dev.backprop.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backprop.data.Shape;
import dev.backprop.nn.Adam;
import dev.backprop.nn.MLP;
import dev.backprop.nn.Schedule;
import dev.backprop.nn.Sgd;
import dev.backprop.nn.Trainer;
import dev.backprop.nn.Loss;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateTest {

    private static final double[][] XS = Shape.generate(Shape.MOONS, 30, 0.1, 3).inputs();
    private static final double[] YS = Shape.generate(Shape.MOONS, 30, 0.1, 3).labels();

    @Test
    void adamMatchesNnAdamBitForBit() {
        TrainConfig c = TrainConfig.micrograd().withHidden(List.of(4))
                .withOptimizer(TrainConfig.Optimizer.ADAM, 0.03, true, 20);
        MLP a = new MLP(2, new int[] {4, 1}, 5);
        MLP b = new MLP(2, new int[] {4, 1}, 5);
        Trainer ta = new Trainer(a, XS, YS, Loss.SVM, 1e-4, new Adam(a.parameters(), Schedule.decay(0.03, 20), 0.9, 0.999, 1e-8));
        Trainer tb = new Trainer(b, XS, YS, Loss.SVM, 1e-4, new Update(c, b.parameters()));
        for (int k = 0; k < 30; k++) {
            assertEquals(ta.step().loss(), tb.step().loss(), 0.0);
        }
        assertArrayEquals(a.weights(), b.weights());
    }

    @Test
    void sgdMatchesNnSgdAndScheduleIsMicrogradsDecay() {
        TrainConfig c = TrainConfig.micrograd();
        for (int k = 0; k < 100; k++) {
            assertEquals(Schedule.micrograd().lr(k), c.lr(k), 0.0);
        }
        assertEquals(0.1, c.lr(100), 0.0);
        assertEquals(0.1, c.lr(5000), 0.0);
        TrainConfig c2 = c.withOptimizer(TrainConfig.Optimizer.SGD, 0.5, true, 40);
        for (int k = 0; k < 60; k++) {
            assertEquals(Schedule.decay(0.5, 40).lr(k), c2.lr(k), 0.0);
        }
        assertEquals(0.25, c.withOptimizer(TrainConfig.Optimizer.SGD, 0.25, false, 1).lr(77), 0.0);
        MLP a = new MLP(2, new int[] {4, 1}, 5);
        MLP b = new MLP(2, new int[] {4, 1}, 5);
        Trainer ta = new Trainer(a, XS, YS, Loss.MSE, 0, new Sgd(a.parameters(), Schedule.decay(0.5, 40)));
        Trainer tb = new Trainer(b, XS, YS, Loss.MSE, 0, new Update(c2, b.parameters()));
        for (int k = 0; k < 50; k++) {
            assertEquals(ta.step().loss(), tb.step().loss(), 0.0);
        }
        assertArrayEquals(a.weights(), b.weights());
    }

    @Test
    void adamHandComputedFirstStep() {
        // one parameter, grad g: m = 0.1 g, v = 0.001 g^2, mhat = g, vhat = g^2, p -= lr * g / (|g| + eps)
        TrainConfig c = TrainConfig.micrograd().withOptimizer(TrainConfig.Optimizer.ADAM, 0.1, false, 1);
        dev.backprop.engine.Value p = new dev.backprop.engine.Value(1.0);
        Update u = new Update(c, List.of(p));
        p.setGrad(-2.0);
        u.step();
        assertEquals(1.0 + 0.1 * 2.0 / (2.0 + 1e-8), p.data(), 1e-15);
        assertEquals(-0.2, u.firstMoments()[0], 1e-15);
        assertEquals(0.004, u.secondMoments()[0], 1e-15);
    }
}
