package dev.backprop.bench;

import dev.backprop.data.DataSet;
import dev.backprop.data.Shape;
import dev.backprop.engine.Value;
import dev.backprop.nn.MLP;
import dev.backprop.tape.Tape;
import dev.backprop.tape.DemoNet;
import java.util.Arrays;
import java.util.Random;

/**
 * Issue 7's workloads, shared by the JVM benchmark ({@link TapeBench}) and the TeaVM one ({@link JsBench},
 * run in Node and Chromium), so every platform times the same code. TeaVM-safe: no String.format, no
 * management API, no threads. Each case prints one line: {@code name: median X unit, min Y, max Z (n runs)}.
 */
final class BenchCore {
    static {
        Tape.batching(true); // the fast path: batched layers (the web page leaves it off, see Tape.batching)
    }


    static final int STEPS = 100;

    /** The time source: wall time by default; the JVM bench also runs with this thread's CPU time. */
    interface Clock {
        long nanos();
    }

    static Clock clock = System::nanoTime;
    static String clockName = "wall";

    static long now() {
        return clock.nanos();
    }

    static volatile double sink;

    private final double[][] xs;
    private final double[] ys = new double[100];
    private final StringBuilder out;

    BenchCore(StringBuilder out) {
        this.out = out;
        this.xs = DemoNet.moons(100, 0.1, new Random(1), ys);
    }

    /** Every case; {@code runs} timed runs each after warm-up. */
    void all(int runs) {
        demo(runs);
        deep(Math.max(3, runs / 2));
        wide(runs);
    }

    // ---- micrograd's demo: MLP 2-16-16-1, 100 moons (noise 0.1), SVM + 1e-4 L2, SGD, 100 steps ----

    void demo(int runs) {
        double[] valuePath = new double[runs];
        double[] tapePath = new double[runs];
        double[] record = new double[runs];
        double[] rec = new double[1];
        for (int warm = 0; warm < 3; warm++) {
            valueRun();
            tapeRun(rec);
        }
        for (int r = 0; r < runs; r++) {
            valuePath[r] = valueRun() / STEPS;
            tapePath[r] = tapeRun(rec) / STEPS;
            record[r] = rec[0];
        }
        report("demo step, Value path (build graph + backward + SGD)", valuePath, "ms/step");
        report("demo step, tape (forward + backward + SGD)", tapePath, "ms/step");
        report("demo, recording the tape once (build graph + record)", record, "ms");
        line("demo check: final loss Value path " + lastValueLoss + ", tape " + lastTapeLoss);
        nn(runs);
    }

    /** The same demo through the product's APIs: nn.Trainer (Value path) and tape.Trainer (its drop-in). */
    void nn(int runs) {
        DataSet moons = Shape.generate(Shape.MOONS, 100, 0.1, 1337);
        double[] viaValue = new double[runs];
        double[] viaTape = new double[runs];
        double[] last = new double[2];
        for (int r = -3; r < runs; r++) {
            MLP a = new MLP(2, new int[] {16, 16, 1}, 1337);
            dev.backprop.nn.Trainer ta = dev.backprop.nn.Trainer.micrograd(a, moons.inputs(), moons.labels());
            long t0 = now();
            for (int k = 0; k < STEPS; k++) {
                last[0] = ta.step().loss();
            }
            long t1 = now();
            MLP b = new MLP(2, new int[] {16, 16, 1}, 1337);
            dev.backprop.tape.Trainer tb = dev.backprop.tape.Trainer.micrograd(b, moons.inputs(), moons.labels());
            tb.step(); // records the tape (timed above as "recording")
            long t2 = now();
            for (int k = 1; k < STEPS; k++) {
                last[1] = tb.step().loss();
            }
            long t3 = now();
            if (r >= 0) {
                viaValue[r] = (t1 - t0) / 1e6 / STEPS;
                viaTape[r] = (t3 - t2) / 1e6 / (STEPS - 1);
            }
        }
        report("demo step via nn.Trainer (Value path, micrograd's data and weights)", viaValue, "ms/step");
        report("demo step via tape.Trainer (same steps, bitwise equal)", viaTape, "ms/step");
        line("nn check: final loss nn.Trainer " + last[0] + ", tape.Trainer " + last[1]);
    }

