package dev.backprop.nn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Lines of micrograd_demo.txt (CPython + micrograd + numpy; see micrograd_demo.py) with a given tag. */
final class Reference {

    private Reference() {}

    static List<String[]> lines(String tag) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Reference.class.getResourceAsStream("micrograd_demo.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(" ");
                if (f[0].equals(tag)) {
                    out.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** An Rng that returns the given numbers in order, to see which draw went where. */
    static dev.backprop.py.Rng scripted(double... values) {
        int[] at = {0};
        return () -> values[at[0]++];
    }

    /** Central difference of f at x with step h. */
    static double numeric(java.util.function.DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }
}
