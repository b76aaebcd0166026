package dev.backprop.bench;

import dev.backprop.train.Feature;
import dev.backprop.train.TrainConfig;
import dev.backprop.train.Training;
import java.util.List;

/** Train tab speed on the JVM (docs/BENCHMARKS.md, "Train tab", round 2): a benchmark, not a test. */
public final class TrainBench {
    public static void main(String[] a) {
        TrainConfig def = TrainConfig.micrograd();
        TrainConfig big = def.withHidden(List.of(8, 8, 8, 8, 8, 8)).withFeatures(List.of(Feature.values()));
        TrainConfig tanh = big.withActivation(dev.backprop.nn.Activation.TANH);
        // every network twice: the first pass warms the JIT up; the second pass is the one to read
        TrainConfig[] runs = {def, big, tanh, def.withL1(0.001), def, big, tanh, def.withL1(0.001)};
        for (TrainConfig c : runs) {
            Training t = new Training(c);
            t.steps(200); // warm-up
            double best = 1e9;
            for (int r = 0; r < 5; r++) {
                long t0 = System.nanoTime();
                t.steps(200);
                best = Math.min(best, (System.nanoTime() - t0) / 1e6 / 200);
            }
            double[] f = new double[(1 + t.hiddenNeurons()) * 32 * 32];
            double fieldMs = 1e9;
            for (int r = 0; r < 6; r++) { // the first round warms up
                long t0 = System.nanoTime();
                for (int i = 0; i < 20; i++) {
                    t.field(32, f);
                }
                fieldMs = Math.min(fieldMs, (System.nanoTime() - t0) / 1e6 / 20);
            }
            System.out.printf("%s %s features=%d l1=%s: %.3f ms/step (%.0f steps/s), field 32x32 %.3f ms%n",
                c.hidden(), c.activation().key(), c.features().size(), c.l1(), best, 1000 / best, fieldMs);
        }
    }
}