    /** Only the tape's demo steps (for profiling). */
    void tapeOnly(int runs) {
        double[] tapePath = new double[runs];
        double[] rec = new double[1];
        for (int warm = 0; warm < 3; warm++) {
            tapeRun(rec);
        }
        for (int r = 0; r < runs; r++) {
            tapePath[r] = tapeRun(rec) / STEPS;
        }
        report("demo step, tape (forward + backward + SGD)", tapePath, "ms/step");
        // the parts of a step, on one tape (for profiling)
        int[][] ps = new int[1][];
        double[][] w = new double[1][];
        Tape t = demoTape(ps, w);
        double[] fwd = new double[runs];
        double[] bwd = new double[runs];
        for (int r = -3; r < runs; r++) {
            long f = 0;
            long b = 0;
            for (int k = 0; k < STEPS; k++) {
                long t0 = now();
                t.forward();
                long t1 = now();
                t.zeroGrad();
                t.backward();
                b += now() - t1;
                f += t1 - t0;
            }
            if (r >= 0) {
                fwd[r] = f / 1e6 / STEPS;
                bwd[r] = b / 1e6 / STEPS;
            }
        }
        report("demo tape forward()", fwd, "ms/step");
        report("demo tape zeroGrad() + backward()", bwd, "ms/step");
    }

    /**
     * {@code steps} demo steps on one tape after 300 warm-up steps, between the lines {@code STEPS START} and
     * {@code STEPS END}: for reading the process's CPU time from outside (Chromium has no CPU clock).
     */
    void stepsOnly(int steps) {
        int[][] ps = new int[1][];
        double[][] w = new double[1][];
        Tape t = demoTape(ps, w);
        double[] g = new double[ps[0].length];
        for (int r = 0; r < 3; r++) {
            steps(t, ps[0], w[0].clone(), g);
        }
        line("STEPS START");
        long t0 = now();
        for (int r = 0; r < steps / STEPS; r++) {
            steps(t, ps[0], w[0].clone(), g);
        }
        line("STEPS END " + fmt((now() - t0) / 1e6 / (steps / STEPS * STEPS)) + " ms/step [" + clockName + "]");
    }

    double lastValueLoss;
    double lastTapeLoss;

    /** 100 steps on the Value path; returns total ms. */
    double valueRun() {
        DemoNet net = new DemoNet(2, new int[] {16, 16, 1}, new Random(1337));
        long t0 = now();
        double last = 0;
        for (int k = 0; k < STEPS; k++) {
            Value loss = net.loss(xs, ys, null);
            for (Value p : net.params) {
                p.setGrad(0);
            }
            loss.backward();
            double lr = 1.0 - 0.9 * k / 100;
            for (Value p : net.params) {
                p.setData(p.data() - lr * p.grad());
            }
            last = loss.data();
        }
        double ms = (now() - t0) / 1e6;
        lastValueLoss = last;
        return ms;
    }

    /** 100 steps on a tape recorded once (recording time into recordMs[0]); returns total ms of the steps. */
    double tapeRun(double[] recordMs) {
        DemoNet net = new DemoNet(2, new int[] {16, 16, 1}, new Random(1337));
        long r0 = now();
        Tape t = Tape.recordFused(net.loss(xs, ys, null));
        int[] ps = t.slots(net.params);
        recordMs[0] = (now() - r0) / 1e6;
        double[] w = new double[ps.length];
        double[] g = new double[ps.length];
        t.getData(ps, w);
        long t0 = now();
        lastTapeLoss = steps(t, ps, w, g);
        return (now() - t0) / 1e6;
    }

    /** SGD steps on the tape; returns the last step's loss. */
    static double steps(Tape t, int[] ps, double[] w, double[] g) {
        double last = 0;
        for (int k = 0; k < STEPS; k++) {
            t.set(ps, w);
            t.zeroGrad();
            t.forward();
            t.backward();
            t.getGrad(ps, g);
            double lr = 1.0 - 0.9 * k / 100;
            for (int i = 0; i < w.length; i++) {
                w[i] = w[i] - lr * g[i];
            }
            last = t.data(t.root());
        }
        return last;
    }

