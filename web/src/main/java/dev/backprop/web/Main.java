package dev.backprop.web;

import dev.backprop.py.Chars;
import dev.backprop.py.Num;
import dev.backprop.engine.Value;
import dev.backprop.lang.Wire;
import dev.backprop.layout.Dot;
import dev.backprop.layout.Explain;
import dev.backprop.layout.GraphView;
import dev.backprop.layout.Layered;
import dev.backprop.layout.Layout;
import dev.backprop.layout.Replay;
import dev.backprop.layout.ViewState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.ajax.XMLHttpRequest;
import org.teavm.jso.browser.Location;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSNumber;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.events.WheelEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLImageElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.Node;

/**
 * The playground page: wires the DOM to the engine. Runs the program, lays out and draws its graph,
 * and drives backward, stepping, nudging, the gradient check, groups, export and sharing. Everything
 * that can be tested on the JVM (layout, replay, explanations, snapshot JSON) lives in the engine.
 */
public final class Main {
    /** Programs up to this size re-run by themselves after a pause in typing. */
    private static final int AUTO_RUN_CHARS = 4000;
    private static final int AUTO_RUN_DELAY_MS = 450;
    /** Graphs with more values than this start with every call collapsed. */
    private static final int COLLAPSE_ABOVE = 250;
    /** More drawn nodes than this are not drawn (the page stays responsive); collapse first. */
    private static final int DRAW_LIMIT = 12000;
    /** Graphs with more values than this are not even grouped (a runaway loop's million-node chain). */
    private static final int VIEW_LIMIT = Wire.MAX_VALUES; // a worker run sends bigger graphs as their size only
    /** Items shown in the backward order list. */
    private static final int ORDER_LIMIT = 400;
    private static int tooBig; // values in the drawn graph when over VIEW_LIMIT, else 0

    private static HTMLDocument doc; // set in main: this class also starts the Web Worker, which has no document

    // ---- elements ----
    private static HTMLTextAreaElement code;
    private static HTMLElement gutter;
    private static HTMLElement marks;
    private static HTMLElement output;
    private static HTMLElement status;
    private static HTMLElement stage;
    private static HTMLElement svg;
    private static HTMLElement viewport;
    private static HTMLElement tip;
    private static HTMLElement empty;
    private static HTMLSelectElement rootSelect;
    private static HTMLSelectElement examples;
    private static HTMLInputElement slider;

    // ---- state ----
    private static Runner.Outcome out;
    private static int rootIndex;
    private static Layered.Direction dir = Layered.Direction.LR;
    private static final Set<Integer> collapsed = new HashSet<>();
    private static final Set<Integer> expanded = new HashSet<>();
    private static boolean startCollapsed;
    private static int step = -1;
    private static final Map<Integer, Double> nudges = new HashMap<>();
    private static GraphView view;
    private static Layout layout;
    private static Replay replay;
    private static double[] shownData; // data per replay value (nudged) or null
    private static int selected = -1;  // selected node
    private static int errorLine = -1;
    private static int cursorLine = -1;
    private static final Set<Integer> markedLines = new HashSet<>();
    private static boolean embed;
    private static String snapshotId;
    private static String shownSource = ""; // the program text whose run the page shows

    // drawn elements per node
    private static Element edgeLayer;
    private static Element[] nodeEls = new Element[0];
    private static GraphView.Kind[] nodeKind = new GraphView.Kind[0];
    private static double[][] shownGeometry = new double[0][];
    private static String[] shownCells = new String[0];
    private static double[][] shownEdge = new double[0][];
    private static Element[] dataText = new Element[0];
    private static Element[] gradText = new Element[0];
    private static Element[] gradRect = new Element[0];
    private static Element[] edgeEls = new Element[0];
    // what the DOM shows now, so refreshes touch only what changed
    private static String[] shownClass = new String[0];
    private static String[] shownGrad = new String[0];
    private static String[] shownFill = new String[0];
    private static String[] shownDataText = new String[0];
    private static boolean[] shownEdgeFlow = new boolean[0];

    // pan and zoom
    private static double tx = 20;
    private static double ty = 20;
    private static double scale = 1;
    private static final Map<Integer, double[]> pointers = new HashMap<>();
    private static double pinchDist;
    private static int autoRunTimer = -1;
    private static boolean escaped; // the editor's last key was Esc: the next Tab moves focus on
    private static int runningTimer = -1; // ticks the "Running… N s" status while a worker run is in flight

    private Main() {
    }

