package dev.backprop.layout;

import java.util.Arrays;

/**
 * A layered (Sugiyama-style) drawing of a directed graph: nodes in ranks, ranks ordered to cross few
 * edges, coordinates that keep edges short and straight, and nodes that never overlap.
 *
 * <p>Steps: break cycles (reverse back edges), rank by longest path, then move nodes next to their
 * consumers where that shortens edges, split long edges with dummy nodes, order each rank by barycenter sweeps (keeping the
 * order with the fewest crossings), then place each rank by weighted isotonic regression (pool adjacent
 * violators) towards the neighbours' positions, which is optimal for the rank and keeps every gap.
 * No recursion, no hashing, no randomness: the same graph always gives the same picture.
 */
public final class Layered {

    /** Which way edges point: left to right (the lecture's rankdir=LR) or top to bottom. */
    /** Left to right or top to bottom: int constants, not an enum (an enum costs the page script a class). */
    public static final class Direction {
        public static final int LR = 0, TB = 1;

        private Direction() {
        }
    }

    private Layered() {
    }

    /** Lays out {@code g}. Node sizes are read from the graph; gaps are in the same units. */
    public static Layout layout(LayoutGraph g, int dir, double nodeGap, double rankGap) {
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

        int[] rank = rank(n, src, dst);

        // Dummy nodes: every edge becomes a chain of unit-length segments.
        int dummies = 0;
        for (int e = 0; e < m; e++) {
            if (src[e] != dst[e]) {
                dummies += Math.max(0, rank[dst[e]] - rank[src[e]] - 1);
            }
        }
        int total = n + dummies;
        int[] rk = Arrays.copyOf(rank, total);
        int[] chainStart = new int[m + 1]; // dummies of edge e: chainStart[e] .. chainStart[e+1]-1 (offset by n)
        IntList segFrom = new IntList(m + dummies);
        IntList segTo = new IntList(m + dummies);
        int next = n;
        for (int e = 0; e < m; e++) {
            chainStart[e] = next;
            if (src[e] == dst[e]) {
                continue; // self loops are not drawn as segments
            }
            int prev = src[e];
            for (int r = rank[src[e]] + 1; r < rank[dst[e]]; r++) {
                rk[next] = r;
                segFrom.add(prev);
                segTo.add(next);
                prev = next++;
            }
            segFrom.add(prev);
            segTo.add(dst[e]);
        }
        chainStart[m] = next;

        int ranks = 0;
        for (int v = 0; v < total; v++) {
            ranks = Math.max(ranks, rk[v] + 1);
        }
        Adjacency adj = new Adjacency(total, segFrom, segTo);

        int[][] layers = order(total, n, rk, ranks, adj, g);
        int[] pos = new int[total];
        for (int[] layer : layers) {
            for (int i = 0; i < layer.length; i++) {
                pos[layer[i]] = i;
            }
        }
        int crossings = crossings(layers, pos, adj);

        // Sizes along the order axis (across a rank) and the rank axis.
        double[] across = new double[total];
        double[] along = new double[total];
        for (int v = 0; v < n; v++) {
            across[v] = dir == Direction.LR ? g.height(v) : g.width(v);
            along[v] = dir == Direction.LR ? g.width(v) : g.height(v);
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
        double[] x = new double[n];
        double[] y = new double[n];
        for (int v = 0; v < n; v++) {
            double a = rankCentre[rk[v]];
            double o = c[v] - min;
            x[v] = dir == Direction.LR ? a : o;
            y[v] = dir == Direction.LR ? o : a;
        }

        double[][] edges = new double[m][];
        for (int e = 0; e < m; e++) {
            int s = src[e];
            int t = dst[e];
            int k = chainStart[e + 1] - chainStart[e];
            double[] pts = new double[2 * (k + 2)];
            int p = 0;
            // leave the tail node at its far side and enter the head node at its near side
            pts[p++] = dir == Direction.LR ? x[s] + along[s] / 2 : x[s];
            pts[p++] = dir == Direction.LR ? y[s] : y[s] + along[s] / 2;
            for (int d = chainStart[e]; d < chainStart[e + 1]; d++) {
                double a = rankCentre[rk[d]];
                double o = c[d] - min;
                pts[p++] = dir == Direction.LR ? a : o;
                pts[p++] = dir == Direction.LR ? o : a;
            }
            pts[p++] = dir == Direction.LR ? x[t] - along[t] / 2 : x[t];
            pts[p] = dir == Direction.LR ? y[t] : y[t] - along[t] / 2;
            if (reversed[e]) {
                reversePoints(pts);
            }
            edges[e] = pts;
        }
        double w = dir == Direction.LR ? alongTotal : max - min;
        double h = dir == Direction.LR ? max - min : alongTotal;
        double[] ws = new double[n];
        double[] hs = new double[n];
        for (int v = 0; v < n; v++) {
            ws[v] = g.width(v);
            hs[v] = g.height(v);
        }
        int[] nodeRank = Arrays.copyOf(rk, n);
        return new Layout(x, y, ws, hs, edges, w, h, crossings, nodeRank);
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

    private static int[] rank(int n, int[] src, int[] dst) {
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
        return rank;
    }

    // ---- ordering within ranks ----

    private static int[][] order(int total, int n, int[] rk, int ranks, Adjacency adj, LayoutGraph g) {
        // Initial order: DFS from the sinks backwards over inputs (inputs of a node end up together),
        // then by id, which is deterministic and already close for trees.
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
        for (int root = total - 1; root >= 0; root--) {
            if (seen[root] || adj.outStart[root + 1] != adj.outStart[root]) {
                continue; // start only at sinks
            }
            int sp = 0;
            stack[sp++] = root;
            seen[root] = true;
            while (sp > 0) {
                int v = stack[--sp];
                layers[rk[v]][count[rk[v]]++] = v;
                for (int i = adj.inStart[v + 1] - 1; i >= adj.inStart[v]; i--) {
                    int u = adj.segFrom[adj.inSeg[i]];
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
        int[] pos = new int[total];
        setPositions(layers, pos);
        int best = crossings(layers, pos, adj);
        int[][] bestLayers = copy(layers);
        double[] key = new double[total];
        for (int iter = 0; iter < 12 && best > 0; iter++) {
            boolean down = iter % 2 == 0;
            for (int k = 1; k < ranks; k++) {
                int r = down ? k : ranks - 1 - k;
                sortByBarycenter(layers[r], pos, adj, down, key);
                for (int i = 0; i < layers[r].length; i++) {
                    pos[layers[r][i]] = i;
                }
            }
            if (total <= 3000) {
                transpose(layers, pos, adj); // local swaps after every sweep on graphs up to this size
            }
            int c = crossings(layers, pos, adj);
            if (c < best) {
                best = c;
                bestLayers = copy(layers);
            }
        }
        if (total > 3000 && best > 0) { // big graphs: local swaps once, on the best order
            setPositions(bestLayers, pos);
            transpose(bestLayers, pos, adj);
        }
        return bestLayers;
    }

    /** Swaps neighbours within a rank while that removes crossings (a few passes, as Graphviz does). */
    private static void transpose(int[][] layers, int[] pos, Adjacency adj) {
        for (int pass = 0; pass < 4; pass++) {
            boolean improved = false;
            for (int[] layer : layers) {
                for (int i = 0; i + 1 < layer.length; i++) {
                    int u = layer[i];
                    int v = layer[i + 1];
                    if (pairCrossings(v, u, pos, adj) < pairCrossings(u, v, pos, adj)) {
                        layer[i] = v;
                        layer[i + 1] = u;
                        pos[v] = i;
                        pos[u] = i + 1;
                        improved = true;
                    }
                }
            }
            if (!improved) {
                return;
            }
        }
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

    private static void sortByBarycenter(int[] layer, int[] pos, Adjacency adj, boolean useInputs, double[] key) {
        for (int v : layer) {
            int from = useInputs ? adj.inStart[v] : adj.outStart[v];
            int to = useInputs ? adj.inStart[v + 1] : adj.outStart[v + 1];
            if (from == to) {
                key[v] = pos[v]; // no neighbours on that side: stay
                continue;
            }
            double sum = 0;
            for (int i = from; i < to; i++) {
                int w = useInputs ? adj.segFrom[adj.inSeg[i]] : adj.segTo[adj.outSeg[i]];
                sum += pos[w];
            }
            key[v] = sum / (to - from);
        }
        // stable insertion/merge sort on keys (ties keep the current order)
        mergeSort(layer, key);
    }

    private static void mergeSort(int[] a, double[] key) {
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
                    buf[k++] = key[a[j]] < key[a[i]] ? a[j++] : a[i++];
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
        long total = 0;
        for (int r = 0; r + 1 < layers.length; r++) {
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
