package dev.backprop.nn;

import dev.backprop.py.Chars;
import dev.backprop.engine.Value;

/**
 * A neuron's nonlinearity. micrograd has ReLU (nonlin=True) and none (nonlin=False). An enum so that a
 * loss or a data set can't be passed where an activation belongs (the page-size cost is measured in
 * docs/BENCHMARKS.md, "Train tab").
 */
public enum Activation {
    RELU("ReLU"), TANH("Tanh"), SIGMOID("Sigmoid"), LINEAR("Linear");

    private final String label;

    Activation(String label) {
        this.label = label;
    }

    /** micrograd's spelling in {@code repr}: ReLU, Tanh, Sigmoid, Linear. */
    public String label() {
        return label;
    }

    /** relu, tanh, sigmoid or linear: the name in snapshots, menus and generated code. */
    public String key() {
        return label.toLowerCase();
    }

    /** The activation applied to a neuron's weighted sum; LINEAR returns {@code act} itself (no node). */
    public Value apply(Value act) {
        if (this == RELU) {
            return act.relu();
        }
        if (this == TANH) {
            return act.tanh();
        }
        if (this == SIGMOID) {
            return act.sigmoid();
        }
        return act;
    }

    /** The activation named {@code name} (relu, tanh, sigmoid, linear; any case). */
    public static Activation parse(String name) {
        for (Activation a : values()) {
            if (Chars.equalsIgnoreCase(a.label, name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + name
                + "': expected relu, tanh, sigmoid or linear");
    }
}
