package dev.backprop.bench;

import dev.backprop.data.DataSet;
import dev.backprop.data.Shape;
import dev.backprop.nn.MLP;
import dev.backprop.nn.Trainer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Issue 2's benchmark: micrograd's demo training on the {@code Value} path through {@link Trainer} (MLP 2-16-16-1,
 * 100 moons noise 0.1 seed 1337, SVM loss + 1e-4 L2, SGD lr 1.0 - 0.9*k/100, 100 steps; one step = build the
 * forward graph, backward, update). Reports wall-clock and this thread's CPU time per step (the machine is
 * shared: CPU time leaves out waiting for a core, but also the GC threads' work). Not a test: {@code mvn -q -pl engine test-compile exec:exec@nn-bench}
 * (see docs/BENCHMARKS.md). Arguments: timed runs (default 9), warm-up runs (default 5).
 */
public final class Bench {

    static volatile double sink;

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.println("JVM " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " cpus, load average "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        DataSet moons = Shape.generate(Shape.MOONS, 100, 0.1, 1337);
        double[][] xs = moons.inputs();
        double[] ys = moons.labels();
        for (int i = 0; i < warmups; i++) {
            run(xs, ys);
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            double[] t = run(xs, ys);
            wall[r] = t[0];
            cpu[r] = t[1];
        }
        report("micrograd demo step, Value path, wall clock", wall, runs, warmups);
        report("micrograd demo step, Value path, thread CPU time", cpu, runs, warmups);
    }

    static void report(String what, double[] ms, int runs, int warmups) {
        Arrays.sort(ms);
        System.out.printf("%s (100 steps x %d runs after %d warm-up runs): median %.3f ms/step, min %.3f, max %.3f%n",
                what, runs, warmups, ms[ms.length / 2], ms[0], ms[ms.length - 1]);
    }

    /** 100 training steps from micrograd's initial weights; returns {wall, thread CPU} ms per step. */
    static double[] run(double[][] xs, double[] ys) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MLP model = new MLP(2, new int[] {16, 16, 1}, 1337);
        Trainer trainer = Trainer.micrograd(model, xs, ys);
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Trainer.Step last = null;
        for (int k = 0; k < 100; k++) {
            last = trainer.step();
        }
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        if (last.accuracy() != 1.0) {
            throw new AssertionError("the demo did not reach 100% accuracy: " + last);
        }
        sink += last.loss();
        return new double[] {(t1 - t0) / 1e6 / 100, (c1 - c0) / 1e6 / 100};
    }
}
