package dev.backprop.data;

import dev.backprop.py.Chars;
import dev.backprop.py.Num;
import dev.backprop.py.PyMath;

import java.util.ArrayList;
import java.util.List;

/**
 * The 2-D data sets of the playground, seeded and deterministic. Every shape is built the same way, as
 * sklearn builds its moons: clean points class by class, shuffled, then gaussian noise of standard
 * deviation {@code noise} added to each coordinate, all drawn from one {@link NumpyRandom}{@code (seed)}.
 * {@code generate(MOONS, 100, 0.1, 1337)} is micrograd's demo data
 * ({@code np.random.seed(1337); make_moons(n_samples=100, noise=0.1)}, labels {@code y*2 - 1}): the same
 * points in the same order: numpy calls glibc's sin and cos, and PyMath has glibc's bits, the same on the JVM
 * and under TeaVM, so a seed gives the same doubles on the JVM, in Chromium and in numpy.
 *
 * <p>Coordinates stay within about [-1.5, 2.5] so one plot window fits every shape.
 */
public enum Shape {
    /** sklearn's {@code make_moons}: outer half circle is -1, inner (shifted) half circle is +1. */
    MOONS("moons"),
    /** sklearn's {@code make_circles} with {@code factor = 0.5}: outer circle -1, inner circle +1. */
    CIRCLES("circles"),
    /** Uniform in [-1, 1]^2, pushed 0.1 away from the axes; +1 where x*y > 0 (same-sign quadrants). */
    XOR("xor"),
    /** Two interleaved spirals (1.75 turns, radius 0 to 1), +1 and -1 half a turn apart. */
    SPIRAL("spiral"),
    /** Two gaussian blobs (spread 0.4) around (1, 1) for +1 and (-1, -1) for -1. */
    BLOBS("gaussian"),
    /** Regression, TF Playground's {@code regressPlane}: the value is {@code (x1 + x2)/10} in its units. */
    PLANE("plane"),
    /** Regression, TF Playground's {@code regressGaussian}: six bumps of value +1/-1, 0 between them. */
    MULTI("multi-gaussian");

    private final String label;

    Shape(String label) {
        this.label = label;
    }

    /** The name users see and type: moons, circles, xor, spiral, gaussian. */
    public String label() {
        return label;
    }

    /** Whether the points carry values to fit (plane, multi-gaussian) rather than classes. */
    public boolean regression() {
        return this == PLANE || this == MULTI;
    }

    /** The shape named {@code name} (its label, any case; "blobs" also works). */
    public static Shape parse(String name) {
        for (Shape s : values()) {
            if (Chars.equalsIgnoreCase(s.label, name)) {
                return s;
            }
        }
        if (Chars.equalsIgnoreCase("blobs", name)) {
            return BLOBS;
        }
        throw new IllegalArgumentException("unknown data set '" + name
                + "': expected moons, circles, xor, spiral, gaussian, plane or multi-gaussian");
    }

