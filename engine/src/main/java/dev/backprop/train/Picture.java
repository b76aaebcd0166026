package dev.backprop.train;

import dev.backprop.data.DataSet;
import dev.backprop.data.Point;
import dev.backprop.layout.Svg;
import java.util.ArrayList;
import java.util.List;

/**
 * A Train share's link preview (issue 15): the run's title, the decision boundary over the plot window with
 * the data, and the network (connections by weight, each neuron a picture of its output), drawn from the
 * stored weights with the page's colour rules ({@link Palette}). It is a list of marks: {@link #svg()} writes
 * them, and the server paints the same marks into a PNG.
 */
public final class Picture {

    /** A mark of the picture. Colours are {@code 0xRRGGBB}; -1 is none. */
    public sealed interface Mark permits Cells, Box, Dot, Line, Text {
    }

    /** An {@code n x n} grid of square cells of side {@code cell}, row by row from the top left at (x, y). */
    public record Cells(double x, double y, double cell, int n, int[] colours) implements Mark {
    }

    /** A rectangle outline. */
    public record Box(double x, double y, double w, double h, int stroke) implements Mark {
    }

    /** A filled circle with a ring. */
    public record Dot(double x, double y, double r, int fill, int ring, double ringWidth) implements Mark {
    }

    public record Line(double x1, double y1, double x2, double y2, int stroke, double width, double opacity) implements Mark {
    }

    /** Text on a baseline at y; {@code anchor}: x is the text's start (0), middle (1) or end (2). */
    public record Text(double x, double y, String text, double size, int fill, boolean bold, int anchor) implements Mark {
    }

    public static final double WIDTH = 960;
    public static final double HEIGHT = 480;
    /** The plot: its top left corner, side and cells per side. */
    static final double PLOT_X = 24;
    static final double PLOT_Y = 56;
    static final double PLOT = 400;
    static final int GRID = 50;
    /** Cells per side of a neuron's picture. */
    static final int THUMB = 8;
    /** The network's area. */
    static final double NET_X = 470;
    static final double NET_RIGHT = WIDTH - 24;
    static final double IN_LABEL = 52;

    private static final int INK = 0x111827;
    private static final int GREY = 0x6b7280;
    private static final int EDGE = 0x9ca3af;

    private final List<Mark> marks;

    private Picture(List<Mark> marks) {
        this.marks = marks;
    }

    public List<Mark> marks() {
        return marks;
    }

    /** The picture of a shared run as the sender saw it (test points and discretizing as they were set). */
    public static Picture of(TrainState s) {
        return of(Training.of(s), s.display().showTest(), s.display().discrete());
    }

    public static Picture of(Training t, boolean showTest, boolean discrete) {
        List<Mark> m = new ArrayList<>();
        m.add(new Text(PLOT_X, 36, Caption.title(t), 20, INK, true, 0));
        TrainConfig c = t.config();
        boolean regression = c.shape().regression();
        // the boundary: the output over the window, as the page paints it
        int outs = 1 + t.hiddenNeurons();
        double[] field = new double[outs * GRID * GRID];
        t.field(GRID, field);
        m.add(new Cells(PLOT_X, PLOT_Y, PLOT / GRID, GRID,
                colours(field, 0, GRID * GRID, Palette.outputUnit(regression), discrete)));
        m.add(new Box(PLOT_X, PLOT_Y, PLOT, PLOT, 0xd1d5db));
        double k = PLOT / 360; // the page's point sizes are for its 360 px plot
        points(m, t, t.train(), false, k);
        if (showTest) {
            points(m, t, t.test(), true, k);
        }
        network(m, t, discrete);
        return new Picture(m);
    }

    private static void points(List<Mark> m, Training t, DataSet d, boolean test, double k) {
        boolean regression = t.config().shape().regression();
        for (int i = 0; i < d.size(); i++) {
            Point p = d.get(i);
            double x = PLOT_X + (p.x() - t.xLo()) / t.span() * PLOT;
            double y = PLOT_Y + (t.yLo() + t.span() - p.y()) / t.span() * PLOT;
            if (x < PLOT_X || x > PLOT_X + PLOT || y < PLOT_Y || y > PLOT_Y + PLOT) {
                continue; // a point added outside the window (drawn on the page, off its canvas)
            }
            m.add(new Dot(x, y, Palette.radius(test) * k, Palette.fill(p, regression, test),
                    Palette.ring(p, regression, test), Palette.ringWidth(test) * k));
        }
    }

    /** Scale colours of {@code a[from..to)} (see {@link Palette#index}). */
    private static int[] colours(double[] a, int from, int to, double unit, boolean sign) {
        int[] scale = Palette.scale();
        int[] out = new int[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = scale[Palette.index(a[i], unit, sign)];
        }
        return out;
    }

