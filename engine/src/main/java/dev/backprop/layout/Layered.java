package dev.backprop.layout;

import java.util.Arrays;

/**
 * A layered (Sugiyama-style) drawing of a directed graph: nodes in ranks, ranks ordered to cross few
 * edges, coordinates that keep edges short and straight, nodes that never overlap, and smooth edges.
 *
 * <p>Steps: break cycles (reverse back edges), rank by longest path, then move nodes next to their
 * consumers where that shortens edges, then to the least total edge length (network simplex, {@link Ranks},
 * as dot), split long edges with dummy nodes, order each rank by weighted-median sweeps with adjacent
 * transposition and sifting from two starting orders (keeping the order with the fewest crossings;
 * a cluster's nodes stay next to each other in every rank), then place each rank by weighted isotonic
 * regression (pool adjacent violators) towards the neighbours' positions, which is optimal for the rank and
 * keeps every gap. Edges leave and enter their nodes at ports spread along the node's side in the order of
 * the other ends, and run as cubic Beziers through their dummies (straight where straight).
 * No recursion, no hashing, no randomness: the same graph always gives the same picture.
 */
public final class Layered {

    /** Which way edges point: left to right (the lecture's rankdir=LR) or top to bottom. */
    public enum Direction {
        LR, TB
    }

    private Layered() {
    }

    /**
     * The direction that shows {@code g} largest in a viewer of this size (ties: LR). Estimates each
     * drawing's extent from the ranks alone (rank thickness along, the fullest rank across), which is cheap
     * next to a layout.
     */
    public static Direction fit(LayoutGraph g, double nodeGap, double rankGap, double viewWidth, double viewHeight) {
        int n = g.nodeCount();
        if (n == 0 || !(viewWidth > 0) || !(viewHeight > 0)) {
            return Direction.LR;
        }
        int m = g.edgeCount();
        int[] src = new int[m];
        int[] dst = new int[m];
        for (int e = 0; e < m; e++) {
            src[e] = g.from(e);
            dst[e] = g.to(e);
        }
        breakCycles(n, src, dst, new boolean[m]);
        int[] rank = rank(n, src, dst, null);
        int ranks = 0;
        for (int v = 0; v < n; v++) {
            ranks = Math.max(ranks, rank[v] + 1);
        }
        double[] maxW = new double[ranks];
        double[] maxH = new double[ranks];
        double[] sumW = new double[ranks];
        double[] sumH = new double[ranks];
        for (int v = 0; v < n; v++) {
            int r = rank[v];
            maxW[r] = Math.max(maxW[r], g.width(v));
            maxH[r] = Math.max(maxH[r], g.height(v));
            sumW[r] += g.width(v) + nodeGap;
            sumH[r] += g.height(v) + nodeGap;
        }
        for (int e = 0; e < m; e++) { // a long edge takes a gap in every rank it passes
            for (int r = rank[src[e]] + 1; r < rank[dst[e]]; r++) {
                sumW[r] += nodeGap;
                sumH[r] += nodeGap;
            }
        }
        double lrW = 0;
        double lrH = 0;
        double tbW = 0;
        double tbH = 0;
        for (int r = 0; r < ranks; r++) {
            lrW += maxW[r] + rankGap;
            tbH += maxH[r] + rankGap;
            lrH = Math.max(lrH, sumH[r]);
            tbW = Math.max(tbW, sumW[r]);
        }
        double lr = Math.min(viewWidth / lrW, viewHeight / lrH);
        double tb = Math.min(viewWidth / tbW, viewHeight / tbH);
        return tb > lr ? Direction.TB : Direction.LR;
    }

