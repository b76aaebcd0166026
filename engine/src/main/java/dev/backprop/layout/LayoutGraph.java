package dev.backprop.layout;

import java.util.Arrays;

/** The input of a layout: nodes with a width and height, and directed edges between them. */
public final class LayoutGraph {
    private double[] w = new double[16];
    private double[] h = new double[16];
    private int[] from = new int[16];
    private int[] to = new int[16];
    private int nodes;
    private int edges;

    /** Adds a node and returns its index (0, 1, 2, ...). */
    public int addNode(double width, double height) {
        if (nodes == w.length) {
            w = Arrays.copyOf(w, nodes * 2);
            h = Arrays.copyOf(h, nodes * 2);
        }
        w[nodes] = width;
        h[nodes] = height;
        return nodes++;
    }

    /** Adds an edge {@code a -> b} and returns its index. */
    public int addEdge(int a, int b) {
        if (a < 0 || a >= nodes || b < 0 || b >= nodes) {
            throw new IllegalArgumentException("edge " + a + " -> " + b + ": no such node (have " + nodes + ")");
        }
        if (edges == from.length) {
            from = Arrays.copyOf(from, edges * 2);
            to = Arrays.copyOf(to, edges * 2);
        }
        from[edges] = a;
        to[edges] = b;
        return edges++;
    }

    public int nodeCount() {
        return nodes;
    }

    public int edgeCount() {
        return edges;
    }

    public double width(int v) {
        return w[v];
    }

    public double height(int v) {
        return h[v];
    }

    public int from(int e) {
        return from[e];
    }

    public int to(int e) {
        return to[e];
    }
}
