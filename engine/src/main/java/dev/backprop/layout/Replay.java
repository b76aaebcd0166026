package dev.backprop.layout;

import dev.backprop.engine.Op;
import dev.backprop.engine.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-evaluates a drawn graph's forward pass with some leaves changed, without touching the Values:
 * what the nudge slider shows and what the gradient check differentiates numerically. Also steps
 * backward one node at a time in reverse topological order, as the lecture does by hand.
 */
public final class Replay {
    private final Value root;
    private final List<Value> values; // creation order: children always come before their parents
    private final Map<Value, Integer> index = new HashMap<>();
    private final List<Value> order;  // reverse topological order from the root: the backward order

    public Replay(Value root) {
        this.root = root;
        this.values = GraphView.collect(List.of(root));
        for (int i = 0; i < values.size(); i++) {
            index.put(values.get(i), i);
        }
        List<Value> topo = root.topo();
        order = new ArrayList<>(topo.size());
        for (int i = topo.size() - 1; i >= 0; i--) {
            order.add(topo.get(i));
        }
    }

    public Value root() {
        return root;
    }

    /** All values, in creation order; a value's index here is its id in snapshots. */
    public List<Value> values() {
        return values;
    }

    public int indexOf(Value v) {
        Integer i = index.get(v);
        return i == null ? -1 : i;
    }

    /** The order backward visits nodes: the root first. */
    public List<Value> order() {
        return order;
    }

    /** Forward pass with {@code data[i]} overriding leaf {@code i} where {@code set[i]}; returns every value's data. */
    public double[] forward(double[] override, boolean[] set) {
        int n = values.size();
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            Value v = values.get(i);
            if (v.isLeaf()) {
                d[i] = set != null && set[i] ? override[i] : v.data();
                continue;
            }
            List<Value> kids = v.children();
            double a = d[index.get(kids.get(0))];
            double b = kids.size() > 1 ? d[index.get(kids.get(1))] : 0;
            d[i] = apply(v, a, b);
            for (int k = 2; k < kids.size(); k++) {
                d[i] = apply(v, d[i], d[index.get(kids.get(k))]); // n-ary sum or product, left to right
            }
        }
        return d;
    }

    /** The data of every value with one leaf set to {@code x}. */
    public double[] forwardWith(Value leaf, double x) {
        double[] o = new double[values.size()];
        boolean[] s = new boolean[values.size()];
        int i = indexOf(leaf);
        o[i] = x;
        s[i] = true;
        return forward(o, s);
    }

    /** One op applied to new inputs: the same arithmetic as {@link Value}'s ops (both use {@link Op}). */
    static double apply(Value v, double a, double b) {
        Value.Kind k = v.kind();
        if (k == Value.Kind.LEAF) {
            return v.data();
        }
        return Op.forward(k.ordinal(), a, k == Value.Kind.POW ? v.exponent() : b);
    }

    /** One row of the gradient check (a class, not a record: a record's unused equals/hashCode is page script). */
    public static final class Check {
        private final Value leaf;
        private final double autograd;
        private final double numeric;
        private final double relError;
        private final boolean mismatch;

        Check(Value leaf, double autograd, double numeric, double relError, boolean mismatch) {
            this.leaf = leaf;
            this.autograd = autograd;
            this.numeric = numeric;
            this.relError = relError;
            this.mismatch = mismatch;
        }

        public Value leaf() {
            return leaf;
        }

        public double autograd() {
            return autograd;
        }

        public double numeric() {
            return numeric;
        }

        public double relError() {
            return relError;
        }

        public boolean mismatch() {
            return mismatch;
        }
    }

    /**
     * Central differences of the root with respect to every leaf, next to the grads the Values hold now.
     * A mismatch is a relative error above 1e-4 that is also more than 1e-6 absolute.
     */
    public List<Check> gradCheck() {
        List<Check> out = new ArrayList<>();
        int r = indexOf(root);
        for (Value v : values) {
            if (!v.isLeaf()) {
                continue;
            }
            double x = v.data();
            double h = 1e-6 * Math.max(1, Math.abs(x));
            double up = forwardWith(v, x + h)[r];
            double down = forwardWith(v, x - h)[r];
            double numeric = (up - down) / (2 * h);
            double auto = v.grad();
            double diff = Math.abs(auto - numeric);
            double rel = diff / Math.max(1e-12, Math.abs(auto) + Math.abs(numeric));
            if (diff == 0) {
                rel = 0;
            }
            boolean bad = !(rel <= 1e-4 || diff <= 1e-6); // NaN counts as a mismatch
            out.add(new Check(v, auto, numeric, rel, bad));
        }
        return out;
    }

    /**
     * Sets the grads to what backward has produced after its first {@code steps} node rules:
     * all zero, the root's grad 1, then the first {@code steps} nodes of {@link #order()} applied.
     */
    public void stepTo(int steps) {
        for (Value v : values) {
            v.setGrad(0);
        }
        root.setGrad(1);
        int k = Math.min(steps, order.size());
        for (int i = 0; i < k; i++) {
            order.get(i).backwardStep();
        }
    }
}
