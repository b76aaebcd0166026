package dev.backprop.bench;

import dev.backprop.py.PyMath;

/**
 * Per-call cost of PyMath's glibc-exact sin, cos, tan, atan, atan2, asin, sinh and hypot against java.lang.Math
 * (not CPython's bits). Not a unit test:
 * {@code java -cp engine/target/classes:engine/target/test-classes dev.backprop.bench.TrigBench}.
 */
public final class TrigBench {
    private TrigBench() {
    }

    public static void main(String[] a) {
        int n = 2_000_000;
        double[] xs = new double[n];
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < n; i++) {
            xs[i] = r.nextDouble() * 20 - 10;
        }
        for (int rep = 0; rep < 3; rep++) {
            StringBuilder sb = new StringBuilder("ns/call");
            double s = 0;
            for (int f = 0; f < 12; f++) {
                long t0 = System.nanoTime();
                for (double x : xs) {
                    s += call(f, x);
                }
                sb.append(' ').append(NAMES[f]).append(' ').append(Math.round((System.nanoTime() - t0) * 10.0 / n) / 10.0);
            }
            System.out.println(sb + " (" + s + ")");
        }
    }

    private static final String[] NAMES = {"PyMath.sin", "Math.sin", "PyMath.cos", "PyMath.tan", "Math.tan",
        "PyMath.atan", "Math.atan", "PyMath.atan2", "PyMath.asin", "PyMath.sinh", "PyMath.hypot", "Math.hypot"};

    private static double call(int f, double x) {
        switch (f) {
            case 0: return PyMath.sin(x);
            case 1: return Math.sin(x);
            case 2: return PyMath.cos(x);
            case 3: return PyMath.tan(x);
            case 4: return Math.tan(x);
            case 5: return PyMath.atan(x);
            case 6: return Math.atan(x);
            case 7: return PyMath.atan2(x, 1.5);
            case 8: return PyMath.asin(x * 0.1);
            case 9: return PyMath.sinh(x);
            case 10: return PyMath.hypot(x, 1.5);
            default: return Math.hypot(x, 1.5);
        }
    }
}