    /** Lays out {@code g}. Node sizes are read from the graph; gaps are in the same units. */
    public static Layout layout(LayoutGraph g, Direction dir, double nodeGap, double rankGap) {
        boolean lr = dir == Direction.LR;
        int n = g.nodeCount();
        int m = g.edgeCount();
        int[] src = new int[m];
        int[] dst = new int[m];
        boolean[] reversed = new boolean[m];
        for (int e = 0; e < m; e++) {
            src[e] = g.from(e);
            dst[e] = g.to(e);
        }
        breakCycles(n, src, dst, reversed);

        double[] size = new double[n]; // along the ranks
        for (int v = 0; v < n; v++) {
            size[v] = lr ? g.width(v) : g.height(v);
        }
        int[] rank = rank(n, src, dst, size);

        // Dummy nodes: every edge becomes a chain of unit-length segments.
        int dummies = 0;
        for (int e = 0; e < m; e++) {
            if (src[e] != dst[e]) {
                dummies += Math.max(0, rank[dst[e]] - rank[src[e]] - 1);
            }
        }
        int total = n + dummies;
        int[] rk = Arrays.copyOf(rank, total);
        Clusters cl = new Clusters(g, total, src, dst);
        int[] chainStart = new int[m + 1]; // dummies of edge e: chainStart[e] .. chainStart[e+1]-1 (offset by n)
        int[] firstSeg = new int[m];
        int[] lastSeg = new int[m];
        IntList segFrom = new IntList(m + dummies);
        IntList segTo = new IntList(m + dummies);
        int next = n;
        for (int e = 0; e < m; e++) {
            chainStart[e] = next;
            firstSeg[e] = -1;
            lastSeg[e] = -1;
            if (src[e] == dst[e]) {
                continue; // self loops are not drawn as segments
            }
            int home = cl.common(cl.of[src[e]], cl.of[dst[e]]); // a long edge runs in the clusters both ends share
            int prev = src[e];
            firstSeg[e] = segFrom.size();
            for (int r = rank[src[e]] + 1; r < rank[dst[e]]; r++) {
                rk[next] = r;
                cl.of[next] = home;
                segFrom.add(prev);
                segTo.add(next);
                prev = next++;
            }
            lastSeg[e] = segFrom.size();
            segFrom.add(prev);
            segTo.add(dst[e]);
        }
        chainStart[m] = next;

        int ranks = 0;
        for (int v = 0; v < total; v++) {
            ranks = Math.max(ranks, rk[v] + 1);
        }
        Adjacency adj = new Adjacency(total, segFrom, segTo);

        // With clusters, the best order without them, made contiguous, is one more start: it often crosses
        // less than sweeps that keep clusters together from the beginning.
        // (Only the final order is polished by local search: the free one is a start, and a start with fewer
        // crossings of its own often made contiguous crosses more.)
        int[][] free = cl.count() > 0 ? order(total, rk, ranks, adj, new Clusters(total), null, false) : null;
        int[][] layers = order(total, rk, ranks, adj, cl, free, true);
        int[] pos = new int[total];
        setPositions(layers, pos);
        int crossings = crossings(layers, pos, adj);

        // Sizes along the order axis (across a rank) and the rank axis.
        double[] across = new double[total];
        double[] along = new double[total];
        for (int v = 0; v < n; v++) {
            across[v] = lr ? g.height(v) : g.width(v);
            along[v] = lr ? g.width(v) : g.height(v);
        }
        double[] c = place(layers, adj, across, n, nodeGap);

        double[] rankCentre = new double[ranks];
        double at = 0;
        for (int r = 0; r < ranks; r++) {
            double thick = 0;
            for (int v : layers[r]) {
                thick = Math.max(thick, along[v]);
            }
            rankCentre[r] = at + thick / 2;
            at += thick + rankGap;
        }
        double alongTotal = Math.max(0, at - rankGap);
        double[] rankHalf = new double[ranks]; // half the thickness of each rank
        for (int r = 0; r < ranks; r++) {
            for (int v : layers[r]) {
                rankHalf[r] = Math.max(rankHalf[r], along[v] / 2);
            }
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < total; v++) {
            min = Math.min(min, c[v] - across[v] / 2);
            max = Math.max(max, c[v] + across[v] / 2);
        }
        if (total == 0) {
            min = 0;
            max = 0;
        }
        for (int v = 0; v < total; v++) {
            c[v] -= min;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int v = 0; v < n; v++) {
            double a = rankCentre[rk[v]];
            x[v] = lr ? a : c[v];
            y[v] = lr ? c[v] : a;
        }

        double[] port = ports(adj, c, across, n);
        double[][] edges = new double[m][];
        double[][] curves = new double[m][];
        for (int e = 0; e < m; e++) {
            int s = src[e];
            int t = dst[e];
            int k = chainStart[e + 1] - chainStart[e];
            double[] a = new double[k + 2]; // along the ranks
            double[] o = new double[k + 2]; // across
            double[] lo = new double[k + 2]; // where each point's rank begins and ends
            double[] hi = new double[k + 2];
            if (firstSeg[e] < 0) { // a self loop: a stub on the node's far side
                a[0] = rankCentre[rk[s]] + along[s] / 2;
                o[0] = c[s];
                a[1] = a[0];
                o[1] = c[s];
                hi[0] = a[0];
                lo[1] = a[1];
            } else {
                double ps = port[2 * firstSeg[e]];
                double pt = port[2 * lastSeg[e] + 1];
                a[0] = rankCentre[rk[s]] + boundary(g, s, along[s], across[s], ps);
                o[0] = c[s] + ps;
                int p = 1;
                for (int d = chainStart[e]; d < chainStart[e + 1]; d++) {
                    a[p] = rankCentre[rk[d]];
                    lo[p] = a[p] - rankHalf[rk[d]];
                    hi[p] = a[p] + rankHalf[rk[d]];
                    o[p++] = c[d];
                }
                hi[0] = rankCentre[rk[s]] + rankHalf[rk[s]];
                lo[p] = rankCentre[rk[t]] - rankHalf[rk[t]];
                a[p] = rankCentre[rk[t]] - boundary(g, t, along[t], across[t], pt);
                o[p] = c[t] + pt;
            }
            double[] pts = new double[2 * (k + 2)];
            for (int i = 0; i < k + 2; i++) {
                pts[2 * i] = lr ? a[i] : o[i];
                pts[2 * i + 1] = lr ? o[i] : a[i];
            }
            double[] cv = curve(a, o, lo, hi, lr);
            if (reversed[e]) {
                reversePoints(pts);
                reversePoints(cv);
            }
            edges[e] = pts;
            curves[e] = cv;
        }
        double w = lr ? alongTotal : max - min;
        double h = lr ? max - min : alongTotal;
        double[] ws = new double[n];
        double[] hs = new double[n];
        for (int v = 0; v < n; v++) {
            ws[v] = g.width(v);
            hs[v] = g.height(v);
        }
        int[] nodeRank = Arrays.copyOf(rk, n);
        return new Layout(x, y, ws, hs, edges, curves, w, h, crossings, nodeRank);
    }

    /**
     * Across offsets of every segment's two ends from their nodes' centres ({@code 2s}: tail, {@code 2s+1}:
     * head): a real node's edges on one side spread evenly in the order of their other ends, so they never
     * cross at the node; a dummy's are 0.
     */
    private static double[] ports(Adjacency adj, double[] c, double[] across, int n) {
        double[] port = new double[2 * adj.segFrom.length];
        double[] key = new double[adj.segFrom.length];
        int[] segs = new int[16];
        for (int v = 0; v < n; v++) {
            for (int side = 0; side < 2; side++) {
                int from = side == 0 ? adj.inStart[v] : adj.outStart[v];
                int to = side == 0 ? adj.inStart[v + 1] : adj.outStart[v + 1];
                int k = to - from;
                if (k < 2) {
                    continue;
                }
                if (segs.length < k) {
                    segs = new int[k];
                }
                for (int i = 0; i < k; i++) {
                    int seg = side == 0 ? adj.inSeg[from + i] : adj.outSeg[from + i];
                    segs[i] = seg;
                    key[seg] = c[side == 0 ? adj.segFrom[seg] : adj.segTo[seg]];
                }
                sortBy(segs, k, key);
                double spread = Math.min(Math.max(0, across[v] - 12), (k - 1) * 6.0);
                for (int i = 0; i < k; i++) {
                    port[2 * segs[i] + 1 - side] = -spread / 2 + spread * i / (k - 1); // side 0: v is the head
                }
            }
        }
        return port;
    }

