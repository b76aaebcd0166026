package dev.backprop.layout;

/**
 * Where everything goes: node centres ({@code x}, {@code y}) and sizes; per input edge, the polyline through
 * its bends ({@code edges}: {@code x0, y0, x1, y1, ...} from the edge's tail to its head) and the smooth
 * curve drawn ({@code curves}: {@code x0, y0}, then per cubic piece {@code c1x, c1y, c2x, c2y, x, y}; a
 * straight piece has its control points on its ends); the drawing's size; and the number of edge crossings
 * between adjacent ranks (a quality measure).
 */
public record Layout(double[] x, double[] y, double[] w, double[] h, double[][] edges, double[][] curves,
                     double width, double height, int crossings, int[] rank) {

    /** Edge {@code e} as an SVG path: the one drawing of an edge that the page, Svg and previews share. */
    public String path(int e) {
        return path(curves[e]);
    }

    /** An SVG path for a curve in the {@code curves} format: C for curved pieces, one L per straight run. */
    public static String path(double[] c) {
        StringBuilder sb = new StringBuilder(16 + 12 * c.length);
        sb.append('M').append(Svg.n(c[0])).append(',').append(Svg.n(c[1]));
        for (int i = 2; i + 5 < c.length; i += 6) {
            if (straight(c, i)) {
                // a run of straight pieces in one line is one L (long edges through dummies in a row)
                boolean more = i + 11 < c.length && straight(c, i + 6)
                        && (c[i + 4] - c[i - 2]) * (c[i + 11] - c[i + 5]) == (c[i + 5] - c[i - 1]) * (c[i + 10] - c[i + 4]);
                if (!more) {
                    sb.append('L').append(Svg.n(c[i + 4])).append(',').append(Svg.n(c[i + 5]));
                }
            } else {
                sb.append('C');
                for (int j = 0; j < 6; j += 2) {
                    sb.append(j == 0 ? "" : " ").append(Svg.n(c[i + j])).append(',').append(Svg.n(c[i + j + 1]));
                }
            }
        }
        return sb.toString();
    }

    /** True when the piece at {@code i} has its control points on its ends. */
    static boolean straight(double[] c, int i) {
        return c[i] == c[i - 2] && c[i + 1] == c[i - 1] && c[i + 2] == c[i + 4] && c[i + 3] == c[i + 5];
    }
}
