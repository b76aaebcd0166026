package dev.backprop.train;

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
 * moments (exact, so training continues bit for bit) and the loss/accuracy history (one entry per step).
 * {@link #toJson()} is the snapshot's {@code "train"} object; it keeps at most {@link #CURVE_POINTS} history
 * entries per curve, to 4 significant digits (a share stays well under the server's 64 KB), and
 * {@link #fromJson} spreads them back over the steps.
 */
public record TrainState(TrainConfig config, boolean generated, List<Point> added, int step, double[] weights,
                         double[] loss, double[] accuracy, double[] testLoss, double[] testAccuracy,
                         double[] adamM, double[] adamV) {

    public static final int CURVE_POINTS = 200;

    public TrainState {
        added = List.copyOf(added);
    }

    public String toJson() {
        TrainConfig c = config;
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\"version\":1,\"config\":{\"data\":\"").append(c.shape().label()).append('"')
                .append(",\"points\":").append(c.points())
                .append(",\"noise\":").append(Json.number(c.noise()))
                .append(",\"test\":").append(Json.number(c.testFraction()))
                .append(",\"dataSeed\":").append(c.dataSeed())
                .append(",\"hidden\":[");
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
                .append(",\"batch\":").append(c.batchSize())
                .append(",\"seed\":").append(c.seed())
                .append("},\"generated\":").append(generated)
                .append(",\"added\":[");
        for (int i = 0; i < added.size(); i++) {
            Point p = added.get(i);
            sb.append(i > 0 ? "," : "").append('[').append(Json.number(p.x())).append(',')
                    .append(Json.number(p.y())).append(',').append(p.label()).append(']');
        }
        sb.append("],\"step\":").append(step).append(",\"weights\":");
        exact(sb, weights);
        int every = Math.max(1, (step + CURVE_POINTS - 1) / CURVE_POINTS);
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
        for (int k = 0; k < step && a != null && k < a.length; k += every) {
            double x = a[k];
            sb.append(k > 0 ? "," : "");
            sb.append(Double.isNaN(x) || Double.isInfinite(x) ? "null" : Num.format(x, ".4g"));
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
        Map<?, ?> c = obj(m, "config");
        List<Integer> hidden = new ArrayList<>();
        for (Object o : list(c, "hidden")) {
            hidden.add((int) num(o, "config.hidden"));
        }
        TrainConfig config = new TrainConfig(Shape.parse(str(c, "data")), (int) num(c, "points"), num(c, "noise"),
                num(c, "test"), (long) num(c, "dataSeed"), hidden, Activation.parse(str(c, "activation")),
                Loss.parse(str(c, "loss")), TrainConfig.Optimizer.parse(str(c, "optimizer")), num(c, "lr"),
                bool(c, "decay"), (int) num(c, "decaySteps"), num(c, "l2"), (int) num(c, "batch"), (long) num(c, "seed"));
        List<Point> added = new ArrayList<>();
        for (Object o : list(m, "added")) {
            if (!(o instanceof List) || ((List<?>) o).size() != 3) {
                throw new IllegalArgumentException("train.added: each point must be [x, y, label]");
            }
            List<?> p = (List<?>) o;
            added.add(new Point(num(p.get(0), "added.x"), num(p.get(1), "added.y"), (int) num(p.get(2), "added.label")));
        }
        int step = (int) num(m, "step");
        int every = m.containsKey("every") ? Math.max(1, (int) num(m, "every")) : 1;
        return new TrainState(config, bool(m, "generated"), added, step, doubles(m, "weights"),
                spread(m, "loss", every, step), spread(m, "accuracy", every, step),
                spread(m, "testLoss", every, step), spread(m, "testAccuracy", every, step),
                m.containsKey("adamM") ? doubles(m, "adamM") : null, m.containsKey("adamV") ? doubles(m, "adamV") : null);
    }

    private static double[] spread(Map<?, ?> m, String key, int every, int step) {
        double[] d = m.containsKey(key) ? doubles(m, key) : new double[0];
        double[] out = new double[step];
        for (int k = 0; k < step; k++) {
            int j = k / every;
            out[k] = j < d.length ? d[j] : Double.NaN;
        }
        return out;
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

    private static double[] doubles(Map<?, ?> m, String key) {
        List<?> l = list(m, key);
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = num(l.get(i), key);
        }
        return out;
    }
}
