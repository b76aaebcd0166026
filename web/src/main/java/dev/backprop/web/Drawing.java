package dev.backprop.web;

import static dev.backprop.web.Dom.n;
import static dev.backprop.web.Dom.setText;

import dev.backprop.engine.Value;
import dev.backprop.layout.GraphView;
import dev.backprop.layout.Layout;
import dev.backprop.layout.Replay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.Node;

/**
 * The graph as SVG in the page's viewport group: nodes, edges, their numbers and highlight classes, each
 * element kept and updated in place across redraws.
 */
final class Drawing {
    private final HTMLElement viewport;
    // drawn elements per node
    private Element edgeLayer;
    private Element[] nodeEls = new Element[0];
    private GraphView.Kind[] nodeKind = new GraphView.Kind[0];
    private double[][] shownGeometry = new double[0][];
    private String[] shownCells = new String[0];
    private double[][] shownEdge = new double[0][];
    private Element[] dataText = new Element[0];
    private Element[] gradText = new Element[0];
    private Element[] gradRect = new Element[0];
    private Element[] edgeEls = new Element[0];
    // what the DOM shows now, so refreshes touch only what changed
    private String[] shownClass = new String[0];
    private String[] shownGrad = new String[0];
    private String[] shownFill = new String[0];
    private String[] shownDataText = new String[0];
    private boolean[] shownEdgeFlow = new boolean[0];
    private int stop = -1; // the node that is the Tab stop

    Drawing(HTMLElement viewport) {
        this.viewport = viewport;
    }

    /** Makes node {@code i} the graph's one Tab stop (the others are reached with the arrow keys). */
    void tabStop(int i) {
        if (stop >= 0 && stop < nodeEls.length && stop != i) {
            nodeEls[stop].setAttribute("tabindex", "-1"); // new elements come with -1
        }
        nodeEls[i].setAttribute("tabindex", "0");
        stop = i;
    }

    /** Focuses node {@code i}, which becomes the Tab stop. */
    void focus(int i) {
        tabStop(i);
        focus(nodeEls[i]);
    }

    @org.teavm.jso.JSBody(params = "e", script = "e.focus();")
    private static native void focus(Element e);

    /** Node i's centre in layout coordinates. */
    double[] centre(int i) {
        return new double[] {shownGeometry[i][0], shownGeometry[i][1]};
    }

