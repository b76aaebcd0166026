package dev.backprop.layout;

import java.util.List;

/**
 * A standalone SVG of a laid-out {@link GraphView}: the same shapes the page draws (records with
 * label | data | grad, round op nodes, rounded group boxes, arrows), text always escaped.
 */
public final class Svg {
    private static final double MARGIN = 16;

    private Svg() {
    }

    public static String of(GraphView view, Layout layout) {
        double w = layout.width() + 2 * MARGIN;
        double h = layout.height() + 2 * MARGIN;
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(w)).append("\" height=\"")
                .append(n(h)).append("\" viewBox=\"0 0 ").append(n(w)).append(' ').append(n(h))
                .append("\" font-family=\"ui-monospace, SFMono-Regular, Menlo, Consolas, monospace\" font-size=\"12\">\n")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" ")
                .append("markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#6b7280\"/>")
                .append("</marker></defs>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("<g transform=\"translate(").append(n(MARGIN)).append(',').append(n(MARGIN)).append(")\">\n");
        for (int e = 0; e < layout.curves().length; e++) {
            sb.append("<path d=\"").append(layout.path(e)).append("\" fill=\"none\" stroke=\"#9ca3af\" stroke-width=\"1.3\" ")
                    .append("marker-end=\"url(#arrow)\"/>\n");
        }
        double maxAbs = view.maxAbsGrad();
        List<GraphView.Node> nodes = view.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            GraphView.Node node = nodes.get(i);
            double cx = layout.x()[i];
            double cy = layout.y()[i];
            double x0 = cx - node.width() / 2;
            double y0 = cy - node.height() / 2;
            GraphView.Kind k = node.kind();
            if (k == GraphView.Kind.VALUE) {
                String fill = GraphView.gradColor(node.value().grad(), maxAbs);
                sb.append("<g><rect x=\"").append(n(x0)).append("\" y=\"").append(n(y0)).append("\" width=\"")
                        .append(n(node.width())).append("\" height=\"").append(n(node.height()))
                        .append("\" rx=\"5\" fill=\"#ffffff\" stroke=\"#374151\"/>");
                double at = x0;
                for (int c = 0; c < 3; c++) {
                    double cw = node.cellWidths()[c];
                    if (c == 2) {
                        sb.append("<rect x=\"").append(n(at)).append("\" y=\"").append(n(y0 + 1)).append("\" width=\"")
                                .append(n(cw - 1)).append("\" height=\"").append(n(node.height() - 2))
                                .append("\" rx=\"4\" fill=\"").append(fill).append("\"/>");
                    }
                    if (c > 0) {
                        sb.append("<line x1=\"").append(n(at)).append("\" y1=\"").append(n(y0)).append("\" x2=\"")
                                .append(n(at)).append("\" y2=\"").append(n(y0 + node.height()))
                                .append("\" stroke=\"#374151\"/>");
                    }
                    text(sb, at + cw / 2, cy, node.cells()[c], c == 0 ? "#111827" : "#1f2937", c == 0);
                    at += cw;
                }
                sb.append("</g>\n");
            } else if (k == GraphView.Kind.OP) {
                sb.append("<g><ellipse cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" rx=\"")
                        .append(n(node.width() / 2)).append("\" ry=\"").append(n(node.height() / 2))
                        .append("\" fill=\"#eef2ff\" stroke=\"#6366f1\"/>");
                text(sb, cx, cy, node.cells()[0], "#3730a3", true);
                sb.append("</g>\n");
            } else {
                sb.append("<g><rect x=\"").append(n(x0)).append("\" y=\"").append(n(y0)).append("\" width=\"")
                        .append(n(node.width())).append("\" height=\"").append(n(node.height()))
                        .append("\" rx=\"10\" fill=\"#fef3c7\" stroke=\"#d97706\" stroke-dasharray=\"4 3\"/>");
                text(sb, cx, cy - 7, node.cells()[0], "#78350f", true);
                text(sb, cx, cy + 9, node.cells()[1], "#92400e", false);
                sb.append("</g>\n");
            }
        }
        return sb.append("</g>\n</svg>\n").toString();
    }

    private static void text(StringBuilder sb, double x, double y, String s, String fill, boolean bold) {
        sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" text-anchor=\"middle\" dominant-baseline=\"central\" fill=\"").append(fill).append('"');
        if (bold) {
            sb.append(" font-weight=\"600\"");
        }
        sb.append('>').append(escape(s)).append("</text>");
    }

    /** XML text: markup characters escaped and characters XML cannot hold dropped. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                default:
                    if (c >= ' ' || c == '\t') {
                        sb.append(c);
                    }
            }
        }
        return sb.toString();
    }

    /** A coordinate with at most one decimal, no exponent. */
    public static String n(double v) {
        double a = Math.abs(v) * 10 + 0.5;
        if (a < 2e9) { // int arithmetic: TeaVM's long is emulated, and the page writes ~10,000 of these per drawing
            int t = (int) Math.floor(a);
            String digits = t % 10 == 0 ? String.valueOf(t / 10) : t / 10 + "." + t % 10;
            return v < 0 && t != 0 ? "-" + digits : digits;
        }
        long t = (long) Math.floor(a);
        String digits = t % 10 == 0 ? String.valueOf(t / 10) : t / 10 + "." + t % 10;
        return v < 0 ? "-" + digits : digits;
    }
}
