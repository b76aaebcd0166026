package dev.backprop.server.snapshot;

import dev.backprop.layout.GraphView;
import dev.backprop.layout.Layout;
import dev.backprop.train.Picture;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The same drawing as {@link dev.backprop.layout.Svg}, painted with Java2D (headless) into a PNG for link
 * previews: record nodes label | data | grad with the gradient colour, round op nodes, dashed group boxes,
 * arrows. Shapes, colours and sizes follow Svg so the preview looks like the page. A Train share's
 * {@link Picture} is painted from the same marks its SVG is written from.
 */
public final class Png {

    private static final double MARGIN = 16;
    /** Longest side in pixels: big graphs are scaled down to fit, small ones drawn at 2x for sharp text. */
    public static final int MAX_SIDE = 2400;

    private Png() {
    }

    public static byte[] of(GraphView view, Layout layout) {
        double gw = layout.width() + 2 * MARGIN;
        double gh = layout.height() + 2 * MARGIN;
        // link previews crop to about 2:1, so very wide or tall graphs get white space rather than cut off
        double w = Math.max(gw, gh);
        double h = Math.max(gh, w / 2);
        double scale = Math.min(2.0, MAX_SIDE / Math.max(w, h));
        int pw = Math.max(1, (int) Math.ceil(w * scale));
        int ph = Math.max(1, (int) Math.ceil(h * scale));
        BufferedImage img = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, pw, ph);
            g.scale(scale, scale);
            g.translate(MARGIN + (w - gw) / 2, MARGIN + (h - gh) / 2);
            paint(g, view, layout);
        } finally {
            g.dispose();
        }
        return encode(img);
    }

    private static byte[] encode(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A Train share's preview ({@link Picture}): its marks painted at 1.25x (1200 x 600, the size link previews
     * show), heatmap cells without anti-aliasing so neighbouring cells leave no seams.
     */
    public static byte[] of(Picture picture) {
        double scale = 1.25;
        int pw = (int) Math.ceil(Picture.WIDTH * scale);
        int ph = (int) Math.ceil(Picture.HEIGHT * scale);
        BufferedImage img = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, pw, ph);
            g.scale(scale, scale);
            for (Picture.Mark m : picture.marks()) {
                paint(g, m);
            }
        } finally {
            g.dispose();
        }
        return encode(img);
    }

    private static void paint(Graphics2D g, Picture.Mark m) {
        boolean smooth = !(m instanceof Picture.Cells);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, smooth ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
        if (m instanceof Picture.Cells c) {
            int n = c.n();
            int[] col = c.colours();
            for (int i = 0; i < col.length; ) { // a run of equal cells in a row is one rectangle
                int end = i + 1;
                while (end % n != 0 && col[end] == col[i]) end++;
                g.setColor(new Color(col[i]));
                g.fill(new Rectangle2D.Double(c.x() + (i % n) * c.cell(), c.y() + (i / n) * c.cell(), (end - i) * c.cell(), c.cell()));
                i = end;
            }
        } else if (m instanceof Picture.Box b) {
            g.setStroke(new BasicStroke(1f));
            g.setColor(new Color(b.stroke()));
            g.draw(new Rectangle2D.Double(b.x(), b.y(), b.w(), b.h()));
        } else if (m instanceof Picture.Dot d) {
            Ellipse2D e = new Ellipse2D.Double(d.x() - d.r(), d.y() - d.r(), 2 * d.r(), 2 * d.r());
            g.setColor(new Color(d.fill()));
            g.fill(e);
            g.setStroke(new BasicStroke((float) d.ringWidth()));
            g.setColor(new Color(d.ring()));
            g.draw(e);
        } else if (m instanceof Picture.Line l) {
            g.setStroke(new BasicStroke((float) l.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.setColor(new Color(l.stroke() >> 16 & 255, l.stroke() >> 8 & 255, l.stroke() & 255, (int) Math.round(l.opacity() * 255)));
            g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
        } else if (m instanceof Picture.Text t) {
            Font font = new Font(Font.SANS_SERIF, t.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) t.size());
            g.setFont(font);
            g.setColor(new Color(t.fill()));
            double w = g.getFontMetrics().stringWidth(t.text());
            g.drawString(t.text(), (float) (t.x() - (t.anchor() == 1 ? w / 2 : t.anchor() == 2 ? w : 0)), (float) t.y());
        }
    }

    private static void paint(Graphics2D g, GraphView view, Layout layout) {
        Font plain = new Font(Font.MONOSPACED, Font.PLAIN, 12);
        Font bold = plain.deriveFont(Font.BOLD);
        Color edge = color("#9ca3af");
        Color arrow = color("#6b7280");
        g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (double[] p : layout.curves()) { // the page's curves: x0, y0, then c1, c2, end per cubic piece
            if (p.length < 8) continue;
            Path2D.Double path = new Path2D.Double();
            path.moveTo(p[0], p[1]);
            for (int i = 2; i + 5 < p.length; i += 6) path.curveTo(p[i], p[i + 1], p[i + 2], p[i + 3], p[i + 4], p[i + 5]);
            g.setColor(edge);
            g.draw(path);
            int k = p.length;
            boolean straight = p[k - 4] == p[k - 2] && p[k - 3] == p[k - 1]; // then aim from the piece's start
            arrowHead(g, p[straight ? k - 8 : k - 4], p[straight ? k - 7 : k - 3], p[k - 2], p[k - 1], arrow);
        }
        double maxAbs = view.maxAbsGrad();
        List<GraphView.Node> nodes = view.nodes();
        BasicStroke thin = new BasicStroke(1f);
        for (int i = 0; i < nodes.size(); i++) {
            GraphView.Node node = nodes.get(i);
            double cx = layout.x()[i];
            double cy = layout.y()[i];
            double x0 = cx - node.width() / 2;
            double y0 = cy - node.height() / 2;
            g.setStroke(thin);
            switch (node.kind()) {
                case VALUE: {
                    RoundRectangle2D box = new RoundRectangle2D.Double(x0, y0, node.width(), node.height(), 10, 10);
                    g.setColor(Color.WHITE);
                    g.fill(box);
                    double at = x0;
                    for (int c = 0; c < 3; c++) {
                        double cw = node.cellWidths()[c];
                        if (c == 2) {
                            g.setColor(color(GraphView.gradColor(node.value().grad(), maxAbs)));
                            g.fill(new RoundRectangle2D.Double(at, y0 + 1, cw - 1, node.height() - 2, 8, 8));
                        }
                        if (c > 0) {
                            g.setColor(color("#374151"));
                            g.draw(new Line2D.Double(at, y0, at, y0 + node.height()));
                        }
                        text(g, at + cw / 2, cy, node.cells()[c], c == 0 ? bold : plain, color(c == 0 ? "#111827" : "#1f2937"));
                        at += cw;
                    }
                    g.setColor(color("#374151"));
                    g.draw(box);
                    break;
                }
                case OP: {
                    Ellipse2D e = new Ellipse2D.Double(x0, y0, node.width(), node.height());
                    g.setColor(color("#eef2ff"));
                    g.fill(e);
                    g.setColor(color("#6366f1"));
                    g.draw(e);
                    text(g, cx, cy, node.cells()[0], bold, color("#3730a3"));
                    break;
                }
                default: {
                    RoundRectangle2D box = new RoundRectangle2D.Double(x0, y0, node.width(), node.height(), 20, 20);
                    g.setColor(color("#fef3c7"));
                    g.fill(box);
                    g.setColor(color("#d97706"));
                    g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
                    g.draw(box);
                    text(g, cx, cy - 7, node.cells()[0], bold, color("#78350f"));
                    text(g, cx, cy + 9, node.cells()[1], plain, color("#92400e"));
                }
            }
        }
    }

    private static void arrowHead(Graphics2D g, double x0, double y0, double x1, double y1, Color c) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len = Math.hypot(dx, dy);
        if (len == 0) return;
        double ux = dx / len;
        double uy = dy / len;
        double size = 8.5;
        double half = size / 2;
        Path2D.Double tri = new Path2D.Double();
        tri.moveTo(x1, y1);
        tri.lineTo(x1 - ux * size - uy * half, y1 - uy * size + ux * half);
        tri.lineTo(x1 - ux * size + uy * half, y1 - uy * size - ux * half);
        tri.closePath();
        g.setColor(c);
        g.fill(tri);
    }

    /** Centred text, like SVG's text-anchor=middle and dominant-baseline=central. */
    private static void text(Graphics2D g, double x, double y, String s, Font font, Color c) {
        if (s == null || s.isEmpty()) return;
        g.setFont(font);
        g.setColor(c);
        FontMetrics fm = g.getFontMetrics();
        float tx = (float) (x - fm.stringWidth(s) / 2.0);
        float ty = (float) (y + (fm.getAscent() - fm.getDescent()) / 2.0);
        g.drawString(s, tx, ty);
    }

    private static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
