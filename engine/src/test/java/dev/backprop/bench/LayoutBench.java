package dev.backprop.bench;

import dev.backprop.engine.Value;
import dev.backprop.lang.Limits;
import dev.backprop.lang.Program;
import dev.backprop.lang.Run;
import dev.backprop.layout.CallGroups;
import dev.backprop.layout.Crossings;
import dev.backprop.layout.GraphView;
import dev.backprop.layout.Layered;
import dev.backprop.layout.Layout;
import dev.backprop.layout.LayoutGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Issue 17's layout benchmark (not a test): a fixed set of graphs laid out by {@link Layered} and, side by
 * side, by Graphviz {@code dot} (Debian's graphviz, only for this benchmark) on the same graph with the same
 * node sizes and gaps. For each: crossings (pairs of drawn edges that cross, {@link Crossings}, the same
 * count for both), total edge length, area of the drawing, and time. {@code mvn -q -pl engine test-compile
 * exec:exec@layout-bench}; the Chromium times come from {@code JsBench} in "layout" mode (docs/BENCHMARKS.md).
 */
public final class LayoutBench {

    /** One benchmark graph: the view for program graphs (null for random DAGs) and the layout input. */
    record Case(String name, GraphView view, LayoutGraph graph) {
    }

    static final String MLP_HEAD = "import random\nfrom micrograd.nn import MLP\nrandom.seed(1337)\n";

    /** The lecture's own Neuron, Layer and MLP (tanh neurons, as in the video), seeded. */
    static final String LECTURE_NN = "import random\nrandom.seed(1337)\n"
            + "class Neuron:\n"
            + "    def __init__(self, nin):\n"
            + "        self.w = [Value(random.uniform(-1, 1)) for _ in range(nin)]\n"
            + "        self.b = Value(random.uniform(-1, 1))\n"
            + "    def __call__(self, x):\n"
            + "        act = sum((wi*xi for wi, xi in zip(self.w, x)), self.b)\n"
            + "        return act.tanh()\n"
            + "class Layer:\n"
            + "    def __init__(self, nin, nout):\n"
            + "        self.neurons = [Neuron(nin) for _ in range(nout)]\n"
            + "    def __call__(self, x):\n"
            + "        outs = [n(x) for n in self.neurons]\n"
            + "        return outs[0] if len(outs) == 1 else outs\n"
            + "class MLP:\n"
            + "    def __init__(self, nin, nouts):\n"
            + "        sz = [nin] + nouts\n"
            + "        self.layers = [Layer(sz[i], sz[i+1]) for i in range(len(nouts))]\n"
            + "    def __call__(self, x):\n"
            + "        for layer in self.layers:\n"
            + "            x = layer(x)\n"
            + "        return x\n";

    /** The lecture's four examples and their squared-error loss, for a model {@code n}. */
    static final String LECTURE_LOSS = "xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]\n"
            + "ys = [1.0, -1.0, -1.0, 1.0]\nypred = [n(x) for x in xs]\n"
            + "loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))\n";

    /** The fixed set. Program graphs are drawn as the page and previews draw them: call groups expanded. */
    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        program(out, "lecture: L = (a*b + c) * f", "a = Value(2.0, label='a')\nb = Value(-3.0, label='b')\n"
                + "c = Value(10.0, label='c')\ne = a*b; e.label = 'e'\nd = e + c; d.label = 'd'\n"
                + "f = Value(-2.0, label='f')\nL = d * f; L.label = 'L'\ndraw_dot(L)\n", false);
        program(out, "lecture: tanh neuron", "x1 = Value(2.0, label='x1')\nx2 = Value(0.0, label='x2')\n"
                + "w1 = Value(-3.0, label='w1')\nw2 = Value(1.0, label='w2')\nb = Value(6.8813735870195432, label='b')\n"
                + "n = x1*w1 + x2*w2 + b; n.label = 'n'\no = n.tanh(); o.label = 'o'\no.backward()\ndraw_dot(o)\n", false);
        program(out, "lecture: tanh neuron (exp form)", "x1 = Value(2.0, label='x1')\nx2 = Value(0.0, label='x2')\n"
                + "w1 = Value(-3.0, label='w1')\nw2 = Value(1.0, label='w2')\nb = Value(6.8813735870195432, label='b')\n"
                + "n = x1*w1 + x2*w2 + b; n.label = 'n'\ne = (2*n).exp(); e.label = 'e'\n"
                + "o = (e - 1) / (e + 1); o.label = 'o'\no.backward()\ndraw_dot(o)\n", false);
        program(out, "lecture: (a*b) * (a+b)", "a = Value(-2.0, label='a')\nb = Value(3.0, label='b')\n"
                + "d = a * b; d.label = 'd'\ne = a + b; e.label = 'e'\nf = d * e; f.label = 'f'\ndraw_dot(f)\n", false);
        program(out, "MLP(3, [4, 4, 1]), one input, squared loss", MLP_HEAD + "model = MLP(3, [4, 4, 1])\n"
                + "loss = (model([2.0, 3.0, -1.0]) - 1.0)**2\ndraw_dot(loss)\n", false);
        program(out, "MLP(3, [4, 4, 1]), one input, squared loss, no call groups", MLP_HEAD + "model = MLP(3, [4, 4, 1])\n"
                + "loss = (model([2.0, 3.0, -1.0]) - 1.0)**2\ndraw_dot(loss)\n", null);
        program(out, "MLP(4, [6, 1]), one input, hinge loss", MLP_HEAD + "model = MLP(4, [6, 1])\n"
                + "loss = (1 + -1.0*model([2.0, 3.0, -1.0, 0.5])).relu()\ndraw_dot(loss)\n", false);
        program(out, "MLP(2, [16, 1]), one input, hinge loss", MLP_HEAD + "model = MLP(2, [16, 1])\n"
                + "loss = (1 + -1.0*model([2.0, 3.0])).relu()\ndraw_dot(loss)\n", false);
        program(out, "MLP(3, [4, 4, 1]), 4-example loss, expanded", MLP_HEAD + "model = MLP(3, [4, 4, 1])\n"
                + "xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]\n"
                + "ys = [1.0, -1.0, -1.0, 1.0]\nypred = [model(x) for x in xs]\n"
                + "loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))\ndraw_dot(loss)\n", false);
        program(out, "MLP(3, [4, 4, 1]), 4-example loss, no call groups", MLP_HEAD + "model = MLP(3, [4, 4, 1])\n"
                + "xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]\n"
                + "ys = [1.0, -1.0, -1.0, 1.0]\nypred = [model(x) for x in xs]\n"
                + "loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))\ndraw_dot(loss)\n", null);
        program(out, "MLP(2, [8, 8, 1]), 8-example loss, calls collapsed", MLP_HEAD + "model = MLP(2, [8, 8, 1])\n"
                + "xs = [[random.uniform(-1, 1), random.uniform(-1, 1)] for _ in range(8)]\n"
                + "ys = [1.0 if x[0] * x[1] > 0 else -1.0 for x in xs]\n"
                + "loss = sum((model(x) - y)**2 for x, y in zip(xs, ys))\ndraw_dot(loss)\n", true);
        // Hidden-graph check: more graphs that ordinary micrograd programs draw.
        program(out, "lecture: Neuron(2)(x), its own class, tanh", LECTURE_NN + "x = [2.0, 3.0]\nn = Neuron(2)\n"
                + "draw_dot(n(x))\n", false);
        program(out, "lecture: MLP(3, [4, 4, 1])(x), its own classes, tanh", LECTURE_NN + "x = [2.0, 3.0, -1.0]\n"
                + "n = MLP(3, [4, 4, 1])\ndraw_dot(n(x))\n", false);
        program(out, "lecture: MLP(3, [4, 4, 1]), its own classes, 4-example loss", LECTURE_NN
                + "n = MLP(3, [4, 4, 1])\n" + LECTURE_LOSS + "draw_dot(loss)\n", false);
        program(out, "MLP(2, [8, 8, 1]), 4-example loss, expanded", MLP_HEAD + "model = MLP(2, [8, 8, 1])\n"
                + "xs = [[2.0, 3.0], [3.0, -1.0], [0.5, 1.0], [1.0, -1.0]]\nys = [1.0, -1.0, -1.0, 1.0]\n"
                + "loss = sum((model(x) - y)**2 for x, y in zip(xs, ys))\ndraw_dot(loss)\n", false);
        program(out, "polynomial by Horner's rule, x reused 8 times", "x = Value(1.5, label='x')\np = Value(0.0)\n"
                + "for c in [3.0, -2.0, 0.5, 1.0, -1.0, 2.0, 0.25, -0.75]:\n    p = p*x + c\ndraw_dot(p)\n", false);
        program(out, "chain with repeated subexpressions: y = y*y + x*y + x, 6 times", "x = Value(0.5, label='x')\n"
                + "y = x\nfor i in range(6):\n    y = y*y + x*y + x\ndraw_dot(y)\n", false);
        program(out, "softmax of 4 logits, cross-entropy", "zs = [Value(v, label=f'z{i}') for i, v in "
                + "enumerate([1.0, -0.5, 2.0, 0.3])]\nexps = [z.exp() for z in zs]\ntotal = sum(exps)\n"
                + "probs = [e / total for e in exps]\n"
                + "loss = -sum(t * p.log() for t, p in zip([0.1, 0.2, 0.6, 0.1], probs))\ndraw_dot(loss)\n", false);
        for (int n : new int[] {50, 500, 5000}) {
            out.add(new Case("random DAG, " + n + " nodes (seed " + n + ")", null, randomDag(n, n)));
        }
        return out;
    }

    /** A program's drawn graph; {@code collapse}: all calls collapsed, null: no call groups at all. */
    private static void program(List<Case> out, String name, String source, Boolean collapse) {
        Run run = Program.run(source, Limits.DEFAULT);
        if (!run.ok() || run.drawn().isEmpty()) {
            throw new IllegalStateException(name + ": " + (run.ok() ? "draws nothing" : run.error().text()));
        }
        Value root = run.drawn().get(run.drawn().size() - 1);
        GraphView.Groups groups = collapse == null ? GraphView.Groups.NONE : new CallGroups(run);
        Set<Integer> collapsed = collapse == Boolean.TRUE
                ? new HashSet<>(GraphView.allGroups(GraphView.collect(List.of(root)), groups)) : Set.of();
        GraphView view = GraphView.of(List.of(root), groups, collapsed);
        out.add(new Case(name, view, view.graph()));
    }

    /** n nodes of record/op sizes, 1.5n edges each to one of the next 12 nodes: layered, long edges, crossings. */
    static LayoutGraph randomDag(int n, long seed) {
        Random r = new Random(seed);
        LayoutGraph g = new LayoutGraph();
        for (int i = 0; i < n; i++) {
            boolean op = r.nextInt(3) == 0;
            int v = g.addNode(op ? 28 : 120 + r.nextInt(80), 28);
            if (op) {
                g.setRound(v);
            }
        }
        for (int k = 0; k < n * 3 / 2 && n > 1; k++) {
            int a = r.nextInt(n - 1);
            g.addEdge(a, a + 1 + r.nextInt(Math.min(n - a - 1, 12)));
        }
        return g;
    }

    static Layout layout(Case c) {
        return Layered.layout(c.graph(), Layered.Direction.LR, GraphView.NODE_GAP, GraphView.RANK_GAP);
    }

    /**
     * Median ms of {@code runs} layouts after {@code warm} unmeasured ones: this thread's CPU time (with
     * {@code -Dlayout-bench.wall=true} wall time), since the shared build machine's load inflates wall time.
     */
    static double time(Case c, int warm, int runs) {
        for (int i = 0; i < warm; i++) {
            layout(c);
        }
        boolean wall = Boolean.getBoolean("layout-bench.wall");
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = wall ? System.nanoTime() : mx.getCurrentThreadCpuTime();
            layout(c);
            ms[i] = ((wall ? System.nanoTime() : mx.getCurrentThreadCpuTime()) - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    /** For JsBench: each case's median layout time, one line each. */
    static void timesOnly(int runs) {
        for (Case c : cases()) {
            int n = c.graph().nodeCount();
            System.out.println("LAYOUT " + c.name() + " | " + n + " nodes | " + fmt(time(c, n > 2000 ? 2 : 5, runs)) + " ms");
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        System.out.println("| graph | nodes | edges | crossings: ours / dot | edge length: ours / dot | area: ours / dot"
                + " | time JVM ms: ours / dot |");
        System.out.println("|---|---|---|---|---|---|---|");
        boolean withDot = !"false".equals(System.getProperty("layout-bench.dot"));
        int maxNodes = Integer.getInteger("layout-bench.max-nodes", Integer.MAX_VALUE);
        for (Case c : cases()) {
            LayoutGraph g = c.graph();
            int n = g.nodeCount();
            if (n > maxNodes) {
                continue;
            }
            Layout l = layout(c);
            double ours = time(c, n > 2000 ? 3 : 10, runs);
            double[] dot = withDot ? dot(g, n > 2000 ? 1 : 3) : new double[4];
            System.out.println("| " + c.name() + " | " + n + " | " + g.edgeCount() + " | "
                    + Crossings.count(l.curves()) + " (" + l.crossings() + ") / " + (int) dot[0] + " | "
                    + Math.round(Crossings.length(l.curves())) + " / " + Math.round(dot[1]) + " | "
                    + Math.round(l.width() * l.height() / 1000) + "k / " + Math.round(dot[2] / 1000) + "k | "
                    + fmt(ours) + " / " + fmt(dot[3]) + " |");
        }
    }

    /**
     * Graphviz dot on the same graph: nodes of our sizes (points = our px), our gaps, rankdir LR, our
     * clusters as dot's, edges in input order; {@code -Tplain} read back. Returns {crossings, edge length, area, median wall ms of the
     * dot process}.
     */
    static double[] dot(LayoutGraph g, int runs) throws IOException, InterruptedException {
        String text = dotText(g);
        String plain = null;
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("dot", "-Tplain").redirectErrorStream(true).start();
            p.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            plain = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("dot failed: " + plain);
            }
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        List<double[]> curves = new ArrayList<>();
        double area = 0;
        for (String line : plain.split("\n")) {
            String[] f = line.trim().split(" +");
            if (f[0].equals("graph")) {
                area = Double.parseDouble(f[2]) * 72 * Double.parseDouble(f[3]) * 72;
            } else if (f[0].equals("edge")) {
                int k = Integer.parseInt(f[3]); // dot's spline: 1 + 3j control points, the same format as ours
                double[] c = new double[2 * k];
                for (int i = 0; i < 2 * k; i++) {
                    c[i] = Double.parseDouble(f[4 + i]) * 72;
                }
                curves.add(c);
            }
        }
        double[][] all = curves.toArray(new double[0][]);
        return new double[] {Crossings.count(all), Crossings.length(all), area, ms[runs / 2]};
    }

    /** The DOT text {@link #dot} gives Graphviz for {@code g}: our sizes, gaps and clusters. */
    static String dotText(LayoutGraph g) {
        StringBuilder sb = new StringBuilder("digraph {\n  graph [rankdir=LR, nodesep=")
                .append(GraphView.NODE_GAP / 72).append(", ranksep=").append(GraphView.RANK_GAP / 72)
                .append("];\n  node [fixedsize=true, label=\"\", shape=box];\n")
                // dot's -Tplain spline stops where its arrowhead begins (10 pt before the head node) and the
                // arrowhead covers the rest; ours runs to the node with the arrow drawn over its end. Without
                // arrowheads dot's spline runs to the node too (the layout is the same: tested on the MLP
                // graphs), so both counts see the whole drawn edge.
                .append("  edge [arrowhead=none];\n");
        for (int v = 0; v < g.nodeCount(); v++) {
            sb.append("  n").append(v).append(" [width=").append(g.width(v) / 72).append(", height=")
                    .append(g.height(v) / 72).append(g.round(v) ? ", shape=ellipse" : "").append("];\n");
        }
        // Call groups as dot clusters, by the rule Layered uses: a source in the cluster all its consumers
        // share (its own, e.g. the __init__ call that made a weight, otherwise). GraphView's are not nested.
        int[] cluster = new int[g.nodeCount()];
        boolean[] fed = new boolean[g.nodeCount()];
        for (int e = 0; e < g.edgeCount(); e++) {
            fed[g.to(e)] |= g.from(e) != g.to(e);
        }
        for (int v = 0; v < g.nodeCount(); v++) {
            cluster[v] = fed[v] ? g.cluster(v) : -2; // -2: not yet seen
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            int v = g.from(e);
            if (!fed[v] && v != g.to(e)) {
                int c = g.cluster(g.to(e));
                cluster[v] = cluster[v] == -2 || cluster[v] == c ? c : -1;
            }
        }
        for (int c = 0; c < g.clusterCount(); c++) {
            if (g.clusterParent(c) >= 0) {
                throw new IllegalStateException("nested clusters are not written for dot");
            }
            StringBuilder members = new StringBuilder();
            for (int v = 0; v < g.nodeCount(); v++) {
                if (cluster[v] == c) {
                    members.append(" n").append(v).append(';');
                }
            }
            if (members.length() > 0) {
                sb.append("  subgraph cluster_").append(c).append(" {").append(members).append(" }\n");
            }
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            sb.append("  n").append(g.from(e)).append(" -> n").append(g.to(e)).append(";\n");
        }
        sb.append("}\n");
        return sb.toString();
    }

    static String fmt(double x) {
        return x >= 100 ? String.valueOf(Math.round(x)) : String.valueOf(Math.round(x * 10) / 10.0);
    }
}
