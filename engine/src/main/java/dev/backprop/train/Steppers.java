package dev.backprop.train;

import dev.backprop.engine.PyRandom;
import dev.backprop.nn.MLP;
import dev.backprop.nn.Trainer;

/** Picks the fastest available way to step: nn's Value path (the tape's trainer plugs in here). */
final class Steppers {
    private Steppers() {
    }

    static Training.Stepper create(MLP model, double[][] xs, double[] ys, TrainConfig c, Update update) {
        Trainer t = new Trainer(model, xs, ys, c.loss(), c.l2(), update);
        return new Training.Stepper() {
            @Override
            public Trainer.Step step() {
                return t.step();
            }

            @Override
            public Trainer.Step evaluate(double[][] x, double[] y) {
                return t.evaluate(x, y);
            }

            @Override
            public void batches(int size, PyRandom rng) {
                t.batches(size, rng);
            }
        };
    }
}
