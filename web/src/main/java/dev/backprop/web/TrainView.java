package dev.backprop.web;

import dev.backprop.data.DataSet;
import dev.backprop.data.Point;
import dev.backprop.data.Shape;
import dev.backprop.py.Chars;
import dev.backprop.py.Num;
import dev.backprop.engine.Value;
import dev.backprop.nn.Activation;
import dev.backprop.nn.Layer;
import dev.backprop.nn.Loss;
import dev.backprop.train.Caption;
import dev.backprop.train.Code;
import dev.backprop.train.Feature;
import dev.backprop.train.Palette;
import dev.backprop.train.TrainConfig;
import dev.backprop.train.TrainState;
import dev.backprop.train.Training;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Uint8ClampedArray;

/**
 * The Train view: a {@link Training} run drawn live (decision-boundary heatmap with the points, loss
 * curves, the network with weights as connections and each neuron's output as a thumbnail), with every
 * control of {@link TrainConfig}. Play runs steps in a requestAnimationFrame loop under a time budget so the
 * page stays responsive. All numbers come from the engine; this class only wires events and draws.
 */
final class TrainView {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    // No static initialisers (fields are set in init): TeaVM puts a class-initialisation call at the top of every
    // static method of a class that has one.
    private static HTMLDocument doc;
    private static final int GRID = 32;            // heatmap and thumbnails: GRID x GRID evaluations, smoothed when scaled
    private static final int PLOT = 360;           // plot canvas size (px)
    private static final double FRAME_BUDGET_MS = 12;
    private static final int MAX_STEPS_PER_FRAME = 50;
    private static final int NODE = 30;            // thumbnail size (px)
    private static final int COL = 110;            // network column spacing, at most
    private static final int IN_LABEL = 50;        // room left of the inputs for their names
    private static final int ROW = 38;             // network row spacing

    private static Training training;
    private static boolean used;
    private static boolean playing;
    private static int frame;
    private static double[] field;
    private static int hover;                 // hovered neuron (field output index - 1), -1: the score
    private static HTMLCanvasElement plot;
    private static CanvasRenderingContext2D plotCtx;
    private static HTMLCanvasElement heat;         // GRID x GRID offscreen canvas, scaled onto the plot
    private static CanvasRenderingContext2D heatCtx;
    private static ImageData heatImg;
    private static HTMLCanvasElement curve;
    private static HTMLElement net;
    private static HTMLElement tip;
    private static Element[] lines;     // per parameter (biases: null)
    private static HTMLCanvasElement[] thumbs;
    private static ImageData thumbImg;
    private static int drawnSteps;
    private static double lastFrameMs;
    private static int framesDrawn;

    private TrainView() {
    }

    static void init() {
        doc = HTMLDocument.current();
        frame = -1;
        field = new double[0];
        hover = -1;
        lines = new Element[0];
        thumbs = new HTMLCanvasElement[0];
        drawnSteps = -1;
        lineKey = new int[0];
        col = COL;
        netZoom = 1;
        chosen = -1;
        tables();
        el("view-graph").addEventListener("click", new On(VIEW_GRAPH));
        el("view-train").addEventListener("click", new On(VIEW_TRAIN));
    }

    // the Train view's listeners (see On): kinds and what each does
    private static final int VIEW_GRAPH = On.TRAIN;
    private static final int VIEW_TRAIN = On.TRAIN + 1;
    private static final int CLICKED = On.TRAIN + 2;
    private static final int CONFIG = On.TRAIN + 3;
    private static final int PLOT_CLICK = On.TRAIN + 4;
    private static final int PLOT_MOVE = On.TRAIN + 5;
    private static final int HIDE_TIP = On.TRAIN + 6;
    private static final int KEY = On.TRAIN + 7;
    private static final int NEURON_MINUS = On.TRAIN + 8;
    private static final int TICK = On.TRAIN + 9;
    private static final int NET_MOVE = On.TRAIN + 10;
    private static final int NET_OUT = On.TRAIN + 11;
    private static final int NEURON_ENTER = On.TRAIN + 12;
    private static final int NEURON_MOVE = On.TRAIN + 13;
    private static final int NEURON_LEAVE = On.TRAIN + 14;
    private static final int NEURON_PLUS = On.TRAIN + 15;
    private static final int SLIDE = On.TRAIN + 16;
    private static final int VIEW_OPTION = On.TRAIN + 17;
    private static final int NET_CLICK = On.TRAIN + 18;
    private static final int NET_KEY = On.TRAIN + 19;
    private static final int WEIGHT_SET = On.TRAIN + 20;
    private static final int WEIGHT_KEY = On.TRAIN + 21;
    private static final int RESIZE = On.TRAIN + 22;
    private static final int PLOT_KEY = On.TRAIN + 23;
    private static final int PLOT_FOCUS = On.TRAIN + 24;

    static void on(On on, Event e) {
        switch (on.kind) {
            case VIEW_GRAPH:
            case VIEW_TRAIN:
                show(on.kind == VIEW_TRAIN);
                break;
            case CLICKED:
                clicked((String) on.a);
                break;
            case CONFIG:
                applyConfig();
                break;
            case SLIDE:
                sliderTexts();
                break;
            case NET_CLICK: {
                String at = attr(e, "data-param");
                if (!at.isEmpty()) {
                    choose((int) Chars.parseLong(at, 10));
                    editWeight();
                }
                break;
            }
            case NET_KEY:
                netKey(e.cast());
                break;
            case WEIGHT_SET:
                setWeight();
                break;
            case WEIGHT_KEY:
                if ("Escape".equals(((KeyboardEvent) e.cast()).getKey())) {
                    closeEdit();
                    net.focus();
                }
                break;
            case VIEW_OPTION:
                discrete = input("tr-discrete").isChecked();
                if (!playing) {
                    redraw();
                }
                break;
            case PLOT_CLICK:
                clickPlot(e.cast());
                break;
            case PLOT_MOVE:
                hoverPlot(e.cast());
                break;
            case HIDE_TIP:
                hideTip();
                break;
            case KEY:
                key(e.cast());
                break;
            case NEURON_MINUS:
            case NEURON_PLUS:
                setLayers(on.kind == NEURON_PLUS ? 1 : -1, on.i);
                break;
            case TICK:
                tick();
                break;
            case RESIZE:
                resized();
                break;
            case PLOT_KEY:
                plotKey(e.cast());
                break;
            case PLOT_FOCUS:
                cursorOn = on.i == 1;
                if (!playing) {
                    drawPlot();
                }
                break;
            case NET_MOVE: {
                String at = attr(e, "data-param");
                if (!at.isEmpty()) {
                    showParamTip((int) Chars.parseLong(at, 10), attr(e, "data-name"), e.cast());
                }
                break;
            }
            case NET_OUT:
                if (!attr(e, "data-param").isEmpty()) {
                    hideTip();
                }
                break;
            case NEURON_ENTER:
            case NEURON_LEAVE: {
                boolean enter = on.kind == NEURON_ENTER;
                hover = enter ? on.i : -1;
                HTMLCanvasElement th = (HTMLCanvasElement) on.a;
                if (enter) {
                    th.getClassList().add("on");
                } else {
                    th.getClassList().remove("on");
                    hideTip();
                }
                if (!playing) {
                    drawPlot();
                }
                break;
            }
            case NEURON_MOVE:
                showParamTip(on.i, (String) on.a, e.cast());
                break;
            default:
                break;
        }
    }

