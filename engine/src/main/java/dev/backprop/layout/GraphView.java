package dev.backprop.layout;

import dev.backprop.py.Num;
import dev.backprop.engine.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the playground draws for a Value graph, as micrograd's {@code draw_dot} does: a record node
 * {@code label | data 2.0000 | grad 0.0000} per Value and a small op node per computed Value, with edges
 * child record -> op -> result record. Values created inside one function or method call form a group;
 * a collapsed group is drawn as one box that takes over all its values' edges.
 *
 * <p>The same view feeds the browser's SVG, the {@link Svg} and {@link Dot} exporters and the server's
 * preview images, so all of them agree on sizes and positions.
 */
public final class GraphView {

    /** Width of one character of the 12px monospace font the drawing uses, and the node metrics. */
    public static final double CHAR_W = 7.25;
    public static final double PAD = 8;
    public static final double RECORD_H = 28;
    public static final double OP_D = 28;
    public static final double GROUP_H = 40;
    public static final double NODE_GAP = 14;
    public static final double RANK_GAP = 36;

    /** Where each Value was created: the innermost function/method call, and how calls nest. */
    public interface Groups {
        /** The innermost call that created {@code v}, or -1 for top level. */
        int groupOf(Value v);

        /** The call that {@code group} was made from, or -1 for top level. */
        int parentOf(int group);

        /** A short name, e.g. {@code Neuron.__call__} or {@code mse}. */
        String name(int group);

        Groups NONE = new Groups() {
            @Override
            public int groupOf(Value v) {
                return -1;
            }

            @Override
            public int parentOf(int group) {
                return -1;
            }

            @Override
            public String name(int group) {
                return "";
            }
        };
    }

    /** Node kinds: a Value's record, the op that computed it, a collapsed group's box. */
    public enum Kind {
        VALUE, OP, GROUP
    }

    /**
     * One drawn node. {@code value} is the Value for VALUE and OP nodes (an op node belongs to the Value it
     * computes), null for a group. {@code cells} are the texts drawn side by side; {@code cellWidths} their
     * widths. {@code members} counts the values inside a group.
     */
    public static final class Node {
        // a class, not a record: nothing compares nodes, and a record's equals/hashCode would be page script
        private final Kind kind;
        private final Value value;
        private final int group;
        private final String[] cells;
        private final double[] cellWidths;
        private final double width;
        private final double height;
        private final int members;

        public Node(Kind kind, Value value, int group, String[] cells, double[] cellWidths, double width, double height,
                    int members) {
            this.kind = kind;
            this.value = value;
            this.group = group;
            this.cells = cells;
            this.cellWidths = cellWidths;
            this.width = width;
            this.height = height;
            this.members = members;
        }

        public Kind kind() {
            return kind;
        }

        public Value value() {
            return value;
        }

        public int group() {
            return group;
        }

        public String[] cells() {
            return cells;
        }

        public double[] cellWidths() {
            return cellWidths;
        }

        public double width() {
            return width;
        }

        public double height() {
            return height;
        }

        public int members() {
            return members;
        }
    }

    private final List<Value> values;
    private final List<Node> nodes = new ArrayList<>();
    private final LayoutGraph graph = new LayoutGraph();
    private final Map<Value, Integer> recordOf = new HashMap<>();
    private final Map<Value, Integer> opOf = new HashMap<>();
    private final Map<Integer, Integer> boxOf = new HashMap<>();
    private final List<Integer> groups = new ArrayList<>();

    private GraphView(List<Value> values) {
        this.values = values;
    }

