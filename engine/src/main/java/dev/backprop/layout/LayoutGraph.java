package dev.backprop.layout;

import java.util.Arrays;

/**
 * The input of a layout: nodes with a width and height, directed edges between them, and optional nested
 * clusters (a call's values) whose nodes the layout keeps next to each other within every rank.
 */
public final class LayoutGraph {
    private double[] w = new double[16];
    private int[] cluster = new int[16];
    private boolean[] round = new boolean[16];
    private int[] clusterParent = new int[4];
    private int clusters;
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
            cluster = Arrays.copyOf(cluster, nodes * 2);
            round = Arrays.copyOf(round, nodes * 2);
        }
        cluster[nodes] = -1;
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

    /** Marks {@code v} as drawn round (an ellipse in its box), so edges end on its outline. */
    public void setRound(int v) {
        round[v] = true;
    }

    public boolean round(int v) {
        return round[v];
    }

    /** Adds a cluster inside {@code parent} (-1: at top level) and returns its index (0, 1, 2, ...). */
    public int addCluster(int parent) {
        if (parent < -1 || parent >= clusters) {
            throw new IllegalArgumentException("cluster parent " + parent + ": no such cluster (have " + clusters + ")");
        }
        if (clusters == clusterParent.length) {
            clusterParent = Arrays.copyOf(clusterParent, clusters * 2);
        }
        clusterParent[clusters] = parent;
        return clusters++;
    }

    /** Puts node {@code v} in cluster {@code c} (its innermost; -1: none). */
    public void setCluster(int v, int c) {
        if (v < 0 || v >= nodes || c < -1 || c >= clusters) {
            throw new IllegalArgumentException("node " + v + " in cluster " + c + ": no such node or cluster");
        }
        cluster[v] = c;
    }

    /** The innermost cluster of {@code v}, or -1. */
    public int cluster(int v) {
        return cluster[v];
    }

    /** The cluster that holds cluster {@code c}, or -1. */
    public int clusterParent(int c) {
        return clusterParent[c];
    }

    public int clusterCount() {
        return clusters;
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