    /**
     * The Train tab's keys, wherever the focus is on the tab unless a text field or menu has it: Space
     * plays/pauses, S steps, R resets (the buttons' actions, so they behave the same).
     */
    private static void key(KeyboardEvent k) {
        if (!isShown() || k.isCtrlKey() || k.isMetaKey() || k.isAltKey()) {
            return;
        }
        String tag = ((HTMLElement) k.getTarget().cast()).getTagName();
        if ("INPUT".equals(tag) || "SELECT".equals(tag) || "TEXTAREA".equals(tag)) {
            return;
        }
        String key = k.getKey();
        String id = " ".equals(key) ? "tr-play" : "s".equals(key) || "S".equals(key) ? "tr-step"
                : "r".equals(key) || "R".equals(key) ? "tr-reset" : null;
        if (id != null) {
            k.preventDefault(); // Space would also click a focused button, or scroll the page
            clicked(id);
        }
    }

    /** Switches between the graph view and the Train view. */
    static void show(boolean train) {
        if (train && training == null) {
            start(new Training(TrainConfig.micrograd()));
        }
        if (!train) {
            pause();
        }
        used |= train;
        el("train").setHidden(!train);
        if (train) {
            doc.getBody().getClassList().add("train-on");
        } else {
            doc.getBody().getClassList().remove("train-on");
        }
        el("view-train").setAttribute("aria-pressed", String.valueOf(train));
        el("view-graph").setAttribute("aria-pressed", String.valueOf(!train));
        if (train) {
            rebuildNet(); // now that the panel has a width to fit the columns in
            redraw();
        }
    }

    static boolean isShown() {
        return !el("train").isHidden();
    }

    // ---- snapshots ----

    /** The snapshot JSON with the train state filled in (when the Train view was used) and the tab. */
    static String attach(String snapshotJson) {
        if (!used || training == null) {
            return snapshotJson;
        }
        String json = snapshotJson;
        if (isShown()) {
            json = json.replace("\"tab\":\"graph\"", "\"tab\":\"train\"");
        }
        int at = json.lastIndexOf("\"train\":null");
        if (at < 0) {
            return json;
        }
        TrainState s = training.state().withDisplay(new TrainState.Display(input("tr-show-test").isChecked(),
                input("tr-discrete").isChecked(), input("tr-log").isChecked()));
        return json.substring(0, at) + "\"train\":" + s.toJson() + json.substring(at + "\"train\":null".length());
    }

    /** Restores the train state of a snapshot (if it has one) and opens the Train view if it was shared open. */
    static void restore(String snapshotJson) {
        try {
            TrainState s = TrainState.fromSnapshot(snapshotJson);
            if (s == null) {
                return;
            }
            start(Training.of(s));
            input("tr-show-test").setChecked(s.display().showTest());
            input("tr-discrete").setChecked(s.display().discrete());
            input("tr-log").setChecked(s.display().logScale());
            discrete = s.display().discrete();
            redraw();
            boolean open = snapshotJson.contains("\"tab\":\"train\"");
            show(open);
            used = true;
        } catch (RuntimeException e) {
            show(true);
            error("Could not restore the shared training run: " + e.getMessage());
        }
    }

    // ---- setup ----

    private static void start(Training t) {
        boolean first = training == null;
        training = t;
        if (first) {
            wire();
        }
        syncControls();
        rebuildNet();
        redraw();
    }

    private static void wire() {
        plot = el("tr-plot").cast();
        plotCtx = plot.getContext("2d").cast();
        heat = doc.createElement("canvas").cast();
        heat.setWidth(GRID);
        heat.setHeight(GRID);
        heatCtx = heat.getContext("2d").cast();
        heatImg = heatCtx.createImageData(GRID, GRID);
        thumbImg = heatCtx.createImageData(GRID, GRID);
        curve = el("tr-curve").cast();
        net = el("tr-net");
        tip = el("tr-tip");

        for (String id : new String[] {"tr-play", "tr-step", "tr-rewind", "tr-reset", "tr-code", "tr-regen", "tr-clear",
                "tr-layer-minus", "tr-layer-plus"}) {
            el(id).addEventListener("click", new On(CLICKED, 0, id, null));
        }
        On config = new On(CONFIG);
        for (String id : new String[] {"tr-data", "tr-points", "tr-noise", "tr-ratio", "tr-dseed", "tr-act", "tr-loss",
                "tr-opt", "tr-lr", "tr-decay", "tr-decay-steps", "tr-l2", "tr-l1", "tr-batch", "tr-f0", "tr-f1", "tr-f2",
                "tr-f3", "tr-f4", "tr-f5", "tr-f6"}) {
            el(id).addEventListener("change", config);
        }
        On slide = new On(SLIDE);
        el("tr-ratio").addEventListener("input", slide);
        el("tr-batch").addEventListener("input", slide);
        On option = new On(VIEW_OPTION);
        el("tr-show-test").addEventListener("change", option);
        el("tr-discrete").addEventListener("change", option);
        el("tr-log").addEventListener("change", option);
        scaleBar();
        plot.addEventListener("click", new On(PLOT_CLICK));
        plot.addEventListener("mousemove", new On(PLOT_MOVE));
        plot.addEventListener("mouseleave", new On(HIDE_TIP));
        plot.addEventListener("keydown", new On(PLOT_KEY));
        plot.addEventListener("focus", new On(PLOT_FOCUS, 1, null, null));
        plot.addEventListener("blur", new On(PLOT_FOCUS, 0, null, null));
        // on the document: Space plays/pauses anywhere on the Train tab, not only inside the panel (issue 15)
        doc.addEventListener("keydown", new On(KEY));
        Window.current().addEventListener("resize", new On(RESIZE));
    }

    private static void applyConfig() {
        TrainConfig c = readConfig();
        if (c == null) {
            return;
        }
        training.configure(c);
        syncControls(); // e.g. a regression set brings the squared loss and the colour scale
        rebuildNet();
        redraw();
    }

    /** Adds/removes a hidden layer ({@code dLayers}) or a neuron of layer {@code layer - 1} ({@code layer > 0}). */
    private static void setLayers(int dLayers, int layer) {
        List<Integer> h = new ArrayList<>(training.config().hidden());
        if (layer == 0) {
            if (dLayers > 0 && h.size() < TrainConfig.MAX_LAYERS) {
                h.add(h.isEmpty() ? 4 : h.get(h.size() - 1));
            } else if (dLayers < 0 && !h.isEmpty()) {
                h.remove(h.size() - 1);
            }
        } else {
            int n = h.get(layer - 1) + dLayers;
            if (n < 1 || n > TrainConfig.MAX_NEURONS) {
                return;
            }
            h.set(layer - 1, n);
        }
        training.configure(training.config().withHidden(h));
        syncControls();
        rebuildNet();
        redraw();
    }

