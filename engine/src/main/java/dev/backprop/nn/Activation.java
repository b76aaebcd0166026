package dev.backprop.nn;

import dev.backprop.py.Chars;
import dev.backprop.engine.Value;

/** A neuron's nonlinearity. micrograd has ReLU (nonlin=True) and none (nonlin=False). */
public final class Activation {
    // int constants, not an enum: TeaVM makes an enum a class with a name table in the page script
    public static final int RELU = 0, TANH = 1, SIGMOID = 2, LINEAR = 3;
    /** How many activations there are: 0 to COUNT - 1. */
    public static final int COUNT = 4;

    private Activation() {
    }

    /** micrograd's spelling in {@code repr}: ReLU, Tanh, Sigmoid, Linear. */
    public static String label(int a) {
        return a == RELU ? "ReLU" : a == TANH ? "Tanh" : a == SIGMOID ? "Sigmoid" : "Linear";
    }

    /** relu, tanh, sigmoid or linear: the name in snapshots, menus and generated code. */
    public static String name(int a) {
        return label(a).toLowerCase();
    }

    /** The activation applied to a neuron's weighted sum; LINEAR returns {@code act} itself (no node). */
    public static Value apply(int a, Value act) {
        if (a == RELU) {
            return act.relu();
        }
        if (a == TANH) {
            return act.tanh();
        }
        if (a == SIGMOID) {
            return act.sigmoid();
        }
        return act;
    }

    /** The activation named {@code name} (relu, tanh, sigmoid, linear; any case). */
    public static int parse(String name) {
        for (int a = 0; a < COUNT; a++) {
            if (Chars.equalsIgnoreCase(label(a), name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + name
                + "': expected relu, tanh, sigmoid or linear");
    }
}
