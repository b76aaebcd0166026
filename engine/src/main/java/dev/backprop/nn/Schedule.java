package dev.backprop.nn;

/** A learning rate for each step {@code k = 0, 1, 2, ...}. */
@FunctionalInterface
public interface Schedule {

    double lr(int k);

    static Schedule constant(double lr) {
        return k -> lr;
    }

    /** micrograd's demo, as written there: {@code 1.0 - 0.9*k/100} (negative after step 111). */
    static Schedule micrograd() {
        return k -> 1.0 - 0.9 * k / 100;
    }

    /**
     * micrograd's decay for any start and length: {@code lr0 * (1.0 - 0.9*k/steps)} for {@code k < steps},
     * then {@code lr0 * 0.1} for ever. {@code decay(1.0, 100)} equals {@link #micrograd()} bit for bit on
     * steps 0..99.
     */
    static Schedule decay(double lr0, int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("decay needs at least 1 step, got " + steps);
        }
        return k -> k < steps ? lr0 * (1.0 - 0.9 * k / steps) : lr0 * 0.1;
    }
}