    /** The config in the controls, or null (with an error shown) if a field is invalid. */
    private static TrainConfig readConfig() {
        try {
            TrainConfig c = training.config();
            hideError();
            Shape shape = Shape.parse(select("tr-data").getValue());
            List<Feature> fs = new ArrayList<>();
            for (Feature f : Feature.values()) {
                if (input("tr-f" + f.ordinal()).isChecked()) {
                    fs.add(f);
                }
            }
            // the slider is the share of training data, 10-100%; the config keeps the test share
            double test = (100 - num("tr-ratio", "Training data")) / 100;
            return new TrainConfig(shape, (int) num("tr-points", "Points"),
                    num("tr-noise", "Noise"), test, (long) num("tr-dseed", "Data seed"), fs,
                    c.hidden(), Activation.parse(select("tr-act").getValue()),
                    shape.regression() ? Loss.MSE : Loss.parse(select("tr-loss").getValue()),
                    TrainConfig.Optimizer.parse(select("tr-opt").getValue()), num("tr-lr", "Learning rate"),
                    input("tr-decay").isChecked(), (int) num("tr-decay-steps", "Decay steps"), num("tr-l2", "L2 rate"),
                    num("tr-l1", "L1 rate"), (int) num("tr-batch", "Batch size"), c.seed());
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
            return null;
        }
    }

    private static double num(String id, String name) {
        String v = input(id).getValue().trim();
        try {
            return Num.parse(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + v + "' is not a number");
        }
    }

    private static void syncControls() {
        TrainConfig c = training.config();
        select("tr-data").setValue(c.shape().label());
        input("tr-points").setValue(String.valueOf(c.points()));
        input("tr-noise").setValue(Num.repr(c.noise()));
        input("tr-ratio").setValue(String.valueOf(100 - Math.round(c.testFraction() * 100)));
        input("tr-dseed").setValue(String.valueOf(c.dataSeed()));
        select("tr-act").setValue(c.activation().key());
        select("tr-loss").setValue(c.loss().key());
        select("tr-loss").setDisabled(c.shape().regression()); // a regression has the squared loss
        el("tr-scale").setHidden(!c.shape().regression());
        for (Feature f : Feature.values()) {
            input("tr-f" + f.ordinal()).setChecked(c.features().contains(f));
        }
        select("tr-opt").setValue(c.optimizer().key());
        input("tr-lr").setValue(Num.repr(c.lr()));
        input("tr-decay").setChecked(c.decay());
        input("tr-decay-steps").setValue(String.valueOf(c.decaySteps()));
        input("tr-l2").setValue(Num.repr(c.l2()));
        input("tr-l1").setValue(Num.repr(c.l1()));
        el("tr-batch").setAttribute("max", String.valueOf(Math.max(100, c.batchSize())));
        input("tr-batch").setValue(String.valueOf(c.batchSize()));
        sliderTexts();
        el("tr-seed").setTextContent(String.valueOf(c.seed()));
        el("tr-layer-count").setTextContent(String.valueOf(c.hidden().size()));
        HTMLElement layers = el("tr-layers");
        layers.clear();
        for (int i = 0; i < c.hidden().size(); i++) {
            int layer = i + 1;
            HTMLElement row = doc.createElement("div");
            row.setClassName("tr-row");
            row.appendChild(doc.createTextNode("Layer " + layer + " neurons "));
            HTMLElement minus = button("−", "Remove a neuron from layer " + layer, new On(NEURON_MINUS, layer, null, null));
            minus.setAttribute("id", "tr-n-minus-" + layer);
            row.appendChild(minus);
            HTMLElement n = doc.createElement("span");
            n.setClassName("n");
            n.setTextContent(String.valueOf((int) c.hidden().get(i)));
            row.appendChild(n);
            HTMLElement plus = button("+", "Add a neuron to layer " + layer, new On(NEURON_PLUS, layer, null, null));
            plus.setAttribute("id", "tr-n-plus-" + layer);
            row.appendChild(plus);
            layers.appendChild(row);
        }
    }

    /** The sliders' values as text beside them (on every move, before the change applies). */
    private static void sliderTexts() {
        el("tr-ratio-v").setTextContent(input("tr-ratio").getValue() + "%");
        String b = input("tr-batch").getValue();
        el("tr-batch-v").setTextContent("0".equals(b) ? "all" : b);
    }

    private static HTMLElement button(String text, String label, On r) {
        HTMLElement b = doc.createElement("button");
        b.setTextContent(text);
        b.setAttribute("aria-label", label);
        b.addEventListener("click", r);
        return b;
    }

    // ---- running ----

    private static void play() {
        if (playing) {
            return;
        }
        hideError();
        playing = true;
        el("tr-play").setTextContent("❚❚ Pause");
        frame = Window.requestAnimationFrame(new On(TICK));
    }

    private static void pause() {
        if (frame >= 0) {
            Window.cancelAnimationFrame(frame);
            frame = -1;
        }
        if (playing) {
            playing = false;
            el("tr-play").setTextContent("▶ Play");
            publish();
        }
    }

    /** One animation frame: steps under a time budget (so input stays responsive), then one redraw. */
    private static void tick() {
        frame = -1;
        if (!playing) {
            return;
        }
        double t0 = Performance.now();
        int n = 0;
        // steps get what a 30 fps frame leaves after the last redraw (2 to 12 ms): the picture stays live
        double budget = Math.max(2, Math.min(FRAME_BUDGET_MS, 30 - lastDrawMs));
        while (n < MAX_STEPS_PER_FRAME && Performance.now() - t0 < budget) {
            if (training.step() == null) {
                pause();
                error("No training points: add some by clicking on the plot, or Regenerate.");
                break;
            }
            n++;
        }
        double t1 = Performance.now();
        redraw();
        double t2 = Performance.now();
        stepMs = n == 0 ? stepMs : (t1 - t0) / n;
        lastFrameMs = t2 - t0;
        lastDrawMs = t2 - t1;
        framesDrawn++;
        sumSteps += n;
        sumStepMs += t1 - t0;
        sumDrawMs += t2 - t1;
        if (playing) {
            frame = Window.requestAnimationFrame(new On(TICK));
        }
    }

    private static double stepMs;
    private static double lastDrawMs;
    private static long sumSteps;       // while playing, for the benchmark (published as data-*)
    private static double sumStepMs;
    private static double sumDrawMs;
    private static double sumFieldMs;
    private static double sumPaintMs;
    private static double sumLinesMs;
    private static double sumCurveMs;

