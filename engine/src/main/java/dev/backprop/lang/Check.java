package dev.backprop.lang;

import dev.backprop.engine.Value;
import dev.backprop.lang.Py.PyObj;
import java.util.ArrayList;
import java.util.List;

/**
 * Nudge and gradient check for any Value-like graph (built-in Values, the learner's own class, or both): the
 * program is re-run with one leaf's data changed, and the grads the program's own backward() left are compared
 * with central differences of the drawn root. Finds the {@code b = a + a} bug (expected 2.0, the class says 1.0).
 */
public final class Check {
    private Check() {
    }

    /** Step of the central difference, relative to the leaf's size. */
    static final double H = 1e-5;

    /**
     * One leaf: its label (or {@code #k}), creation line, data, the program's grad, the slope of the root by
     * central differences, whether they agree (1e-4, relative above 1) and, when not, a one-line hint.
     */
    public record Row(String label, int line, double data, double grad, double expected, boolean ok, String hint) {
    }

    /** The check of a program: its run and a row per leaf of the drawn graph, or an error that stopped it. */
    public record Result(Run run, List<Row> rows, String error) {
        public boolean ok() {
            if (error != null) {
                return false;
            }
            for (Row r : rows) {
                if (!r.ok()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A finished interpreter and its root node (draw_dot's first argument, else the last node assigned). */
    private record Ran(Interp in, Run run, Object root) {
    }

    private static Ran execute(String source, Limits limits, long nudgeAt, double by) {
        Interp in = new Interp(limits);
        in.lecture.nudgeAt = nudgeAt;
        in.lecture.nudgeBy = by;
        Run.Error error = Cells.has(source) ? new Cells.Session(in).all(source) : Program.exec(source, in, null, false);
        Object root = Program.root(in);
        return new Ran(in, Program.result(in, error, root), root);
    }

    /** Runs the program with the data of the node made {@code index}-th (see {@link #gradients}) changed by delta. */
    public static Run nudge(String source, Limits limits, long index, double delta) {
        return execute(source, limits, index, delta).run();
    }

    /** Checks the grads of every leaf (at most {@code maxLeaves}, in creation order) of the drawn graph. */
    public static Result gradients(String source, Limits limits, int maxLeaves) {
        Ran base = execute(source, limits, Long.MIN_VALUE, 0);
        if (base.run().error() != null && (!Cells.has(source) || base.in().lecture.halted)) {
            return new Result(base.run(), List.of(), base.run().error().text());
        }
        if (base.root() == null) {
            return new Result(base.run(), List.of(), "no graph to check: draw_dot(root) or assign a Value");
        }
        Nodes nodes = base.in().lecture;
        List<Object> all = Nodes.topo(List.of(base.root()));
        List<Object> leaves = new ArrayList<>();
        for (Object o : all) {
            if (Nodes.prev(o).isEmpty() && leaves.size() < maxLeaves) {
                leaves.add(o);
            }
        }
        leaves.sort((x, y) -> Long.compare(order(nodes.index(x)), order(nodes.index(y))));
        List<Row> rows = new ArrayList<>();
        for (Object leaf : leaves) {
            double data = data(leaf);
            double h = H * Math.max(1, Math.abs(data));
            long k = nodes.index(leaf);
            Ran up = execute(source, limits, k, h);
            Ran down = execute(source, limits, k, -h);
            if (up.root() == null || down.root() == null) {
                return new Result(base.run(), rows, "the nudged program drew no graph");
            }
            double expected = (data(up.root()) - data(down.root())) / (2 * h);
            double grad = grad(leaf);
            boolean ok = Math.abs(grad - expected) <= 1e-4 * Math.max(1, Math.abs(expected));
            rows.add(new Row(label(leaf), line(base.run(), nodes, leaf), data, grad, expected, ok, ok ? "" : hint(grad, expected)));
        }
        return new Result(base.run(), rows, null);
    }

    /** Built-in Values and user objects interleave by creation only roughly: user objects first by serial. */
    private static long order(long index) {
        return index < 0 ? (1L << 40) - index : index;
    }

    static String hint(double grad, double expected) {
        if (grad == 0) {
            return "this grad is 0: is backward() called, and does every op set its _backward?";
        }
        double ratio = expected / grad;
        if (ratio > 1.5 && Math.abs(ratio - Math.rint(ratio)) < 1e-3) {
            return "grads must accumulate: `+=` (this value is used " + (long) Math.rint(ratio) + " times)";
        }
        return "the _backward rule that reaches this value does not match the slope";
    }

    private static double data(Object o) {
        return o instanceof Value ? ((Value) o).data() : num(((PyObj) o).attrs.get("data"));
    }

    private static double grad(Object o) {
        return o instanceof Value ? ((Value) o).grad() : num(((PyObj) o).attrs.get("grad"));
    }

    private static double num(Object x) {
        return Interp.isNumber(x) ? Interp.toDouble(x) : Double.NaN;
    }

    private static String label(Object o) {
        if (o instanceof Value) {
            return ((Value) o).name();
        }
        Object l = ((PyObj) o).attrs.get("label");
        return l instanceof String && !((String) l).isEmpty() ? (String) l : "#" + ((PyObj) o).serial;
    }

    private static int line(Run run, Nodes nodes, Object o) {
        if (o instanceof Value) {
            Run.Origin at = run.origin((Value) o);
            return at == null ? 0 : at.line();
        }
        return nodes.line((PyObj) o);
    }
}
