package dev.backprop.lang;

import dev.backprop.lang.Py.*;

/**
 * time and bisect. time's clocks are real; sleep() does not block (the page's worker must not) but moves the
 * clocks on, so a program timing a sleep reads what CPython's would.
 */
final class SmallModules {
    private SmallModules() {
    }

    static PyModule time(Interp in) {
        PyModule m = new PyModule("time");
        double[] slept = new double[1]; // seconds sleep() moved the clocks on
        m.attrs.put("time", new PyBuiltin("time", (in2, a, kn, kv, at) -> {
            Builtins.count(in2, "time", a, 0, 0, at);
            return System.currentTimeMillis() / 1000.0 + slept[0];
        }));
        for (String n : new String[] {"perf_counter", "monotonic", "process_time"}) {
            m.attrs.put(n, new PyBuiltin(n, (in2, a, kn, kv, at) -> {
                Builtins.count(in2, n, a, 0, 0, at);
                return System.nanoTime() / 1e9 + slept[0];
            }));
        }
        for (String n : new String[] {"time_ns", "perf_counter_ns", "monotonic_ns", "process_time_ns"}) {
            m.attrs.put(n, new PyBuiltin(n, (in2, a, kn, kv, at) -> {
                Builtins.count(in2, n, a, 0, 0, at);
                long base = n.equals("time_ns") ? System.currentTimeMillis() * 1_000_000L : System.nanoTime();
                return base + (long) (slept[0] * 1e9);
            }));
        }
        m.attrs.put("sleep", new PyBuiltin("sleep", (in2, a, kn, kv, at) -> {
            Builtins.count(in2, "sleep", a, 1, 1, at);
            double s = Builtins.realArg(in2, a[0], at);
            if (s < 0) {
                throw in2.error("ValueError", "sleep length must be non-negative", at);
            }
            slept[0] += s + 1e-4; // a real sleep overshoots too; this keeps time() - t0 >= s after rounding at 1.7e9 s
            return Py.NONE;
        }));
        return m;
    }

    static final String BISECT = "bisect.py"; // in dev/backprop/lang/py/

    static PyModule bisect(Interp in) {
        PyModule m = new PyModule("bisect");
        Preludes.runFile(in, BISECT, m);
        return m;
    }
}