    // ---- drawing ----

    private static void redraw() {
        if (training == null) {
            return;
        }
        int outs = 1 + training.hiddenNeurons();
        if (field.length != outs * GRID * GRID) {
            field = new double[outs * GRID * GRID];
        }
        double t0 = Performance.now();
        training.field(GRID, field);
        double t1 = Performance.now();
        drawPlot();
        drawThumbs();
        double t2 = Performance.now();
        updateLines();
        double t3 = Performance.now();
        drawCurve();
        double t4 = Performance.now();
        sumFieldMs += t1 - t0;
        sumPaintMs += t2 - t1;
        sumLinesMs += t3 - t2;
        sumCurveMs += t4 - t3;
        el("tr-count").setTextContent(String.valueOf(training.steps()));
        if (!playing) {
            publish();
        }
    }

    /** Exposes the exact numbers on the page when not playing (for tests and curious users: data-*). */
    private static void publish() {
        StringBuilder w = new StringBuilder();
        double[] ws = training.weights();
        for (int i = 0; i < ws.length; i++) {
            w.append(i > 0 ? "," : "").append(Num.repr(ws[i]));
        }
        net.setAttribute("data-weights", w.toString());
        StringBuilder l = new StringBuilder();
        for (int k = 0; k < training.steps(); k++) {
            l.append(k > 0 ? "," : "").append(Num.repr(training.loss(k)));
        }
        curve.setAttribute("data-losses", l.toString());
        plot.setAttribute("data-points", String.valueOf(training.train().size()));
        StringBuilder a = new StringBuilder();
        for (Point p : training.added()) {
            a.append(a.length() > 0 ? ";" : "").append(Num.repr(p.x())).append(' ').append(Num.repr(p.y())).append(' ').append(p.label());
        }
        plot.setAttribute("data-added", a.toString());
        plot.setAttribute("data-domain", Num.repr(training.xLo()) + " " + Num.repr(training.yLo()) + " " + Num.repr(training.span()));
        el("train").setAttribute("data-step-ms", Num.repr(stepMs));
        el("train").setAttribute("data-frame-ms", Num.repr(lastFrameMs));
        el("train").setAttribute("data-frames", String.valueOf(framesDrawn));
        el("train").setAttribute("data-played-steps", String.valueOf(sumSteps));
        el("train").setAttribute("data-step-total-ms", Num.repr(sumStepMs));
        el("train").setAttribute("data-draw-total-ms", Num.repr(sumDrawMs));
        el("train").setAttribute("data-draw-parts-ms", "field " + Num.repr(sumFieldMs) + ", paint " + Num.repr(sumPaintMs)
                + ", lines " + Num.repr(sumLinesMs) + ", curve " + Num.repr(sumCurveMs));
    }

    private static boolean discrete;   // "discretize output": the output's sign only

    private static void drawPlot() {
        int o = hover >= 0 && hover + 1 < 1 + training.hiddenNeurons() ? hover + 1 : 0;
        // a regression's values in [-1, 1] span the whole colour scale (the bar under the plot)
        paint(heatImg.getData(), o, o != 0 ? scaleOf(o) : Palette.outputUnit(training.config().shape().regression()), o == 0 && discrete);
        heatCtx.putImageData(heatImg, 0, 0);
        plotCtx.drawImage(heat, 0, 0, PLOT, PLOT);
        // axes
        plotCtx.setStrokeStyle("rgba(0,0,0,0.15)");
        plotCtx.setLineWidth(1);
        plotCtx.beginPath();
        plotCtx.moveTo(px(0), 0);
        plotCtx.lineTo(px(0), PLOT);
        plotCtx.moveTo(0, py(0));
        plotCtx.lineTo(PLOT, py(0));
        plotCtx.stroke();
        ticks();
        drawPoints(training.train(), false);
        boolean showTest = input("tr-show-test").isChecked();
        if (showTest) {
            drawPoints(training.test(), true);
        }
        plot.setAttribute("data-drawn", training.train().size() + " " + (showTest ? training.test().size() : 0));
        if (cursorOn) { // the keyboard's cursor: a ring with a cross, dark on a light ring to show on both colours
            placeCursor();
            double x = px(cursorX);
            double y = py(cursorY);
            for (int pass = 0; pass < 2; pass++) {
                plotCtx.setStrokeStyle(pass == 0 ? "#ffffff" : "#111827");
                plotCtx.setLineWidth(pass == 0 ? 4 : 1.5);
                plotCtx.beginPath();
                plotCtx.arc(x, y, 7, 0, Math.PI * 2);
                plotCtx.moveTo(x - 12, y);
                plotCtx.lineTo(x - 3, y);
                plotCtx.moveTo(x + 3, y);
                plotCtx.lineTo(x + 12, y);
                plotCtx.moveTo(x, y - 12);
                plotCtx.lineTo(x, y - 3);
                plotCtx.moveTo(x, y + 3);
                plotCtx.lineTo(x, y + 12);
                plotCtx.stroke();
            }
        }
    }

    /** Tick marks and labels on the bottom and left edges, at 1, 2 or 5 times a power of ten (about 5 per axis). */
    private static void ticks() {
        double span = training.span();
        double step = Math.pow(10, Math.floor(Math.log10(span / 5)));
        step = span / step > 25 ? step * 5 : span / step > 10 ? step * 2 : step;
        plotCtx.setFillStyle("rgba(0,0,0,0.6)");
        plotCtx.setStrokeStyle("rgba(0,0,0,0.5)");
        plotCtx.setFont("10px sans-serif");
        plotCtx.beginPath();
        for (int axis = 0; axis < 2; axis++) {
            double lo = axis == 0 ? training.xLo() : training.yLo();
            for (long k = (long) Math.ceil(lo / step); k * step <= lo + span; k++) {
                double t = k * step;
                String text = Num.format(t, ".2g");
                if (axis == 0) {
                    double x = px(t);
                    plotCtx.moveTo(x, PLOT);
                    plotCtx.lineTo(x, PLOT - 5);
                    plotCtx.fillText(text, x + 2, PLOT - 3);
                } else {
                    double y = py(t);
                    plotCtx.moveTo(0, y);
                    plotCtx.lineTo(5, y);
                    plotCtx.fillText(text, 7, y + 3);
                }
            }
        }
        plotCtx.stroke();
    }

    private static void drawPoints(DataSet d, boolean test) {
        boolean values = training.config().shape().regression();
        for (int i = 0; i < d.size(); i++) {
            Point p = d.get(i);
            plotCtx.beginPath();
            plotCtx.arc(px(p.x()), py(p.y()), Palette.radius(test), 0, Math.PI * 2);
            plotCtx.setFillStyle(Palette.css(Palette.fill(p, values, test)));
            plotCtx.fill();
            plotCtx.setStrokeStyle(Palette.css(Palette.ring(p, values, test)));
            plotCtx.setLineWidth(Palette.ringWidth(test));
            plotCtx.stroke();
        }
    }

