package dev.backprop.train;

import dev.backprop.data.Point;
import dev.backprop.py.PyMath;

/**
 * The Train view's colour rules, one home for the page (canvas) and the server's preview (SVG, PNG): the
 * diverging scale of a neuron's output (orange for negative, white at 0, blue for positive), the points'
 * colours and the connections' widths and opacities by weight. Colours are {@code 0xRRGGBB} ints.
 */
public final class Palette {

    /** Class +1, positive weights and outputs. */
    public static final int POSITIVE = 0x1d6fb8;
    /** Class -1, negative weights and outputs. */
    public static final int NEGATIVE = 0xd9700f;
    public static final int WHITE = 0xffffff;
    /** A regression point's ring; a test point's ring is {@link #TEST_RING}. */
    public static final int RING = 0x6b7280;
    public static final int TEST_RING = 0x111827;
    /** Number of steps of a connection's width (one per 1/8 of |w|, the last for everything larger). */
    public static final int WIDTHS = 25;

    // no static initialiser (the page script would check class initialisation in every static method)
    private static int[] scale;

    private Palette() {
    }

    /**
     * The 256 colours of the scale: index 0 is an output of -3 scale units, 127.5 is 0, 255 is +3 (see
     * {@link #index}); saturating as {@code 0.75*tanh}, so the ends stay readable under the points.
     */
    public static int[] scale() {
        if (scale == null) {
            int[] s = new int[256];
            for (int i = 0; i < 256; i++) {
                double t = PyMath.tanh((i / 255.0) * 6 - 3) * 0.75;
                int to = t >= 0 ? POSITIVE : NEGATIVE;
                double a = Math.abs(t);
                int r = (int) (255 - a * (255 - (to >> 16)));
                int g = (int) (255 - a * (255 - ((to >> 8) & 255)));
                int b = (int) (255 - a * (255 - (to & 255)));
                s[i] = (r << 16) | (g << 8) | b;
            }
            scale = s;
        }
        return scale;
    }

    /**
     * The scale index of an output {@code f} of a neuron whose outputs reach {@code unit} (hidden neurons and
     * inputs: their largest |output| over the window; the output: {@link #outputUnit}); {@code sign}
     * ("discretize output"): the two ends only. NaN is the middle.
     */
    public static int index(double f, double unit, boolean sign) {
        double v = sign ? (f > 0 ? 255 : f < 0 ? 0 : 127.5) : f * (255 / 6.0 / unit) + 127.5;
        return v != v ? 127 : v < 0 ? 0 : v > 255 ? 255 : (int) v;
    }

    /** The unit of a neuron's picture: its largest |output| in {@code a[from..to)} (outputs over 1e300 ignored). */
    public static double unit(double[] a, int from, int to) {
        double m = 1e-9;
        for (int i = from; i < to; i++) {
            double v = Math.abs(a[i]);
            if (v > m && v < 1e300) {
                m = v;
            }
        }
        return m;
    }

    /** The output's unit: a class score of +-3 is full colour; a regression's values in [-1, 1] span the scale. */
    public static double outputUnit(boolean regression) {
        return regression ? 1 / 3.0 : 1;
    }

    /** The colour of a regression value in [-1, 1] (points and the colour bar under the plot). */
    public static int value(double v) {
        return scale()[index(v, outputUnit(true), false)];
    }

    /** A point's fill: its class colour, its value's colour (regression) or white (a test point of a class). */
    public static int fill(Point p, boolean regression, boolean test) {
        return regression ? value(p.value()) : test ? WHITE : p.label() > 0 ? POSITIVE : NEGATIVE;
    }

    /** A point's ring colour. */
    public static int ring(Point p, boolean regression, boolean test) {
        return regression ? (test ? TEST_RING : RING) : test ? (p.label() > 0 ? POSITIVE : NEGATIVE) : WHITE;
    }

    /** A point's ring width (test points have a thick ring: their fill is white or a value). */
    public static double ringWidth(boolean test) {
        return test ? 2 : 1;
    }

    /** A point's radius on the page's 360 px plot. */
    public static double radius(boolean test) {
        return test ? 3.5 : 4;
    }

    /** The width step of a weight: {@code round(8*|w|)}, at most {@link #WIDTHS}-1 (NaN: 0). */
    public static int widthStep(double w) {
        double a = w != w ? 0 : Math.abs(w);
        return (int) Math.min(WIDTHS - 1, Math.round(a * 8));
    }

    /** A connection's stroke width at width step {@code q} (0.5 px to 6.5 px). */
    public static double width(int q) {
        return Math.round((0.5 + q / 8.0 * 2) * 10) / 10.0;
    }

    /** A connection's opacity at width step {@code q}: thin ones fade. */
    public static double opacity(int q) {
        return Math.round(Math.min(1, 0.25 + q / 8.0 * 0.5) * 100) / 100.0;
    }

    /** A weight's colour: by its sign. */
    public static int weight(double w) {
        return w >= 0 ? POSITIVE : NEGATIVE;
    }

    /** {@code #rrggbb}. */
    public static String css(int rgb) {
        String h = "0123456789abcdef";
        char[] c = new char[7];
        c[0] = '#';
        for (int i = 0; i < 6; i++) {
            c[1 + i] = h.charAt((rgb >> (20 - 4 * i)) & 15);
        }
        return new String(c);
    }
}
