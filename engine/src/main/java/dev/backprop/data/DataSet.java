package dev.backprop.data;

import dev.backprop.py.Num;

import java.util.ArrayList;
import java.util.List;

/** A named, immutable list of labelled 2-D points, in the order they were generated (or added). */
public record DataSet(String name, List<Point> points) {

    public DataSet {
        name = name == null ? "" : name;
        points = List.copyOf(points);
    }

    public int size() {
        return points.size();
    }

    public Point get(int i) {
        return points.get(i);
    }

    /** The inputs as rows {@code [x, y]}, micrograd's {@code X}. A fresh array. */
    public double[][] inputs() {
        double[][] xs = new double[points.size()][];
        for (int i = 0; i < xs.length; i++) {
            Point p = points.get(i);
            xs[i] = new double[] {p.x(), p.y()};
        }
        return xs;
    }

    /** The targets: labels as +1.0/-1.0 (micrograd's {@code y*2 - 1}), a regression's values. A fresh array. */
    public double[] labels() {
        double[] ys = new double[points.size()];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = points.get(i).value();
        }
        return ys;
    }

    /** The labels as 0/1 (sklearn's {@code y}). A fresh array. */
    public int[] labels01() {
        int[] ys = new int[points.size()];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = points.get(i).label01();
        }
        return ys;
    }

    /** This data set with one more point at the end (a point the user clicked in). */
    public DataSet with(Point p) {
        List<Point> more = new ArrayList<>(points);
        more.add(p);
        return new DataSet(name, more);
    }

    /** A train/test split. */
    public record Split(DataSet train, DataSet test) {}

    /**
     * Splits at random (numpy-style shuffle of the indices with {@code NumpyRandom(seed)}): the first
     * {@code round(testFraction * size)} shuffled points are the test set, the rest, in their original
     * order, the training set. A fraction of 0 gives an empty test set.
     */
    public Split split(double testFraction, long seed) {
        if (!(testFraction >= 0 && testFraction <= 1)) {
            throw new IllegalArgumentException("test fraction must be between 0 and 1, got " + Num.repr(testFraction));
        }
        int n = points.size();
        int nTest = (int) Math.round(testFraction * n);
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        new NumpyRandom(seed).shuffle(idx);
        boolean[] isTest = new boolean[n];
        for (int i = 0; i < nTest; i++) {
            isTest[idx[i]] = true;
        }
        List<Point> train = new ArrayList<>(n - nTest);
        List<Point> test = new ArrayList<>(nTest);
        for (int i = 0; i < nTest; i++) {
            test.add(points.get(idx[i]));
        }
        for (int i = 0; i < n; i++) {
            if (!isTest[i]) {
                train.add(points.get(i));
            }
        }
        return new Split(new DataSet(name, train), new DataSet(name, test));
    }
}