    private static void network(List<Mark> m, Training t, boolean discrete) {
        TrainConfig c = t.config();
        List<Feature> fs = c.features();
        int[] sizes = c.sizes();
        int cols = sizes.length + 1;
        double row = Math.min(52, PLOT / c.widest());
        double node = Math.min(32, row * 0.8);
        double x0 = NET_X + IN_LABEL;
        double col = (NET_RIGHT - node - x0) / (cols - 1);
        // connections under the neurons: weight i of neuron j of layer l, then its bias (shown by the neuron)
        double[] w = t.weights();
        int p = 0;
        int nin = fs.size();
        for (int l = 0; l < sizes.length; l++) {
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < nin; i++) {
                    int q = Palette.widthStep(w[p]);
                    m.add(new Line(x0 + l * col + node, y(i, nin, row), x0 + (l + 1) * col, y(j, sizes[l], row),
                            Palette.weight(w[p]), Palette.width(q), Palette.opacity(q)));
                    p++;
                }
                p++;
            }
            nin = sizes[l];
        }
        // neurons: inputs (named on their left), hidden neurons, the output
        double[] one = new double[THUMB * THUMB];
        for (int i = 0; i < fs.size(); i++) {
            t.feature(fs.get(i), THUMB, one);
            double cy = y(i, fs.size(), row);
            m.add(new Text(x0 - 6, cy + 4, fs.get(i).label(), 12, INK, false, 2));
            neuron(m, x0, cy, node, colours(one, 0, one.length, Palette.unit(one, 0, one.length), false));
        }
        int nn = THUMB * THUMB;
        double[] field = new double[(1 + t.hiddenNeurons()) * nn];
        t.field(THUMB, field);
        int o = 1;
        for (int l = 0; l < sizes.length; l++) {
            boolean out = l == sizes.length - 1;
            for (int j = 0; j < sizes[l]; j++) {
                int at = out ? 0 : o++;
                double unit = out ? Palette.outputUnit(c.shape().regression()) : Palette.unit(field, at * nn, at * nn + nn);
                neuron(m, x0 + (l + 1) * col, y(j, sizes[l], row), node,
                        colours(field, at * nn, at * nn + nn, unit, out && discrete));
            }
        }
        String act = c.hidden().isEmpty() ? "linear output" : c.activation().label() + " hidden, linear output";
        m.add(new Text(NET_X, HEIGHT - 16, act, 12, GREY, false, 0));
    }

    private static void neuron(List<Mark> m, double x, double cy, double node, int[] colours) {
        m.add(new Cells(x, cy - node / 2, node / THUMB, THUMB, colours));
        m.add(new Box(x, cy - node / 2, node, node, EDGE));
    }

    /** The centre y of row i of a column of n, the columns centred on the plot's height. */
    private static double y(int i, int n, double row) {
        return PLOT_Y + (PLOT - n * row) / 2 + (i + 0.5) * row;
    }

    /**
     * A standalone SVG. The cells of one colour are one path (a run of equal cells in a row is one rectangle):
     * a 50 x 50 heatmap is a few hundred paths, not 2,500 rectangles.
     */
    public String svg() {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(WIDTH)).append("\" height=\"")
                .append(n(HEIGHT)).append("\" viewBox=\"0 0 ").append(n(WIDTH)).append(' ').append(n(HEIGHT))
                .append("\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\">\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (Mark k : marks) {
            if (k instanceof Cells) {
                cells(sb, (Cells) k);
            } else if (k instanceof Box) {
                Box b = (Box) k;
                sb.append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"")
                        .append(n(b.w())).append("\" height=\"").append(n(b.h())).append("\" fill=\"none\" stroke=\"")
                        .append(Palette.css(b.stroke())).append("\"/>\n");
            } else if (k instanceof Dot) {
                Dot d = (Dot) k;
                sb.append("<circle cx=\"").append(n(d.x())).append("\" cy=\"").append(n(d.y())).append("\" r=\"")
                        .append(n(d.r())).append("\" fill=\"").append(Palette.css(d.fill())).append("\" stroke=\"")
                        .append(Palette.css(d.ring())).append("\" stroke-width=\"").append(n(d.ringWidth())).append("\"/>\n");
            } else if (k instanceof Line) {
                Line l = (Line) k;
                sb.append("<line x1=\"").append(n(l.x1())).append("\" y1=\"").append(n(l.y1())).append("\" x2=\"")
                        .append(n(l.x2())).append("\" y2=\"").append(n(l.y2())).append("\" stroke=\"")
                        .append(Palette.css(l.stroke())).append("\" stroke-width=\"").append(n(l.width()))
                        .append("\" stroke-opacity=\"").append(n(l.opacity())).append("\"/>\n");
            } else {
                Text x = (Text) k;
                sb.append("<text x=\"").append(n(x.x())).append("\" y=\"").append(n(x.y())).append("\" font-size=\"")
                        .append(n(x.size())).append("\" fill=\"").append(Palette.css(x.fill())).append('"')
                        .append(x.bold() ? " font-weight=\"bold\"" : "")
                        .append(x.anchor() == 1 ? " text-anchor=\"middle\"" : x.anchor() == 2 ? " text-anchor=\"end\"" : "")
                        .append('>');
                sb.append(Svg.escape(x.text()));
                sb.append("</text>\n");
            }
        }
        return sb.append("</svg>\n").toString();
    }

    private static void cells(StringBuilder sb, Cells c) {
        int n = c.n();
        int[] col = c.colours();
        boolean[] done = new boolean[col.length];
        sb.append("<g shape-rendering=\"crispEdges\">");
        for (int start = 0; start < col.length; start++) {
            if (done[start]) {
                continue;
            }
            int colour = col[start];
            sb.append("<path fill=\"").append(Palette.css(colour)).append("\" d=\"");
            for (int i = start; i < col.length; i++) {
                if (done[i] || col[i] != colour) {
                    continue;
                }
                int r = i / n;
                int end = i;
                while (end + 1 < (r + 1) * n && col[end + 1] == colour && !done[end + 1]) {
                    end++;
                }
                for (int j = i; j <= end; j++) {
                    done[j] = true;
                }
                double x = c.x() + (i - r * n) * c.cell();
                double y = c.y() + r * c.cell();
                sb.append('M').append(n(x)).append(' ').append(n(y)).append('h').append(n((end - i + 1) * c.cell()))
                        .append('v').append(n(c.cell())).append('h').append(n(-(end - i + 1) * c.cell())).append('z');
            }
            sb.append("\"/>");
        }
        sb.append("</g>\n");
    }

    private static String n(double v) {
        return Svg.n(v);
    }
}