    /** The page: {@code main([])} (boot.js); the Web Worker that runs long programs: {@code main(['worker'])} (worker.js). */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("worker")) {
            Worker.start();
            return;
        }
        doc = HTMLDocument.current();
        code = el("code").cast();
        gutter = el("gutter");
        marks = el("marks");
        output = el("output");
        status = el("status");
        stage = el("stage");
        svg = el("graph");
        viewport = el("viewport");
        tip = el("tip");
        empty = el("empty");
        rootSelect = el("root").cast();
        examples = el("examples").cast();
        slider = el("nudge").cast();

        for (int i = 0; i < Examples.TITLES.length; i++) {
            HTMLElement opt = doc.createElement("option");
            opt.setAttribute("value", String.valueOf(i));
            opt.setTextContent(Examples.TITLES[i]);
            examples.appendChild(opt);
        }
        wireEditor();
        wireGraph();
        wirePanels();
        TrainView.init();

        String path = Location.current().getPathName();
        if (path.startsWith("/s/") || path.startsWith("/e/")) {
            embed = path.startsWith("/e/");
            snapshotId = path.substring(3);
            if (embed) {
                doc.getBody().getClassList().add("embed");
                code.setReadOnly(true);
                HTMLElement open = el("open-full");
                open.setAttribute("href", "/s/" + snapshotId);
                open.setHidden(false);
            }
            loadSnapshot(snapshotId);
        } else {
            if (Window.current().getInnerWidth() < 700) {
                dir = Layered.Direction.TB; // a phone is tall: draw the graph top-down
                el("dir").setTextContent("TB");
            }
            String saved = embed ? null : loadSaved();
            if (saved != null && !saved.isEmpty()) {
                code.setValue(saved); // the editor as the user left it (autosaved on every edit)
                examples.setSelectedIndex(-1);
                resetView();
                run(true);
            } else {
                loadExample(0);
            }
        }
    }

    /**
     * Puts a whole program into the editor as one edit the user can undo (Ctrl+Z brings back what was
     * there: choosing an example or "Show as code" never loses work), and autosaves it.
     */
    private static void replaceCode(String source) {
        if (!replaceUndoable(code, source)) {
            code.setValue(source);
        }
        if (autoRunTimer >= 0) { // the insert's input event is not typing: the caller decides whether to run
            Window.clearTimeout(autoRunTimer);
            autoRunTimer = -1;
        }
        save(source);
    }

    @JSBody(params = {"ta", "s"}, script = "if (ta.value === s) return true; ta.focus(); ta.select();"
            + " try { return document.execCommand('insertText', false, s) && ta.value === s; } catch (e) { return false; }")
    private static native boolean replaceUndoable(HTMLTextAreaElement ta, String s);

    /** Autosave: the editor's text survives a reload (not in embeds, which show a shared program). */
    private static void save(String source) {
        if (!embed) {
            store("backprop.code", source);
        }
    }

    @JSBody(params = {"k", "v"}, script = "try { localStorage.setItem(k, v); } catch (e) {}")
    private static native void store(String k, String v);

    @JSBody(script = "try { return localStorage.getItem('backprop.code'); } catch (e) { return null; }")
    private static native String loadSaved();

    // ---- running ----

    private static void loadExample(int i) {
        examples.setSelectedIndex(i);
        replaceCode(Examples.PROGRAMS[i]);
        resetView();
        run(true);
    }

    /** The Train view's way in: a generated program into the editor; {@code run} also draws its graph. */
    static void showProgram(String source, boolean run) {
        replaceCode(source);
        resetView();
        if (run) {
            run(true);
        } else {
            renderGutter();
        }
        code.focus();
    }

    private static void resetView() {
        rootIndex = 0;
        collapsed.clear();
        expanded.clear();
        nudges.clear();
        step = -1;
        selected = -1;
    }

    /** Runs the editor's program and redraws. {@code explicit}: the user asked (bigger budget). */
    private static void run(boolean explicit) {
        run(explicit, -1, null);
    }

    /**
     * Runs the editor's program and redraws when it is done: at once for most programs, else when the Web
     * Worker answers (see {@link Runner}; the page shows "Running… N s" and Stop meanwhile). With
     * {@code restoreNudges} non-null, a shared view's step and nudges are applied to the new graph.
     */
    private static void run(boolean explicit, int restoreStep, List<ViewState.Nudge> restoreNudges) {
        if (autoRunTimer >= 0) {
            Window.clearTimeout(autoRunTimer);
            autoRunTimer = -1;
        }
        double t0 = Performance.now();
        String source = code.getValue();
        Runner.Outcome o = Runner.start(source, explicit, later -> {
            showRunning(false);
            show(later, source, Performance.now() - t0, restoreStep, restoreNudges);
        });
        showRunning(o == null);
        if (o == null) {
            prof("quick", t0); // what the try on this thread cost before the worker took over
        } else {
            show(o, source, Performance.now() - t0, restoreStep, restoreNudges);
        }
    }

    /** Stop (button or Esc): ends the worker run in flight and says so in the output. */
    private static void stop() {
        if (!Runner.busy()) {
            return;
        }
        long s = Math.round(Runner.seconds());
        boolean printed = output.getClassList().contains("live"); // keep what the run printed so far
        Runner.cancel();
        showRunning(false);
        if (!printed) {
            output.clear();
        }
        HTMLElement err = doc.createElement("span");
        err.setClassName("error");
        err.setTextContent("Stopped by you after " + s + " s. (Still running then: an endless loop, or a long training run?)");
        output.appendChild(err);
        errorLine = -1;
        renderMarks();
        status.setTextContent("stopped after " + s + " s");
    }

    /** The running state: status ticking "Running… N s", the Stop button, the output marked as stale. */
    private static void showRunning(boolean on) {
        if (runningTimer >= 0) {
            Window.clearInterval(runningTimer);
            runningTimer = -1;
        }
        output.getClassList().remove("live");
        el("stop").setHidden(!on);
        if (on) {
            doc.getBody().getClassList().add("running");
            status.setTextContent("Running… 0 s");
            runningTimer = Window.setInterval(new On(RUN_TICK), 1000);
        } else {
            doc.getBody().getClassList().remove("running");
            status.removeAttribute("aria-busy");
        }
    }

    /**
     * What a worker run printed since its last message, shown while it goes on (the first piece replaces the
     * last run's output); the run's end shows the whole output again with the graph.
     */
    static void printed(String text) {
        if (!output.getClassList().contains("live")) {
            output.clear();
            output.getClassList().add("live");
        }
        output.appendChild(doc.createTextNode(text));
        output.setScrollTop(output.getScrollHeight());
    }

    private static void show(Runner.Outcome o, String source, double runMs, int restoreStep, List<ViewState.Nudge> restoreNudges) {
        double t1 = Performance.now();
        out = o;
        renderOutput();
        prof("output", t1);
        double tq = Performance.now();
        rootSelect.clear();
        for (int i = 0; i < out.roots().size(); i++) {
            HTMLElement opt = doc.createElement("option");
            opt.setAttribute("value", String.valueOf(i));
            opt.setTextContent(out.rootNames().get(i));
            rootSelect.appendChild(opt);
        }
        rootSelect.setHidden(out.roots().size() < 2);
        if (rootIndex >= out.roots().size()) {
            rootIndex = 0;
        }
        rootSelect.setSelectedIndex(rootIndex);
        measureRoot();
        Replay next = root() == null || tooBig > 0 ? null : new Replay(root());
        boolean restore = restoreNudges != null;
        // nudges and the step belong to the run that made them: only a re-run of the very same text keeps them
        boolean sameShape = !restore && replay != null && next != null && source.equals(shownSource)
                && replay.values().size() == next.values().size();
        shownSource = source;
        replay = next;
        clearCheck(); // the check's numbers were those of the last run's graph
        prof("replay", tq);
        if (restore) {
            step = restoreStep;
            selected = -1;
            nudges.clear();
            for (ViewState.Nudge n : restoreNudges) {
                nudges.put(n.node(), n.data());
            }
            renderGutter();
        } else if (!sameShape) {
            nudges.clear();
            step = -1;
            selected = -1;
        }
        rebuild(restore || !sameShape);
        double t2 = Performance.now();
        setTiming(runMs, t2 - t1);
    }

    /** tooBig for the drawn root: its size when over VIEW_LIMIT (a worker sends such a graph as its size only). */
    private static void measureRoot() {
        tooBig = root() == null ? 0 : out.size(rootIndex);
        if (tooBig <= VIEW_LIMIT) {
            tooBig = 0;
        }
    }

    private static Value root() {
        return out == null || out.roots().isEmpty() ? null : out.roots().get(rootIndex);
    }

    private static void renderOutput() {
        output.clear();
        StringBuilder sb = new StringBuilder();
        for (String line : out.output()) {
            sb.append(line).append('\n');
        }
        Figures.render(doc, output, sb.toString(), out.run().figures()); // plots in order with the text (issue 13)
        errorLine = -1;
        if (out.error() != null) {
            HTMLElement err = doc.createElement("span");
            err.setClassName("error");
            err.setTextContent(out.error());
            output.appendChild(err);
            errorLine = out.errorLine();
        }
        renderMarks();
    }

    private static void setTiming(double runMs, double drawMs) {
        String nodes = view == null ? "no graph" : view.values().size() + " values, " + view.nodes().size() + " nodes";
        status.setTextContent(nodes + " · ran " + ms(runMs) + " · drawn " + ms(drawMs));
        HTMLElement body = doc.getBody();
        body.setAttribute("data-run-ms", Num.fixed(runMs, 2));
        body.setAttribute("data-draw-ms", Num.fixed(drawMs, 2));
    }

    private static String ms(double v) {
        return (v < 10 ? Num.fixed(v, 1) : String.valueOf(Math.round(v))) + " ms";
    }

    // ---- graph ----

    /** Rebuilds view, layout and drawing from the current run and view state. */
    private static void rebuild(boolean fit) {
        Value r = root();
        hideTip();
        svg.getClassList().remove("stepping");
        // read before the drawing changes (after, the read forces a layout of the new drawing); only when needed
        double stageW = fit ? stage.getClientWidth() : 0;
        double stageH = fit ? stage.getClientHeight() : 0;
        if (r == null || tooBig > 0) {
            viewport.clear();
        }
        if (r == null) {
            view = null;
            layout = null;
            replay = null;
            empty.setHidden(false);
            empty.setTextContent("Run a program that creates a Value to see its graph.");
            nodeEls = new Element[0];
            renderOrder();
            renderGroups();
            renderNudge();
            return;
        }
        empty.setHidden(true);
        if (tooBig > 0) {
            empty.setHidden(false);
            empty.setTextContent("This graph has " + tooBig + " values, too many to draw here (the limit is "
                    + VIEW_LIMIT + "). Draw a smaller Value with draw_dot(v).");
            view = null;
            layout = null;
            replay = null;
            nodeEls = new Element[0];
            renderOrder();
            el("groups").clear();
            return;
        }
        if (replay == null || replay.root() != r) {
            replay = new Replay(r);
        }
        if (step > replay.order().size()) {
            step = replay.order().size();
        }
        startCollapsed = replay.values().size() > COLLAPSE_ABOVE;
        double tv = Performance.now();
        view = GraphView.of(List.of(r), out.groups(), effectiveCollapsed());
        prof("view", tv);
        if (view.nodes().size() > DRAW_LIMIT) {
            viewport.clear();
            empty.setHidden(false);
            empty.setTextContent("This graph has " + view.nodes().size() + " nodes, too many to draw. Collapse groups"
                    + " (Groups tab) or draw a smaller Value.");
            layout = null;
            nodeEls = new Element[0];
        } else {
            double t0 = Performance.now();
            layout = view.layout(dir);
            doc.getBody().setAttribute("data-layout-ms", Num.fixed(Performance.now() - t0, 2));
            double td = Performance.now();
            draw();
            prof("dom", td);
        }
        if (step >= 0) {
            replay.stepTo(step);
        }
        double tr = Performance.now();
        recomputeNudges();
        refreshValues();
        prof("refresh", tr);
        tr = Performance.now();
        renderOrder();
        prof("order", tr);
        tr = Performance.now();
        renderGroups();
        renderNudge();
        prof("groups", tr);
        tr = Performance.now();
        if (fit) {
            fit(stageW, stageH);
        }
        highlightCursorLine();
        prof("fit", tr);
    }

    private static void prof(String what, double since) {
        doc.getBody().setAttribute("data-" + what + "-ms", Num.fixed(Performance.now() - since, 2));
    }

    private static Set<Integer> effectiveCollapsed() {
        Set<Integer> s = new HashSet<>(collapsed);
        if (startCollapsed) {
            s.addAll(GraphView.allGroups(replay.values(), out.groups()));
        }
        s.removeAll(expanded);
        return s;
    }

    /**
     * Draws the view, reusing what is already drawn: node i keeps its element when its kind is unchanged
     * (then only its position, cell widths and label are updated where they differ) and edge e keeps its
     * path. An edit that changes numbers or adds a few nodes so touches a few attributes instead of
     * rebuilding ~1,500 SVG elements, which is most of the cost in Chromium. New nodes are built as one
     * markup string that holds only numbers and our own class names, then every text (labels, op names,
     * group names, numbers) is set with textContent, so user text never goes through markup.
     */
    private static void draw() {
        int n = view.nodes().size();
        int old = nodeEls.length;
        if (old > 0 && viewport.getFirstChild() != edgeLayer) {
            old = 0; // the viewport was cleared (no graph, too big): start over
        }
        if (old == 0) {
            viewport.clear();
            edgeLayer = svgElement("g");
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
            SvgElement tmp = svgElement("g");
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
                Element p = svgElement("path");
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
        applyTransform();
    }

    // Arrays.copyOf on object arrays goes through reflection, which TeaVM cannot do for JSO element types
    private static Element[] resize(Element[] a, int n) {
        Element[] b = new Element[n];
        System.arraycopy(a, 0, b, 0, Math.min(a.length, n));
        return b;
    }

    private static String[] resize(String[] a, int n) {
        String[] b = new String[n];
        System.arraycopy(a, 0, b, 0, Math.min(a.length, n));
        return b;
    }

    /** An SVG element (not an HTMLElement: strict mode checks that cast) that can parse markup. */
    interface SvgElement extends Element {
        @JSProperty
        void setInnerHTML(String markup);
    }

    private static SvgElement svgElement(String tag) {
        return doc.createElementNS("http://www.w3.org/2000/svg", tag).cast();
    }

    /**
     * A node's drawn numbers relative to its centre, with the centre first: {cx, cy, w, h, then per kind:
     * record: cell boundaries at1, at2, cell centres c0, c1, c2 and the grad cell's width}. One place computes them for new and
     * reused elements.
     */
    private static double[] geometry(GraphView.Node node, double cx, double cy) {
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
    private static void markup(StringBuilder sb, int i, GraphView.Node node, double[] g) {
        double w = g[2];
        double h = g[3];
        sb.append("<g data-i=\"").append(i).append("\" class=\"").append(baseClass(node.kind())).append("\" transform=\"")
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
    private static String baseClass(GraphView.Kind kind) {
        return kind == GraphView.Kind.VALUE ? "node value" : kind == GraphView.Kind.OP ? "node op" : "node group";
    }

    /** The texts a node shows besides data and grad: its label or op, and a group's count. */
    private static String cellsOf(GraphView.Node node) {
        return node.kind() == GraphView.Kind.GROUP ? node.cells()[0] + "\n" + node.cells()[1] : node.cells()[0];
    }

    /** Sets the label (the element after the first shape, in every kind) and a group's count. */
    private static void label(Element g, GraphView.Node node) {
        Node lbl = g.getFirstChild().getNextSibling();
        setText(lbl, node.cells()[0]);
        if (node.kind() == GraphView.Kind.GROUP) {
            setText(lbl.getNextSibling(), node.cells()[1]);
        }
    }

    /** Takes a freshly parsed node element into the arrays and sets its texts. */
    private static void adopt(int i, Element g, GraphView.Node node) {
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
    private static void place(int i, GraphView.Node node, double[] g) {
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

    /** Changes an element's text in place: a new text node costs Chromium a style recalc and a re-layout. */
    private static void setText(Node el, String text) {
        Node t = el.getFirstChild();
        if (t != null && t.getNodeType() == Node.TEXT_NODE && t.getNextSibling() == null) {
            t.setNodeValue(text);
        } else {
            el.setTextContent(text);
        }
    }

    private static String translate(double[] g) {
        return "translate(" + n(g[0]) + "," + n(g[1]) + ")";
    }

    private static void line(StringBuilder sb, double x, double h) {
        sb.append("<line class=\"div\" x1=\"").append(n(x)).append("\" x2=\"").append(n(x)).append("\" y1=\"")
                .append(n(-h / 2)).append("\" y2=\"").append(n(h / 2)).append("\"/>");
    }

    private static void setLine(Element line, double x, double h) {
        line.setAttribute("x1", n(x));
        line.setAttribute("x2", n(x));
        line.setAttribute("y1", n(-h / 2));
        line.setAttribute("y2", n(h / 2));
    }

    /** Updates data and grad texts and colours in place (after backward, a step or a nudge); touches only what changed. */
    private static void refreshValues() {
        if (layout == null) {
            return;
        }
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
        updateClasses();
    }

    /** Node classes: highlighted by the cursor line, selected, the step just applied, stale grads. */
    private static void updateClasses() {
        Value active = step > 0 && replay != null ? replay.order().get(step - 1) : null;
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
            if (!nudges.isEmpty() && node.kind() == GraphView.Kind.VALUE) {
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

    private static void fit() {
        fit(stage.getClientWidth(), stage.getClientHeight());
    }

    /** Fits the drawing into a stage of w x h (read before the drawing changed: reading after forces a layout). */
    private static void fit(double w, double h) {
        if (layout == null) {
            return;
        }
        double s = Math.min((w - 40) / Math.max(1, layout.width()), (h - 40) / Math.max(1, layout.height()));
        scale = Math.max(0.05, Math.min(1.6, s));
        tx = (w - layout.width() * scale) / 2;
        ty = (h - layout.height() * scale) / 2;
        applyTransform();
    }

    private static void applyTransform() {
        viewport.setAttribute("transform", "translate(" + n(tx) + "," + n(ty) + ") scale(" + Num.fixed(scale, 4) + ")");
    }

    private static void zoomAt(double px, double py, double factor) {
        double s = Math.max(0.03, Math.min(6, scale * factor));
        tx = px - (px - tx) * s / scale;
        ty = py - (py - ty) * s / scale;
        scale = s;
        applyTransform();
    }

    // ---- node interaction ----

    private static int nodeAt(Event e) {
        Node t = e.getTarget().cast();
        while (t != null && t.getNodeType() == Node.ELEMENT_NODE) {
            Element el = t.cast();
            String i = el.getAttribute("data-i");
            if (i != null && !i.isEmpty()) {
                return (int) Chars.parseLong(i, 10);
            }
            if (el == svg) {
                return -1;
            }
            t = t.getParentNode();
        }
        return -1;
    }

    private static void clickNode(int i) {
        if (i < 0 || view == null) {
            return;
        }
        GraphView.Node node = view.nodes().get(i);
        if (node.kind() == GraphView.Kind.GROUP) {
            expanded.add(node.group());
            collapsed.remove(node.group());
            selected = -1;
            rebuild(false);
            return;
        }
        selected = i;
        Value v = node.value();
        markedLines.clear();
        int line = out.lineOf(v);
        if (line > 0) {
            markedLines.add(line);
            scrollToLine(line);
        }
        renderMarks();
        updateClasses();
        if (v.isLeaf() && node.kind() == GraphView.Kind.VALUE) {
            renderNudge();
        }
    }

    private static void showTip(int i, MouseEvent e) {
        GraphView.Node node = view.nodes().get(i);
        tip.clear();
        List<String> lines = new ArrayList<>();
        if (node.kind() == GraphView.Kind.GROUP) {
            lines.add(node.cells()[0]);
            lines.add(node.members() + " values created in this call. Click to expand.");
        } else {
            lines.addAll(Explain.lines(node.value()));
            int line = out.lineOf(node.value());
            if (line > 0) {
                lines.add("created on line " + line);
            }
            int g = out.groups().groupOf(node.value());
            if (g >= 0) {
                lines.add("inside " + out.groups().name(g));
            }
        }
        for (String s : lines) {
            HTMLElement d = doc.createElement("div");
            d.setTextContent(s);
            tip.appendChild(d);
        }
        tip.setHidden(false);
        double x = e.getClientX() - stage.getBoundingClientRect().getLeft() + 14;
        double y = e.getClientY() - stage.getBoundingClientRect().getTop() + 14;
        if (x > stage.getClientWidth() - 300) {
            x = Math.max(4, x - 320);
        }
        tip.getStyle().setProperty("left", n(x) + "px");
        tip.getStyle().setProperty("top", n(y) + "px");
    }

    private static void hideTip() {
        tip.setHidden(true);
    }

    // ---- backprop controls ----

    private static void setStep(int s) {
        if (replay == null) {
            return;
        }
        step = Math.max(0, Math.min(s, replay.order().size()));
        replay.stepTo(step);
        clearCheck(); // grads changed
        svg.getClassList().add("stepping"); // grad colours fade in while stepping, not on every run
        refreshValues();
        renderOrder();
        renderNudge();
    }

    private static void zeroGrads() {
        if (replay == null) {
            return;
        }
        for (Value v : replay.values()) {
            v.setGrad(0);
        }
        step = -1;
        clearCheck();
        refreshValues();
        renderOrder();
    }

    private static void renderOrder() {
        HTMLElement list = el("order");
        HTMLElement info = el("step-info");
        if (replay == null) {
            info.setTextContent("No graph.");
            syncItems(list, new String[0], new String[0]);
            return;
        }
        List<Value> order = replay.order();
        info.setTextContent(step < 0
                ? "Backward visits these " + order.size() + " nodes in reverse topological order. Step ▶ seeds "
                        + replay.root().name() + ".grad = 1 and applies one node's rule at a time."
                : "Step " + step + " of " + order.size() + (step == 0 ? ": " + replay.root().name() + ".grad = 1"
                        : ": applied " + order.get(step - 1).name() + "'s rule"));
        int limit = Math.min(order.size(), ORDER_LIMIT);
        int n = limit + (order.size() > limit ? 1 : 0);
        String[] texts = new String[n];
        String[] classes = new String[n];
        for (int k = 0; k < limit; k++) {
            Value v = order.get(k);
            texts[k] = v.name() + (v.isLeaf() ? " (leaf)" : " = " + v.op());
            classes[k] = step >= 0 && k < step ? "done" : step >= 0 && k == step ? "next" : "";
        }
        if (n > limit) {
            texts[limit] = "… " + (order.size() - limit) + " more";
            classes[limit] = "";
        }
        syncItems(list, texts, classes);
    }

    /**
     * Makes the list show these items (li k has data-k = k), reusing its li elements and touching only
     * texts and classes that differ: re-creating ~400 items of a multi-column list on every run or step
     * costs Chromium more layout than the whole graph.
     */
    private static void syncItems(HTMLElement list, String[] texts, String[] classes) {
        int have = list.getChildNodes().getLength();
        for (int k = have; k < texts.length; k++) {
            HTMLElement li = doc.createElement("li");
            li.setAttribute("data-k", String.valueOf(k));
            list.appendChild(li);
        }
        for (int k = have; k > texts.length; k--) {
            list.removeChild(list.getLastChild());
        }
        Node li = list.getFirstChild();
        for (int k = 0; k < texts.length; k++) {
            HTMLElement e = li.cast();
            if (!texts[k].equals(e.getTextContent())) {
                setText(e, texts[k]);
            }
            if (!classes[k].equals(e.getClassName())) {
                e.setClassName(classes[k]);
            }
            li = li.getNextSibling();
        }
    }

    // ---- nudge ----

    private static Value selectedLeaf() {
        if (selected < 0 || view == null || selected >= view.nodes().size()) {
            return null;
        }
        GraphView.Node node = view.nodes().get(selected);
        return node.kind() == GraphView.Kind.VALUE && node.value().isLeaf() ? node.value() : null;
    }

    private static double nudgeRange(Value v) {
        return Math.max(1, Math.abs(v.data()));
    }

    private static void renderNudge() {
        Value v = selectedLeaf();
        HTMLElement box = el("nudge-box");
        if (v == null || replay == null) {
            box.setHidden(true);
            return;
        }
        box.setHidden(false);
        el("nudge-name").setTextContent(v.name());
        int idx = replay.indexOf(v);
        double now = nudges.containsKey(idx) ? nudges.get(idx) : v.data();
        slider.setValue(String.valueOf((int) Math.round((now - v.data()) / nudgeRange(v) * 100)));
        el("nudge-val").setTextContent(GraphView.fmt(now));
        renderNudgeNumbers();
    }

    private static void onSlide() {
        Value v = selectedLeaf();
        if (v == null) {
            return;
        }
        double x = v.data() + (int) Chars.parseLong(slider.getValue(), 10) / 100.0 * nudgeRange(v);
        if (step != replay.order().size()) {
            setStep(replay.order().size()); // predictions need the grads of a full backward
        }
        int idx = replay.indexOf(v);
        if (x == v.data()) {
            nudges.remove(idx);
        } else {
            nudges.put(idx, x);
        }
        el("nudge-val").setTextContent(GraphView.fmt(x));
        recomputeNudges();
        refreshValues();
        renderNudgeNumbers();
    }

    private static void recomputeNudges() {
        if (replay == null || nudges.isEmpty()) {
            shownData = null;
            return;
        }
        int n = replay.values().size();
        double[] over = new double[n];
        boolean[] set = new boolean[n];
        for (Map.Entry<Integer, Double> e : nudges.entrySet()) {
            if (e.getKey() >= 0 && e.getKey() < n && replay.values().get(e.getKey()).isLeaf()) {
                over[e.getKey()] = e.getValue();
                set[e.getKey()] = true;
            }
        }
        shownData = replay.forward(over, set);
    }

    private static void renderNudgeNumbers() {
        if (replay == null) {
            return;
        }
        int r = replay.indexOf(replay.root());
        double actual = shownData == null ? 0 : shownData[r] - replay.root().data();
        double predicted = 0;
        for (Map.Entry<Integer, Double> e : nudges.entrySet()) {
            Value leaf = replay.values().get(e.getKey());
            predicted += leaf.grad() * (e.getValue() - leaf.data());
        }
        el("nudge-actual").setTextContent(signed(actual));
        el("nudge-pred").setTextContent(signed(predicted) + "  (Σ grad·Δ)");
    }

    private static String signed(double x) {
        String s = GraphView.fmt(x);
        return x > 0 ? "+" + s : s;
    }

    // ---- gradient check ----

    private static void gradCheck() {
        HTMLElement body = el("check-body");
        body.clear();
        if (replay == null) {
            el("check-summary").setTextContent("No graph to check.");
            return;
        }
        List<Replay.Check> rows = replay.gradCheck();
        // before any backward there is nothing to compare: every grad is 0 (the root's too), which is no mismatch
        boolean noGrads = replay.root().grad() == 0;
        for (Replay.Check c : rows) {
            noGrads &= c.autograd() == 0;
        }
        int bad = 0;
        for (Replay.Check c : rows) {
            HTMLElement tr = doc.createElement("tr");
            if (c.mismatch() && !noGrads) {
                tr.setClassName("bad");
                bad++;
            }
            cell(tr, c.leaf().name());
            cell(tr, Num.repr(c.autograd()));
            cell(tr, Num.repr(round(c.numeric())));
            cell(tr, noGrads ? "–" : sci(c.relError())); // no grads yet: an error of 1 would read as a fault
            HTMLElement flag = cell(tr, noGrads ? "–" : c.mismatch() ? "✗ mismatch" : "✓");
            flag.setClassName("flag");
            body.appendChild(tr);
        }
        el("check-table").setHidden(false);
        el("check-summary").setTextContent(noGrads
                ? "No grads yet: press Backward (or step to the end), then run the check again. The numeric column is what backward should give."
                : bad == 0
                ? "All " + rows.size() + " leaves agree (relative error ≤ 1e-4)."
                : bad + " of " + rows.size() + " leaves disagree: were grads accumulated twice, or backward not run?");
    }

    /** Empties the gradient check: its rows were computed from grads or a graph that are no longer shown. */
    private static void clearCheck() {
        HTMLElement table = el("check-table");
        if (!table.isHidden()) {
            el("check-body").clear();
            table.setHidden(true);
            el("check-summary").setTextContent("The graph or its grads changed: press Check again.");
        }
    }

    private static HTMLElement cell(HTMLElement tr, String s) {
        HTMLElement td = doc.createElement("td");
        td.setTextContent(s);
        tr.appendChild(td);
        return td;
    }

    private static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        double mag = Math.pow(10, 9 - Math.floor(Math.log10(Math.abs(x))));
        return Math.round(x * mag) / mag;
    }

    private static String sci(double x) {
        if (x == 0) {
            return "0";
        }
        if (Double.isNaN(x)) {
            return "nan";
        }
        int e = (int) Math.floor(Math.log10(x));
        return Num.fixed(x / Math.pow(10, e), 1) + "e" + e;
    }

    // ---- groups ----

    private static void renderGroups() {
        HTMLElement list = el("groups");
        list.clear();
        if (replay == null) {
            return;
        }
        List<Integer> all = GraphView.allGroups(replay.values(), out.groups());
        Set<Integer> eff = effectiveCollapsed();
        Map<Integer, Integer> sizes = new HashMap<>();
        for (Value v : replay.values()) {
            int g = out.groups().groupOf(v);
            int guard = 0;
            while (g >= 0 && guard++ < 1000) {
                Integer c = sizes.get(g); // not merge(): Map.merge and a lambda class cost page script
                sizes.put(g, c == null ? 1 : c + 1);
                g = out.groups().parentOf(g);
            }
        }
        if (all.isEmpty()) {
            HTMLElement li = doc.createElement("li");
            li.setTextContent("No function or method calls created values in this graph.");
            list.appendChild(li);
        }
        int shown = 0;
        for (int g : all) {
            if (shown++ >= 300) {
                HTMLElement li = doc.createElement("li");
                li.setTextContent("… " + (all.size() - 300) + " more");
                list.appendChild(li);
                break;
            }
            HTMLElement li = doc.createElement("li");
            HTMLElement name = doc.createElement("span");
            name.setClassName("gname");
            int depth = 0;
            for (int p = out.groups().parentOf(g); p >= 0 && depth < 20; p = out.groups().parentOf(p)) {
                depth++;
            }
            StringBuilder pad = new StringBuilder();
            for (int k = 0; k < depth; k++) {
                pad.append("  ");
            }
            name.setTextContent(pad + out.groups().name(g));
            HTMLElement count = doc.createElement("span");
            count.setClassName("count");
            count.setTextContent((int) sizes.getOrDefault(g, 0) + " values");
            HTMLElement button = doc.createElement("button");
            boolean isCollapsed = eff.contains(g);
            button.setTextContent(isCollapsed ? "Expand" : "Collapse");
            button.setAttribute("data-g", String.valueOf(g));
            button.setAttribute("data-c", isCollapsed ? "1" : "0");
            li.appendChild(name);
            li.appendChild(count);
            li.appendChild(button);
            list.appendChild(li);
        }
    }

    private static void setCollapsed(int g, boolean c) {
        if (c) {
            collapsed.add(g);
            expanded.remove(g);
        } else {
            expanded.add(g);
            collapsed.remove(g);
        }
        selected = -1;
        rebuild(true);
    }

    private static void collapseAll(boolean c) {
        if (replay == null) {
            return;
        }
        collapsed.clear();
        expanded.clear();
        List<Integer> all = GraphView.allGroups(replay.values(), out.groups());
        (c ? collapsed : expanded).addAll(all);
        selected = -1;
        rebuild(true);
    }

    // ---- editor ----

    private static void wireEditor() {
        code.addEventListener("input", new On(CODE_INPUT));
        code.addEventListener("scroll", new On(CODE_SCROLL));
        code.addEventListener("keydown", new On(CODE_KEY));
        On cursor = new On(CURSOR);
        code.addEventListener("keyup", cursor);
        code.addEventListener("click", cursor);
        code.addEventListener("focus", cursor);
        renderGutter();
    }

    /** Tab inserts four spaces (or indents the selected lines); Shift+Tab dedents. */
    private static void indent(boolean out) {
        String s = code.getValue();
        int a = code.getSelectionStart();
        int b = code.getSelectionEnd();
        if (!out && a == b) {
            code.setRangeText("    ", a, b, "end");
            code.dispatchEvent(inputEvent());
            return;
        }
        int start = s.lastIndexOf('\n', a - 1) + 1;
        int end = b > a && s.charAt(b - 1) == '\n' ? b - 1 : b;
        List<String> lines = lines(s.substring(start, end));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (out) {
                int k = 0;
                while (k < 4 && k < l.length() && l.charAt(k) == ' ') {
                    k++;
                }
                l = l.substring(k);
            } else {
                l = "    " + l;
            }
            sb.append(i > 0 ? "\n" : "").append(l);
        }
        code.setRangeText(sb.toString(), start, end, "select");
        code.dispatchEvent(inputEvent());
    }

    /** The lines of {@code s} (no regex: String.split would pull java.util.regex into the bundle). */
    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\n') {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        return out;
    }

    @JSBody(script = "return new Event('input');")
    private static native Event inputEvent();

    private static void onCursor() {
        String s = code.getValue();
        int pos = Math.min(code.getSelectionStart(), s.length());
        int line = 1;
        for (int i = 0; i < pos; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        if (line != cursorLine) {
            cursorLine = line;
            highlightCursorLine();
        }
    }

    private static void highlightCursorLine() {
        if (view != null && layout != null) {
            updateClasses();
        }
    }

    private static void renderGutter() {
        String s = code.getValue();
        int lines = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                lines++;
            }
        }
        // line numbers are kept and only added, removed or re-marked (this runs on every keystroke)
        int have = gutter.getChildNodes().getLength();
        for (int i = have + 1; i <= lines; i++) {
            HTMLElement d = doc.createElement("div");
            d.setTextContent(String.valueOf(i));
            gutter.appendChild(d);
        }
        for (int i = have; i > lines; i--) {
            gutter.removeChild(gutter.getLastChild());
        }
        Node d = gutter.getFirstChild();
        for (int i = 1; i <= lines; i++) {
            HTMLElement e = d.cast();
            String c = i == errorLine ? "err" : "";
            if (!c.equals(e.getClassName())) {
                e.setClassName(c);
            }
            d = d.getNextSibling();
        }
        gutter.setScrollTop(code.getScrollTop());
    }

    private static void renderMarks() {
        marks.clear();
        int top = code.getScrollTop();
        for (int line : markedLines) {
            mark(line, "hl", top);
        }
        if (errorLine > 0) {
            mark(errorLine, "err", top);
        }
        renderGutter();
    }

    private static void mark(int line, String cls, int scrollTop) {
        HTMLElement d = doc.createElement("div");
        d.setClassName(cls);
        d.getStyle().setProperty("top", (10 + (line - 1) * 20 - scrollTop) + "px");
        marks.appendChild(d);
    }

    private static void scrollToLine(int line) {
        int y = 10 + (line - 1) * 20;
        if (y < code.getScrollTop() || y > code.getScrollTop() + code.getClientHeight() - 30) {
            code.setScrollTop(Math.max(0, y - code.getClientHeight() / 3));
        }
    }

    // ---- wiring the graph, toolbar and panels ----

    private static void wireGraph() {
        svg.addEventListener("pointerdown", new On(POINTER_DOWN));
        svg.addEventListener("pointermove", new On(POINTER_MOVE));
        On up = new On(POINTER_UP);
        svg.addEventListener("pointerup", up);
        svg.addEventListener("pointercancel", up);
        svg.addEventListener("pointerleave", new On(POINTER_LEAVE));
        svg.addEventListener("click", new On(GRAPH_CLICK));
        svg.addEventListener("wheel", new On(WHEEL));
        Window.current().addEventListener("resize", new On(RESIZE));
    }

    private static double pinchDistance() {
        double[][] p = pointers.values().toArray(new double[0][]);
        return p.length < 2 ? 0 : Math.hypot(p[0][0] - p[1][0], p[0][1] - p[1][1]);
    }

    private static double[] pinchMid() {
        double[][] p = pointers.values().toArray(new double[0][]);
        double left = stage.getBoundingClientRect().getLeft();
        double top = stage.getBoundingClientRect().getTop();
        return new double[] {(p[0][0] + p[1][0]) / 2 - left, (p[0][1] + p[1][1]) / 2 - top};
    }

    private static void wirePanels() {
        doc.addEventListener("click", new On(DOC_CLICK)); // one delegated listener for every button
        examples.addEventListener("change", new On(EXAMPLE));
        rootSelect.addEventListener("change", new On(ROOT));
        slider.addEventListener("input", new On(SLIDE));
        el("order").addEventListener("click", new On(ORDER_CLICK));
        doc.addEventListener("keydown", new On(DOC_KEY));
    }

    // the page's listeners (see On): kinds and what each does
    private static final int RUN_TICK = 1;
    private static final int AUTO_RUN = 2;
    private static final int CODE_INPUT = 3;
    private static final int CODE_SCROLL = 4;
    private static final int CODE_KEY = 5;
    private static final int CURSOR = 6;
    private static final int POINTER_DOWN = 7;
    private static final int POINTER_MOVE = 8;
    private static final int POINTER_UP = 9;
    private static final int POINTER_LEAVE = 10;
    private static final int GRAPH_CLICK = 11;
    private static final int WHEEL = 12;
    private static final int RESIZE = 13;
    private static final int DOC_CLICK = 14;
    private static final int EXAMPLE = 15;
    private static final int ROOT = 16;
    private static final int SLIDE = 17;
    private static final int ORDER_CLICK = 18;
    private static final int DOC_KEY = 19;
    private static final int PNG_LOADED = 20;
    private static final int SHARED = 21;
    private static final int SNAPSHOT_LOADED = 22;

    static void on(On on, Event e) {
        switch (on.kind) {
            case RUN_TICK:
                status.setAttribute("aria-busy", "true"); // screen readers: "Running" once, not every tick
                status.setTextContent("Running… " + Math.round(Runner.seconds()) + " s");
                break;
            case AUTO_RUN:
                autoRunTimer = -1;
                run(false);
                break;
            case CODE_INPUT:
                save(code.getValue());
                renderGutter();
                errorLine = -1;
                renderMarks();
                if (code.getValue().length() <= AUTO_RUN_CHARS && !embed) {
                    if (autoRunTimer >= 0) {
                        Window.clearTimeout(autoRunTimer);
                    }
                    autoRunTimer = Window.setTimeout(new On(AUTO_RUN), AUTO_RUN_DELAY_MS);
                }
                break;
            case CODE_SCROLL:
                gutter.setScrollTop(code.getScrollTop());
                renderMarks();
                break;
            case CODE_KEY: {
                KeyboardEvent k = e.cast();
                boolean leave = escaped; // Esc, then Tab: the keyboard way out of the editor (Tab alone indents)
                escaped = k.getKey().equals("Escape");
                if (k.getKey().equals("Enter") && (k.isCtrlKey() || k.isMetaKey())) {
                    e.preventDefault();
                    run(true);
                } else if (k.getKey().equals("Tab") && !leave && !k.isCtrlKey() && !k.isAltKey() && !k.isMetaKey()) {
                    e.preventDefault();
                    indent(k.isShiftKey());
                }
                break;
            }
            case CURSOR:
                onCursor();
                break;
            case POINTER_DOWN: {
                PointerEvent p = e.cast();
                pointers.put(p.getPointerId(), new double[] {p.getClientX(), p.getClientY()});
                if (pointers.size() == 2) {
                    pinchDist = pinchDistance();
                }
                if (nodeAt(e) < 0) {
                    svg.getClassList().add("dragging"); // the list: "stepping" may be on too
                }
                break;
            }
            case POINTER_MOVE:
                pointerMove(e);
                break;
            case POINTER_UP:
            case POINTER_LEAVE: {
                PointerEvent p = e.cast();
                pointers.remove(p.getPointerId());
                svg.getClassList().remove("dragging");
                if (on.kind == POINTER_LEAVE) {
                    hideTip();
                }
                break;
            }
            case GRAPH_CLICK:
                clickNode(nodeAt(e));
                break;
            case WHEEL: {
                WheelEvent w = e.cast();
                e.preventDefault();
                double px = w.getClientX() - stage.getBoundingClientRect().getLeft();
                double py = w.getClientY() - stage.getBoundingClientRect().getTop();
                zoomAt(px, py, Math.exp(-w.getDeltaY() * 0.0015));
                break;
            }
            case RESIZE:
                if (layout != null) {
                    applyTransform();
                }
                break;
            case DOC_CLICK: {
                Node t = e.getTarget().cast();
                while (t != null && t.getNodeType() == Node.ELEMENT_NODE) {
                    Element el = t.cast();
                    if (el.getTagName().equals("BUTTON")) {
                        onButton(el);
                        return;
                    }
                    t = t.getParentNode();
                }
                break;
            }
            case EXAMPLE:
                loadExample(examples.getSelectedIndex());
                break;
            case ROOT:
                rootIndex = rootSelect.getSelectedIndex();
                measureRoot();
                resetForNewRoot();
                break;
            case SLIDE:
                onSlide();
                break;
            case ORDER_CLICK: {
                Element t = e.getTarget().cast();
                String k = t.getAttribute("data-k");
                int item = k == null || k.isEmpty() ? ORDER_LIMIT : (int) Chars.parseLong(k, 10);
                if (item < ORDER_LIMIT) { // not the "… more" line
                    setStep(item + 1);
                }
                break;
            }
            case DOC_KEY: {
                KeyboardEvent k = e.cast();
                if (k.getKey().equals("Escape")) {
                    el("dialog").setHidden(true);
                    stop();
                }
                break;
            }
            case PNG_LOADED:
                pngLoaded((HTMLImageElement) on.a);
                break;
            case SHARED:
            case SNAPSHOT_LOADED: {
                XMLHttpRequest xhr = (XMLHttpRequest) on.a;
                if (xhr.getReadyState() != XMLHttpRequest.DONE) {
                    break;
                }
                if (on.kind == SHARED) {
                    shared(xhr);
                } else {
                    snapshotLoaded(xhr, (String) on.b);
                }
                break;
            }
            default:
                break;
        }
    }

    private static void pointerMove(Event e) {
        PointerEvent p = e.cast();
        double[] last = pointers.get(p.getPointerId());
        if (last == null) {
            int i = nodeAt(e);
            if (i >= 0) {
                showTip(i, p);
            } else {
                hideTip();
            }
            return;
        }
        if (pointers.size() == 2) {
            last[0] = p.getClientX();
            last[1] = p.getClientY();
            double d = pinchDistance();
            if (pinchDist > 0 && d > 0) {
                double[] mid = pinchMid();
                zoomAt(mid[0], mid[1], d / pinchDist);
            }
            pinchDist = d;
            return;
        }
        tx += p.getClientX() - last[0];
        ty += p.getClientY() - last[1];
        if (Math.abs(p.getClientX() - last[0]) + Math.abs(p.getClientY() - last[1]) > 0) {
            hideTip();
        }
        last[0] = p.getClientX();
        last[1] = p.getClientY();
        applyTransform();
    }

    private static void onButton(Element b) {
        String id = b.getId();
        if (id.equals("tab-order") || id.equals("tab-nudge") || id.equals("tab-check") || id.equals("tab-groups")) {
            for (String u : new String[] {"order", "nudge", "check", "groups"}) {
                el("tab-" + u).setAttribute("aria-selected", String.valueOf(id.equals("tab-" + u)));
                el("panel-" + u).setHidden(!id.equals("tab-" + u));
            }
            return;
        }
        String g = b.getAttribute("data-g");
        if (g != null && !g.isEmpty()) { // a group's Collapse/Expand button
            setCollapsed((int) Chars.parseLong(g, 10), !"1".equals(b.getAttribute("data-c")));
            return;
        }
        // an if-chain, not a switch on strings: TeaVM makes much more script of those
        if (id.equals("run")) {
            run(true);
        } else if (id.equals("stop")) {
            stop();
        } else if (id.equals("backward")) {
            if (replay != null) { setStep(replay.order().size()); }
        } else if (id.equals("step-fwd")) {
            if (replay != null) { setStep(step < 0 ? 0 : step + 1); }
        } else if (id.equals("step-back")) {
            if (replay != null) { setStep(step <= 0 ? 0 : step - 1); }
        } else if (id.equals("zero")) {
            zeroGrads();
        } else if (id.equals("dir")) {
            dir = dir == Layered.Direction.LR ? Layered.Direction.TB : Layered.Direction.LR;
            el("dir").setTextContent(dir == Layered.Direction.LR ? "LR" : "TB");
            rebuild(true);
        } else if (id.equals("fit")) {
            fit();
        } else if (id.equals("collapse")) {
            collapseAll(true);
        } else if (id.equals("expand")) {
            collapseAll(false);
        } else if (id.equals("svg")) {
            if (layout != null) {
                download("graph.svg", "data:image/svg+xml;charset=utf-8," + Window.encodeURIComponent(svgFile()));
            }
        } else if (id.equals("png")) {
            exportPng();
        } else if (id.equals("dot")) {
            if (view != null) {
                String dot = Dot.of(view, dir);
                copy(dot);
                showDialog("Graphviz DOT", "Copied to the clipboard. Render with: dot -Tsvg graph.dot", dot);
            }
        } else if (id.equals("check")) {
            gradCheck();
        } else if (id.equals("share")) {
            share();
        } else if (id.equals("dialog-close")) {
            el("dialog").setHidden(true);
        } else if (id.equals("dialog-copy")) {
            copy(((HTMLTextAreaElement) el("dialog-text").cast()).getValue());
        } else if (id.equals("nudge-reset")) {
            nudges.clear();
            recomputeNudges();
            refreshValues();
            renderNudge();
        }
    }

    private static void resetForNewRoot() {
        nudges.clear();
        step = -1;
        selected = -1;
        rebuild(true);
    }

    // ---- export ----

    private static void exportPng() {
        if (layout == null) {
            return;
        }
        String svgText = svgFile();
        HTMLImageElement img = doc.createElement("img").cast();
        img.addEventListener("load", new On(PNG_LOADED, 0, img, null));
        img.setSrc("data:image/svg+xml;charset=utf-8," + Window.encodeURIComponent(svgText));
    }

    // the page's graph styles for a file that stands alone: no highlights, no page variables
    private static final String FILE_CSS = "svg{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}"
            + ".arrowhead{fill:#6b7280}.edge{fill:none;stroke:#9ca3af;stroke-width:1.3}.box{fill:#fff;stroke:#374151}"
            + ".div{stroke:#374151}text{dominant-baseline:central;text-anchor:middle;fill:#1f2937}"
            + ".lbl{font-weight:600;fill:#111827}.op ellipse{fill:#eef2ff;stroke:#6366f1}"
            + ".op text{fill:#3730a3;font-weight:600}.group rect{fill:#fef3c7;stroke:#d97706;stroke-dasharray:4 3}"
            + ".group text{fill:#78350f}.stale .gv{opacity:.45}";

    /**
     * The drawn graph as an SVG file: a copy of the live drawing (so it shows what the page shows, step and
     * nudges included) at the layout's size instead of the view's pan and zoom, on white, with its styles.
     */
    private static String svgFile() {
        Element svg = el("graph").cloneNode(true).cast();
        svg.removeAttribute("id");
        svg.removeAttribute("class");
        double w = layout.width() + 32;
        double h = layout.height() + 32;
        svg.setAttribute("width", n(w));
        svg.setAttribute("height", n(h));
        svg.setAttribute("viewBox", "0 0 " + n(w) + " " + n(h));
        Element g = svg.querySelector("#viewport");
        g.removeAttribute("id");
        g.setAttribute("transform", "translate(16,16)");
        Element bg = svgElement("rect");
        bg.setAttribute("width", "100%");
        bg.setAttribute("height", "100%");
        bg.setAttribute("fill", "#fff");
        svg.insertBefore(bg, g);
        Element style = svgElement("style");
        style.setTextContent(FILE_CSS);
        svg.insertBefore(style, svg.getFirstChild());
        return serialize(svg);
    }

    @JSBody(params = "node", script = "return new XMLSerializer().serializeToString(node);")
    private static native String serialize(Element node);

    private static void pngLoaded(HTMLImageElement img) {
        double ratio = 2;
        HTMLCanvasElement canvas = doc.createElement("canvas").cast();
        canvas.setWidth((int) Math.ceil(img.getNaturalWidth() * ratio));
        canvas.setHeight((int) Math.ceil(img.getNaturalHeight() * ratio));
        CanvasRenderingContext2D ctx = canvas.getContext("2d").cast();
        ctx.scale(ratio, ratio);
        ctx.drawImage(img, 0, 0);
        download("graph.png", canvas.toDataURL("image/png"));
    }

    // ---- snapshots ----

    private static ViewState state() {
        List<ViewState.Nudge> list = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : nudges.entrySet()) {
            list.add(new ViewState.Nudge(e.getKey(), e.getValue()));
        }
        return new ViewState(code.getValue(), dir, rootIndex, new ArrayList<>(collapsed), new ArrayList<>(expanded),
                step, list);
    }

    private static void share() {
        XMLHttpRequest xhr = new XMLHttpRequest();
        xhr.open("POST", "/api/snapshots");
        xhr.setRequestHeader("Content-Type", "application/json");
        xhr.setOnReadyStateChange(new On(SHARED, 0, xhr, null));
        xhr.send(TrainView.attach(state().toJson()));
    }

    private static void shared(XMLHttpRequest xhr) {
        if (xhr.getStatus() == 200 || xhr.getStatus() == 201) {
            SnapshotLink link = parseJson(xhr.getResponseText()).cast();
            String url = link.getUrl();
            if (url.startsWith("/")) {
                url = Location.current().getProtocol() + "//" + Location.current().getHost() + url;
            }
            copy(url);
            showDialog("Share link", "Anyone with this link sees this program and graph.", url);
        } else {
            showDialog("Could not share", "The server answered " + xhr.getStatus() + ".", xhr.getResponseText());
        }
    }

    private static void loadSnapshot(String id) {
        XMLHttpRequest xhr = new XMLHttpRequest();
        xhr.open("GET", "/api/snapshots/" + Window.encodeURIComponent(id));
        xhr.setOnReadyStateChange(new On(SNAPSHOT_LOADED, 0, xhr, id));
        xhr.send();
    }

    private static void snapshotLoaded(XMLHttpRequest xhr, String id) {
        if (xhr.getStatus() != 200) {
            code.setValue(Examples.PROGRAMS[0]);
            run(true);
            output.clear();
            HTMLElement err = doc.createElement("span");
            err.setClassName("error");
            err.setTextContent("Could not load shared snapshot '" + id + "' (HTTP " + xhr.getStatus() + ").");
            output.appendChild(err);
            return;
        }
        TrainView.restore(xhr.getResponseText());
        SnapshotJs s = parseJson(xhr.getResponseText()).cast();
        code.setValue(s.getProgram());
        resetView();
        ViewJs v = s.getView();
        dir = "TB".equals(v.getDirection()) ? Layered.Direction.TB : Layered.Direction.LR;
        el("dir").setTextContent(dir == Layered.Direction.LR ? "LR" : "TB");
        rootIndex = v.getRoot();
        for (int i = 0; i < v.getCollapsed().getLength(); i++) {
            collapsed.add((int) v.getCollapsed().get(i).doubleValue());
        }
        for (int i = 0; i < v.getExpanded().getLength(); i++) {
            expanded.add((int) v.getExpanded().get(i).doubleValue());
        }
        int wantStep = v.getStep();
        List<ViewState.Nudge> wantNudges = new ArrayList<>();
        for (int i = 0; i < v.getNudges().getLength(); i++) {
            NudgeJs n = v.getNudges().get(i);
            wantNudges.add(new ViewState.Nudge(n.getNode(), n.getData()));
        }
        if (rootIndex < 0) {
            rootIndex = 0;
        }
        run(true, wantStep, wantNudges);
    }

    // ---- JSO wrappers ----

    /** A pointer event (mouse, pen or touch). */
    interface PointerEvent extends MouseEvent {
        @JSProperty
        int getPointerId();
    }

    /** {@code {id, url}} as POST /api/snapshots answers. */
    interface SnapshotLink extends JSObject {
        @JSProperty
        String getUrl();
    }

    /** The snapshot JSON v1 (see {@link ViewState}). */
    interface SnapshotJs extends JSObject {
        @JSProperty
        String getProgram();

        @JSProperty
        ViewJs getView();
    }

    interface ViewJs extends JSObject {
        @JSProperty
        String getDirection();

        @JSProperty
        int getRoot();

        @JSProperty
        int getStep();

        @JSProperty
        JSArrayReader<JSNumber> getCollapsed();

        @JSProperty
        JSArrayReader<JSNumber> getExpanded();

        @JSProperty
        JSArrayReader<NudgeJs> getNudges();
    }

    interface NudgeJs extends JSObject {
        @JSProperty
        int getNode();

        @JSProperty
        double getData();
    }

    @JSBody(params = "s", script = "return JSON.parse(s);")
    private static native JSObject parseJson(String s);

    @JSBody(params = "s", script = "if (navigator.clipboard) navigator.clipboard.writeText(s).catch(function () {});")
    private static native void copy(String s);

    @JSBody(params = {"name", "href"}, script = "var a = document.createElement('a'); a.href = href; a.download = name; a.click();")
    private static native void download(String name, String href);

    // ---- small helpers ----

    private static void showDialog(String title, String note, String text) {
        el("dialog-title").setTextContent(title);
        el("dialog-note").setTextContent(note);
        HTMLTextAreaElement t = el("dialog-text").cast();
        t.setValue(text);
        el("dialog").setHidden(false);
        t.focus();
        t.select();
    }

    private static HTMLElement el(String id) {
        return doc.getElementById(id);
    }

    private static void rect(StringBuilder sb, double x, double y, double w, double h, double r, String cls) {
        sb.append("<rect class=\"").append(cls).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append("\" rx=\"").append(n(r))
                .append("\"/>");
    }

    /** An empty text element: its text is set afterwards with textContent, never as markup. */
    private static void text(StringBuilder sb, double x, double y, String cls) {
        sb.append("<text class=\"").append(cls).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\"></text>");
    }

    private static String n(double v) {
        // one decimal, with int arithmetic: TeaVM's long is emulated and this runs ~10,000 times per drawing
        int t = (int) Math.floor(Math.abs(v) * 10 + 0.5);
        String digits = t % 10 == 0 ? String.valueOf(t / 10) : t / 10 + "." + t % 10;
        return v < 0 && t != 0 ? "-" + digits : digits;
    }
}
