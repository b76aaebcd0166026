package dev.backprop.lang;

/**
 * Budgets that keep a page from hanging: evaluation steps, Values created, Python call depth (CPython's
 * recursion limit) and printed characters. Each, when exceeded, ends the run with a clear error.
 */
public record Limits(long maxSteps, int maxNodes, int maxDepth, int maxOutput) {
    /** For a page: 50 million steps, 2 million Values, 1000 calls deep, 10 million printed characters. */
    public static final Limits DEFAULT = new Limits(50_000_000L, 2_000_000, 1000, 10_000_000);

    /** For the CLI, which runs whole training scripts (micrograd's demo creates about 6.6 million Values). */
    public static final Limits CLI = new Limits(500_000_000L, 20_000_000, 1000, 100_000_000);

    public Limits withMaxSteps(long n) {
        return new Limits(n, maxNodes, maxDepth, maxOutput);
    }

    public Limits withMaxNodes(int n) {
        return new Limits(maxSteps, n, maxDepth, maxOutput);
    }

    public Limits withMaxDepth(int n) {
        return new Limits(maxSteps, maxNodes, n, maxOutput);
    }
}