    /** Everything the roots depend on, in creation order. No recursion. */
    public static List<Value> collect(List<Value> roots) {
        Set<Value> seen = new HashSet<>();
        List<Value> out = new ArrayList<>();
        for (Value r : roots) {
            if (seen.contains(r)) {
                continue;
            }
            for (Value v : r.topo()) {
                if (seen.add(v)) {
                    out.add(v);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.id(), b.id()));
        return out;
    }

    /** The view with nothing collapsed. */
    public static GraphView of(List<Value> roots) {
        return of(roots, Groups.NONE, Set.of());
    }

    /** The view of {@code roots} with the groups in {@code collapsed} drawn as single boxes. */
    public static GraphView of(List<Value> roots, Groups groups, Set<Integer> collapsed) {
        GraphView view = new GraphView(collect(roots));
        view.build(groups, collapsed);
        return view;
    }

    /** The outermost groups that hold any of these values: what "start collapsed" collapses. */
    public static Set<Integer> topGroups(List<Value> values, Groups groups) {
        Set<Integer> out = new HashSet<>();
        for (Value v : values) {
            int g = groups.groupOf(v);
            int guard = 0;
            while (g >= 0 && groups.parentOf(g) >= 0 && guard++ < 10_000) {
                g = groups.parentOf(g);
            }
            if (g >= 0) {
                out.add(g);
            }
        }
        return out;
    }

    /** Every group any value belongs to, innermost and enclosing, sorted. */
    public static List<Integer> allGroups(List<Value> values, Groups groups) {
        Set<Integer> out = new HashSet<>();
        for (Value v : values) {
            int g = groups.groupOf(v);
            int guard = 0;
            while (g >= 0 && out.add(g) && guard++ < 10_000) {
                g = groups.parentOf(g);
            }
        }
        List<Integer> list = new ArrayList<>(out);
        Collections.sort(list);
        return list;
    }

    /**
     * The layout cluster of a group's own values, made on first use; -1 for top level. Clusters are not
     * nested: a call's own values stay together in every rank, while its enclosing calls may interleave
     * (holding a whole Layer or MLP call together too cost 37 -> 66 crossings on MLP(3, [4, 4, 1])).
     */
    private int cluster(int group, Map<Integer, Integer> clusters) {
        if (group < 0) {
            return -1;
        }
        Integer known = clusters.get(group);
        if (known == null) {
            known = graph.addCluster(-1);
            clusters.put(group, known);
        }
        return known;
    }

    private void build(Groups groups, Set<Integer> collapsed) {
        Map<Integer, Integer> clusters = new HashMap<>();
        Map<Integer, Integer> count = new HashMap<>();
        int[] home = new int[values.size()]; // outermost collapsed group of each value, or -1
        for (int i = 0; i < values.size(); i++) {
            int g = groups.groupOf(values.get(i));
            int found = -1;
            int guard = 0;
            while (g >= 0 && guard++ < 10_000) {
                if (collapsed.contains(g)) {
                    found = g;
                }
                g = groups.parentOf(g);
            }
            home[i] = found;
            if (found >= 0) {
                Integer c = count.get(found); // not merge(): Map.merge and a lambda class cost page script
                count.put(found, c == null ? 1 : c + 1);
            }
        }
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            int g = home[i];
            if (g >= 0) {
                Integer box = boxOf.get(g);
                if (box == null) {
                    String title = groups.name(g);
                    String size = (int) count.get(g) + " values";
                    box = add(new Node(Kind.GROUP, null, g, new String[] {title, size},
                            widths(title, size), 0, GROUP_H, count.get(g)));
                    boxOf.put(g, box);
                    this.groups.add(g);
                    graph.setCluster(box, cluster(groups.parentOf(g), clusters));
                }
                recordOf.put(v, box);
                opOf.put(v, box);
                continue;
            }
            String[] cells = {v.label(), "data " + fmt(v.data()), "grad " + fmt(v.grad())};
            int rec = add(new Node(Kind.VALUE, v, -1, cells, widths(cells), 0, RECORD_H, 1));
            recordOf.put(v, rec);
            int cluster = cluster(groups.groupOf(v), clusters); // the call's values stay together
            graph.setCluster(rec, cluster);
            if (!v.isLeaf()) {
                double d = Math.max(OP_D, v.op().length() * CHAR_W + 12);
                int op = add(new Node(Kind.OP, v, -1, new String[] {v.op()}, new double[] {d}, d, OP_D, 1));
                opOf.put(v, op);
                graph.setRound(op);
                graph.setCluster(op, cluster);
            }
        }
        Set<Long> edges = new HashSet<>();
        for (Value v : values) {
            if (v.isLeaf()) {
                continue;
            }
            int op = opOf.get(v);
            for (Value c : v.children()) {
                edge(edges, recordOf.get(c), op);
            }
            edge(edges, op, recordOf.get(v));
        }
    }

