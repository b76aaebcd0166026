package dev.backprop.train;

import dev.backprop.snapshot.Json;
import dev.backprop.data.Point;
import dev.backprop.data.Shape;
import dev.backprop.py.Num;
import dev.backprop.nn.Activation;
import dev.backprop.nn.Loss;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A training run frozen for a share link: config, data edits, step, the current weights (exact), Adam's
 * moments (exact, so training continues bit for bit; the batch draws are seeded per step, so the step is the
 * whole RNG state) and the loss/accuracy history (one entry per step, exact doubles).
 * {@link #toJson()} is the snapshot's {@code "train"} object. Runs of up to {@link #CURVE_POINTS} steps keep
 * every history entry; longer ones keep every {@code every}-th entry and the last one, exactly (a share stays
 * under the server's 64 KB), and the steps between come back as NaN (curves are drawn over them).
 *
 * <p>{@link #fromJson} is also the server's check of a shared {@code train} object (issue 18): every count
 * and length is bounded and must agree with the config, so a hostile snapshot gets an
 * IllegalArgumentException naming the field, never another exception or an out-of-memory.
 */
public record TrainState(TrainConfig config, boolean generated, List<Point> added, int step, double[] weights,
                         double[] loss, double[] accuracy, double[] testLoss, double[] testAccuracy,
                         double[] adamM, double[] adamV, Display display) {

    /**
     * How the run is shown, shared with it: test points on the plot, "discretize output" (the output's sign
     * only) and the loss plot's log scale.
     */
    public record Display(boolean showTest, boolean discrete, boolean logScale) {
        /** The page's defaults: test points shown, a smooth output, a linear loss axis. */
        public static Display initial() {
            return new Display(true, false, false);
        }
    }

    /** Every key of a {@code train} object {@link #toJson} writes and {@link #fromJson} reads (the server refuses others). */
    public static final List<String> KEYS = List.of("version", "config", "generated", "added", "step", "every", "weights",
            "loss", "accuracy", "testLoss", "testAccuracy", "adamM", "adamV",
            "showTest", "discrete", "logScale");
    /** Every key of its {@code config} object. */
    public static final List<String> CONFIG_KEYS = List.of("data", "points", "noise", "test", "dataSeed", "features",
            "hidden", "activation", "loss", "optimizer", "lr", "decay", "decaySteps", "l2", "l1", "batch", "seed");

    public static final int CURVE_POINTS = 300;
    /** The most steps a shared run may have taken (its history is 4 arrays of this many doubles). */
    public static final int MAX_STEP = 500_000;
    /** Added points, coordinates and seeds beyond these are not a run this page made. */
    public static final double MAX_COORD = 1000;
    static final double MAX_SEED = 9007199254740992.0; // 2^53: every integer up to it is exact in JSON

    /** History entries kept per curve for a run of {@code step} steps: one every {@code every}, plus the last. */
    static int every(int step) {
        return Math.max(1, (step + CURVE_POINTS - 1) / CURVE_POINTS);
    }

    /** Whether step k's history entry is kept. */
    static boolean kept(int k, int step, int every) {
        return k % every == 0 || k == step - 1;
    }

    static int keptCount(int step, int every) {
        return step == 0 ? 0 : (step - 1) / every + 1 + ((step - 1) % every == 0 ? 0 : 1);
    }

    public TrainState {
        added = List.copyOf(added);
        if (display == null) {
            display = Display.initial();
        }
    }

    /** The same run shown as {@code d} says. */
    public TrainState withDisplay(Display d) {
        return new TrainState(config, generated, added, step, weights, loss, accuracy, testLoss, testAccuracy, adamM, adamV, d);
    }

    public String toJson() {
        TrainConfig c = config;
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\"version\":2,\"config\":{\"data\":\"").append(c.shape().label()).append('"')
                .append(",\"points\":").append(c.points())
                .append(",\"noise\":").append(Json.number(c.noise()))
                .append(",\"test\":").append(Json.number(c.testFraction()))
                .append(",\"dataSeed\":").append(c.dataSeed())
                .append(",\"features\":[");
        for (int i = 0; i < c.features().size(); i++) {
            sb.append(i > 0 ? ",\"" : "\"").append(c.features().get(i).key()).append('"');
        }
        sb.append("],\"hidden\":[");
        for (int i = 0; i < c.hidden().size(); i++) {
            sb.append(i > 0 ? "," : "").append((int) c.hidden().get(i));
        }
        sb.append("],\"activation\":\"").append(c.activation().key())
                .append("\",\"loss\":\"").append(c.loss().key())
                .append("\",\"optimizer\":\"").append(c.optimizer().key())
                .append("\",\"lr\":").append(Json.number(c.lr()))
                .append(",\"decay\":").append(c.decay())
                .append(",\"decaySteps\":").append(c.decaySteps())
                .append(",\"l2\":").append(Json.number(c.l2()))
                .append(",\"l1\":").append(Json.number(c.l1()))
                .append(",\"batch\":").append(c.batchSize())
                .append(",\"seed\":").append(c.seed())
                .append("},\"generated\":").append(generated)
                .append(",\"added\":[");
        for (int i = 0; i < added.size(); i++) {
            Point p = added.get(i);
            sb.append(i > 0 ? "," : "").append('[').append(Json.number(p.x())).append(',')
                    .append(Json.number(p.y())).append(',');
            if (c.shape().regression()) {
                sb.append(Json.number(p.value()));
            } else {
                sb.append(p.label());
            }
            sb.append(']');
        }
        sb.append("],\"step\":").append(step).append(",\"weights\":");
        exact(sb, weights);
        int every = every(step);
        sb.append(",\"every\":").append(every).append(",\"loss\":");
        curve(sb, loss, every);
        sb.append(",\"accuracy\":");
        curve(sb, accuracy, every);
        sb.append(",\"testLoss\":");
        curve(sb, testLoss, every);
        sb.append(",\"testAccuracy\":");
        curve(sb, testAccuracy, every);
        if (adamM != null && adamV != null) {
            sb.append(",\"adamM\":");
            exact(sb, adamM);
            sb.append(",\"adamV\":");
            exact(sb, adamV);
        }
        sb.append(",\"showTest\":").append(display.showTest()).append(",\"discrete\":").append(display.discrete())
                .append(",\"logScale\":").append(display.logScale());
        return sb.append('}').toString();
    }

    private static void exact(StringBuilder sb, double[] a) {
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            sb.append(i > 0 ? "," : "").append(Json.number(a[i]));
        }
        sb.append(']');
    }

    private void curve(StringBuilder sb, double[] a, int every) {
        sb.append('[');
        for (int k = 0; k < step; k++) {
            if (kept(k, step, every)) {
                sb.append(k > 0 ? "," : "").append(Json.number(a != null && k < a.length ? a[k] : Double.NaN));
            }
        }
        sb.append(']');
    }

    /** Reads a {@link #toJson()} object; throws IllegalArgumentException naming the bad field. */
    public static TrainState fromJson(String json) {
        Object root = Json.parse(json);
        if (!(root instanceof Map)) {
            throw new IllegalArgumentException("train: expected an object");
        }
        return of((Map<?, ?>) root);
    }

    /** The {@code "train"} object of a whole snapshot JSON, or null if it has none ({@code "train":null}). */
    public static TrainState fromSnapshot(String snapshotJson) {
        Object root = Json.parse(snapshotJson);
        if (!(root instanceof Map)) {
            throw new IllegalArgumentException("snapshot: expected an object");
        }
        Object train = ((Map<?, ?>) root).get("train");
        if (train == null) {
            return null;
        }
        if (!(train instanceof Map)) {
            throw new IllegalArgumentException("snapshot.train: expected an object");
        }
        return of((Map<?, ?>) train);
    }

    private static TrainState of(Map<?, ?> m) {
        int version = m.containsKey("version") ? integer(m, "version", 1, 2) : 1;
        Map<?, ?> c = obj(m, "config");
        List<?> layers = list(c, "hidden");
        if (layers.size() > TrainConfig.MAX_LAYERS) {
            throw new IllegalArgumentException("train.config.hidden: at most " + TrainConfig.MAX_LAYERS
                    + " hidden layers, got " + layers.size());
        }
        List<Integer> hidden = new ArrayList<>();
        for (Object o : layers) {
            hidden.add((int) integer(o, "config.hidden", 1, TrainConfig.MAX_NEURONS));
        }
        List<Feature> features = TrainConfig.xy(); // shares made before features were added
        if (c.containsKey("features")) {
            List<?> fs = list(c, "features");
            if (fs.size() > Feature.values().length) {
                throw new IllegalArgumentException("train.config.features: at most " + Feature.values().length
                        + " features, got " + fs.size());
            }
            features = new ArrayList<>();
            for (Object o : fs) {
                if (!(o instanceof String)) {
                    throw new IllegalArgumentException("train.config.features: expected names of features");
                }
                features.add(Feature.parse((String) o));
            }
        }
        Shape shape = Shape.parse(str(c, "data"));
        TrainConfig config = new TrainConfig(shape, integer(c, "points", 0, TrainConfig.MAX_POINTS),
                num(c, "noise"), num(c, "test"), seed(c, "dataSeed"), features, hidden, Activation.parse(str(c, "activation")),
                Loss.parse(str(c, "loss")), TrainConfig.Optimizer.parse(str(c, "optimizer")), num(c, "lr"),
                bool(c, "decay"), integer(c, "decaySteps", 1, MAX_STEP), num(c, "l2"),
                c.containsKey("l1") ? num(c, "l1") : 0, integer(c, "batch", 0, TrainConfig.MAX_POINTS), seed(c, "seed"));
        List<?> points = list(m, "added");
        if (points.size() > TrainConfig.MAX_POINTS) {
            throw new IllegalArgumentException("train.added: at most " + TrainConfig.MAX_POINTS + " points, got " + points.size());
        }
        List<Point> added = new ArrayList<>();
        for (Object o : points) {
            if (!(o instanceof List) || ((List<?>) o).size() != 3) {
                throw new IllegalArgumentException("train.added: each point must be [x, y, label]");
            }
            List<?> p = (List<?>) o;
            double x = coord(p.get(0), "added.x");
            double y = coord(p.get(1), "added.y");
            added.add(shape.regression() ? Point.valued(x, y, value(p.get(2))) : new Point(x, y, label(p.get(2))));
        }
        int step = integer(m, "step", 0, MAX_STEP);
        int params = parameters(config);
        double[] weights = doubles(m, "weights", params);
        boolean adam = config.optimizer() == TrainConfig.Optimizer.ADAM;
        double[] adamM = adam && m.containsKey("adamM") ? doubles(m, "adamM", params) : null;
        double[] adamV = adam && m.containsKey("adamV") ? doubles(m, "adamV", params) : null;
        for (double w : weights) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("train.weights: every weight must be a finite number");
            }
        }
        Display display = new Display(optionalBool(m, "showTest", true), optionalBool(m, "discrete", false),
                optionalBool(m, "logScale", false));
        if (version == 1) {
            // version 1 kept every {@code every}-th entry, rounded; spread them over the steps as it did
            int every = integer(m, "every", 1, MAX_STEP);
            return new TrainState(config, bool(m, "generated"), added, step, weights,
                    spread(m, "loss", every, step), spread(m, "accuracy", every, step),
                    spread(m, "testLoss", every, step), spread(m, "testAccuracy", every, step), adamM, adamV, display);
        }
        int every = every(step);
        if (integer(m, "every", 1, MAX_STEP) != every) {
            throw new IllegalArgumentException("train.every: expected " + every + " for step " + step);
        }
        return new TrainState(config, bool(m, "generated"), added, step, weights,
                history(m, "loss", step, every), history(m, "accuracy", step, every),
                history(m, "testLoss", step, every), history(m, "testAccuracy", step, every), adamM, adamV, display);
    }

    /** The number of parameters of the config's MLP (weights and biases), as {@link #weights} holds them. */
    static int parameters(TrainConfig c) {
        int n = 0;
        int in = c.features().size();
        for (int out : c.sizes()) {
            n += (in + 1) * out;
            in = out;
        }
        return n;
    }

    /** The kept entries of a curve put back at their steps; the steps between are NaN. */
    private static double[] history(Map<?, ?> m, String key, int step, int every) {
        double[] kept = doubles(m, key, keptCount(step, every));
        double[] out = new double[step];
        int j = 0;
        for (int k = 0; k < step; k++) {
            out[k] = kept(k, step, every) ? kept[j++] : Double.NaN;
        }
        return out;
    }

    private static double[] spread(Map<?, ?> m, String key, int every, int step) {
        double[] d = m.containsKey(key) ? doubles(m, key, -1) : new double[0];
        double[] out = new double[step];
        for (int k = 0; k < step; k++) {
            int j = k / every;
            out[k] = j < d.length ? d[j] : Double.NaN;
        }
        return out;
    }

    private static int integer(Map<?, ?> m, String key, int min, int max) {
        if (!m.containsKey(key)) {
            throw new IllegalArgumentException("train." + key + ": missing");
        }
        return integer(m.get(key), key, min, max);
    }

    /** An integral number in [min, max] (checked as a double, before any cast). */
    private static int integer(Object o, String where, int min, int max) {
        double d = num(o, where);
        if (!(d >= min && d <= max) || d != Math.rint(d)) {
            throw new IllegalArgumentException("train." + where + ": expected a whole number from " + min + " to "
                    + max + ", got " + shown(d));
        }
        return (int) d;
    }

    /** A number as the sender wrote it in JSON: whole numbers without ".0". */
    private static String shown(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Json.number(d);
    }

    private static long seed(Map<?, ?> m, String key) {
        double d = num(m, key);
        if (!(Math.abs(d) <= MAX_SEED) || d != Math.rint(d)) {
            throw new IllegalArgumentException("train.config." + key + ": expected a whole number up to 2**53, got "
                    + shown(d));
        }
        return (long) d;
    }

    private static double coord(Object o, String where) {
        double d = num(o, where);
        if (!(Math.abs(d) <= MAX_COORD)) {
            throw new IllegalArgumentException("train." + where + ": expected a number from -" + (int) MAX_COORD
                    + " to " + (int) MAX_COORD + ", got " + shown(d));
        }
        return d;
    }

    private static int label(Object o) {
        double d = num(o, "added.label");
        if (d != 1 && d != -1) {
            throw new IllegalArgumentException("train.added.label: expected 1 or -1, got " + shown(d));
        }
        return (int) d;
    }

    /** A regression point's value: a number from -1 to 1 (the colour scale; the page adds +1 or -1). */
    private static double value(Object o) {
        double d = num(o, "added.value");
        if (!(d >= -1 && d <= 1)) {
            throw new IllegalArgumentException("train.added.value: expected a number from -1 to 1, got " + shown(d));
        }
        return d;
    }

    private static Map<?, ?> obj(Map<?, ?> m, String key) {
        Object o = m.get(key);
        if (!(o instanceof Map)) {
            throw new IllegalArgumentException("train." + key + ": expected an object");
        }
        return (Map<?, ?>) o;
    }

    private static List<?> list(Map<?, ?> m, String key) {
        Object o = m.get(key);
        if (!(o instanceof List)) {
            throw new IllegalArgumentException("train." + key + ": expected an array");
        }
        return (List<?>) o;
    }

    private static String str(Map<?, ?> m, String key) {
        Object o = m.get(key);
        if (!(o instanceof String)) {
            throw new IllegalArgumentException("train." + key + ": expected a string");
        }
        return (String) o;
    }

    private static boolean bool(Map<?, ?> m, String key) {
        Object o = m.get(key);
        if (!(o instanceof Boolean)) {
            throw new IllegalArgumentException("train." + key + ": expected true or false");
        }
        return (Boolean) o;
    }

    /** An optional flag (shares made before it was added have none: the page's default then). */
    private static boolean optionalBool(Map<?, ?> m, String key, boolean otherwise) {
        return m.containsKey(key) ? bool(m, key) : otherwise;
    }

    private static double num(Map<?, ?> m, String key) {
        if (!m.containsKey(key)) {
            throw new IllegalArgumentException("train." + key + ": missing");
        }
        return num(m.get(key), key);
    }

    private static double num(Object o, String where) {
        if (o == null) {
            return Double.NaN;
        }
        if (!(o instanceof Double)) {
            throw new IllegalArgumentException("train." + where + ": expected a number");
        }
        return (Double) o;
    }

    /** The array {@code key} of numbers (null: NaN); it must hold {@code length} of them unless length is -1. */
    private static double[] doubles(Map<?, ?> m, String key, int length) {
        List<?> l = list(m, key);
        if (length >= 0 && l.size() != length) {
            throw new IllegalArgumentException("train." + key + ": expected " + length + " numbers, got " + l.size());
        }
        if (l.size() > MAX_STEP) {
            throw new IllegalArgumentException("train." + key + ": at most " + MAX_STEP + " numbers, got " + l.size());
        }
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = num(l.get(i), key);
        }
        return out;
    }
}