    Tape demoTape(int[][] paramSlots, double[][] weights) {
        DemoNet net = new DemoNet(2, new int[] {16, 16, 1}, new Random(1337));
        Tape t = Tape.recordFused(net.loss(xs, ys, null));
        paramSlots[0] = t.slots(net.params);
        weights[0] = new double[paramSlots[0].length];
        t.getData(paramSlots[0], weights[0]);
        return t;
    }

    // ---- deep: backward over a 1,000,000-node chain ----

    void deep(int runs) {
        Value x = new Value(0.5);
        Value c = new Value(0.9999999);
        Value d = new Value(1e-7);
        Value v = x;
        for (int i = 0; i < 1_000_000 - 3; i++) {
            v = (i % 2 == 0) ? v.mul(c) : v.add(d);   // shared constants: 1,000,000 nodes in all
        }
        Tape t = Tape.recordFused(v);
        line("deep chain: " + t.size() + " nodes");
        double[] valueMs = new double[runs];
        double[] tapeMs = new double[runs];
        double[] tapeFwd = new double[runs];
        for (int r = -2; r < runs; r++) {
            long t0 = now();
            v.zeroGrad();
            v.backward();
            long t1 = now();
            t.zeroGrad();
            t.backward();
            long t2 = now();
            t.forward();
            long t3 = now();
            if (x.grad() != t.grad(t.slot(x))) {
                throw new IllegalStateException("deep: tape grad " + t.grad(t.slot(x)) + " != " + x.grad());
            }
            if (r >= 0) {
                valueMs[r] = (t1 - t0) / 1e6;
                tapeMs[r] = (t2 - t1) / 1e6;
                tapeFwd[r] = (t3 - t2) / 1e6;
            }
        }
        report("deep 1M chain, Value zeroGrad() + backward()", valueMs, "ms");
        report("deep 1M chain, tape zeroGrad() + backward()", tapeMs, "ms");
        report("deep 1M chain, tape forward()", tapeFwd, "ms");
    }

    // ---- wide: a 100,000-term sum ----

    void wide(int runs) {
        Random rng = new Random(3);
        Value s = null;
        Value first = null;
        for (int i = 0; i < 100_000; i++) {
            Value x = new Value(rng.nextDouble());
            if (first == null) {
                first = x;
            }
            s = s == null ? x.radd(0) : s.add(x); // Python's sum(xs): 0 + x0 + x1 + ...
        }
        Tape t = Tape.recordFused(s);
        double[] valueMs = new double[runs];
        double[] tapeMs = new double[runs];
        double[] tapeFwd = new double[runs];
        for (int r = -3; r < runs; r++) {
            long t0 = now();
            s.zeroGrad();
            s.backward();
            long t1 = now();
            t.zeroGrad();
            t.backward();
            long t2 = now();
            t.forward();
            long t3 = now();
            if (first.grad() != t.grad(t.slot(first))) {
                throw new IllegalStateException("wide: tape grad differs");
            }
            if (r >= 0) {
                valueMs[r] = (t1 - t0) / 1e6;
                tapeMs[r] = (t2 - t1) / 1e6;
                tapeFwd[r] = (t3 - t2) / 1e6;
            }
        }
        sink = t.data(t.root());
        report("wide 100k-term sum, Value zeroGrad() + backward()", valueMs, "ms");
        report("wide 100k-term sum, tape zeroGrad() + backward()", tapeMs, "ms");
        report("wide 100k-term sum, tape forward()", tapeFwd, "ms");
    }

    void report(String what, double[] xs, String unit) {
        double[] s = xs.clone();
        Arrays.sort(s);
        line(what + " [" + clockName + "]: median " + fmt(s[s.length / 2]) + " " + unit + ", min " + fmt(s[0]) + ", max "
                + fmt(s[s.length - 1]) + " (" + s.length + " runs)");
    }

    void line(String s) {
        out.append(s).append('\n');
        System.out.println(s);
    }

    static String fmt(double x) {
        return x >= 10 ? String.valueOf(Math.round(x * 10) / 10.0) : String.valueOf(Math.round(x * 1000) / 1000.0);
    }
}
