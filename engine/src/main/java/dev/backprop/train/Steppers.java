package dev.backprop.train;

import dev.backprop.py.PyRandom;
import dev.backprop.nn.MLP;

/**
 * The stepping engine: the tape's trainer (the batch's loss graph recorded once, replayed without
 * allocating; bitwise equal to nn's Value path, see TrainingTest).
 */
final class Steppers {
    private Steppers() {
    }

    static Training.Stepper create(MLP model, double[][] xs, double[] ys, TrainConfig c, Update update) {
        dev.backprop.tape.Trainer t = new dev.backprop.tape.Trainer(model, xs, ys, c.loss(), c.l2(), c.l1(), update);
        return new Training.Stepper() {
            @Override
            public dev.backprop.nn.Trainer.Step step() {
                return t.step();
            }

            @Override
            public dev.backprop.nn.Trainer.Step evaluate(double[][] x, double[] y) {
                return t.evaluate(x, y);
            }

            @Override
            public void batches(int size, PyRandom rng) {
                t.batches(size, rng);
            }
        };
    }
}
