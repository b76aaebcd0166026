package dev.backprop.py;

/**
 * A source of random doubles in [0, 1). The nn and data sets draw through it so that a program's
 * {@code random.seed(n)} and the built-in {@code nn} share one stream, as in CPython + micrograd.
 */
public interface Rng {
    /** The next double in [0, 1). */
    double random();

    /** CPython's {@code random.uniform(a, b)}: {@code a + (b - a) * random()}. */
    default double uniform(double a, double b) {
        return a + (b - a) * random();
    }
}
