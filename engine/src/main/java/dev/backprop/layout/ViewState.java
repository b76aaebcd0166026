package dev.backprop.layout;

import dev.backprop.snapshot.Json;
import java.util.List;

/**
 * What a share link stores: the program and the view of its graph. Serialized as snapshot JSON v1:
 * {@code {"version":1,"program":"...","view":{"direction":"LR","root":0,"collapsed":[],"expanded":[],
 * "step":-1,"nudges":[{"node":3,"data":2.5}],"tab":"graph"},"train":null}}. {@code root} indexes the
 * drawn graphs, {@code step} counts applied backward steps (-1: none), a nudge's {@code node} is the
 * value's index in creation order within the drawn graph.
 */
public record ViewState(String program, Layered.Direction direction, int root, List<Integer> collapsed,
                        List<Integer> expanded, int step, List<Nudge> nudges) {

    /** A nudged leaf: a class, not a record, since nothing compares nudges (a record's equals is page script). */
    public static final class Nudge {
        private final int node;
        private final double data;

        public Nudge(int node, double data) {
            this.node = node;
            this.data = data;
        }

        public int node() {
            return node;
        }

        public double data() {
            return data;
        }
    }

    public String toJson() {
        StringBuilder sb = new StringBuilder(program.length() + 200);
        sb.append("{\"version\":1,\"program\":");
        Json.quote(sb, program);
        sb.append(",\"view\":{\"direction\":\"").append(direction == Layered.Direction.TB ? "TB" : "LR")
                .append("\",\"root\":").append(root).append(",\"collapsed\":");
        ints(sb, collapsed);
        sb.append(",\"expanded\":");
        ints(sb, expanded);
        sb.append(",\"step\":").append(step).append(",\"nudges\":[");
        boolean first = true;
        List<Nudge> sorted = new java.util.ArrayList<>(nudges);
        sorted.sort((a, b) -> Integer.compare(a.node(), b.node())); // same state, same JSON
        for (Nudge n : sorted) {
            if (Double.isNaN(n.data()) || Double.isInfinite(n.data())) {
                continue; // JSON has no NaN or Infinity
            }
            sb.append(first ? "" : ",").append("{\"node\":").append(n.node()).append(",\"data\":")
                    .append(Json.number(n.data())).append('}');
            first = false;
        }
        return sb.append("],\"tab\":\"graph\"},\"train\":null}").toString();
    }

    private static void ints(StringBuilder sb, List<Integer> list) {
        sb.append('[');
        List<Integer> sorted = new java.util.ArrayList<>(list);
        java.util.Collections.sort(sorted); // same state, same JSON, same snapshot id
        for (int i = 0; i < sorted.size(); i++) {
            sb.append(i > 0 ? "," : "").append((int) sorted.get(i));
        }
        sb.append(']');
    }
}
