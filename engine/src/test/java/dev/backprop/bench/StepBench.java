package dev.backprop.bench;

import dev.backprop.lang.Limits;
import dev.backprop.lang.Stepper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Issue 13's stepping benchmark (not a test): the learner's own Value class (the seed's), a graph of 2,001 nodes
 * (400 times {@code acc = acc + (x * 0.5).tanh()}), stepped with {@link Stepper} as the page steps it: time of
 * {@code open} (run the program, mirror the graph), of each {@code next()} (one user {@code _backward} plus the
 * grads of all mirrors refreshed), and of {@code back()} near the end (a replay from the start).
 * {@code mvn -q -pl engine test-compile exec:exec@step-bench}, or with run counts:
 * {@code java -cp engine/target/classes:engine/target/test-classes dev.backprop.bench.StepBench 7 3}.
 */
public final class StepBench {
    private StepBench() {
    }

    static final String SEED_CLASS = "import math\n"
            + "class Value:\n"
            + "  def __init__(self, data, _children=(), _op='', label=''):\n"
            + "    self.data = data\n    self.grad = 0.0\n    self._backward = lambda: None\n"
            + "    self._prev = set(_children)\n    self._op = _op\n    self.label = label\n"
            + "  def __repr__(self):\n    return f\"Value(data={self.data})\"\n"
            + "  def __add__(self, other):\n    other = other if isinstance(other, Value) else Value(other)\n"
            + "    out = Value(self.data + other.data, (self, other), '+')\n"
            + "    def _backward():\n      self.grad += 1.0 * out.grad\n      other.grad += 1.0 * out.grad\n"
            + "    out._backward = _backward\n    return out\n"
            + "  def __mul__(self, other):\n    other = other if isinstance(other, Value) else Value(other)\n"
            + "    out = Value(self.data * other.data, (self, other), '*')\n"
            + "    def _backward():\n      self.grad += other.data * out.grad\n      other.grad += self.data * out.grad\n"
            + "    out._backward = _backward\n    return out\n"
            + "  def tanh(self):\n    x = self.data\n    t = (math.exp(2*x) - 1)/(math.exp(2*x) + 1)\n"
            + "    out = Value(t, (self, ), 'tanh')\n"
            + "    def _backward():\n      self.grad += (1 - t**2) * out.grad\n"
            + "    out._backward = _backward\n    return out\n";

    /** 1 + 400 * 5 = 2,001 nodes: per term a leaf x, the constant 0.5, x*0.5, its tanh and the running sum. */
    static final String PROGRAM = SEED_CLASS
            + "acc = Value(0.0, label='acc')\n"
            + "for i in range(400):\n"
            + "    x = Value(i * 0.01 - 2.0, label='x' + str(i))\n"
            + "    acc = acc + (x * 0.5).tanh()\n"
            + "acc.label = 'L'\n"
            + "draw_dot(acc)\n";

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] open = new double[runs];
        double[] stepWall = new double[runs];
        double[] stepCpu = new double[runs];
        double[] stepMax = new double[runs];
        double[] back = new double[runs];
        int size = 0;
        for (int r = -warm; r < runs; r++) {
            long t0 = System.nanoTime();
            Stepper s = Stepper.open(PROGRAM, Limits.DEFAULT);
            long t1 = System.nanoTime();
            if (s.run().error() != null) {
                throw new IllegalStateException(s.run().error().text());
            }
            size = s.size();
            long worst = 0;
            long c0 = mx.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            for (int k = 0; k < size; k++) {
                long a = System.nanoTime();
                if (s.next() == null) {
                    throw new IllegalStateException("fewer steps than nodes");
                }
                worst = Math.max(worst, System.nanoTime() - a);
            }
            long w1 = System.nanoTime();
            long c1 = mx.getCurrentThreadCpuTime();
            long b0 = System.nanoTime();
            s.back(); // the last step undone: a replay of size - 1 steps
            long b1 = System.nanoTime();
            if (r >= 0) {
                open[r] = (t1 - t0) / 1e6;
                stepWall[r] = (w1 - w0) / 1e6 / size;
                stepCpu[r] = (c1 - c0) / 1e6 / size;
                stepMax[r] = worst / 1e6;
                back[r] = (b1 - b0) / 1e6;
            }
        }
        System.out.println("user-class graph of " + size + " nodes, " + runs + " runs after " + warm + " warm-up runs");
        System.out.println("open (run + mirror), ms:        " + stats(open));
        System.out.println("next(), ms per step, wall:      " + stats(stepWall));
        System.out.println("next(), ms per step, thread CPU: " + stats(stepCpu));
        System.out.println("next(), slowest single step, ms: " + stats(stepMax));
        System.out.println("back() at the last step, ms:    " + stats(back));
    }

    private static String stats(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return fmt(s[s.length / 2]) + " (" + fmt(s[0]) + "-" + fmt(s[s.length - 1]) + ")";
    }

    private static String fmt(double d) {
        return String.valueOf(Math.round(d * 1000) / 1000.0);
    }
}
