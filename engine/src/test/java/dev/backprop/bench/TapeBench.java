package dev.backprop.bench;

import dev.backprop.tape.Tape;
import java.lang.management.ManagementFactory;

/**
 * Issue 7's JVM benchmark: micrograd's demo training step on the Value path and on the tape, a backward
 * over a 1,000,000-node chain and over a 100,000-term sum ({@link BenchCore}), timed in wall time and
 * then in this thread's CPU time (less sensitive to other load on the machine). Not a test: run it with
 * {@code mvn -q -pl engine test-compile exec:exec@tape-bench} (see docs/BENCHMARKS.md). Optional argument:
 * the number of timed runs per case (default 9).
 */
public final class TapeBench {

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        System.out.println("JVM " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " cpus, load average "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        BenchCore core = new BenchCore(new StringBuilder());
        core.demo(runs);
        System.out.println("demo, tape bytes allocated per step: " + tapeAllocPerStep(core));
        core.deep(Math.max(3, runs / 2));
        core.wide(runs);
        // again on this thread's CPU time: what the code costs when other processes share the cores
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        BenchCore.clock = mx::getCurrentThreadCpuTime;
        BenchCore.clockName = "cpu";
        core.demo(runs);
        core.deep(Math.max(3, runs / 2));
        core.wide(runs);
    }

    /** Bytes this thread allocates per tape step, after a warm-up (0 expected: nothing is allocated). */
    static long tapeAllocPerStep(BenchCore core) {
        int[][] ps = new int[1][];
        double[][] w = new double[1][];
        Tape t = core.demoTape(ps, w);
        double[] g = new double[ps[0].length];
        BenchCore.steps(t, ps[0], w[0], g);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(id);
        BenchCore.steps(t, ps[0], w[0], g);
        long after = mx.getThreadAllocatedBytes(id);
        return (after - before) / BenchCore.STEPS;
    }
}
