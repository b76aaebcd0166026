package dev.backprop.snapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A shared snapshot, format v1 (docs/SNAPSHOTS.md): the program, the view of its graph and the Train tab's
 * state. One reader and writer for the page, the server's previews and tests. Reading accepts every v1
 * form ever written (missing optional fields take their defaults); writing gives the page's form.
 *
 * @param train the Train tab's state as parsed JSON (see {@code train.TrainState}), or null
 */
public record Snapshot(String program, View view, Map<String, Object> train) {

    public static final int VERSION = 1;

    /**
     * @param direction "LR" or "TB"
     * @param root      index of the drawn graph
     * @param step      applied backward steps (-1: as the program left the grads)
     * @param tab       "graph" or "train"
     */
    public record View(String direction, int root, List<Integer> collapsed, List<Integer> expanded, int step,
                       List<Nudge> nudges, String tab) {
    }

    /** A nudged leaf: its index in creation order within the drawn graph, and its new data. */
    public record Nudge(int node, double data) {
    }

    /** Reads snapshot JSON; throws IllegalArgumentException naming the field at fault. */
    @SuppressWarnings("unchecked")
    public static Snapshot fromJson(String json) {
        Object root = Json.parse(json);
        if (!(root instanceof Map)) {
            throw new IllegalArgumentException("snapshot: must be a JSON object");
        }
        Map<String, Object> m = (Map<String, Object>) root;
        if (!(m.get("version") instanceof Double) || (Double) m.get("version") != VERSION) {
            StringBuilder v = new StringBuilder(); // as JSON, not Double.toString: see Json.write
            Json.write(v, m.get("version"));
            throw new IllegalArgumentException("version: unsupported version " + v + " (this reads version 1)");
        }
        if (!(m.get("program") instanceof String)) {
            throw new IllegalArgumentException("program: must be a string");
        }
        if (!(m.get("view") instanceof Map)) {
            throw new IllegalArgumentException("view: must be an object");
        }
        Map<String, Object> v = (Map<String, Object>) m.get("view");
        String direction = "TB".equals(v.get("direction")) ? "TB" : "LR";
        List<Nudge> nudges = new ArrayList<>();
        if (v.get("nudges") instanceof List) {
            for (Object o : (List<Object>) v.get("nudges")) {
                if (!(o instanceof Map)) {
                    throw new IllegalArgumentException("view.nudges: must hold objects {node, data}");
                }
                Map<String, Object> n = (Map<String, Object>) o;
                nudges.add(new Nudge(integer(n.get("node"), "view.nudges[].node", -1), number(n.get("data"), "view.nudges[].data")));
            }
        }
        View view = new View(direction, integer(v.get("root"), "view.root", 0), ints(v.get("collapsed"), "view.collapsed"),
                ints(v.get("expanded"), "view.expanded"), integer(v.get("step"), "view.step", 0),
                Collections.unmodifiableList(nudges), "train".equals(v.get("tab")) ? "train" : "graph");
        Object train = m.get("train");
        if (train != null && !(train instanceof Map)) {
            throw new IllegalArgumentException("train: must be null or an object");
        }
        return new Snapshot((String) m.get("program"), view, (Map<String, Object>) train);
    }

    /** The page's form: every field, in the order docs/SNAPSHOTS.md lists them. */
    public String toJson() {
        StringBuilder sb = new StringBuilder(program.length() + 200);
        sb.append("{\"version\":").append(VERSION).append(",\"program\":");
        Json.quote(sb, program);
        sb.append(",\"view\":{\"direction\":");
        Json.quote(sb, view.direction());
        sb.append(",\"root\":").append(view.root()).append(",\"collapsed\":");
        Json.write(sb, view.collapsed());
        sb.append(",\"expanded\":");
        Json.write(sb, view.expanded());
        sb.append(",\"step\":").append(view.step()).append(",\"nudges\":[");
        for (int i = 0; i < view.nudges().size(); i++) {
            Nudge n = view.nudges().get(i);
            sb.append(i > 0 ? "," : "").append("{\"node\":").append(n.node()).append(",\"data\":").append(Json.number(n.data())).append('}');
        }
        sb.append("],\"tab\":");
        Json.quote(sb, view.tab());
        sb.append("},\"train\":");
        Json.write(sb, train);
        return sb.append('}').toString();
    }

    private static int integer(Object o, String field, int missing) {
        if (o == null) {
            return missing;
        }
        if (!(o instanceof Double) || (Double) o != Math.rint((Double) o) || Math.abs((Double) o) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(field + ": must be an integer");
        }
        return (int) (double) (Double) o;
    }

    private static double number(Object o, String field) {
        if (!(o instanceof Double)) {
            throw new IllegalArgumentException(field + ": must be a number");
        }
        return (Double) o;
    }

    private static List<Integer> ints(Object o, String field) {
        List<Integer> out = new ArrayList<>();
        if (o instanceof List) {
            for (Object e : (List<?>) o) {
                out.add(integer(e, field + "[]", 0));
            }
        }
        return Collections.unmodifiableList(out);
    }
}