    /** Insertion sort of the first {@code k} items by key, ties by item (a node has few edges). */
    private static void sortBy(int[] items, int k, double[] key) {
        for (int i = 1; i < k; i++) {
            int it = items[i];
            int j = i - 1;
            while (j >= 0 && (key[items[j]] > key[it] || key[items[j]] == key[it] && items[j] > it)) {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = it;
        }
    }

    /** How far from the centre, along the ranks, an edge at across offset {@code o} meets the node's outline. */
    private static double boundary(LayoutGraph g, int v, double along, double across, double o) {
        if (!g.round(v) || across <= 0) {
            return along / 2;
        }
        double t = 2 * o / across;
        return along / 2 * Math.sqrt(Math.max(0, 1 - t * t));
    }

    /**
     * The drawn curve of an edge through its points (rank axis {@code a}, order axis {@code o}: the tail's
     * port, one point per dummy, the head's port), as {@code x0, y0}, then per cubic piece
     * {@code c1x, c1y, c2x, c2y, x, y}. Inside a rank an edge runs straight across it (from a narrower node's
     * outline to the rank's edge, or right through a dummy); between ranks it bends as an S whose control
     * points share the gap's two edges, so two such curves cross exactly when their ends are in opposite
     * orders: the drawing crosses only where the order does. A piece that does not bend is straight, written
     * with its control points on its ends.
     */
    static double[] curve(double[] a, double[] o, double[] lo, double[] hi, boolean lr) {
        int k = a.length; // tail, k - 2 dummies, head
        double[] pa = new double[2 * k];
        double[] po = new double[2 * k];
        int q = 0;
        for (int i = 0; i < k; i++) {
            if (i > 0) { // enter the rank at its edge, then on to the node's outline or through the dummy
                pa[q] = Math.min(lo[i], a[i]);
                po[q++] = o[i];
            }
            if (i == 0 || i == k - 1) {
                pa[q] = a[i];
                po[q++] = o[i];
            }
            if (i < k - 1) { // leave the rank at its far edge
                pa[q] = Math.max(hi[i], a[i]);
                po[q++] = o[i];
            }
        }
        double[] out = new double[2 + 6 * (q - 1)];
        int p = put(out, 0, pa[0], po[0], lr);
        for (int i = 0; i + 1 < q; i++) {
            if (po[i] == po[i + 1]) {
                p = put(out, p, pa[i], po[i], lr);
                p = put(out, p, pa[i + 1], po[i + 1], lr);
            } else {
                double mid = (pa[i] + pa[i + 1]) / 2;
                p = put(out, p, mid, po[i], lr);
                p = put(out, p, mid, po[i + 1], lr);
            }
            p = put(out, p, pa[i + 1], po[i + 1], lr);
        }
        return out;
    }

    private static int put(double[] out, int p, double a, double o, boolean lr) {
        out[p] = lr ? a : o;
        out[p + 1] = lr ? o : a;
        return p + 2;
    }

    private static void reversePoints(double[] pts) {
        for (int i = 0, j = pts.length - 2; i < j; i += 2, j -= 2) {
            double tx = pts[i];
            double ty = pts[i + 1];
            pts[i] = pts[j];
            pts[i + 1] = pts[j + 1];
            pts[j] = tx;
            pts[j + 1] = ty;
        }
    }

    // ---- cycles: iterative DFS, reverse edges that close a cycle ----

    private static void breakCycles(int n, int[] src, int[] dst, boolean[] reversed) {
        int m = src.length;
        Adjacency out = new Adjacency(n, IntList.of(src), IntList.of(dst));
        byte[] state = new byte[n]; // 0 new, 1 on stack, 2 done
        int[] stack = new int[n];
        int[] it = new int[n];
        boolean[] flip = new boolean[m];
        for (int root = 0; root < n; root++) {
            if (state[root] != 0) {
                continue;
            }
            int sp = 0;
            stack[sp] = root;
            it[sp++] = out.outStart[root];
            state[root] = 1;
            while (sp > 0) {
                int v = stack[sp - 1];
                if (it[sp - 1] < out.outStart[v + 1]) {
                    int seg = out.outSeg[it[sp - 1]++];
                    int w = dst[seg];
                    if (state[w] == 1) {
                        flip[seg] = true;
                    } else if (state[w] == 0) {
                        state[w] = 1;
                        stack[sp] = w;
                        it[sp++] = out.outStart[w];
                    }
                } else {
                    state[v] = 2;
                    sp--;
                }
            }
        }
        for (int e = 0; e < m; e++) {
            if (flip[e] && src[e] != dst[e]) {
                int t = src[e];
                src[e] = dst[e];
                dst[e] = t;
                reversed[e] = true;
            }
        }
    }

    // ---- ranks ----

    private static int[] rank(int n, int[] src, int[] dst, double[] thick) {
        int m = src.length;
        Adjacency adj = new Adjacency(n, IntList.of(src), IntList.of(dst));
        int[] indeg = new int[n];
        for (int e = 0; e < m; e++) {
            if (src[e] != dst[e]) {
                indeg[dst[e]]++;
            }
        }
        int[] topo = new int[n];
        int head = 0;
        int tail = 0;
        for (int v = 0; v < n; v++) {
            if (indeg[v] == 0) {
                topo[tail++] = v;
            }
        }
        int[] rank = new int[n];
        while (head < tail) {
            int v = topo[head++];
            for (int i = adj.outStart[v]; i < adj.outStart[v + 1]; i++) {
                int seg = adj.outSeg[i];
                int w = dst[seg];
                if (w == v) {
                    continue;
                }
                rank[w] = Math.max(rank[w], rank[v] + 1);
                if (--indeg[w] == 0) {
                    topo[tail++] = w;
                }
            }
        }
        // Longest path puts every node as early as possible, so a value computed early but used late
        // (w*w in a long running sum) drags a long edge. Walk back from the sinks and move each node as
        // late as its consumers allow when that shortens at least as much edge as it lengthens
        // (out-degree >= in-degree): sources and chains then sit right next to their consumers.
        int[] indegree = new int[n];
        int[] outdegree = new int[n];
        for (int e = 0; e < m; e++) {
            if (src[e] != dst[e]) {
                outdegree[src[e]]++;
                indegree[dst[e]]++;
            }
        }
        for (int i = tail - 1; i >= 0; i--) {
            int v = topo[i];
            if (outdegree[v] == 0 || outdegree[v] < indegree[v]) {
                continue;
            }
            int best = Integer.MAX_VALUE;
            for (int k = adj.outStart[v]; k < adj.outStart[v + 1]; k++) {
                int w = dst[adj.outSeg[k]];
                if (w != v) {
                    best = Math.min(best, rank[w] - 1);
                }
            }
            if (best != Integer.MAX_VALUE && best > rank[v]) {
                rank[v] = best;
            }
        }
        int[] s2 = new int[m];
        int[] d2 = new int[m];
        int k = 0;
        for (int e = 0; e < m; e++) {
            if (src[e] != dst[e]) {
                s2[k] = src[e];
                d2[k++] = dst[e];
            }
        }
        // then the least total edge length, as dot ranks: fewer dummies, fewer crossings
        Ranks.minimize(n, Arrays.copyOf(s2, k), Arrays.copyOf(d2, k), rank, 20 * n + 100, thick);
        return rank;
    }

    // ---- ordering within ranks ----

    /**
     * Orders each rank: two starting orders (depth first from the sinks over inputs, and from the sources
     * over outputs; one above 3,000 nodes and dummies), each improved by alternating down and up sweeps that
     * sort a rank by the weighted median of its neighbours in the rank before (then barycenter, then the
     * current place), each sweep followed by adjacent transpositions and (up to 3,000) sifting. The order with the fewest
     * crossings wins; ties keep the earlier one. With {@code polish}, local search then goes on from it
     * ({@link #perturbed}, up to 3,000 nodes and dummies).
     */
    private static int[][] order(int total, int[] rk, int ranks, Adjacency adj, Clusters cl, int[][] given,
                                 boolean polish) {
        int[][] best = null;
        int bestCrossings = Integer.MAX_VALUE;
        int[] pos = new int[total];
        double[] key = new double[total];
        double[] tie = new double[total];
        int starts = (total <= 3000 ? 2 : 1) + (given != null ? 1 : 0);
        for (int start = 0; start < starts && bestCrossings > 0; start++) {
            int[][] layers = given != null && start == starts - 1 ? copy(given) : initial(total, rk, ranks, adj, start == 1);
            setPositions(layers, pos);
            for (int[] layer : layers) { // clusters contiguous from the start
                for (int v : layer) {
                    key[v] = pos[v];
                    tie[v] = pos[v];
                }
                cl.sort(layer, key, tie, pos);
            }
            setPositions(layers, pos);
            int[][] mine = copy(layers);
            int mineCrossings = crossings(layers, pos, adj);
            int stale = 0;
            int maxIter = total <= 3000 ? 24 : 8;
            for (int iter = 0; iter < maxIter && mineCrossings > 0 && stale < 6; iter++) {
                boolean down = iter % 2 == 0;
                for (int k = 1; k < ranks; k++) {
                    int r = down ? k : ranks - 1 - k;
                    sortByMedian(layers[r], pos, adj, down, key, tie, cl);
                    for (int i = 0; i < layers[r].length; i++) {
                        pos[layers[r][i]] = i;
                    }
                }
                transpose(layers, pos, adj, cl, iter % 4 >= 2); // local swaps after every sweep
                if (total <= 3000) { // and sifting: above this size it costs more time than it saves crossings
                    sift(layers, pos, adj, cl);
                }
                if (cl.count() > 0) {
                    blockTranspose(layers, pos, adj, cl);
                }
                int c = crossings(layers, pos, adj);
                if (c < mineCrossings) {
                    mineCrossings = c;
                    mine = copy(layers);
                    stale = 0;
                } else {
                    stale++;
                    if (iter % 4 == 3 && c > mineCrossings) { // a plateau walked away: go on from the best
                        layers = copy(mine);
                        setPositions(layers, pos);
                    }
                }
            }
            if (mineCrossings < bestCrossings) {
                bestCrossings = mineCrossings;
                best = mine;
            }
        }
        int rounds = total <= 1000 ? 600 : total <= 3000 ? 200 : 0; // ~10 ms on the JVM at most
        if (polish && rounds > 0 && bestCrossings > 0) {
            best = perturbed(best, bestCrossings, rounds, adj, cl, pos);
        }
        return best;
    }

    /**
     * Iterated local search from the best order, where sweeps have stopped improving: each round moves three
     * nodes of one rank to other places (within their cluster's run), improves that rank and its two
     * neighbours by transposition and sifting, and keeps the result when those ranks cross no more edges than
     * before (equal: a step along a plateau), else puts them back. Only the touched gaps are recounted, so a
     * round costs a few ranks' work. Deterministic: a fixed xorshift sequence picks the moves.
     * MLP(3, [4, 4, 1]) with call groups: 37 -> 33 crossings.
     */
    private static int[][] perturbed(int[][] best, int bestCrossings, int rounds, Adjacency adj, Clusters cl,
                                     int[] pos) {
        int seed = 0x2545F491; // xorshift32: ints, since TeaVM emulates long
        int[][] layers = best; // a copy already: changed in place
        setPositions(layers, pos);
        int ranks = layers.length;
        int moves = 3;
        int[][] saved = new int[3][];
        for (int round = 0; round < rounds && bestCrossings > 0; round++) {
            seed = next(seed);
            int r = (seed >>> 1) % ranks;
            if (layers[r].length < 2) {
                continue;
            }
            int lo = Math.max(0, r - 1);
            int hi = Math.min(ranks - 1, r + 1);
            for (int q = lo; q <= hi; q++) {
                saved[q - lo] = layers[q].clone();
            }
            int before = crossings(layers, pos, adj, lo - 1, hi);
            int[] layer = layers[r];
            for (int k = 0; k < moves; k++) {
                seed = next(seed);
                int at = (seed >>> 1) % layer.length;
                int v = layer[at];
                int a = at;
                while (a > 0 && cl.of[layer[a - 1]] == cl.of[v]) {
                    a--;
                }
                int b = at;
                while (b + 1 < layer.length && cl.of[layer[b + 1]] == cl.of[v]) {
                    b++;
                }
                seed = next(seed);
                int to = a + (seed >>> 1) % (b - a + 1);
                if (to < at) {
                    System.arraycopy(layer, to, layer, to + 1, at - to);
                } else {
                    System.arraycopy(layer, at + 1, layer, at, to - at);
                }
                layer[to] = v;
            }
            for (int i = 0; i < layer.length; i++) {
                pos[layer[i]] = i;
            }
            int c = crossings(layers, pos, adj, lo - 1, hi);
            for (int pass = 0; pass < 4; pass++) {
                transpose(layers, pos, adj, cl, false, lo, hi);
                sift(layers, pos, adj, cl, lo, hi);
                if (cl.count() > 0) {
                    blockTranspose(layers, pos, adj, cl, lo, hi);
                }
                int now = crossings(layers, pos, adj, lo - 1, hi);
                boolean better = now < c;
                c = now;
                if (!better) {
                    break;
                }
            }
            if (c <= before) {
                bestCrossings += c - before;
            } else {
                for (int q = lo; q <= hi; q++) {
                    layers[q] = saved[q - lo];
                    for (int i = 0; i < layers[q].length; i++) {
                        pos[layers[q][i]] = i;
                    }
                }
            }
        }
        return layers;
    }

    private static int next(int x) {
        x ^= x << 13;
        x ^= x >>> 17;
        return x ^ x << 5;
    }

    /**
     * A starting order: depth first from the sinks backwards over inputs (a node's inputs end up together,
     * as an expression tree reads), or from the sources forwards over outputs. Deterministic: by index.
     */
    private static int[][] initial(int total, int[] rk, int ranks, Adjacency adj, boolean forward) {
        int[] count = new int[ranks];
        int[][] layers = new int[ranks][];
        for (int v = 0; v < total; v++) {
            count[rk[v]]++;
        }
        for (int r = 0; r < ranks; r++) {
            layers[r] = new int[count[r]];
        }
        Arrays.fill(count, 0);
        boolean[] seen = new boolean[total];
        int[] stack = new int[total];
        for (int j = 0; j < total; j++) {
            int root = forward ? j : total - 1 - j;
            int[] start = forward ? adj.inStart : adj.outStart;
            if (seen[root] || start[root + 1] != start[root]) {
                continue; // start only at sinks (sources)
            }
            int sp = 0;
            stack[sp++] = root;
            seen[root] = true;
            while (sp > 0) {
                int v = stack[--sp];
                layers[rk[v]][count[rk[v]]++] = v;
                int from = forward ? adj.outStart[v] : adj.inStart[v];
                int to = forward ? adj.outStart[v + 1] : adj.inStart[v + 1];
                for (int i = to - 1; i >= from; i--) {
                    int u = forward ? adj.segTo[adj.outSeg[i]] : adj.segFrom[adj.inSeg[i]];
                    if (!seen[u]) {
                        seen[u] = true;
                        stack[sp++] = u;
                    }
                }
            }
        }
        for (int v = 0; v < total; v++) {
            if (!seen[v]) { // only reachable on cycles, which were broken; kept for safety
                seen[v] = true;
                layers[rk[v]][count[rk[v]]++] = v;
            }
        }
        return layers;
    }

    /**
     * Swaps neighbours within a rank while that removes crossings (a few passes, as Graphviz does); with
     * {@code equal} also when it keeps them (to walk off a plateau, as dot's "reverse" passes). Only neighbours of the same cluster
     * swap, so clusters stay contiguous.
     */
    private static void transpose(int[][] layers, int[] pos, Adjacency adj, Clusters cl, boolean equal) {
        transpose(layers, pos, adj, cl, equal, 0, layers.length - 1);
    }

    /** Transposition within ranks {@code lo..hi} only. */
    private static void transpose(int[][] layers, int[] pos, Adjacency adj, Clusters cl, boolean equal, int lo,
                                  int hi) {
        for (int pass = 0; pass < 4; pass++) {
            boolean improved = false;
            for (int r = lo; r <= hi; r++) {
                int[] layer = layers[r];
                for (int i = 0; i + 1 < layer.length; i++) {
                    int u = layer[i];
                    int v = layer[i + 1];
                    if (cl.of[u] != cl.of[v]) {
                        continue;
                    }
                    int now = pairCrossings(u, v, pos, adj);
                    int swapped = pairCrossings(v, u, pos, adj);
                    if (swapped < now || equal && swapped == now && now > 0) {
                        layer[i] = v;
                        layer[i + 1] = u;
                        pos[v] = i;
                        pos[u] = i + 1;
                        improved |= swapped < now;
                    }
                }
            }
            if (!improved) {
                return;
            }
        }
    }

    /**
     * Sifting (Matuszewski et al.): moves each node, one at a time, to the place in its rank that crosses
     * fewest edges to both neighbouring ranks, trying every place within its run of same-cluster neighbours
     * (so clusters stay contiguous). Moving past one neighbour changes the count by their pair's
     * difference, so all places of a node cost one pass over its run.
     */
    private static void sift(int[][] layers, int[] pos, Adjacency adj, Clusters cl) {
        sift(layers, pos, adj, cl, 0, layers.length - 1);
    }

    /** Sifting of ranks {@code lo..hi} only. */
    private static void sift(int[][] layers, int[] pos, Adjacency adj, Clusters cl, int lo, int hi) {
        for (int r = lo; r <= hi; r++) {
            int[] layer = layers[r];
            int len = layer.length;
            if (len < 2) {
                continue;
            }
            int[] nodes = layer.clone();
            for (int v : nodes) {
                int at = pos[v];
                int a = at;
                while (a > 0 && cl.of[layer[a - 1]] == cl.of[v]) {
                    a--;
                }
                int b = at;
                while (b + 1 < len && cl.of[layer[b + 1]] == cl.of[v]) {
                    b++;
                }
                if (a == b) {
                    continue;
                }
                // delta of v placed before run item i (relative to before item a), then after the last
                int delta = 0;
                int bestDelta = 0;
                int bestAt = a; // insertion index among the run without v
                int here = 0;   // delta at v's current place
                int k = 0;
                for (int i = a; i <= b; i++) {
                    int u = layer[i];
                    if (u == v) {
                        here = delta;
                        continue;
                    }
                    delta += pairDifference(u, v, pos, adj);
                    k++;
                    if (delta < bestDelta) {
                        bestDelta = delta;
                        bestAt = a + k;
                    }
                }
                if (bestDelta >= here) {
                    continue;
                }
                // remove v from [a, b], insert it so that bestAt - a run items precede it
                int j = a;
                int[] run = new int[b - a];
                int q = 0;
                for (int i = a; i <= b; i++) {
                    if (layer[i] != v) {
                        run[q++] = layer[i];
                    }
                }
                int before = bestAt - a;
                for (int i = 0; i < before; i++) {
                    layer[j++] = run[i];
                }
                layer[j++] = v;
                for (int i = before; i < run.length; i++) {
                    layer[j++] = run[i];
                }
                for (int i = a; i <= b; i++) {
                    pos[layer[i]] = i;
                }
            }
        }
    }

    /**
     * Transposition of whole clusters: where two neighbours in a rank belong to different clusters, the two
     * sibling blocks that hold them (their clusters below the innermost one they share, or the node itself)
     * swap places when that removes crossings. Clusters stay contiguous; their inner order is kept.
     */
    private static void blockTranspose(int[][] layers, int[] pos, Adjacency adj, Clusters cl) {
        blockTranspose(layers, pos, adj, cl, 0, layers.length - 1);
    }

    /** Block transposition within ranks {@code lo..hi} only. */
    private static void blockTranspose(int[][] layers, int[] pos, Adjacency adj, Clusters cl, int lo, int hi) {
        for (int pass = 0; pass < 4; pass++) {
            boolean improved = false;
            for (int r = lo; r <= hi; r++) {
                int[] layer = layers[r];
                for (int i = 0; i + 1 < layer.length; i++) {
                    int u = layer[i];
                    int v = layer[i + 1];
                    if (cl.of[u] == cl.of[v]) {
                        continue;
                    }
                    int c = cl.common(cl.of[u], cl.of[v]);
                    int bu = cl.below(cl.of[u], c); // -1: u alone
                    int bv = cl.below(cl.of[v], c);
                    int a = i;
                    while (bu >= 0 && a > 0 && cl.within(cl.of[layer[a - 1]], bu)) {
                        a--;
                    }
                    int b = i + 1;
                    while (bv >= 0 && b + 1 < layer.length && cl.within(cl.of[layer[b + 1]], bv)) {
                        b++;
                    }
                    int gain = 0;
                    for (int x = a; x <= i; x++) {
                        for (int y = i + 1; y <= b; y++) {
                            gain += pairDifference(layer[x], layer[y], pos, adj);
                        }
                    }
                    if (gain <= 0) {
                        continue;
                    }
                    int[] moved = new int[b - a + 1];
                    int q = 0;
                    for (int y = i + 1; y <= b; y++) {
                        moved[q++] = layer[y];
                    }
                    for (int x = a; x <= i; x++) {
                        moved[q++] = layer[x];
                    }
                    for (int k = 0; k < moved.length; k++) {
                        layer[a + k] = moved[k];
                        pos[moved[k]] = a + k;
                    }
                    improved = true;
                    i = a + (b - i) - 1; // go on after the block that moved left
                }
            }
            if (!improved) {
                return;
            }
        }
    }

    /**
     * Crossings among the edges of u and v with u left of v, minus those with v left of u: what moving v
     * from u's left to its right adds.
     */
    private static int pairDifference(int u, int v, int[] pos, Adjacency adj) {
        int c = 0;
        for (int i = adj.inStart[u]; i < adj.inStart[u + 1]; i++) {
            int pu = pos[adj.segFrom[adj.inSeg[i]]];
            for (int j = adj.inStart[v]; j < adj.inStart[v + 1]; j++) {
                int pv = pos[adj.segFrom[adj.inSeg[j]]];
                c += pu > pv ? 1 : pu < pv ? -1 : 0;
            }
        }
        for (int i = adj.outStart[u]; i < adj.outStart[u + 1]; i++) {
            int pu = pos[adj.segTo[adj.outSeg[i]]];
            for (int j = adj.outStart[v]; j < adj.outStart[v + 1]; j++) {
                int pv = pos[adj.segTo[adj.outSeg[j]]];
                c += pu > pv ? 1 : pu < pv ? -1 : 0;
            }
        }
        return c;
    }

    /** Crossings among the edges of u and v (both sides) when u is placed left of v. */
    private static int pairCrossings(int u, int v, int[] pos, Adjacency adj) {
        int c = 0;
        for (int i = adj.inStart[u]; i < adj.inStart[u + 1]; i++) {
            int pu = pos[adj.segFrom[adj.inSeg[i]]];
            for (int j = adj.inStart[v]; j < adj.inStart[v + 1]; j++) {
                if (pu > pos[adj.segFrom[adj.inSeg[j]]]) {
                    c++;
                }
            }
        }
        for (int i = adj.outStart[u]; i < adj.outStart[u + 1]; i++) {
            int pu = pos[adj.segTo[adj.outSeg[i]]];
            for (int j = adj.outStart[v]; j < adj.outStart[v + 1]; j++) {
                if (pu > pos[adj.segTo[adj.outSeg[j]]]) {
                    c++;
                }
            }
        }
        return c;
    }

    /**
     * Sorts a rank by the weighted median of its neighbours' places on one side (Gansner et al.), ties by
     * their barycenter, then by the current place; a node without neighbours there keeps its place.
     */
    private static void sortByMedian(int[] layer, int[] pos, Adjacency adj, boolean useInputs, double[] key,
                                     double[] tie, Clusters cl) {
        int[] p = new int[8];
        for (int v : layer) {
            int from = useInputs ? adj.inStart[v] : adj.outStart[v];
            int to = useInputs ? adj.inStart[v + 1] : adj.outStart[v + 1];
            int k = to - from;
            if (k == 0) {
                key[v] = Double.NaN; // no neighbours there: keeps its place
                tie[v] = pos[v];
                continue;
            }
            if (p.length < k) {
                p = new int[k];
            }
            double sum = 0;
            for (int i = 0; i < k; i++) {
                int w = useInputs ? adj.segFrom[adj.inSeg[from + i]] : adj.segTo[adj.outSeg[from + i]];
                p[i] = pos[w];
                sum += pos[w];
            }
            Arrays.sort(p, 0, k);
            int mid = k / 2;
            if (k % 2 == 1) {
                key[v] = p[mid];
            } else if (k == 2) {
                key[v] = (p[0] + p[1]) / 2.0;
            } else {
                double left = p[mid - 1] - p[0];
                double right = p[k - 1] - p[mid];
                key[v] = left + right == 0 ? (p[mid - 1] + p[mid]) / 2.0
                        : (p[mid - 1] * right + p[mid] * left) / (left + right);
            }
            tie[v] = sum / k;
        }
        if (cl.any(layer)) {
            for (int v : layer) {
                if (Double.isNaN(key[v])) {
                    key[v] = pos[v];
                }
            }
            cl.sort(layer, key, tie, pos);
            return;
        }
        // As dot: nodes without neighbours on that side keep their slots, the others sort into the rest.
        int[] movable = new int[layer.length];
        int k = 0;
        for (int v : layer) {
            if (!Double.isNaN(key[v])) {
                movable[k++] = v;
            }
        }
        if (k < layer.length) {
            int[] part = Arrays.copyOf(movable, k);
            mergeSort(part, key, tie, pos, null);
            int j = 0;
            for (int i = 0; i < layer.length; i++) {
                if (!Double.isNaN(key[layer[i]])) {
                    layer[i] = part[j++];
                }
            }
        } else {
            mergeSort(layer, key, tie, pos, null);
        }
    }

    /**
     * The nesting of clusters, and a sort of a rank that keeps every cluster contiguous: items are compared
     * where their cluster chains part, a cluster by the mean key of its members in the rank.
     */
    static final class Clusters {
        final int[] of;          // innermost cluster of each node and dummy, -1: none
        private final int[] parent;
        private final int[] depth;
        private final double[] sumKey;
        private final double[] sumTie;
        private final int[] count;
        private final int[] minPos;
        private final int[] stamp;
        private int now;

        /** No clusters, for {@code total} nodes and dummies. */
        Clusters(int total) {
            of = new int[total];
            Arrays.fill(of, -1);
            parent = new int[0];
            depth = new int[0];
            sumKey = new double[0];
            sumTie = new double[0];
            count = new int[0];
            minPos = new int[0];
            stamp = new int[0];
        }

        Clusters(LayoutGraph g, int total, int[] src, int[] dst) {
            int k = g.clusterCount();
            of = new int[total];
            Arrays.fill(of, -1);
            for (int v = 0; v < g.nodeCount(); v++) {
                of[v] = g.cluster(v);
            }
            parent = new int[k];
            depth = new int[k];
            for (int c = 0; c < k; c++) { // a parent is always added before its children
                parent[c] = g.clusterParent(c);
                depth[c] = parent[c] < 0 ? 1 : depth[parent[c]] + 1;
            }
            // A source is laid out in the innermost cluster all its consumers share, not its own: a call's
            // parameters are made in __init__ but used in __call__, and holding every layer's weights
            // together (or outside the neuron that uses them) would cross each of them over the others'.
            boolean[] fed = new boolean[total];
            for (int e = 0; e < src.length; e++) {
                fed[dst[e]] |= src[e] != dst[e];
            }
            boolean[] seen = new boolean[g.nodeCount()];
            for (int e = 0; e < src.length; e++) {
                int v = src[e];
                if (v != dst[e] && !fed[v]) {
                    of[v] = seen[v] ? common(of[v], of[dst[e]]) : of[dst[e]];
                    seen[v] = true;
                }
            }
            sumKey = new double[k];
            sumTie = new double[k];
            count = new int[k];
            minPos = new int[k];
            stamp = new int[k];
        }

        /** The cluster just below {@code top} on the way up from {@code c}, or -1 if {@code c == top}. */
        int below(int c, int top) {
            int last = -1;
            while (c != top) {
                last = c;
                c = parent[c];
            }
            return last;
        }

        /** Is cluster {@code c} (-1: none) {@code k} or inside it. */
        boolean within(int c, int k) {
            for (; c >= 0; c = parent[c]) {
                if (c == k) {
                    return true;
                }
            }
            return false;
        }

        /** The innermost cluster holding both (-1: top level). */
        int common(int a, int b) {
            while (a != b) {
                int da = a < 0 ? 0 : depth[a];
                int db = b < 0 ? 0 : depth[b];
                if (da >= db) {
                    a = parent[a];
                } else {
                    b = parent[b];
                }
            }
            return a;
        }

        int count() {
            return parent.length;
        }

        boolean any(int[] layer) {
            for (int v : layer) {
                if (of[v] >= 0) {
                    return true;
                }
            }
            return false;
        }

        void sort(int[] layer, double[] key, double[] tie, int[] pos) {
            boolean any = false;
            for (int v : layer) {
                any |= of[v] >= 0;
            }
            if (!any) {
                mergeSort(layer, key, tie, pos, null);
                return;
            }
            now++;
            for (int v : layer) {
                for (int c = of[v]; c >= 0; c = parent[c]) {
                    if (stamp[c] != now) {
                        stamp[c] = now;
                        sumKey[c] = 0;
                        sumTie[c] = 0;
                        count[c] = 0;
                        minPos[c] = Integer.MAX_VALUE;
                    }
                    sumKey[c] += key[v];
                    sumTie[c] += tie[v];
                    count[c]++;
                    minPos[c] = Math.min(minPos[c], pos[v]);
                }
            }
            mergeSort(layer, key, tie, pos, this);
        }

        /** Negative when {@code u} goes before {@code v}. */
        int compare(int u, int v, double[] key, double[] tie, int[] pos) {
            int a = of[u];
            int b = of[v];
            int ra = -1; // the child of the common cluster on u's side (-1: u itself)
            int rb = -1;
            while (a != b) {
                int da = a < 0 ? 0 : depth[a];
                int db = b < 0 ? 0 : depth[b];
                if (da >= db) {
                    ra = a;
                    a = parent[a];
                } else {
                    rb = b;
                    b = parent[b];
                }
            }
            double ka = ra < 0 ? key[u] : sumKey[ra] / count[ra];
            double kb = rb < 0 ? key[v] : sumKey[rb] / count[rb];
            if (ka != kb) {
                return ka < kb ? -1 : 1;
            }
            double ta = ra < 0 ? tie[u] : sumTie[ra] / count[ra];
            double tb = rb < 0 ? tie[v] : sumTie[rb] / count[rb];
            if (ta != tb) {
                return ta < tb ? -1 : 1;
            }
            int pa = ra < 0 ? pos[u] : minPos[ra];
            int pb = rb < 0 ? pos[v] : minPos[rb];
            return Integer.compare(pa, pb);
        }
    }

    /** Stable merge sort of a rank by (key, tie, current place), or by the clusters' order. */
    private static void mergeSort(int[] a, double[] key, double[] tie, int[] pos, Clusters cl) {
        int n = a.length;
        int[] buf = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    int x = a[i];
                    int y = a[j];
                    int c = cl != null ? cl.compare(y, x, key, tie, pos)
                            : key[y] != key[x] ? (key[y] < key[x] ? -1 : 1)
                            : tie[y] != tie[x] ? (tie[y] < tie[x] ? -1 : 1) : Integer.compare(pos[y], pos[x]);
                    buf[k++] = c < 0 ? a[j++] : a[i++];
                }
                while (i < mid) {
                    buf[k++] = a[i++];
                }
                while (j < hi) {
                    buf[k++] = a[j++];
                }
                System.arraycopy(buf, lo, a, lo, hi - lo);
            }
        }
    }

    private static void setPositions(int[][] layers, int[] pos) {
        for (int[] layer : layers) {
            for (int i = 0; i < layer.length; i++) {
                pos[layer[i]] = i;
            }
        }
    }

    private static int[][] copy(int[][] layers) {
        int[][] out = new int[layers.length][];
        for (int i = 0; i < layers.length; i++) {
            out[i] = layers[i].clone();
        }
        return out;
    }

    /** Crossings between consecutive ranks: inversions counted with a Fenwick tree. */
    static int crossings(int[][] layers, int[] pos, Adjacency adj) {
        return crossings(layers, pos, adj, 0, layers.length - 2);
    }

    /** Crossings between ranks r and r + 1 for r in {@code lo..hi}. */
    static int crossings(int[][] layers, int[] pos, Adjacency adj, int lo, int hi) {
        long total = 0;
        for (int r = Math.max(0, lo); r <= hi && r + 1 < layers.length; r++) {
            int[] upper = layers[r];
            int size = layers[r + 1].length;
            int[] tree = new int[size + 1];
            int seen = 0;
            int[] targets = new int[16];
            for (int u : upper) {
                // this node's edges, sorted by target position
                int cnt = 0;
                for (int i = adj.outStart[u]; i < adj.outStart[u + 1]; i++) {
                    if (cnt == targets.length) {
                        targets = Arrays.copyOf(targets, cnt * 2);
                    }
                    targets[cnt++] = pos[adj.segTo[adj.outSeg[i]]];
                }
                Arrays.sort(targets, 0, cnt);
                for (int k = 0; k < cnt; k++) {
                    int p = targets[k];
                    // edges already seen ending strictly after p cross this one
                    int atOrBefore = 0;
                    for (int i = p + 1; i > 0; i -= i & -i) {
                        atOrBefore += tree[i];
                    }
                    total += seen - atOrBefore;
                }
                for (int k = 0; k < cnt; k++) {
                    for (int i = targets[k] + 1; i <= size; i += i & -i) {
                        tree[i]++;
                    }
                    seen++;
                }
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    // ---- coordinates across ranks ----

    private static double[] place(int[][] layers, Adjacency adj, double[] across, int n, double gap) {
        int total = across.length;
        double[] c = new double[total];
        for (int[] layer : layers) {
            double at = 0;
            for (int v : layer) {
                c[v] = at + across[v] / 2;
                at += across[v] + gap;
            }
        }
        double[] want = new double[total];
        double[] weight = new double[total];
        int ranks = layers.length;
        for (int iter = 0; iter < 8; iter++) {
            boolean down = iter % 2 == 0;
            boolean both = iter >= 6;
            for (int k = 0; k < ranks; k++) {
                int r = down ? k : ranks - 1 - k;
                int[] layer = layers[r];
                for (int v : layer) {
                    double sum = 0;
                    int cnt = 0;
                    if (down || both) {
                        for (int i = adj.inStart[v]; i < adj.inStart[v + 1]; i++) {
                            sum += c[adj.segFrom[adj.inSeg[i]]];
                            cnt++;
                        }
                    }
                    if (!down || both) {
                        for (int i = adj.outStart[v]; i < adj.outStart[v + 1]; i++) {
                            sum += c[adj.segTo[adj.outSeg[i]]];
                            cnt++;
                        }
                    }
                    want[v] = cnt == 0 ? c[v] : sum / cnt;
                    // dummies pull hard so long edges run straight; real nodes by degree
                    weight[v] = (v >= n ? 8.0 : 1.0) * (cnt == 0 ? 0.25 : cnt);
                }
                isotonic(layer, want, weight, across, gap, c);
            }
        }
        return c;
    }

    /**
     * Closest positions (weighted least squares) to {@code want} that keep the rank's order and every
     * gap: pool adjacent violators on positions shifted by the cumulative minimum separation.
     */
    private static void isotonic(int[] layer, double[] want, double[] weight, double[] across, double gap,
                                 double[] out) {
        int k = layer.length;
        if (k == 0) {
            return;
        }
        double[] offset = new double[k];
        for (int i = 1; i < k; i++) {
            offset[i] = offset[i - 1] + (across[layer[i - 1]] + across[layer[i]]) / 2 + gap;
        }
        double[] blockSum = new double[k];  // weighted sum of targets
        double[] blockW = new double[k];
        int[] blockEnd = new int[k];        // exclusive index of block end
        int blocks = 0;
        for (int i = 0; i < k; i++) {
            int v = layer[i];
            blockSum[blocks] = weight[v] * (want[v] - offset[i]);
            blockW[blocks] = weight[v];
            blockEnd[blocks] = i + 1;
            blocks++;
            while (blocks > 1 && blockSum[blocks - 2] / blockW[blocks - 2] > blockSum[blocks - 1] / blockW[blocks - 1]) {
                blockSum[blocks - 2] += blockSum[blocks - 1];
                blockW[blocks - 2] += blockW[blocks - 1];
                blockEnd[blocks - 2] = blockEnd[blocks - 1];
                blocks--;
            }
        }
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            double val = blockSum[b] / blockW[b];
            for (; i < blockEnd[b]; i++) {
                out[layer[i]] = val + offset[i];
            }
        }
    }

    /** Compressed in/out lists of segments. */
    static final class Adjacency {
        final int[] outStart;
        final int[] outSeg;
        final int[] inStart;
        final int[] inSeg;
        final int[] segFrom;
        final int[] segTo;

        Adjacency(int n, IntList from, IntList to) {
            int m = from.size();
            segFrom = from.toArray();
            segTo = to.toArray();
            outStart = new int[n + 1];
            inStart = new int[n + 1];
            for (int e = 0; e < m; e++) {
                if (segFrom[e] == segTo[e]) {
                    continue;
                }
                outStart[segFrom[e] + 1]++;
                inStart[segTo[e] + 1]++;
            }
            for (int v = 0; v < n; v++) {
                outStart[v + 1] += outStart[v];
                inStart[v + 1] += inStart[v];
            }
            outSeg = new int[outStart[n]];
            inSeg = new int[inStart[n]];
            int[] o = Arrays.copyOf(outStart, n);
            int[] in = Arrays.copyOf(inStart, n);
            for (int e = 0; e < m; e++) {
                if (segFrom[e] == segTo[e]) {
                    continue;
                }
                outSeg[o[segFrom[e]]++] = e;
                inSeg[in[segTo[e]]++] = e;
            }
        }
    }

    /** A growable int array (no boxing: TeaVM and 5,000-node graphs both like that). */
    static final class IntList {
        private int[] a;
        private int size;

        IntList(int capacity) {
            a = new int[Math.max(4, capacity)];
        }

        static IntList of(int[] values) {
            IntList l = new IntList(values.length);
            System.arraycopy(values, 0, l.a, 0, values.length);
            l.size = values.length;
            return l;
        }

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
