package dev.backprop.layout;

import dev.backprop.py.PyMath;

import java.util.Arrays;

/**
 * Edge crossings as a reader sees them: two drawn edges cross when their curves properly intersect
 * (touching at a shared end does not count). Curves are in {@link Layout#curves()} format, each cubic piece
 * flattened into {@link #CHORDS} chords. Also the total drawn edge length. For tests and the layout
 * benchmark (Graphviz's splines are read into the same format), not for the page.
 */
public final class Crossings {
    /** Chords per cubic piece: enough that a chord stays within a fraction of a pixel of a 36px-long piece. */
    static final int CHORDS = 12;

    private Crossings() {
    }

    /** The number of pairs of curves that cross. */
    public static int count(double[][] curves) {
        int m = curves.length;
        double[][] lines = new double[m][];
        double[] box = new double[4 * m];
        Integer[] byLeft = new Integer[m];
        for (int e = 0; e < m; e++) {
            lines[e] = flatten(curves[e]);
            double[] p = lines[e];
            double x0 = Double.POSITIVE_INFINITY;
            double y0 = Double.POSITIVE_INFINITY;
            double x1 = Double.NEGATIVE_INFINITY;
            double y1 = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < p.length; i += 2) {
                x0 = Math.min(x0, p[i]);
                x1 = Math.max(x1, p[i]);
                y0 = Math.min(y0, p[i + 1]);
                y1 = Math.max(y1, p[i + 1]);
            }
            box[4 * e] = x0;
            box[4 * e + 1] = y0;
            box[4 * e + 2] = x1;
            box[4 * e + 3] = y1;
            byLeft[e] = e;
        }
        Arrays.sort(byLeft, (a, b) -> Double.compare(box[4 * a], box[4 * b]));
        int count = 0;
        for (int i = 0; i < m; i++) {
            int a = byLeft[i];
            for (int j = i + 1; j < m && box[4 * byLeft[j]] <= box[4 * a + 2]; j++) {
                int b = byLeft[j];
                if (box[4 * b + 1] <= box[4 * a + 3] && box[4 * a + 1] <= box[4 * b + 3] && cross(lines[a], lines[b])) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Total length of the curves (flattened). */
    public static double length(double[][] curves) {
        double sum = 0;
        for (double[] c : curves) {
            double[] p = flatten(c);
            for (int i = 2; i < p.length; i += 2) {
                sum += PyMath.hypot(p[i] - p[i - 2], p[i + 1] - p[i - 1]); // the same bits on the JVM and in JS
            }
        }
        return sum;
    }

    /** The polyline of a curve: straight pieces as one chord, cubic pieces as {@link #CHORDS}. */
    static double[] flatten(double[] c) {
        int pieces = (c.length - 2) / 6;
        double[] out = new double[2 + 2 * CHORDS * pieces];
        out[0] = c[0];
        out[1] = c[1];
        int p = 2;
        for (int k = 0; k < pieces; k++) {
            int i = 2 + 6 * k;
            if (Layout.straight(c, i)) {
                out[p++] = c[i + 4];
                out[p++] = c[i + 5];
                continue;
            }
            for (int s = 1; s <= CHORDS; s++) {
                double t = (double) s / CHORDS;
                double u = 1 - t;
                double b0 = u * u * u;
                double b1 = 3 * u * u * t;
                double b2 = 3 * u * t * t;
                double b3 = t * t * t;
                out[p++] = b0 * c[i - 2] + b1 * c[i] + b2 * c[i + 2] + b3 * c[i + 4];
                out[p++] = b0 * c[i - 1] + b1 * c[i + 1] + b2 * c[i + 3] + b3 * c[i + 5];
            }
        }
        return Arrays.copyOf(out, p);
    }

    /** True when some chord of one polyline properly crosses some chord of the other. */
    static boolean cross(double[] a, double[] b) {
        for (int i = 2; i < a.length; i += 2) {
            double ax0 = a[i - 2];
            double ay0 = a[i - 1];
            double ax1 = a[i];
            double ay1 = a[i + 1];
            for (int j = 2; j < b.length; j += 2) {
                double bx0 = b[j - 2];
                double by0 = b[j - 1];
                double bx1 = b[j];
                double by1 = b[j + 1];
                if (Math.max(ax0, ax1) < Math.min(bx0, bx1) || Math.max(bx0, bx1) < Math.min(ax0, ax1)
                        || Math.max(ay0, ay1) < Math.min(by0, by1) || Math.max(by0, by1) < Math.min(ay0, ay1)) {
                    continue;
                }
                double d1 = side(bx0, by0, bx1, by1, ax0, ay0);
                double d2 = side(bx0, by0, bx1, by1, ax1, ay1);
                double d3 = side(ax0, ay0, ax1, ay1, bx0, by0);
                double d4 = side(ax0, ay0, ax1, ay1, bx1, by1);
                if ((d1 > 0 && d2 < 0 || d1 < 0 && d2 > 0) && (d3 > 0 && d4 < 0 || d3 < 0 && d4 > 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double side(double x0, double y0, double x1, double y1, double x, double y) {
        return (x1 - x0) * (y - y0) - (y1 - y0) * (x - x0);
    }
}
