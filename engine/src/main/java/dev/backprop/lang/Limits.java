package dev.backprop.lang;

import java.util.function.BooleanSupplier;

/**
 * Budgets that keep a page from hanging: evaluation steps, Values created, Python call depth (CPython's
 * recursion limit), printed characters, and work: characters and items copied where strings, lists and
 * tuples are built by {@code +}, {@code *} and {@code join} (one such step can copy megabytes, so steps alone
 * do not bound time). Each, when exceeded, ends the run with a clear error. {@code cancel}, when set, is asked
 * every 1024 steps and ends the run when it answers true (a server's wall-clock budget).
 */
public record Limits(long maxSteps, int maxNodes, int maxDepth, int maxOutput, long maxWork, BooleanSupplier cancel) {
    /** For a page: 50 million steps, 2 million Values, 1000 calls deep, 10 million printed characters. */
    public static final Limits DEFAULT = new Limits(50_000_000L, 2_000_000, 1000, 10_000_000);

    /** For the CLI, which runs whole training scripts (micrograd's demo creates about 6.6 million Values). */
    public static final Limits CLI = new Limits(500_000_000L, 20_000_000, 1000, 100_000_000);

    /** No work budget and no cancel hook. */
    public Limits(long maxSteps, int maxNodes, int maxDepth, int maxOutput) {
        this(maxSteps, maxNodes, maxDepth, maxOutput, Long.MAX_VALUE, null);
    }

    public Limits withMaxSteps(long n) {
        return new Limits(n, maxNodes, maxDepth, maxOutput, maxWork, cancel);
    }

    public Limits withMaxNodes(int n) {
        return new Limits(maxSteps, n, maxDepth, maxOutput, maxWork, cancel);
    }

    public Limits withMaxDepth(int n) {
        return new Limits(maxSteps, maxNodes, n, maxOutput, maxWork, cancel);
    }

    public Limits withMaxWork(long n) {
        return new Limits(maxSteps, maxNodes, maxDepth, maxOutput, n, cancel);
    }

    public Limits withCancel(BooleanSupplier c) {
        return new Limits(maxSteps, maxNodes, maxDepth, maxOutput, maxWork, c);
    }
}
