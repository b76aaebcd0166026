package dev.backprop.lang;

import dev.backprop.py.Num;
import dev.backprop.engine.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** Graphviz DOT for computation graphs, in the lecture's style: record nodes {@code { label | data | grad }}. */
public final class Dot {
    private Dot() {
    }

    /** Every Value the roots depend on (each once), children before parents. No recursion. */
    public static List<Value> nodes(List<Value> roots) {
        HashMap<Value, Boolean> seen = new HashMap<>(); // Value keeps identity equals
        List<Value> out = new ArrayList<>();
        for (Value r : roots) {
            for (Value v : r.topo()) {
                if (seen.put(v, Boolean.TRUE) == null) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** The lecture's draw_dot(root) as DOT text: rankdir=LR, a record per Value, an oval per op. */
    public static String render(List<Value> roots) {
        StringBuilder sb = new StringBuilder("digraph {\n\tgraph [rankdir=LR]\n");
        for (Value n : nodes(roots)) {
            String uid = "n" + n.id();
            sb.append('\t').append(uid).append(" [label=\"{ ").append(escape(n.label())).append(" | data ")
                    .append(Num.fixed(n.data(), 4)).append(" | grad ").append(Num.fixed(n.grad(), 4))
                    .append(" }\" shape=record]\n");
            if (!n.op().isEmpty()) {
                sb.append('\t').append(uid).append("op [label=\"").append(escape(n.op())).append("\"]\n");
                sb.append('\t').append(uid).append("op -> ").append(uid).append('\n');
                for (Value c : n.children()) {
                    sb.append("\tn").append(c.id()).append(" -> ").append(uid).append("op\n");
                }
            }
        }
        return sb.append("}\n").toString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c == '{' || c == '}' || c == '|' || c == '<' || c == '>') {
                sb.append('\\');
            }
            sb.append(c == '\n' ? ' ' : c);
        }
        return sb.toString();
    }
}