    /** {@code n} points (the classes differ in size by at most one) with gaussian noise of std {@code noise}. */
    public static DataSet generate(Shape shape, int n, double noise, long seed) {
        if (shape == null) {
            throw new IllegalArgumentException("generate: no data set given");
        }
        if (n < 1) {
            throw new IllegalArgumentException("a data set needs at least 1 point, got " + n);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be a finite number >= 0, got " + Num.repr(noise));
        }
        NumpyRandom rng = new NumpyRandom(seed);
        if (shape.regression()) {
            return regress(shape, n, noise, rng);
        }
        int nOut = n / 2;
        int nIn = n - nOut;
        double[] xs = new double[n];
        double[] ys = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i < nOut ? -1 : 1;
        }
        if (shape == MOONS) {
            double[] t = linspace(0, Math.PI, nOut, true);
            for (int i = 0; i < nOut; i++) {
                xs[i] = PyMath.cos(t[i]);
                ys[i] = PyMath.sin(t[i]);
            }
            t = linspace(0, Math.PI, nIn, true);
            for (int i = 0; i < nIn; i++) {
                xs[nOut + i] = 1 - PyMath.cos(t[i]);
                ys[nOut + i] = 1 - PyMath.sin(t[i]) - 0.5;
            }
        } else if (shape == CIRCLES) {
            double factor = 0.5;
            double[] t = linspace(0, 2 * Math.PI, nOut, false);
            for (int i = 0; i < nOut; i++) {
                xs[i] = PyMath.cos(t[i]);
                ys[i] = PyMath.sin(t[i]);
            }
            t = linspace(0, 2 * Math.PI, nIn, false);
            for (int i = 0; i < nIn; i++) {
                xs[nOut + i] = PyMath.cos(t[i]) * factor;
                ys[nOut + i] = PyMath.sin(t[i]) * factor;
            }
        } else if (shape == XOR) {
            // Draw points until each class has its share, so the classes are as balanced as elsewhere.
            int[] need = {nOut, nIn};
            int filled = 0;
            while (filled < n) {
                double x = rng.uniform(-1, 1);
                double y = rng.uniform(-1, 1);
                x += x > 0 ? 0.1 : -0.1;
                y += y > 0 ? 0.1 : -0.1;
                int cls = x * y > 0 ? 1 : 0;
                if (need[cls] > 0) {
                    int at = cls == 0 ? nOut - need[0] : nOut + nIn - need[1];
                    need[cls]--;
                    xs[at] = x;
                    ys[at] = y;
                    filled++;
                }
            }
        } else if (shape == SPIRAL) {
            spiral(xs, ys, 0, nOut, Math.PI);
            spiral(xs, ys, nOut, nIn, 0);
        } else if (shape == BLOBS) {
            for (int i = 0; i < n; i++) {
                double c = labels[i];
                xs[i] = c + 0.4 * rng.gauss();
                ys[i] = c + 0.4 * rng.gauss();
            }
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        rng.shuffle(order);
        List<Point> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int j = order[i];
            double x = xs[j];
            double y = ys[j];
            if (noise > 0) {
                // X += normal(scale=noise, size=(n, 2)): row-major, x then y
                x += rng.normal(0.0, noise);
                y += rng.normal(0.0, noise);
            }
            points.add(new Point(x, y, labels[j]));
        }
        return new DataSet(shape.label, points);
    }

    /**
     * TF Playground's regression data (src/dataset.ts): x and y uniform in [-6, 6], the value of the point
     * moved by {@code noise} times another uniform draw in [-6, 6] per axis. Drawn in its units, then shown at
     * a third of them (TF's [-6, 6] is [-2, 2] here, the scale of the other data sets, so the default
     * learning rates work on every set).
     */
    private static DataSet regress(Shape shape, int n, double noise, NumpyRandom rng) {
        List<Point> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = rng.uniform(-6, 6);
            double y = rng.uniform(-6, 6);
            double nx = rng.uniform(-6, 6) * noise;
            double ny = rng.uniform(-6, 6) * noise;
            double v = shape == PLANE ? plane(x + nx, y + ny) : bumps(x + nx, y + ny);
            points.add(Point.valued(x / 3, y / 3, v));
        }
        return new DataSet(shape.label, points);
    }

    /** d3's linear scale from [-10, 10] to [-1, 1] of {@code x + y} (not clamped, as in TF). */
    static double plane(double x, double y) {
        return (x + y + 10) / 20 * 2 - 1;
    }

    /** The bump whose value is largest in size: {@code sign * (1 - min(dist/2, 1))} (d3's clamped scale). */
    static double bumps(double x, double y) {
        double[] g = {-4, 2.5, 1, 0, 2.5, -1, 4, 2.5, 1, -4, -2.5, -1, 0, -2.5, 1, 4, -2.5, -1};
        double label = 0;
        for (int i = 0; i < g.length; i += 3) {
            double dx = x - g[i];
            double dy = y - g[i + 1];
            double t = Math.sqrt(dx * dx + dy * dy) / 2;
            double v = g[i + 2] * (1 - (t > 1 ? 1 : t));
            if (Math.abs(v) > Math.abs(label)) {
                label = v;
            }
        }
        return label;
    }

    private static void spiral(double[] xs, double[] ys, int from, int count, double delta) {
        for (int i = 0; i < count; i++) {
            double r = count == 1 ? 0 : (double) i / count;
            double t = 1.75 * r * 2 * Math.PI + delta;
            xs[from + i] = r * PyMath.sin(t);
            ys[from + i] = r * PyMath.cos(t);
        }
    }

    /** numpy's {@code linspace}: {@code i * step + start}, the last point exactly {@code stop} with endpoint. */
    static double[] linspace(double start, double stop, int num, boolean endpoint) {
        double[] out = new double[num];
        int div = endpoint ? num - 1 : num;
        if (div > 0) {
            double step = (stop - start) / div;
            for (int i = 0; i < num; i++) {
                out[i] = i * step + start;
            }
        } else if (num > 0) {
            out[0] = start;
        }
        if (endpoint && num > 1) {
            out[num - 1] = stop;
        }
        return out;
    }
}
