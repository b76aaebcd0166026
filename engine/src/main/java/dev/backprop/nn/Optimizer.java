package dev.backprop.nn;

/** Updates parameters from their gradients, one step at a time. */
public interface Optimizer {

    /** Applies one update from the parameters' current grads (call after {@code backward()}). */
    void step();

    /** The number of steps taken: the {@code k} the next step uses. */
    int steps();

    /** Forgets all state (step count, moments), as for a fresh start. */
    void reset();
}
