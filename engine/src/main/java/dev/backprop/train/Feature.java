package dev.backprop.train;

import dev.backprop.py.Chars;
import dev.backprop.py.PyMath;
import java.util.List;

/**
 * An input of the network computed from a point (x1, x2), as TF Playground offers them. Each is one input
 * neuron; the generated program computes the same doubles ({@code x1*x1}, {@code math.sin(x1)}: PyMath.sin is
 * the playground's {@code math.sin}).
 */
public enum Feature {
    X1("x1", "x₁"), X2("x2", "x₂"), X1SQ("x1*x1", "x₁²"), X2SQ("x2*x2", "x₂²"), X1X2("x1*x2", "x₁x₂"),
    SIN1("math.sin(x1)", "sin(x₁)"), SIN2("math.sin(x2)", "sin(x₂)");

    private final String code;
    private final String label;

    Feature(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The Python expression of the feature in x1 and x2 (also its name in snapshots, without "math."). */
    public String code() {
        return code;
    }

    /** x1, x2, x1*x1, x2*x2, x1*x2, sin(x1), sin(x2): the name in snapshots. */
    public String key() {
        return this == SIN1 ? "sin(x1)" : this == SIN2 ? "sin(x2)" : code;
    }

    /** As drawn on the input neuron: x₁², sin(x₁), ... */
    public String label() {
        return label;
    }

    public double of(double x1, double x2) {
        switch (ordinal()) { // not switch (this): that adds a switch-map class to the page script
            case 0: return x1;
            case 1: return x2;
            case 2: return x1 * x1;
            case 3: return x2 * x2;
            case 4: return x1 * x2;
            case 5: return PyMath.sin(x1);
            default: return PyMath.sin(x2);
        }
    }

    /** The feature named {@code key} (see {@link #key()}). */
    public static Feature parse(String key) {
        for (Feature f : values()) {
            if (Chars.equalsIgnoreCase(f.key(), key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown feature '" + key
                + "': expected x1, x2, x1*x1, x2*x2, x1*x2, sin(x1) or sin(x2)");
    }

    /** The network's inputs for one point, in {@code fs}' order. */
    public static double[] inputs(List<Feature> fs, double x1, double x2) {
        double[] in = new double[fs.size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = fs.get(i).of(x1, x2);
        }
        return in;
    }
}
