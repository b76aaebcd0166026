package dev.backprop.web;

import dev.backprop.engine.Value;
import dev.backprop.lang.Run;
import dev.backprop.lang.Wire;
import dev.backprop.layout.Dot;
import dev.backprop.layout.GraphView;
import dev.backprop.layout.Layered;
import dev.backprop.layout.Layout;
import dev.backprop.layout.Replay;
import dev.backprop.layout.ViewState;
import dev.backprop.py.Num;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The graph page: the one place that redraws. It holds the {@link PageState}; the editor, the graph pane
 * and the panels report what the user did, {@link #set} makes the next state and derives everything shown
 * from it (the replay, view and layout are caches of the state's run, root and groups).
 */
final class Page implements Editor.Events, GraphPane.Events, OrderPanel.Steps, NudgePanel.Nudges,
        GroupsPanel.Collapse, Share.Views {
    /** Graphs with more values than this start with every call collapsed. */
    private static final int COLLAPSE_ABOVE = 250;
    /** More drawn nodes than this are not drawn (the page stays responsive); collapse first. */
    private static final int DRAW_LIMIT = 12000;
    /** Graphs with more values than this are not even grouped (a runaway loop's million-node chain). */
    private static final int VIEW_LIMIT = Wire.MAX_VALUES; // a worker run sends bigger graphs as their size only

    private PageState state = PageState.of("", null, Layered.Direction.LR);
    final Editor editor;
    final Share share;
    private final GraphPane graph = new GraphPane(this);
    private final OrderPanel order = new OrderPanel(this);
    private final NudgePanel nudge = new NudgePanel(this);
    private final CheckPanel check = new CheckPanel(() -> set(state.withCheck(PageState.Check.SHOWN), false));
    private final GroupsPanel groups = new GroupsPanel(this);
    private final OutputPane output = new OutputPane();
    private final Runner runner = new Runner(output::printed);
    private final HTMLElement empty = Dom.el("empty");
    private final HTMLElement stale = Dom.el("stale");
    private final HTMLSelectElement rootSelect = Dom.el("root").cast();
    private final HTMLSelectElement examples = Dom.el("examples").cast();
    // caches of the state's run, root and groups
    private Replay replay;
    private dev.backprop.lang.Stepper stepper; // the user's own backward, stepped (see ownSteps), for stepperSource
    private String stepperSource;
    private dev.backprop.lang.Cells.Session session; // Shift+Enter's kernel (see runCell)
    private GraphView view;
    private Layout layout;
    private double[] shownData; // data per replay value (nudged) or null

    Page(boolean embed) {
        editor = new Editor(embed, this);
        share = new Share(this);
        for (int i = 0; i < Examples.TITLES.length; i++) {
            Dom.append(examples, "option", Examples.TITLES[i]).setAttribute("value", String.valueOf(i));
        }
        examples.addEventListener("change", e -> example(examples.getSelectedIndex()));
        rootSelect.addEventListener("change", e -> set(state.withRoot(rootSelect.getSelectedIndex()), true));
        Dom.onClick("run", e -> run(true));
        Dom.onClick("stop", e -> stop());
        Dom.onClick("backward", e -> stepTo(Integer.MAX_VALUE));
        Dom.onClick("step-fwd", e -> stepTo(state.step < 0 ? 0 : state.step + 1));
        Dom.onClick("step-back", e -> stepTo(state.step <= 0 ? 0 : state.step - 1));
        Dom.onClick("zero", e -> zeroGrads());
        Dom.onClick("dir", e -> set(state.withDir(state.dir == Layered.Direction.LR ? Layered.Direction.TB
                : Layered.Direction.LR), true));
        Dom.onClick("fit", e -> graph.fit());
        Dom.onClick("collapse", e -> collapseAll(true));
        Dom.onClick("expand", e -> collapseAll(false));
        Dom.onClick("svg", e -> {
            if (layout != null) {
                Export.svg(layout);
            }
        });
        Dom.onClick("png", e -> {
            if (layout != null) {
                Export.png(layout);
            }
        });
        Dom.onClick("dot", e -> {
            if (view != null) {
                String dot = Dot.of(view, state.dir);
                Dom.copy(dot);
                share.dialog("Graphviz DOT", "Copied to the clipboard. Render with: dot -Tsvg graph.dot", dot);
            }
        });
        new Tabs();
        Dom.doc.addEventListener("keydown", e -> {
            if (e.<KeyboardEvent>cast().getKey().equals("Escape")) {
                share.closeDialog();
                stop();
            }
        });
    }

    /** A phone is tall: its graphs are drawn top-down. */
    void drawTopDown() {
        state = state.withDir(Layered.Direction.TB);
        Dom.el("dir").setTextContent("TB");
    }

    void example(int i) {
        examples.setSelectedIndex(i);
        editor.replace(Examples.PROGRAMS[i]);
        run(true);
    }

    /** The Train view's way in: a generated program into the editor; {@code run} also draws its graph. */
    void showProgram(String source, boolean run) {
        editor.replace(source);
        if (run) {
            run(true);
        }
        editor.code.focus();
    }

    /** A program the user left in the editor last time (autosaved), run. */
    void restoreSaved(String source) {
        editor.set(source);
        examples.setSelectedIndex(-1);
        run(true);
    }

    // ---- running ----

    @Override
    public void run(boolean explicit) {
        session = null; // Run all starts a fresh kernel, as Jupyter's Restart & Run All
        run(explicit, null);
    }

    /**
     * Shift+Enter: the notebook cell on {@code line} runs against the state the cells run before it left (one
     * kernel, kept until Run all), as Jupyter runs it; the output pane shows that cell's output and plots, the
     * graph its draw_dot (else the last Value assigned so far). A program without {@code # %%} runs all.
     */
    @Override
    public int runCell(int line) {
        String source = editor.text();
        if (!dev.backprop.lang.Cells.has(source)) {
            run(true);
            return 0;
        }
        editor.cancelAutoRun();
        List<dev.backprop.lang.Cells.Cell> cells = dev.backprop.lang.Cells.split(source);
        int k = 0;
        for (dev.backprop.lang.Cells.Cell c : cells) {
            k = line >= c.first() ? c.index() : k;
        }
        if (session == null) {
            session = new dev.backprop.lang.Cells.Session(Runner.FALLBACK_EXPLICIT, null);
        }
        double t0 = Performance.now();
        Runner.Outcome o = Runner.outcome(session.run(source, k), null, true);
        ran(o, source, Performance.now() - t0, null);
        return k + 1 < cells.size() ? cells.get(k + 1).codeLine() : 0;
    }

    /**
     * Runs the editor's program and shows it when done: at once for most programs, else when the Web Worker
     * answers (meanwhile "Running… N s", Stop, and the last graph marked not current). {@code restore}: a
     * shared view to apply to the run.
     */
    private void run(boolean explicit, ViewState restore) {
        editor.cancelAutoRun();
        double t0 = Performance.now();
        String source = editor.text();
        Runner.Outcome o = runner.start(source, explicit, later -> {
            output.running(false, runner);
            ran(later, source, Performance.now() - t0, restore);
        });
        output.running(o == null, runner);
        if (o == null) {
            set(state.withNotCurrent("Not current: the program in the editor is still running…"), false);
        } else {
            ran(o, source, Performance.now() - t0, restore);
        }
    }

    /** Stop (button or Esc): ends the worker run in flight and says so in the output. */
    private void stop() {
        if (!runner.busy()) {
            return;
        }
        long s = Math.round(runner.seconds());
        boolean printed = output.live(); // keep what the run printed so far
        runner.cancel();
        output.running(false, runner);
        output.stopped(s, printed);
        editor.error(-1);
        set(state.withNotCurrent("Not current: you stopped the run of the program in the editor."), false);
    }

    private void ran(Runner.Outcome o, String source, double runMs, ViewState restore) {
        double t1 = Performance.now();
        output.show(o);
        editor.error(o.error() == null ? -1 : o.errorLine());
        Run.Error e = o.run().error();
        if (restore == null && e != null && o.roots().isEmpty() && state.rootValue() != null
                && (e.kind().equals("SyntaxError") || e.kind().equals("IndentationError") || e.kind().equals("TabError"))) {
            // half-typed: the last good graph stays, marked, instead of a blank stage
            set(state.withNotCurrent("Not current: line " + e.line() + ": " + e.kind()
                    + ". The graph is the last run that worked."), false);
        } else if (restore != null) {
            Map<Integer, Double> nudges = new HashMap<>();
            for (ViewState.Nudge n : restore.nudges()) {
                nudges.put(n.node(), n.data());
            }
            set(new PageState(source, o, restore.root() < o.roots().size() ? restore.root() : 0, restore.direction(),
                    new HashSet<>(restore.collapsed()), new HashSet<>(restore.expanded()), restore.step(), nudges,
                    PageState.Check.NONE, -1, null), true);
        } else if (source.equals(state.source) && state.out != null && state.root < o.roots().size()
                && o.size(state.root) == state.out.size(state.root)) {
            set(state.rerun(o), false); // the same text again: its step and nudges stay
        } else {
            set(PageState.of(source, o, state.dir), true);
        }
        output.timing(view == null ? "no graph" : view.values().size() + " values, " + view.nodes().size() + " nodes",
                runMs, Performance.now() - t1);
    }

    // ---- the one redraw ----

    /** Makes {@code next} the state and redraws what differs from the last; {@code fit}: fit a new layout to the stage. */
    private void set(PageState next, boolean fit) {
        PageState was = state;
        state = next;
        boolean graphChanged = was.out != next.out || was.root != next.root || was.dir != next.dir
                || !was.collapsed.equals(next.collapsed) || !was.expanded.equals(next.expanded);
        if (graphChanged) {
            rebuild(fit);
        } else if (was.step != next.step && replay != null) {
            graph.svg.getClassList().add("stepping"); // grad colours fade in while stepping, not on every run
        }
        if (replay != null && (graphChanged || was.step != next.step) && next.step >= 0) {
            replay.stepTo(Math.min(next.step, replay.order().size()));
            ownSteps(next.step);
        } else if (next.step < 0) {
            editor.ran(java.util.List.of());
        }
        if (graphChanged || was.nudges != next.nudges) {
            shownData = NudgePanel.data(replay, state.nudges);
        }
        if (layout != null) {
            graph.drawing.refresh(view, replay, shownData);
            classes();
        }
        order.render(replay, next.step);
        nudge.render(selectedLeaf(), replay, next.nudges, shownData);
        if (graphChanged || was.check != next.check) {
            check.render(next.check, replay, next.source);
        }
        if (graphChanged) {
            groups.render(tooBig() > 0 ? null : replay, next.out == null ? null : next.out.groups(), collapsedGroups());
        }
        boolean marked = next.notCurrent != null && layout != null;
        stale.setHidden(!marked);
        stale.setTextContent(marked ? next.notCurrent : "");
        if (marked) {
            graph.svg.getClassList().add("not-current");
        } else {
            graph.svg.getClassList().remove("not-current");
        }
        Dom.el("dir").setTextContent(next.dir == Layered.Direction.LR ? "LR" : "TB");
    }

    /**
     * A program with rules of its own ({@code _backward}: its own Value class, or a built-in Value's rule replaced) is
     * stepped by running those rules (lang.Stepper, on the program run again here): the drawn grads after {@code s}
     * steps are the ones its own code left, and the editor marks the lines the last step ran. Other graphs keep the
     * replay's built-in rules.
     */
    private void ownSteps(int s) {
        java.util.List<Integer> lines = java.util.List.of();
        dev.backprop.lang.Stepper own = ownStepper();
        if (own != null) {
            List<Value> mine = own.order();
            List<Value> drawn = replay.order();
            dev.backprop.lang.Stepper.Step last = own.stepTo(Math.min(s, mine.size()));
            for (int i = 0; i < mine.size(); i++) {
                drawn.get(i).setGrad(mine.get(i).grad());
            }
            lines = last == null ? lines : last.lines();
        }
        editor.ran(lines);
    }

    /**
     * The Stepper of a program with rules of its own whose graph is the drawn one (the same nodes in the same
     * backward order), opened once per program text; else null.
     */
    private dev.backprop.lang.Stepper ownStepper() {
        if (replay == null || state.root != 0 || state.source == null || !state.source.contains("_backward")) {
            return null;
        }
        if (stepper == null || !state.source.equals(stepperSource)) {
            stepper = dev.backprop.lang.Stepper.open(state.source, Runner.QUICK);
            stepperSource = state.source;
        }
        return stepper.order().size() == replay.order().size() ? stepper : null;
    }

    /** The drawn root's size when over VIEW_LIMIT (a worker sends such a graph as its size only), else 0. */
    private int tooBig() {
        int size = state.rootValue() == null ? 0 : state.out.size(state.root);
        return size > VIEW_LIMIT ? size : 0;
    }

    /** Rebuilds replay, view, layout and drawing from the state's run, root, direction and groups. */
    private void rebuild(boolean fit) {
        graph.hideTip();
        graph.svg.getClassList().remove("stepping");
        // read before the drawing changes (after, the read forces a layout of the new drawing); only when needed
        double stageW = fit ? graph.stage.getClientWidth() : 0;
        double stageH = fit ? graph.stage.getClientHeight() : 0;
        rootOptions();
        Value r = state.rootValue();
        view = null;
        layout = null;
        if (r == null || tooBig() > 0) {
            replay = null;
            graph.draw(null, null);
            empty.setHidden(false);
            empty.setTextContent(r == null ? "Run a program that creates a Value to see its graph."
                    : "This graph has " + tooBig() + " values, too many to draw here (the limit is " + VIEW_LIMIT
                    + "). Draw a smaller Value with draw_dot(v).");
            return;
        }
        empty.setHidden(true);
        if (replay == null || replay.root() != r) {
            replay = new Replay(r);
        }
        view = GraphView.of(List.of(r), state.out.groups(), collapsedGroups());
        if (view.nodes().size() > DRAW_LIMIT) {
            graph.draw(null, null);
            empty.setHidden(false);
            empty.setTextContent("This graph has " + view.nodes().size() + " nodes, too many to draw. Collapse groups"
                    + " (Groups tab) or draw a smaller Value.");
            return;
        }
        double t0 = Performance.now();
        layout = view.layout(state.dir);
        Dom.doc.getBody().setAttribute("data-layout-ms", Num.fixed(Performance.now() - t0, 2));
        graph.draw(view, layout);
        graph.tabStop(Math.max(0, view.nodeOf(r))); // Tab reaches the graph at its root
        if (fit) {
            graph.fit(stageW, stageH);
        }
    }

    private void rootOptions() {
        rootSelect.clear();
        List<String> names = state.out == null ? List.of() : state.out.rootNames();
        for (int i = 0; i < names.size(); i++) {
            Dom.append(rootSelect, "option", names.get(i)).setAttribute("value", String.valueOf(i));
        }
        rootSelect.setHidden(names.size() < 2);
        rootSelect.setSelectedIndex(state.root);
    }

    /** The groups drawn as one box: a big graph's calls start collapsed; then the user's choices. */
    private Set<Integer> collapsedGroups() {
        Set<Integer> s = new HashSet<>(state.collapsed);
        if (replay != null && replay.values().size() > COLLAPSE_ABOVE) {
            s.addAll(GraphView.allGroups(replay.values(), state.out.groups()));
        }
        s.removeAll(state.expanded);
        return s;
    }

    private void classes() {
        Value active = state.step > 0 && replay != null ? replay.order().get(Math.min(state.step, replay.order().size()) - 1) : null;
        graph.drawing.classes(view, state.out, active, state.selected, editor.cursorLine(), !state.nudges.isEmpty());
    }

    private Value selectedLeaf() {
        if (state.selected < 0 || view == null || state.selected >= view.nodes().size()) {
            return null;
        }
        GraphView.Node node = view.nodes().get(state.selected);
        return node.kind() == GraphView.Kind.VALUE && node.value().isLeaf() ? node.value() : null;
    }

    // ---- what the parts report ----

    @Override
    public void cursor(int line) {
        if (layout != null) {
            classes();
        }
    }

    @Override
    public void clicked(int i) {
        if (i < 0 || view == null) {
            return;
        }
        GraphView.Node node = view.nodes().get(i);
        if (node.kind() == GraphView.Kind.GROUP) {
            Set<Integer> c = new HashSet<>(state.collapsed);
            Set<Integer> e = new HashSet<>(state.expanded);
            c.remove(node.group());
            e.add(node.group());
            set(state.withGroups(c, e), false);
            return;
        }
        editor.select(state.out.lineOf(node.value()));
        set(state.withSelected(i), false);
    }

    @Override
    public List<String> tip(int i) {
        GraphView.Node node = view.nodes().get(i);
        return GraphPane.explain(node, state.out, node.kind() == GraphView.Kind.GROUP ? null : ownRule(node));
    }

    /** While stepping a program's own rules: the node's _backward as written, this step's numbers filled in. */
    private List<String> ownRule(GraphView.Node node) {
        dev.backprop.lang.Stepper own = state.step >= 0 ? ownStepper() : null;
        int k = own == null ? -1 : replay.order().indexOf(node.value());
        return k < 0 ? List.of() : own.rule(own.order().get(k)).lines();
    }

    @Override
    public void stepTo(int s) {
        if (replay != null) {
            set(state.withStep(Math.max(0, Math.min(s, replay.order().size()))), false);
        }
    }

    private void zeroGrads() {
        if (replay == null) {
            return;
        }
        for (Value v : replay.values()) {
            v.setGrad(0);
        }
        // the grads changed though the step (-1) may not have: a shown check is outdated all the same
        set(state.withStep(-1).withCheck(state.check == PageState.Check.NONE ? state.check : PageState.Check.OUTDATED), false);
    }

    @Override
    public void nudge(Value v, double x) {
        if (state.step != replay.order().size()) {
            stepTo(replay.order().size()); // predictions need the grads of a full backward
        }
        Map<Integer, Double> n = new HashMap<>(state.nudges);
        if (x == v.data()) {
            n.remove(replay.indexOf(v));
        } else {
            n.put(replay.indexOf(v), x);
        }
        set(state.withNudges(n), false);
    }

    @Override
    public void reset() {
        set(state.withNudges(new HashMap<>()), false);
    }

    @Override
    public void set(int g, boolean c) {
        Set<Integer> col = new HashSet<>(state.collapsed);
        Set<Integer> exp = new HashSet<>(state.expanded);
        (c ? col : exp).add(g);
        (c ? exp : col).remove(g);
        set(state.withGroups(col, exp), true);
    }

    private void collapseAll(boolean c) {
        if (replay != null) {
            Set<Integer> all = new HashSet<>(GraphView.allGroups(replay.values(), state.out.groups()));
            set(state.withGroups(c ? all : new HashSet<>(), c ? new HashSet<>() : all), true);
        }
    }

    // ---- snapshots ----

    @Override
    public ViewState view() {
        List<ViewState.Nudge> list = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : state.nudges.entrySet()) {
            list.add(new ViewState.Nudge(e.getKey(), e.getValue()));
        }
        return new ViewState(editor.text(), state.dir, state.root, new ArrayList<>(state.collapsed),
                new ArrayList<>(state.expanded), state.step, list);
    }

    @Override
    public void restore(ViewState v) {
        editor.set(v.program());
        run(true, v);
    }

    @Override
    public void failed(String why) {
        editor.set(Examples.PROGRAMS[0]);
        run(true);
        output.error(why);
    }
}