    /**
     * The node an arrow key moves to from node {@code i} in direction (dx, dy): the nearest one ahead,
     * nodes off the line counted at twice their distance; {@code i} when there is none.
     */
    int neighbour(int i, int dx, int dy) {
        int best = i;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int j = 0; j < nodeEls.length; j++) {
            double x = shownGeometry[j][0] - shownGeometry[i][0];
            double y = shownGeometry[j][1] - shownGeometry[i][1];
            double ahead = x * dx + y * dy;
            double score = ahead + 2 * Math.abs(x * dy - y * dx);
            if (j != i && ahead > 0 && score < bestScore) {
                best = j;
                bestScore = score;
            }
        }
        return best;
    }

    /** Removes the drawing (no graph, or one too big to draw). */
    void clear() {
        viewport.clear();
        nodeEls = new Element[0];
        stop = -1;
    }

    /**
     * Draws the view, reusing what is already drawn: node i keeps its element when its kind is unchanged
     * (then only its position, cell widths and label are updated where they differ) and edge e keeps its
     * path. An edit that changes numbers or adds a few nodes so touches a few attributes instead of
     * rebuilding ~1,500 SVG elements, which is most of the cost in Chromium. New nodes are built as one
     * markup string that holds only numbers and our own class names, then every text (labels, op names,
     * group names, numbers) is set with textContent, so user text never goes through markup.
     */
    void draw(GraphView view, Layout layout) {
        int n = view.nodes().size();
        int old = nodeEls.length;
        if (old > 0 && viewport.getFirstChild() != edgeLayer) {
            old = 0; // the viewport was cleared (no graph, too big): start over
        }
        if (old == 0) {
            viewport.clear();
            edgeLayer = Dom.svg("g");
            viewport.appendChild(edgeLayer);
        }
        for (int i = n; i < old; i++) {
            viewport.removeChild(nodeEls[i]);
        }
        nodeEls = resize(nodeEls, n);
        GraphView.Kind[] kinds = new GraphView.Kind[n];
        System.arraycopy(nodeKind, 0, kinds, 0, Math.min(nodeKind.length, n));
        nodeKind = kinds;
        shownClass = resize(shownClass, n);
        double[][] geos = new double[n][];
        System.arraycopy(shownGeometry, 0, geos, 0, Math.min(shownGeometry.length, n));
        shownGeometry = geos;
        shownCells = resize(shownCells, n);
        dataText = resize(dataText, n);
        gradText = resize(gradText, n);
        gradRect = resize(gradRect, n);
        shownGrad = resize(shownGrad, n);
        shownFill = resize(shownFill, n);
        shownDataText = resize(shownDataText, n);

        // nodes: reuse same-kind elements, collect the others' markup
        StringBuilder sb = new StringBuilder();
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            GraphView.Node node = view.nodes().get(i);
            double[] geo = geometry(node, layout.x()[i], layout.y()[i]);
            if (i < old && nodeKind[i] == node.kind()) {
                place(i, node, geo);
            } else {
                nodeKind[i] = node.kind();
                markup(sb, i, node, geo);
                fresh.add(i);
            }
            shownGeometry[i] = geo;
        }
        if (!fresh.isEmpty()) {
            Dom.SvgElement tmp = Dom.svg("g");
            tmp.setInnerHTML(sb.toString());
            for (int i : fresh) {
                Element g = tmp.getFirstChild().cast();
                if (i < old) {
                    viewport.replaceChild(g, nodeEls[i]);
                } else {
                    viewport.appendChild(g);
                }
                adopt(i, g, view.nodes().get(i));
            }
        }

        // edges: reuse paths by index
        double[][] edges = layout.edges();
        int oldEdges = old == 0 ? 0 : edgeEls.length;
        for (int e = edges.length; e < oldEdges; e++) {
            edgeLayer.removeChild(edgeEls[e]);
        }
        edgeEls = resize(edgeEls, edges.length);
        double[][] was = new double[edges.length][];
        System.arraycopy(shownEdge, 0, was, 0, Math.min(oldEdges, edges.length));
        shownEdge = was;
        shownEdgeFlow = Arrays.copyOf(shownEdgeFlow, edges.length);
        for (int e = 0; e < edges.length; e++) {
            if (e >= oldEdges) {
                Element p = Dom.svg("path");
                p.setAttribute("class", "edge");
                p.setAttribute("marker-end", "url(#arrow)");
                edgeLayer.appendChild(p);
                edgeEls[e] = p;
                shownEdgeFlow[e] = false;
            }
            if (!Arrays.equals(edges[e], shownEdge[e])) {
                edgeEls[e].setAttribute("d", layout.path(e)); // the engine's smooth curve, as Svg and previews draw it
                shownEdge[e] = edges[e];
            }
        }
    }

    // Arrays.copyOf on object arrays goes through reflection, which TeaVM cannot do for JSO element types
    private Element[] resize(Element[] a, int n) {
        Element[] b = new Element[n];
        System.arraycopy(a, 0, b, 0, Math.min(a.length, n));
        return b;
    }

    private String[] resize(String[] a, int n) {
        String[] b = new String[n];
        System.arraycopy(a, 0, b, 0, Math.min(a.length, n));
        return b;
    }

    /**
     * A node's drawn numbers relative to its centre, with the centre first: {cx, cy, w, h, then per kind:
     * record: cell boundaries at1, at2, cell centres c0, c1, c2 and the grad cell's width}. One place computes them for new and
     * reused elements.
     */
    private double[] geometry(GraphView.Node node, double cx, double cy) {
        double w = node.width();
        double h = node.height();
        if (node.kind() != GraphView.Kind.VALUE) {
            return new double[] {cx, cy, w, h};
        }
        double[] cw = node.cellWidths();
        double at1 = -w / 2 + cw[0];
        double at2 = at1 + cw[1];
        return new double[] {cx, cy, w, h, at1, at2, -w / 2 + cw[0] / 2, at1 + cw[1] / 2, at2 + cw[2] / 2, cw[2]};
    }

    /** New node markup: a group translated to the node's centre; shapes relative to it; texts empty. */
    private void markup(StringBuilder sb, int i, GraphView.Node node, double[] g) {
        double w = g[2];
        double h = g[3];
        // every node can take the focus (arrow keys move it, see GraphPane); one of them is the graph's Tab stop
        sb.append("<g data-i=\"").append(i).append("\" role=\"button\" tabindex=\"-1\" class=\"").append(baseClass(node.kind()))
                .append("\" transform=\"")
                .append(translate(g)).append("\">");
        GraphView.Kind kind = node.kind();
        if (kind == GraphView.Kind.VALUE) {
            rect(sb, -w / 2, -h / 2, w, h, 5, "box");
            text(sb, g[6], 0, "lbl");
            line(sb, g[4], h);
            text(sb, g[7], 0, "dv");
            rect(sb, g[5] + 0.5, -h / 2 + 0.5, g[9] - 1, h - 1, 4, "gfill");
            line(sb, g[5], h);
            text(sb, g[8], 0, "gv");
        } else if (kind == GraphView.Kind.OP) {
            sb.append("<ellipse rx=\"").append(n(w / 2)).append("\" ry=\"").append(n(h / 2)).append("\"/>");
            text(sb, 0, 0, "opt");
        } else {
            rect(sb, -w / 2, -h / 2, w, h, 10, "gbox");
            text(sb, 0, -7, "lbl");
            text(sb, 0, 9, "cnt");
        }
        sb.append("</g>");
    }

    /** A node's class before highlights (hl, sel, active, stale). */
    private String baseClass(GraphView.Kind kind) {
        return kind == GraphView.Kind.VALUE ? "node value" : kind == GraphView.Kind.OP ? "node op" : "node group";
    }

    /** The texts a node shows besides data and grad: its label or op, and a group's count. */
    private String cellsOf(GraphView.Node node) {
        return node.kind() == GraphView.Kind.GROUP ? node.cells()[0] + "\n" + node.cells()[1] : node.cells()[0];
    }

    /** Sets the label (the element after the first shape, in every kind) and a group's count. */
    private void label(Element g, GraphView.Node node) {
        Node lbl = g.getFirstChild().getNextSibling();
        setText(lbl, node.cells()[0]);
        if (node.kind() == GraphView.Kind.GROUP) {
            setText(lbl.getNextSibling(), node.cells()[1]);
        }
    }

    /** Takes a freshly parsed node element into the arrays and sets its texts. */
    private void adopt(int i, Element g, GraphView.Node node) {
        nodeEls[i] = g;
        shownClass[i] = baseClass(node.kind());
        shownCells[i] = cellsOf(node);
        label(g, node);
        if (node.kind() == GraphView.Kind.VALUE) {
            Node k = g.getFirstChild().getNextSibling().getNextSibling().getNextSibling(); // box, lbl, line -> dv
            dataText[i] = k.cast();
            k = k.getNextSibling();                                                       // rect.gfill
            gradRect[i] = k.cast();
            gradText[i] = k.getNextSibling().getNextSibling().cast();                     // line -> gv
            shownGrad[i] = null;
            shownFill[i] = null;
            shownDataText[i] = null;
        }
    }

    /** Moves and resizes a reused node element, touching only what differs from what it shows. */
    private void place(int i, GraphView.Node node, double[] g) {
        double[] was = shownGeometry[i];
        Element el = nodeEls[i];
        if (was[0] != g[0] || was[1] != g[1]) {
            el.setAttribute("transform", translate(g));
        }
        boolean resized = false;
        for (int j = 2; j < g.length; j++) {
            resized |= was[j] != g[j];
        }
        Element shape = el.getFirstChild().cast();
        double w = g[2];
        double h = g[3];
        if (resized && node.kind() == GraphView.Kind.OP) {
            shape.setAttribute("rx", n(w / 2));
            shape.setAttribute("ry", n(h / 2));
        } else if (resized) {
            shape.setAttribute("x", n(-w / 2));
            shape.setAttribute("y", n(-h / 2));
            shape.setAttribute("width", n(w));
            shape.setAttribute("height", n(h));
            if (node.kind() == GraphView.Kind.VALUE) {
                Element lbl = shape.getNextSibling().cast();
                lbl.setAttribute("x", n(g[6]));
                setLine(lbl.getNextSibling().cast(), g[4], h);
                dataText[i].setAttribute("x", n(g[7]));
                gradRect[i].setAttribute("x", n(g[5] + 0.5));
                gradRect[i].setAttribute("y", n(-h / 2 + 0.5));
                gradRect[i].setAttribute("width", n(g[9] - 1));
                gradRect[i].setAttribute("height", n(h - 1));
                setLine(gradRect[i].getNextSibling().cast(), g[5], h);
                gradText[i].setAttribute("x", n(g[8]));
            }
        }
        String cells = cellsOf(node);
        if (!cells.equals(shownCells[i])) {
            label(el, node);
            shownCells[i] = cells;
        }
    }

    private String translate(double[] g) {
        return "translate(" + n(g[0]) + "," + n(g[1]) + ")";
    }

    private void line(StringBuilder sb, double x, double h) {
        sb.append("<line class=\"div\" x1=\"").append(n(x)).append("\" x2=\"").append(n(x)).append("\" y1=\"")
                .append(n(-h / 2)).append("\" y2=\"").append(n(h / 2)).append("\"/>");
    }

    private void setLine(Element line, double x, double h) {
        line.setAttribute("x1", n(x));
        line.setAttribute("x2", n(x));
        line.setAttribute("y1", n(-h / 2));
        line.setAttribute("y2", n(h / 2));
    }

    /** Updates data and grad texts and colours in place (after backward, a step or a nudge); touches only what changed. */
    void refresh(GraphView view, Replay replay, double[] shownData) {
        double max = view.maxAbsGrad();
        for (int i = 0; i < nodeEls.length; i++) {
            GraphView.Node node = view.nodes().get(i);
            if (node.kind() != GraphView.Kind.VALUE) {
                continue;
            }
            Value v = node.value();
            String grad = "grad " + GraphView.fmt(v.grad());
            if (!grad.equals(shownGrad[i])) {
                setText(gradText[i], grad);
                shownGrad[i] = grad;
            }
            String fill = GraphView.gradColor(v.grad(), max);
            if (!fill.equals(shownFill[i])) {
                gradRect[i].setAttribute("fill", fill);
                shownFill[i] = fill;
            }
            double d = shownData == null ? v.data() : shownData[replay.indexOf(v)];
            String data = "data " + GraphView.fmt(d);
            if (!data.equals(shownDataText[i])) {
                setText(dataText[i], data);
                shownDataText[i] = data;
            }
        }
    }

    /** Node classes: highlighted by the cursor line, selected, the step just applied, stale grads. */
    void classes(GraphView view, Runner.Outcome out, Value active, int selected, int cursorLine, boolean nudged) {
        for (int i = 0; i < nodeEls.length; i++) {
            GraphView.Node node = view.nodes().get(i);
            String c = baseClass(node.kind());
            Value v = node.value();
            if (v != null && cursorLine > 0 && out.lineOf(v) == cursorLine) {
                c += " hl";
            }
            if (i == selected) {
                c += " sel";
            }
            if (v != null && v == active) {
                c += " active";
            }
            if (nudged && node.kind() == GraphView.Kind.VALUE) {
                c += " stale";
            }
            if (!c.equals(shownClass[i])) {
                nodeEls[i].setAttribute("class", c);
                shownClass[i] = c;
            }
        }
        int activeOp = active == null ? -1 : view.opNodeOf(active);
        int activeRec = active == null ? -1 : view.nodeOf(active);
        for (int e = 0; e < edgeEls.length; e++) {
            int to = view.graph().to(e);
            int from = view.graph().from(e);
            boolean flow = activeOp >= 0 && to == activeOp || activeRec >= 0 && from == activeOp && to == activeRec;
            if (flow != shownEdgeFlow[e]) {
                edgeEls[e].setAttribute("class", flow ? "edge flow" : "edge");
                shownEdgeFlow[e] = flow;
            }
        }
    }

    private void rect(StringBuilder sb, double x, double y, double w, double h, double r, String cls) {
        sb.append("<rect class=\"").append(cls).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append("\" rx=\"").append(n(r))
                .append("\"/>");
    }

    /** An empty text element: its text is set afterwards with textContent, never as markup. */
    private void text(StringBuilder sb, double x, double y, String cls) {
        sb.append("<text class=\"").append(cls).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\"></text>");
    }
}