    private static double px(double x) {
        return (x - training.xLo()) / training.span() * PLOT;
    }

    private static double py(double y) {
        return (training.yLo() + training.span() - y) / training.span() * PLOT;
    }

    private static double scaleOf(int o) {
        int nn = GRID * GRID;
        return Palette.unit(field, o * nn, (o + 1) * nn);
    }

    /** {@link Palette#scale()} as ABGR ints (one 32-bit write per pixel of an ImageData). */
    private static int[] LUT;

    /** The colour and line-style tables (set once by init). */
    private static void tables() {
        LUT = new int[256];
        int[] scale = Palette.scale();
        for (int i = 0; i < 256; i++) {
            int c = scale[i];
            LUT[i] = 0xff000000 | ((c & 255) << 16) | (c & 0xff00) | (c >> 16); // little-endian RGBA bytes
        }
        WIDTH = new String[Palette.WIDTHS];
        OPACITY = new String[Palette.WIDTHS];
        for (int q = 0; q < Palette.WIDTHS; q++) {
            WIDTH[q] = Num.repr(Palette.width(q));
            OPACITY[q] = Num.repr(Palette.opacity(q));
        }
    }

    /** The CSS colour of a value in [-1, 1] on the regression scale. */
    private static String colour(double v) {
        return Palette.css(Palette.value(v));
    }

    /** The colour bar of the regression scale, -1 to +1, from the same table as the heatmap. */
    private static void scaleBar() {
        HTMLCanvasElement bar = el("tr-scale-bar").cast();
        CanvasRenderingContext2D c = bar.getContext("2d").cast();
        int w = bar.getWidth();
        for (int x = 0; x < w; x++) {
            c.setFillStyle(colour(2.0 * x / (w - 1) - 1));
            c.fillRect(x, 0, 1, bar.getHeight());
        }
    }

    /** Output {@code o} of the field as colours, one 32-bit write per pixel; {@code sign}: the two ends only. */
    private static void paint(Uint8ClampedArray px, int o, double scale, boolean sign) {
        Int32Array words = Int32Array.create(px.getBuffer());
        int nn = GRID * GRID;
        int base = o * nn;
        for (int i = 0; i < nn; i++) {
            words.set(i, LUT[Palette.index(field[base + i], scale, sign)]);
        }
    }

    // the loss plot's margins (px): room for the tick labels and the axis names
    private static final int CL = 46;
    private static final int CB = 30;
    private static final int CT = 8;
    private static final int CR = 10;

