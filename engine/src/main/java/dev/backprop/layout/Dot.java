package dev.backprop.layout;

import dev.backprop.engine.Value;
import java.util.List;

/** Graphviz DOT text in the lecture's {@code draw_dot} style: records {@code { a | data 2.0000 | grad 0.0000 }}. */
public final class Dot {
    private Dot() {
    }

    public static String of(GraphView view, Layered.Direction dir) {
        StringBuilder sb = new StringBuilder();
        sb.append("digraph {\n  graph [rankdir=").append(dir == Layered.Direction.LR ? "LR" : "TB").append("];\n");
        List<GraphView.Node> nodes = view.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            GraphView.Node n = nodes.get(i);
            sb.append("  ").append(id(n)).append(" [");
            GraphView.Kind k = n.kind();
            if (k == GraphView.Kind.VALUE) {
                sb.append("label=\"{ ").append(record(n.cells()[0])).append(" | ").append(record(n.cells()[1]))
                        .append(" | ").append(record(n.cells()[2])).append(" }\", shape=record");
            } else if (k == GraphView.Kind.OP) {
                sb.append("label=\"").append(quoted(n.cells()[0])).append('"');
            } else {
                sb.append("label=\"").append(quoted(n.cells()[0] + " (" + n.cells()[1] + ")"))
                        .append("\", shape=box, style=rounded");
            }
            sb.append("];\n");
        }
        LayoutGraph g = view.graph();
        for (int e = 0; e < g.edgeCount(); e++) {
            sb.append("  ").append(id(nodes.get(g.from(e)))).append(" -> ").append(id(nodes.get(g.to(e))))
                    .append(";\n");
        }
        return sb.append("}\n").toString();
    }

    private static String id(GraphView.Node n) {
        Value v = n.value();
        GraphView.Kind k = n.kind();
        if (k == GraphView.Kind.VALUE) {
            return "\"v" + v.id() + "\"";
        }
        if (k == GraphView.Kind.OP) {
            return "\"v" + v.id() + "op\"";
        }
        return "\"g" + n.group() + "\"";
    }

    /** Text in a quoted DOT string: backslash and quote escaped, line breaks as spaces. */
    static String quoted(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c < ' ' ? ' ' : c);
        }
        return sb.toString();
    }

    /** Text in a record field: also the record syntax characters {@code { } | < >} escaped. */
    static String record(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c == '{' || c == '}' || c == '|' || c == '<' || c == '>') {
                sb.append('\\');
            }
            sb.append(c < ' ' ? ' ' : c);
        }
        return sb.toString();
    }
}
