package dev.backprop.bench;

/**
 * The TeaVM entry point of the benchmark: the same {@link BenchCore} cases, compiled to JavaScript with the
 * web module's TeaVM settings and run in Node and in headless Chromium by {@link JsBenchRunner}.
 * Prints its lines to the console and ends with {@code BENCH DONE}.
 */
public final class JsBench {

    public static void main(String[] args) {
        int runs = args != null && args.length > 0 ? Integer.parseInt(args[0]) : 9;
        System.out.println("TeaVM JavaScript");
        BenchCore core = new BenchCore(new StringBuilder());
        if (args != null && args.length > 1 && args[1].equals("tape")) {
            core.tapeOnly(runs); // for profiling the tape alone
        } else {
            core.all(runs);
        }
        System.out.println("BENCH DONE");
    }
}
