package dev.backprop.data;

/**
 * A labelled 2-D point. Labels are +1 or -1 (micrograd's demo: {@code y = y*2 - 1}); {@code value} is the
 * network's target: the label for a class, the number to fit for a regression point (whose label is its
 * sign, +1 for 0).
 */
public record Point(double x, double y, int label, double value) {
    public Point {
        if (label != 1 && label != -1) {
            throw new IllegalArgumentException("a point's label must be +1 or -1, got " + label);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a point's value must be a finite number");
        }
    }

    /** A point of a class: its value is its label. */
    public Point(double x, double y, int label) {
        this(x, y, label, label);
    }

    /** A regression point: the target {@code value}, labelled by its sign. */
    public static Point valued(double x, double y, double value) {
        return new Point(x, y, value < 0 ? -1 : 1, value);
    }

    /** The label as a 0/1 class (sklearn's {@code y}): -1 is 0, +1 is 1. */
    public int label01() {
        return label > 0 ? 1 : 0;
    }
}
