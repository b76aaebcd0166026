package dev.backprop.layout;

/**
 * Where everything goes: node centres ({@code x}, {@code y}) and sizes, one polyline per input edge
 * ({@code x0, y0, x1, y1, ...} from the edge's tail to its head), the drawing's size, and the number of
 * edge crossings between adjacent ranks (a quality measure).
 */
public record Layout(double[] x, double[] y, double[] w, double[] h, double[][] edges,
                     double width, double height, int crossings, int[] rank) {
}
