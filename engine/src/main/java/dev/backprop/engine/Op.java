package dev.backprop.engine;

import dev.backprop.py.Num;
import dev.backprop.py.PyMath;

/**
 * The op table: each primitive op's forward, its local derivative and the text of that derivative, once.
 * {@link Value}, the tape ({@code tape.Tape}), the replay ({@code layout.Replay}) and training all compute
 * through here, so the same inputs give the same bits everywhere. Codes are {@link Value.Kind} ordinals
 * (ints, so the tape's byte-coded loop can switch on them).
 *
 * <p>Arguments: {@code x} is the first child's data; {@code y} the second child's data (ADD, MUL) or the
 * exponent (POW); {@code out} the op's output, as micrograd's {@code _backward} closures read it.
 */
public final class Op {
    public static final int LEAF = 0, ADD = 1, MUL = 2, POW = 3, TANH = 4, EXP = 5, LOG = 6, RELU = 7, SIGMOID = 8;

    private Op() {
    }

    /** The op's output. */
    public static double forward(int op, double x, double y) {
        switch (op) {
            case ADD:
                return x + y;
            case MUL:
                return x * y;
            case POW:
                return power(x, y);
            case TANH:
                return tanh(x);
            case EXP:
                return PyMath.exp(x);
            case LOG:
                return PyMath.log(x);
            case RELU:
                return x < 0 ? 0.0 : x;
            case SIGMOID:
                return x >= 0 ? 1 / (1 + PyMath.exp(-x)) : PyMath.exp(x) / (1 + PyMath.exp(x));
            default:
                throw new IllegalArgumentException("op " + op + " has no forward");
        }
    }

    /** d out / d child {@code i}: the factor micrograd's {@code _backward} multiplies {@code out.grad} by. */
    public static double local(int op, int i, double x, double y, double out) {
        switch (op) {
            case ADD:
                return 1.0;
            case MUL:
                return i == 0 ? y : x;
            case POW:
                return y * power(x, y - 1);
            case TANH:
                return 1 - out * out;
            case EXP:
                return out;
            case LOG:
                return 1 / x;
            case RELU:
                return out > 0 ? 1.0 : 0.0;
            case SIGMOID:
                return out * (1 - out);
            default:
                throw new IllegalArgumentException("op " + op + " has no children");
        }
    }

    /**
     * The output {@code out} that {@link #local} reads: TANH's rule keeps the forward {@code t} (micrograd's closure
     * captures it), the others read the node's data as it is when the rule runs.
     */
    public static double out(int op, double forward, double now) {
        return op == TANH ? forward : now;
    }

    /**
     * The local derivative as a formula in the nodes' names: {@code out} is the op's node, {@code x} and
     * {@code other} its children (the other one for MUL), {@code y} the exponent of POW.
     */
    public static String formula(int op, int i, String out, String x, String other, double y) {
        switch (op) {
            case ADD:
                return "1";
            case MUL:
                return other + ".data";
            case POW:
                return Num.repr(y) + " * " + x + ".data**" + Num.repr(y - 1);
            case TANH:
                return "1 - " + out + ".data**2";
            case EXP:
                return out + ".data";
            case LOG:
                return "1 / " + x + ".data";
            case RELU:
                return "1 if " + out + ".data > 0 else 0";
            case SIGMOID:
                return out + ".data * (1 - " + out + ".data)";
            default:
                throw new IllegalArgumentException("op " + op + " has no children");
        }
    }

    /**
     * tanh as the seed and the lecture compute it, {@code (exp(2x) - 1)/(exp(2x) + 1)}, so the digits are
     * theirs. Beyond |x| = 20 the formula rounds to ±1 (and past ~355 it would be inf/inf = NaN): return ±1.
     */
    public static double tanh(double x) {
        if (x > 20) {
            return 1.0;
        }
        if (x < -20) {
            return -1.0;
        }
        double e = PyMath.exp(2 * x);
        return (e - 1) / (e + 1);
    }

    /** {@code x ** n} as C's pow computes it, with the common exponents exact and fast. */
    public static double power(double x, double n) {
        if (n == 1) {
            return x;
        }
        if (n == 2) {
            return x * x;
        }
        if (n == -1) {
            return 1 / x;
        }
        return PyMath.pow(x, n);
    }
}