    /**
     * Train and test loss against the step, with labelled axes and ticks; the y axis linear from 0 or, with
     * "log scale", in decades from the smallest positive loss to the largest.
     */
    private static void drawCurve() {
        CanvasRenderingContext2D c = curve.getContext("2d").cast();
        int w = curve.getWidth();
        int h = curve.getHeight();
        c.clearRect(0, 0, w, h);
        int n = training.steps();
        boolean log = input("tr-log").isChecked();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int k = 0; k < n; k++) {
            for (int which = 0; which < 2; which++) {
                double v = which == 0 ? training.loss(k) : training.testLoss(k);
                if (v > 0 && v < 1e300) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (hi == 0) {
            lo = 0.1;
            hi = 1;
        }
        if (log) {
            lo = Math.floor(Math.log10(lo));
            hi = Math.max(lo + 1, Math.ceil(Math.log10(hi)));
        } else {
            lo = 0;
            hi = niceStep(hi / 4) * Math.ceil(hi / niceStep(hi / 4));
        }
        curveLo = lo;
        curveHi = hi;
        curveLog = log;
        // axes, ticks and names
        c.setStrokeStyle("rgba(0,0,0,0.45)");
        c.setFillStyle("rgba(0,0,0,0.65)");
        c.setLineWidth(1);
        c.setFont("10px sans-serif");
        c.beginPath();
        c.moveTo(CL + 0.5, CT); // on the pixel centre: a crisp 1 px line
        c.lineTo(CL + 0.5, h - CB + 0.5);
        c.lineTo(w - CR, h - CB + 0.5);
        StringBuilder yt = new StringBuilder();
        c.setTextAlign("right");
        double ys = log ? 1 : niceStep(hi / 4);
        for (double t = lo; t <= hi + ys * 1e-9; t += ys) {
            double y = cy(log ? Math.pow(10, t) : t, h);
            c.moveTo(CL - 4, y);
            c.lineTo(CL, y);
            String text = log ? Num.format(Math.pow(10, t), "g") : Num.format(t, ".3g");
            c.fillText(text, CL - 6, y + 3);
            yt.append(yt.length() > 0 ? " " : "").append(text);
        }
        c.setTextAlign("center");
        int last = Math.max(1, n - 1);
        double xs = Math.max(1, niceStep(last / 4.0));
        for (double t = 0; t <= last + 1e-9; t += xs) {
            double x = cx(t, last, w);
            c.moveTo(x, h - CB);
            c.lineTo(x, h - CB + 4);
            c.fillText(Num.format(t, ".0f"), x, h - CB + 14);
        }
        c.stroke();
        c.fillText("step", (CL + w - CR) / 2.0, h - 3);
        c.save();
        c.translate(10, (CT + h - CB) / 2.0);
        c.rotate(-Math.PI / 2);
        c.fillText(log ? "loss (log)" : "loss", 0, 0);
        c.restore();
        c.setTextAlign("start");
        curve.setAttribute("data-y-ticks", yt.toString());
        curve.setAttribute("data-scale", log ? "log" : "linear");
        if (n > 0) {
            series(c, w, h, n, 0, Palette.css(Palette.POSITIVE));
            series(c, w, h, n, 1, Palette.css(Palette.NEGATIVE));
        }
        Training.Stat s = training.shown();
        el("tr-loss-v").setTextContent(Caption.loss(s.loss()));
        el("tr-acc-v").setTextContent(Caption.percent(s.accuracy()));
        el("tr-tloss-v").setTextContent(Caption.loss(s.testLoss()));
        el("tr-tacc-v").setTextContent(Caption.percent(s.testAccuracy()));
    }

    private static double curveLo;
    private static double curveHi;
    private static boolean curveLog;

    /** 1, 2 or 5 times a power of ten, at least {@code x}. */
    private static double niceStep(double x) {
        if (!(x > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        return x <= p ? p : x <= 2 * p ? 2 * p : x <= 5 * p ? 5 * p : 10 * p;
    }

    /** The loss plot's y of a loss (NaN for a loss a log axis cannot show). */
    private static double cy(double v, int h) {
        double f = curveLog ? (v > 0 ? (Math.log10(v) - curveLo) / (curveHi - curveLo) : Double.NaN)
                : (v - curveLo) / (curveHi - curveLo);
        return CT + (1 - Math.min(1, f)) * (h - CT - CB);
    }

    private static double cx(double k, int last, int w) {
        return CL + k / last * (w - CL - CR);
    }

    private static void series(CanvasRenderingContext2D c, int w, int h, int n, int which, String color) {
        c.setStrokeStyle(color);
        c.setLineWidth(1.5);
        c.beginPath();
        boolean started = false;
        int last = Math.max(1, n - 1);
        int stride = Math.max(1, n / w);
        for (int k = 0; k < n; k += stride) {
            double y = cy(which == 0 ? training.loss(k) : training.testLoss(k), h);
            if (y != y) {
                continue;
            }
            double x = cx(k, last, w);
            if (!started) {
                c.moveTo(x, y);
                started = true;
            } else {
                c.lineTo(x, y);
            }
        }
        c.stroke();
    }

    // ---- the network ----

    private static void rebuildNet() {
        net.clear();
        TrainConfig c = training.config();
        List<Feature> fs = c.features();
        int[] sizes = c.sizes();
        int cols = sizes.length + 1;
        int maxRows = c.widest();
        // columns as wide as the panel allows (110 px at most, 56 at least); a wider diagram is zoomed out to
        // fit (a phone: the output neuron was out of view, issue 15)
        double avail = netRoom();
        col = columns(avail, cols);
        int width = IN_LABEL + (cols - 1) * col + NODE + 30;
        int height = maxRows * ROW + 20;
        netZoom = avail > 0 && width > avail ? avail / width : 1;
        net.getStyle().setProperty("width", width + "px");
        net.getStyle().setProperty("height", height + "px");
        net.getStyle().setProperty("zoom", netZoom == 1 ? "" : Num.repr(netZoom));
        net.setAttribute("data-zoom", Num.repr(netZoom));
        Element svg = doc.createElementNS(SVG_NS, "svg");
        svg.setAttribute("width", String.valueOf(width));
        svg.setAttribute("height", String.valueOf(height));
        net.appendChild(svg);
        List<Value> params = training.model().parameters();
        lines = new Element[params.size()];
        lineKey = new int[0];
        if (!netWired) { // one delegated listener for every connection
            netWired = true;
            net.addEventListener("mousemove", new On(NET_MOVE));
            net.addEventListener("mouseout", new On(NET_OUT));
            net.addEventListener("click", new On(NET_CLICK));
            net.addEventListener("keydown", new On(NET_KEY));
            el("tr-wedit-v").addEventListener("change", new On(WEIGHT_SET));
            el("tr-wedit-v").addEventListener("keydown", new On(WEIGHT_KEY));
        }
        chosen = -1;
        closeEdit();
        int p = 0;
        int nin = fs.size();
        for (int l = 0; l < sizes.length; l++) {
            Layer layer = training.model().layers().get(l);
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < nin; i++) {
                    Element line = doc.createElementNS(SVG_NS, "line");
                    line.setAttribute("x1", Num.repr(cx(l) + NODE));
                    line.setAttribute("y1", Num.repr(cy(i, nin, maxRows)));
                    line.setAttribute("x2", Num.repr(cx(l + 1)));
                    line.setAttribute("y2", Num.repr(cy(j, sizes[l], maxRows)));
                    int index = p;
                    line.setAttribute("data-param", String.valueOf(index));
                    line.setAttribute("data-name", "w" + (l + 1) + "." + (j + 1) + "." + (i + 1));
                    svg.appendChild(line);
                    lines[p++] = line;
                }
                p++; // the bias: shown on the neuron
            }
            nin = layer.nout();
        }
        // inputs (one per feature, named on their left) and neurons
        thumbs = new HTMLCanvasElement[training.hiddenNeurons()];
        for (int i = 0; i < fs.size(); i++) {
            label(fs.get(i).label(), 2, cy(i, fs.size(), maxRows) - 8);
            HTMLCanvasElement in = thumb(cx(0), cy(i, fs.size(), maxRows));
            in.setAttribute("data-input", fs.get(i).key());
            paintInput(in, fs.get(i));
        }
        int t = 0;
        int bias = 0;
        for (int l = 0; l < sizes.length; l++) {
            int fanIn = l == 0 ? fs.size() : sizes[l - 1];
            for (int j = 0; j < sizes[l]; j++) {
                bias += fanIn;
                boolean out = l == sizes.length - 1;
                HTMLCanvasElement th = thumb(cx(l + 1), cy(j, sizes[l], maxRows));
                int neuron = out ? -1 : t;
                int biasIndex = bias;
                String name = out ? "output" : "neuron " + (l + 1) + "." + (j + 1);
                th.addEventListener("mouseenter", new On(NEURON_ENTER, neuron, th, null));
                th.addEventListener("mousemove", new On(NEURON_MOVE, biasIndex, name + " (bias)", null));
                th.addEventListener("mouseleave", new On(NEURON_LEAVE, neuron, th, null));
                if (out) {
                    th.setAttribute("id", "tr-out");
                } else {
                    thumbs[t++] = th;
                    th.setAttribute("data-neuron", (l + 1) + "." + (j + 1));
                }
                bias++;
            }
        }
        label(c.activation().label() + " hidden, linear output", 0, height - 16);
    }

    private static int col;           // network column spacing now (init: COL)
    private static double netZoom;    // the diagram's zoom (1: it fits)

    /** The width the diagram may take: the network panel's inside (0 while hidden). */
    private static double netRoom() {
        return ((HTMLElement) net.getParentNode().cast()).getClientWidth() - 16;
    }

    /** Column spacing for {@code cols} columns in {@code avail} px. */
    private static int columns(double avail, int cols) {
        double room = avail - IN_LABEL - NODE - 30;
        return room <= 0 ? COL : Math.max(56, Math.min(COL, (int) (room / (cols - 1))));
    }

    /**
     * The window's width changed (a phone turned, a window resized): the diagram is laid out again when its
     * columns or zoom would change. Only then: a phone's keyboard resizes the window's height, and the
     * weight editor it opened for must stay.
     */
    private static void resized() {
        if (training == null || !isShown()) {
            return;
        }
        double avail = netRoom();
        int cols = training.config().sizes().length + 1;
        int c = columns(avail, cols);
        int width = IN_LABEL + (cols - 1) * c + NODE + 30;
        double zoom = avail > 0 && width > avail ? avail / width : 1;
        if (c != col || Math.abs(zoom - netZoom) > 0.01) {
            rebuildNet();
            redraw();
        }
    }

    // ---- editing a weight (issue 15): click a connection, or keys on the focused network ----

    private static int chosen;        // the weight the keys move and Enter edits (init: -1)

    /** Marks weight {@code p} (a connection, never a bias) as the chosen one. */
    private static void choose(int p) {
        if (chosen >= 0 && chosen < lines.length && lines[chosen] != null) {
            lines[chosen].removeAttribute("class");
        }
        chosen = p;
        lines[p].setAttribute("class", "sel");
    }

    /** Left/right choose the previous/next weight, Enter opens the editor on it. */
    private static void netKey(KeyboardEvent k) {
        String key = k.getKey();
        int d = "ArrowRight".equals(key) ? 1 : "ArrowLeft".equals(key) ? -1 : 0;
        if (d != 0) {
            k.preventDefault();
            int p = chosen < 0 ? (d > 0 ? -1 : lines.length) : chosen;
            do {
                p = (p + d + lines.length) % lines.length;
            } while (lines[p] == null);
            choose(p);
        } else if ("Enter".equals(key)) {
            k.preventDefault();
            if (chosen < 0) {
                choose(0);
            }
            editWeight();
        }
    }

    /** Opens the editor on the chosen weight, beside its connection. */
    private static void editWeight() {
        pause();
        HTMLElement box = el("tr-wedit");
        el("tr-wedit-name").setTextContent(lines[chosen].getAttribute("data-name"));
        HTMLInputElement v = input("tr-wedit-v");
        v.setValue(Num.repr(training.model().parameters().get(chosen).data()));
        box.getStyle().setProperty("left", Math.round(mid(lines[chosen], false)) + "px");
        box.getStyle().setProperty("top", Math.round(mid(lines[chosen], true)) + "px");
        box.setHidden(false);
        v.focus();
        v.select();
    }

    /** The middle of an element on the screen (an SVG line: a cast to HTMLElement would fail, it is checked). */
    @JSBody(params = {"e", "y"}, script = "var r = e.getBoundingClientRect(); return y ? r.top + r.height / 2 : r.left + r.width / 2;")
    private static native double mid(Element e, boolean y);

    private static void closeEdit() {
        el("tr-wedit").setHidden(true);
    }

    /** The editor's number becomes the weight; training continues from it. */
    private static void setWeight() {
        String text = input("tr-wedit-v").getValue().trim();
        try {
            training.setWeight(chosen, Num.parse(text));
            hideError();
        } catch (NumberFormatException e) {
            error("Weight: '" + text + "' is not a number");
            return;
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
            return;
        }
        closeEdit();
        net.focus();
        redraw();
    }

    private static boolean netWired;

    @JSBody(params = {"e", "name"}, script = "var t = e.target; return t && t.getAttribute ? (t.getAttribute(name) || '') : '';")
    private static native String attr(Event e, String name);

    private static void label(String s, double x, double y) {
        HTMLElement d = doc.createElement("span");
        d.setClassName("tr-lbl");
        d.setTextContent(s);
        d.getStyle().setProperty("left", Num.repr(x) + "px");
        d.getStyle().setProperty("top", Num.repr(y) + "px");
        net.appendChild(d);
    }

    private static HTMLCanvasElement thumb(double x, double y) {
        HTMLCanvasElement cv = doc.createElement("canvas").cast();
        cv.setWidth(GRID);
        cv.setHeight(GRID);
        cv.getStyle().setProperty("left", Num.repr(x) + "px");
        cv.getStyle().setProperty("top", Num.repr((y - NODE / 2.0)) + "px");
        net.appendChild(cv);
        return cv;
    }

    /** An input neuron's picture: its feature over the plot window. */
    private static void paintInput(HTMLCanvasElement cv, Feature f) {
        CanvasRenderingContext2D c = cv.getContext("2d").cast();
        ImageData img = c.createImageData(GRID, GRID);
        Uint8ClampedArray px = img.getData();
        double[] saved = field;
        field = new double[GRID * GRID];
        training.feature(f, GRID, field);
        paint(px, 0, scaleOf(0), false);
        field = saved;
        c.putImageData(img, 0, 0);
    }

    private static double cx(int c) {
        return IN_LABEL + c * col;
    }

    private static double cy(int i, int n, int maxRows) {
        double top = 10 + (maxRows - n) * ROW / 2.0;
        return top + i * ROW + ROW / 2.0;
    }

    private static void drawThumbs() {
        for (int t = 0; t < thumbs.length; t++) {
            paint(thumbImg.getData(), t + 1, scaleOf(t + 1), false);
            CanvasRenderingContext2D c = thumbs[t].getContext("2d").cast();
            c.putImageData(thumbImg, 0, 0);
        }
        HTMLElement out = el("tr-out");
        if (out != null) {
            paint(thumbImg.getData(), 0, Palette.outputUnit(training.config().shape().regression()), discrete);
            CanvasRenderingContext2D c = ((HTMLCanvasElement) out.cast()).getContext("2d").cast();
            c.putImageData(thumbImg, 0, 0);
        }
    }

    private static String[] WIDTH;   // per width step: stroke-width and opacity texts (tables())
    private static String[] OPACITY;
    private static int[] lineKey;

    private static void updateLines() {
        if (lineKey.length != lines.length) {
            lineKey = new int[lines.length];
            java.util.Arrays.fill(lineKey, Integer.MIN_VALUE);
        }
        List<Value> params = training.model().parameters();
        for (int i = 0; i < lines.length; i++) {
            Element line = lines[i];
            if (line == null) {
                continue;
            }
            double w = params.get(i).data();
            int q = Palette.widthStep(w);
            int key = w >= 0 ? q : -q - 1;
            if (lineKey[i] == key) {
                continue; // unchanged: no DOM write
            }
            lineKey[i] = key;
            line.setAttribute("stroke", Palette.css(Palette.weight(w)));
            line.setAttribute("stroke-width", WIDTH[q]);
            line.setAttribute("stroke-opacity", OPACITY[q]);
        }
    }

    private static void showParamTip(int index, String name, MouseEvent e) {
        Value p = training.model().parameters().get(index);
        tip.clear();
        HTMLElement head = doc.createElement("div");
        head.setTextContent(name);
        tip.appendChild(head);
        HTMLElement body = doc.createElement("div");
        body.setTextContent("value " + Num.format(p.data(), ".5g") + "\ngrad  " + Num.format(p.grad(), ".5g")
                + (training.steps() == 0 ? " (no step yet)" : " (last step)"));
        tip.appendChild(body);
        tip.getStyle().setProperty("left", (e.getClientX() + 14) + "px");
        tip.getStyle().setProperty("top", (e.getClientY() + 14) + "px");
        tip.setHidden(false);
    }

    private static void hideTip() {
        if (tip != null) {
            tip.setHidden(true);
        }
    }

    // ---- the plot: add points, open a point's graph ----

    /** Client coordinates to data coordinates. */
    private static double[] toData(MouseEvent e) {
        double[] r = rect(plot);
        double sx = (e.getClientX() - r[0]) / r[2] * PLOT;
        double sy = (e.getClientY() - r[1]) / r[3] * PLOT;
        double span = training.span();
        double yHi = training.yLo() + span;
        return new double[] {training.xLo() + sx / PLOT * span, yHi - sy / PLOT * span, sx, sy};
    }

    private static int pointAt(double sx, double sy) {
        DataSet d = training.train();
        int best = -1;
        double bestD = 7 * 7;
        for (int i = 0; i < d.size(); i++) {
            double dx = px(d.get(i).x()) - sx;
            double dy = py(d.get(i).y()) - sy;
            double dd = dx * dx + dy * dy;
            if (dd <= bestD) {
                bestD = dd;
                best = i;
            }
        }
        return best;
    }

    private static void clickPlot(MouseEvent e) {
        double[] d = toData(e);
        int i = e.getShiftKey() ? -1 : pointAt(d[2], d[3]);
        if (i >= 0) {
            openGraph(i);
            return;
        }
        addPoint(d[0], d[1], input("tr-cls-neg").isChecked() ? -1 : 1);
    }

    /** Adds a training point of class {@code label} (a regression: value +-1) at data coordinates (x, y). */
    private static void addPoint(double x, double y, int label) {
        training.addPoint(Math.round(x * 1000) / 1000.0, Math.round(y * 1000) / 1000.0, label);
        hideError();
        if (!playing) {
            redraw();
        }
    }

    private static boolean cursorOn;   // the plot has the keyboard focus: its cursor is drawn
    private static double cursorX;     // the cursor in data coordinates (the window's centre at first)
    private static double cursorY;
    private static boolean cursorSet;

    /**
     * The plot's keys (issue 15: the click's keyboard equivalents): arrows move the cursor (a 20th of the
     * window; with Shift a 100th), Enter adds a point of the class chosen under "Click adds", 1 and 2 add one
     * of class +1 and -1, G opens the graph of the training point under the cursor.
     */
    private static void plotKey(KeyboardEvent k) {
        if (k.isCtrlKey() || k.isMetaKey() || k.isAltKey()) {
            return;
        }
        String key = k.getKey();
        double span = training.span();
        double d = k.isShiftKey() ? span / 100 : span / 20;
        double dx = "ArrowRight".equals(key) ? d : "ArrowLeft".equals(key) ? -d : 0;
        double dy = "ArrowUp".equals(key) ? d : "ArrowDown".equals(key) ? -d : 0;
        placeCursor();
        if (dx != 0 || dy != 0) {
            cursorX = Math.max(training.xLo(), Math.min(training.xLo() + span, cursorX + dx));
            cursorY = Math.max(training.yLo(), Math.min(training.yLo() + span, cursorY + dy));
        } else if ("Enter".equals(key) || "1".equals(key) || "2".equals(key)) {
            addPoint(cursorX, cursorY, "2".equals(key) || "Enter".equals(key) && input("tr-cls-neg").isChecked() ? -1 : 1);
        } else if ("g".equals(key) || "G".equals(key)) {
            int i = pointAt(px(cursorX), py(cursorY));
            if (i < 0) {
                error("No training point under the cursor: move it onto one (arrows), then G opens its graph.");
            } else {
                openGraph(i);
            }
        } else {
            return;
        }
        k.preventDefault(); // arrows would scroll the page
        plot.setAttribute("data-cursor", Num.repr(cursorX) + " " + Num.repr(cursorY));
        if (!playing) {
            drawPlot();
        }
    }

    /** The cursor starts in the window's centre, and goes back there when the window moved away from it. */
    private static void placeCursor() {
        double lo = training.xLo();
        double bottom = training.yLo();
        double span = training.span();
        if (!cursorSet || !(cursorX >= lo && cursorX <= lo + span && cursorY >= bottom && cursorY <= bottom + span)) {
            cursorX = lo + span / 2;
            cursorY = bottom + span / 2;
            cursorSet = true;
        }
    }

    /** Opens training point {@code i}'s forward pass and loss as a graph in the editor. */
    private static void openGraph(int i) {
        pause();
        show(false);
        Main.showProgram(Code.point(training, i), true);
    }

    private static void hoverPlot(MouseEvent e) {
        double[] d = toData(e);
        int i = pointAt(d[2], d[3]);
        if (i < 0) {
            hideTip();
            plot.getStyle().setProperty("cursor", "crosshair");
            return;
        }
        plot.getStyle().setProperty("cursor", "pointer");
        Point p = training.train().get(i);
        tip.clear();
        HTMLElement head = doc.createElement("div");
        head.setTextContent("point " + i + (training.config().shape().regression() ? " (value " + Num.format(p.value(), ".3f")
                : p.label() > 0 ? " (class +1" : " (class −1") + ")");
        tip.appendChild(head);
        HTMLElement body = doc.createElement("div");
        body.setTextContent("x = (" + Num.format(p.x(), ".3f") + ", " + Num.format(p.y(), ".3f") + ")\nscore "
                + Num.format(training.score(p.x(), p.y()), ".4f") + "\nclick: open its graph");
        tip.appendChild(body);
        tip.getStyle().setProperty("left", (e.getClientX() + 14) + "px");
        tip.getStyle().setProperty("top", (e.getClientY() + 14) + "px");
        tip.setHidden(false);
    }

    private static double[] rect(HTMLElement el) {
        org.teavm.jso.dom.html.TextRectangle r = el.getBoundingClientRect();
        return new double[] {r.getLeft(), r.getTop(), r.getWidth(), r.getHeight()};
    }

    // ---- errors and helpers ----

    private static void error(String msg) {
        HTMLElement e = el("tr-error");
        e.setTextContent(msg);
        e.setHidden(false);
    }

    private static void hideError() {
        el("tr-error").setHidden(true);
    }

    private static HTMLElement el(String id) {
        return doc.getElementById(id);
    }

    private static HTMLInputElement input(String id) {
        return el(id).cast();
    }

    private static HTMLSelectElement select(String id) {
        return el(id).cast();
    }

    /** The Train view's buttons (one listener class for all: less page script than a lambda each). */
    private static void clicked(String id) {
        if (id.equals("tr-play")) {
            if (playing) {
                pause();
            } else {
                play();
            }
        } else if (id.equals("tr-step")) {
            pause();
            if (training.step() == null) {
                error("No training points: add some by clicking on the plot, or Regenerate.");
            }
            redraw();
        } else if (id.equals("tr-rewind")) {
            training.rewind();
            redraw();
        } else if (id.equals("tr-reset")) {
            training.reset();
            syncControls();
            redraw();
        } else if (id.equals("tr-code")) {
            pause();
            // as many steps as the view took (100 before the first), within what a page run may create
            int steps = Math.min(training.steps() > 0 ? training.steps() : 100, Code.stepsWithin(training, 800_000));
            show(false);
            Main.showProgram(Code.program(training, steps), false);
        } else if (id.equals("tr-regen")) { // new data: the next data seed
            TrainConfig c = readConfig();
            if (c != null) {
                training.configure(c.withData(c.points(), c.noise(), c.testFraction(), c.dataSeed() + 1));
                training.regenerate();
                syncControls();
                redraw();
            }
        } else if (id.equals("tr-clear")) {
            training.clearPoints();
            redraw();
        } else if (id.equals("tr-layer-minus")) {
            setLayers(-1, 0);
        } else if (id.equals("tr-layer-plus")) {
            setLayers(1, 0);
        }
    }

}
