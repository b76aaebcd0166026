package dev.backprop.data;

/** A labelled 2-D point. Labels are +1 or -1 (micrograd's demo: {@code y = y*2 - 1}). */
public record Point(double x, double y, int label) {
    public Point {
        if (label != 1 && label != -1) {
            throw new IllegalArgumentException("a point's label must be +1 or -1, got " + label);
        }
    }

    /** The label as a 0/1 class (sklearn's {@code y}): -1 is 0, +1 is 1. */
    public int label01() {
        return label > 0 ? 1 : 0;
    }
}