    private int add(Node node) {
        double w = 0;
        for (double cw : node.cellWidths()) {
            w += cw;
        }
        if (node.kind() == Kind.GROUP) {
            w = 0;
            for (double cw : node.cellWidths()) {
                w = Math.max(w, cw);
            }
            w += 2 * PAD;
        }
        if (node.kind() == Kind.OP) {
            w = node.width();
        }
        Node sized = new Node(node.kind(), node.value(), node.group(), node.cells(), node.cellWidths(), w,
                node.height(), node.members());
        nodes.add(sized);
        return graph.addNode(w, node.height());
    }

    private void edge(Set<Long> seen, int a, int b) {
        if (a != b && seen.add((long) a << 32 | b)) {
            graph.addEdge(a, b);
        }
    }

    private static double[] widths(String... cells) {
        double[] w = new double[cells.length];
        for (int i = 0; i < cells.length; i++) {
            w[i] = cells[i].isEmpty() ? 2 * PAD : cells[i].length() * CHAR_W + 2 * PAD;
        }
        return w;
    }

    /** The lecture's {@code %.4f}; huge magnitudes fall back to repr so a node never gets 300 digits wide. */
    public static String fmt(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || Math.abs(x) >= 1e12) {
            return Num.repr(x);
        }
        return Num.fixed(x, 4);
    }

    /**
     * Fill colour for a gradient: green for positive, red for negative, stronger for larger magnitude
     * relative to {@code maxAbs}; zero is neutral grey-white.
     */
    public static String gradColor(double grad, double maxAbs) {
        if (!(grad != 0) || !(maxAbs > 0) || Double.isNaN(grad)) {
            return "#f4f5f7";
        }
        double t = Math.min(1, Math.sqrt(Math.abs(grad) / maxAbs));
        if (Double.isInfinite(grad)) {
            t = 1;
        }
        int[] from = {244, 245, 247};
        int[] to = grad > 0 ? new int[] {46, 160, 90} : new int[] {220, 70, 70};
        StringBuilder sb = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            int c = (int) Math.round(from[i] + (to[i] - from[i]) * (0.15 + 0.85 * t));
            sb.append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
        }
        return sb.toString();
    }

    /** Largest finite |grad| in the view's values (for {@link #gradColor}). */
    public double maxAbsGrad() {
        double m = 0;
        for (Value v : values) {
            double g = Math.abs(v.grad());
            if (g > m && !Double.isInfinite(g)) {
                m = g;
            }
        }
        return m;
    }

    public Layout layout(Layered.Direction dir) {
        return Layered.layout(graph, dir, NODE_GAP, RANK_GAP);
    }

    /** LR or TB, whichever shows this graph larger in a viewer of this size (see {@link Layered#fit}). */
    public Layered.Direction fit(double viewWidth, double viewHeight) {
        return Layered.fit(graph, NODE_GAP, RANK_GAP, viewWidth, viewHeight);
    }

    public List<Node> nodes() {
        return nodes;
    }

    public LayoutGraph graph() {
        return graph;
    }

    /** The values drawn (or hidden in boxes), in creation order. */
    public List<Value> values() {
        return values;
    }

    /** The node that shows {@code v}: its record, or the box of its collapsed group; -1 if not drawn. */
    public int nodeOf(Value v) {
        Integer i = recordOf.get(v);
        return i == null ? -1 : i;
    }

    /** The op node of {@code v} (its box when collapsed), or -1 for a leaf. */
    public int opNodeOf(Value v) {
        Integer i = opOf.get(v);
        return i == null ? -1 : i;
    }

    /** The box drawn for a collapsed group, or -1. */
    public int boxOf(int group) {
        Integer i = boxOf.get(group);
        return i == null ? -1 : i;
    }

    /** The collapsed groups drawn as boxes, in order of appearance. */
    public List<Integer> boxes() {
        return groups;
    }
}
