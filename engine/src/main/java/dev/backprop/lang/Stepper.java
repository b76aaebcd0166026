package dev.backprop.lang;

import dev.backprop.engine.Value;
import dev.backprop.lang.Py.PyObj;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Steps through the learner's own backward: after running the program, the drawn root's graph has its grads set to
 * 0 and the root's to 1, then each {@link #next()} calls the next node's own {@code _backward()} (a user function,
 * or the built-in Value's rule or its replacement) in the reverse topological order the lecture's
 * {@code backward()} uses (children in creation order). Each step reports the source lines that ran; the graph
 * ({@link #graph()}, built-in Values mirroring the nodes) shows the grads after it. {@link #back()} replays from the
 * start. For the page: one Stepper per run, kept while stepping.
 */
public final class Stepper {
    private final Interp in;
    private final Run run;
    private final List<Object> order; // reverse topological: root first
    private final List<Object> nodes; // children before parents
    private final IdentityHashMap<Object, Value> mirrors = new IdentityHashMap<>();
    private final List<Value> graph;
    private final String source;
    private String[] lines; // the program's lines, split on the first rule asked for
    private final IdentityHashMap<Value, Object> drawnToNode = new IdentityHashMap<>();
    private int done;

    /**
     * One step: the node whose _backward ran (as drawn), the user source lines it ran, in order, and its rule (the
     * closure's lines and text with the numbers this step read, filled before it ran).
     */
    public record Step(int index, Value node, List<Integer> lines, String error, Rule rule) {
    }

    private Stepper(Interp in, Run run, Object root, String source) {
        this.in = in;
        this.run = run;
        this.source = source;
        nodes = root == null ? List.of() : Nodes.topo(List.of(root));
        order = new ArrayList<>(nodes);
        java.util.Collections.reverse(order);
        List<Value> mirrored = nodes.isEmpty() ? List.of() : in.lecture.mirror(nodes);
        for (int i = 0; i < nodes.size(); i++) {
            mirrors.put(nodes.get(i), mirrored.get(i));
            drawnToNode.put(mirrored.get(i), nodes.get(i));
        }
        graph = root == null ? List.of() : List.of(mirrors.get(root));
        reset();
    }

    /** Runs the program and prepares to step the backward of its drawn root. */
    public static Stepper open(String source, Limits limits) {
        Interp in = new Interp(limits);
        Run.Error error = Cells.has(source) ? new Cells.Session(in).all(source) : Program.exec(source, in, null, false);
        Object root = Program.root(in);
        Run run = Program.result(in, error, root);
        // a notebook goes on after a failing cell (the lecture's import torch): its graph can still be stepped
        boolean usable = error == null || Cells.has(source) && !in.lecture.halted;
        return new Stepper(in, run, usable ? root : null, source);
    }

    public Run run() {
        return run;
    }

    /** The graph to draw: its root, as built-in Values whose grads follow the steps. */
    public List<Value> graph() {
        return graph;
    }

    /** Number of steps (one per node) and how many are done. */
    public int size() {
        return order.size();
    }

    public int done() {
        return done;
    }

    /** The node each step runs, in step order (root first). */
    public List<Value> order() {
        List<Value> out = new ArrayList<>(order.size());
        for (Object o : order) {
            out.add(mirrors.get(o));
        }
        return out;
    }

    /** Runs the next node's _backward; null when all are done. */
    public Step next() {
        return step(true);
    }

    /** One step; {@code watch} false (a replay): no line trace and no mirror refresh, the caller refreshes once. */
    private Step step(boolean watch) {
        if (done >= order.size()) {
            return null;
        }
        Object node = order.get(done);
        Rule rule = watch ? Rule.of(in, lines(), node, mirrors.get(node)) : Rule.NONE;
        List<Integer> lines = new ArrayList<>();
        in.lines = !watch ? null : line -> {
            if (lines.isEmpty() || lines.get(lines.size() - 1) != line) {
                lines.add(line);
            }
        };
        String error = null;
        try {
            if (node instanceof Value) {
                in.lecture.backwardStep((Value) node, null);
            } else {
                Object fn = ((PyObj) node).attrs.get("_backward");
                if (fn == null) {
                    fn = in.getattr(node, "_backward", null);
                }
                in.call(fn, Interp.NO_ARGS, Interp.NO_NAMES, Interp.NO_ARGS, null);
            }
        } catch (PyException e) {
            error = "line " + e.line + ": " + e.kind + ": " + e.getMessage();
        } finally {
            in.lines = null;
        }
        if (watch) {
            refresh();
        }
        return new Step(done++, mirrors.get(node), lines, error, rule);
    }

    /**
     * The {@code _backward} of a drawn node (one of {@link #graph()}'s) with the numbers it would read now: what a
     * hover on the node shows. {@link Rule#NONE} for a node not in the graph or a leaf without a rule.
     */
    public Rule rule(Value drawn) {
        Object node = drawnToNode.get(drawn);
        return node == null ? Rule.NONE : Rule.of(in, lines(), node, drawn);
    }

    private String[] lines() {
        if (lines == null) {
            lines = Rule.lines(source);
        }
        return lines;
    }

    /**
     * Goes to the state after {@code s} steps (0: only the root's grad seeded) and returns the last step, run
     * watched (its lines and rule), or null at 0. The next step is one call; any other target replays from the
     * start, as {@link #back()} does. For the page, whose step counter can jump.
     */
    public Step stepTo(int s) {
        int target = Math.max(0, Math.min(s, order.size()));
        if (target == done + 1) {
            return next();
        }
        reset();
        while (done < target - 1) {
            step(false);
        }
        return target == 0 ? null : step(true);
    }

    /** One step back: replays from the start up to the step before the last one done. */
    public void back() {
        int target = Math.max(0, done - 1);
        reset();
        while (done < target) {
            step(false);
        }
        refresh(); // once: the grads after the replay (refreshing after each replayed step made back() O(n^2))
    }

    /** Grads to 0, the root's to 1, no step done. */
    public void reset() {
        for (Object o : nodes) {
            setGrad(o, 0.0);
        }
        if (!order.isEmpty()) {
            setGrad(order.get(0), 1.0);
        }
        done = 0;
        refresh();
    }

    private void setGrad(Object o, double g) {
        if (o instanceof Value) {
            ((Value) o).setGrad(g);
        } else {
            ((PyObj) o).attrs.put("grad", g);
        }
    }

    private void refresh() {
        for (Object o : nodes) {
            if (!(o instanceof Value)) {
                Object g = ((PyObj) o).attrs.get("grad");
                mirrors.get(o).setGrad(Interp.isNumber(g) ? Interp.toDouble(g) : Double.NaN);
            }
        }
    }
}
