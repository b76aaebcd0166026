package dev.backprop.bench;

import org.teavm.jso.JSBody;

/**
 * The TeaVM entry point of the benchmark: the same {@link BenchCore} cases, compiled to JavaScript with the
 * web module's TeaVM settings and run in Node and in headless Chromium by {@link JsBenchRunner}. Prints its
 * lines to the console and ends with {@code BENCH DONE}. In Node the demo runs a second time on the
 * process's CPU time ({@code process.cpuUsage()}), which other load on the machine inflates less.
 */
public final class JsBench {

    public static void main(String[] args) {
        int runs = args != null && args.length > 0 ? Integer.parseInt(args[0]) : 9;
        System.out.println("TeaVM JavaScript");
        BenchCore core = new BenchCore(new StringBuilder());
        if (args != null && args.length > 1 && args[1].equals("steps")) {
            core.stepsOnly(runs); // runs = number of steps here
        } else if (args != null && args.length > 1 && args[1].equals("layout")) {
            if (hasCpuClock()) { // Node: the process's CPU time, which the machine's load inflates less
                BenchCore.clock = () -> (long) cpuNanos();
                BenchCore.clockName = "process cpu";
            }
            LayoutBench.timesOnly(runs); // issue 17's layout benchmark set
        } else if (args != null && args.length > 1 && args[1].equals("tape")) {
            core.tapeOnly(runs); // for profiling the tape alone
            if (hasCpuClock()) {
                BenchCore.clock = () -> (long) cpuNanos();
                BenchCore.clockName = "process cpu";
                core.tapeOnly(runs);
            }
        } else {
            core.all(runs);
            if (hasCpuClock()) {
                BenchCore.clock = () -> (long) cpuNanos();
                BenchCore.clockName = "process cpu";
                core.demo(runs);
            }
        }
        System.out.println("BENCH DONE");
    }

    @JSBody(script = "return typeof process !== 'undefined' && typeof process.cpuUsage === 'function';")
    private static native boolean hasCpuClock();

    @JSBody(script = "var u = process.cpuUsage(); return (u.user + u.system) * 1000;")
    private static native double cpuNanos();
}
