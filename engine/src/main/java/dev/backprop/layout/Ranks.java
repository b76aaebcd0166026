package dev.backprop.layout;

import java.util.Arrays;

/**
 * Ranks of an acyclic graph that make the total edge length (in ranks) as small as possible, every edge
 * spanning at least one rank: the network simplex of Gansner et al. ("A technique for drawing directed
 * graphs", 1993), as Graphviz dot ranks. Short edges mean few dummy nodes, and so few crossings.
 *
 * <p>A spanning tree of tight edges (length exactly 1) is kept with each tree edge's cut value (the weight
 * of the edges that cross its cut forwards minus backwards); a tree edge with a negative cut value is
 * swapped for the tightest non-tree edge across the same cut, until none is negative. Subtrees are ranges
 * of a postorder numbering, so nothing here recurses. Deterministic: edges are scanned by index.
 */
final class Ranks {
    private final int n;
    private final int[] src;
    private final int[] dst;
    private final int[] rank;
    private final int[] incStart; // incident edges (in and out) of each node
    private final int[] inc;
    private final boolean[] tree;
    private final int[] treeStart; // each node's tree edges: inc-sized slots, treeCount used
    private final int[] treeAdj;
    private final int[] treeCount;
    private final int[] cut;
    private final int[] par;        // tree edge to the parent, -1 at a root
    private final int[] low;
    private final int[] lim;
    private final int[] byLim;      // node of each postorder number
    private final int[] treeList;   // the tree edges, scanned cyclically for a negative cut value
    private int treeSize;
    private int searchAt;

    private Ranks(int n, int[] src, int[] dst, int[] rank) {
        this.n = n;
        this.src = src;
        this.dst = dst;
        this.rank = rank;
        int m = src.length;
        incStart = new int[n + 1];
        for (int e = 0; e < m; e++) {
            incStart[src[e] + 1]++;
            incStart[dst[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            incStart[v + 1] += incStart[v];
        }
        inc = new int[2 * m];
        int[] fill = Arrays.copyOf(incStart, n);
        for (int e = 0; e < m; e++) {
            inc[fill[src[e]]++] = e;
            inc[fill[dst[e]]++] = e;
        }
        tree = new boolean[m];
        treeStart = incStart;
        treeAdj = new int[2 * m];
        treeCount = new int[n];
        cut = new int[m];
        par = new int[n];
        low = new int[n];
        lim = new int[n];
        byLim = new int[n];
        treeList = new int[Math.max(0, n - 1)];
    }

    /**
     * Improves {@code rank} (feasible: every edge {@code src[e] -> dst[e]} spans at least one rank; no self
     * loops) in place to minimal total length, at most {@code maxIter} exchanges. Each connected part
     * starts at rank 0.
     */
    static void minimize(int n, int[] src, int[] dst, int[] rank, int maxIter) {
        minimize(n, src, dst, rank, maxIter, null);
    }

    /**
     * As above; then balances (see {@link #balance}), moving a node only into a rank at least as thick as
     * the node along the ranks ({@code thick}, null: any), so that no rank gets thicker.
     */
    static void minimize(int n, int[] src, int[] dst, int[] rank, int maxIter, double[] thick) {
        if (n == 0) {
            return;
        }
        Ranks r = new Ranks(n, src, dst, rank);
        r.feasibleTree();
        r.numberAll();
        r.cutValues();
        for (int it = 0; it < maxIter; it++) {
            int leave = r.leaveEdge();
            if (leave < 0) {
                break;
            }
            int enter = r.enterEdge(treeEdgeAt(r, leave));
            if (enter < 0) {
                break; // cannot happen for a connected tree; stop rather than loop
            }
            r.exchange(leave, enter);
        }
        r.normalize();
        r.balance(thick);
    }

    /**
     * As dot: a node with as many edges in as out can sit at any rank between its inputs and outputs at the
     * same total length; put it where the fewest nodes are (the first such rank), which spreads crowded
     * ranks out and leaves fewer edges to cross there.
     */
    private void balance(double[] thick) {
        int max = 0;
        for (int v = 0; v < n; v++) {
            max = Math.max(max, rank[v]);
        }
        int[] count = new int[max + 1];
        double[] most = new double[max + 1];
        for (int v = 0; v < n; v++) {
            count[rank[v]]++;
            if (thick != null) {
                most[rank[v]] = Math.max(most[rank[v]], thick[v]);
            }
        }
        for (int v = 0; v < n; v++) {
            int in = 0;
            int out = 0;
            int lo = 0;
            int hi = max;
            for (int i = incStart[v]; i < incStart[v + 1]; i++) {
                int e = inc[i];
                if (dst[e] == v) {
                    in++;
                    lo = Math.max(lo, rank[src[e]] + 1);
                } else {
                    out++;
                    hi = Math.min(hi, rank[dst[e]] - 1);
                }
            }
            if (in != out) {
                continue;
            }
            int choice = rank[v];
            for (int r = lo; r <= hi; r++) {
                if (count[r] < count[choice] && (thick == null || thick[v] <= most[r])) {
                    choice = r;
                }
            }
            count[rank[v]]--;
            count[choice]++;
            rank[v] = choice;
        }
    }

    private static int treeEdgeAt(Ranks r, int i) {
        return r.treeList[i];
    }

    private int slack(int e) {
        return rank[dst[e]] - rank[src[e]] - 1;
    }

    private int other(int e, int v) {
        return src[e] == v ? dst[e] : src[e];
    }

    private void addTree(int e) {
        tree[e] = true;
        treeAdj[treeStart[src[e]] + treeCount[src[e]]++] = e;
        treeAdj[treeStart[dst[e]] + treeCount[dst[e]]++] = e;
        treeList[treeSize++] = e;
    }

    private void removeTreeAdj(int v, int e) {
        int s = treeStart[v];
        int k = treeCount[v];
        for (int i = 0; i < k; i++) {
            if (treeAdj[s + i] == e) {
                treeAdj[s + i] = treeAdj[s + k - 1];
                treeCount[v]--;
                return;
            }
        }
    }

    /**
     * A spanning tree of tight edges per connected part: grow by tight edges; when stuck, shift the whole
     * tree by the smallest slack of an edge leaving it, which makes that edge tight.
     */
    private void feasibleTree() {
        boolean[] in = new boolean[n];
        int[] members = new int[n];
        int[] stack = new int[n];
        for (int root = 0; root < n; root++) {
            if (in[root]) {
                continue;
            }
            int size = 0;
            in[root] = true;
            members[size++] = root;
            int grown = 0; // members before this index have had their tight edges followed
            while (true) {
                // follow tight edges from every member not yet expanded
                int sp = 0;
                for (; grown < size; grown++) {
                    stack[sp++] = members[grown];
                }
                while (sp > 0) {
                    int v = stack[--sp];
                    for (int i = incStart[v]; i < incStart[v + 1]; i++) {
                        int e = inc[i];
                        int w = other(e, v);
                        if (!in[w] && slack(e) == 0) {
                            in[w] = true;
                            members[size++] = w;
                            stack[sp++] = w;
                            addTree(e);
                        }
                    }
                }
                grown = size;
                int best = -1;
                int bestSlack = Integer.MAX_VALUE;
                for (int k = 0; k < size; k++) {
                    int v = members[k];
                    for (int i = incStart[v]; i < incStart[v + 1]; i++) {
                        int e = inc[i];
                        if (!in[other(e, v)] && slack(e) < bestSlack) {
                            bestSlack = slack(e);
                            best = e;
                        }
                    }
                }
                if (best < 0) {
                    break; // the part is spanned
                }
                int delta = in[src[best]] ? bestSlack : -bestSlack; // move the tree towards the edge's far end
                for (int k = 0; k < size; k++) {
                    rank[members[k]] += delta;
                }
                int w = in[src[best]] ? dst[best] : src[best];
                in[w] = true;
                members[size++] = w;
                addTree(best);
            }
        }
    }

    /** Postorder numbers of every tree (a root per connected part). */
    private void numberAll() {
        boolean[] seen = new boolean[n];
        int next = 0;
        int[] stack = new int[n];
        int[] it = new int[n];
        for (int root = 0; root < n; root++) {
            if (seen[root]) {
                continue;
            }
            par[root] = -1;
            next = number(root, next, seen, stack, it);
        }
    }

    /** Postorder numbering of the subtree of {@code root} (whose {@code par} is set) from {@code next}. */
    private int number(int root, int next, boolean[] seen, int[] stack, int[] it) {
        int sp = 0;
        stack[sp] = root;
        it[sp++] = 0;
        seen[root] = true;
        low[root] = next;
        while (sp > 0) {
            int v = stack[sp - 1];
            if (it[sp - 1] < treeCount[v]) {
                int e = treeAdj[treeStart[v] + it[sp - 1]++];
                if (e == par[v]) {
                    continue;
                }
                int w = other(e, v);
                par[w] = e;
                seen[w] = true;
                low[w] = next;
                stack[sp] = w;
                it[sp++] = 0;
            } else {
                lim[v] = next;
                byLim[next++] = v;
                sp--;
            }
        }
        return next;
    }

    private boolean inSubtree(int v, int w) { // is w in the subtree of v
        return low[v] <= lim[w] && lim[w] <= lim[v];
    }

    /** Cut values of all tree edges, children before parents (postorder). */
    private void cutValues() {
        for (int i = 0; i < n; i++) {
            int v = byLim[i];
            if (par[v] >= 0) {
                cutOf(par[v]);
            }
        }
    }

    /** Cut value of tree edge {@code f} from those of the tree edges below it (Graphviz's x_cutval). */
    private void cutOf(int f) {
        int v;
        int dir;
        if (par[src[f]] == f) {
            v = src[f];
            dir = 1;
        } else {
            v = dst[f];
            dir = -1;
        }
        int sum = 0;
        for (int i = incStart[v]; i < incStart[v + 1]; i++) {
            int e = inc[i];
            int w = other(e, v);
            boolean outside = !inSubtree(v, w);
            int rv = outside ? 1 : (tree[e] ? cut[e] : 0) - 1;
            int d = dir > 0 ? (dst[e] == v ? 1 : -1) : (src[e] == v ? 1 : -1);
            if (outside) {
                d = -d;
            }
            sum += d < 0 ? -rv : rv;
        }
        cut[f] = sum;
    }

    /** Index in treeList of a tree edge with a negative cut value (the most negative of the next few). */
    private int leaveEdge() {
        int found = -1;
        int seen = 0;
        int k = treeSize;
        for (int j = 0; j < k; j++) {
            int i = (searchAt + j) % k;
            if (cut[treeList[i]] < 0) {
                if (found < 0 || cut[treeList[i]] < cut[treeList[found]]) {
                    found = i;
                }
                if (++seen >= 30) {
                    break;
                }
            }
        }
        if (found >= 0) {
            searchAt = found;
        }
        return found;
    }

    /** The tightest non-tree edge across tree edge {@code f}'s cut, the other way round. */
    private int enterEdge(int f) {
        int v;
        boolean outSearch;
        if (lim[src[f]] < lim[dst[f]]) {
            v = src[f];
            outSearch = false;
        } else {
            v = dst[f];
            outSearch = true;
        }
        int best = -1;
        int bestSlack = Integer.MAX_VALUE;
        for (int p = low[v]; p <= lim[v]; p++) {
            int u = byLim[p];
            for (int i = incStart[u]; i < incStart[u + 1]; i++) {
                int e = inc[i];
                if (tree[e] || (outSearch ? src[e] : dst[e]) != u) {
                    continue;
                }
                int w = outSearch ? dst[e] : src[e];
                if (!inSubtree(v, w) && slack(e) < bestSlack) {
                    bestSlack = slack(e);
                    best = e;
                }
            }
        }
        return best;
    }

    /** Swaps tree edge treeList[leaveAt] for {@code enter}: ranks, cut values, numbering. */
    private void exchange(int leaveAt, int enter) {
        int f = treeList[leaveAt];
        int delta = slack(enter);
        if (delta > 0) { // shift f's lower side so that enter becomes tight
            int v = lim[src[f]] < lim[dst[f]] ? src[f] : dst[f];
            int shift = v == src[f] ? -delta : delta;
            for (int p = low[v]; p <= lim[v]; p++) {
                rank[byLim[p]] += shift;
            }
        }
        int cv = cut[f];
        int lca = treeUpdate(src[enter], dst[enter], cv, true);
        treeUpdate(dst[enter], src[enter], cv, false);
        cut[enter] = -cv;
        cut[f] = 0;
        tree[f] = false;
        removeTreeAdj(src[f], f);
        removeTreeAdj(dst[f], f);
        tree[enter] = true;
        treeAdj[treeStart[src[enter]] + treeCount[src[enter]]++] = enter;
        treeAdj[treeStart[dst[enter]] + treeCount[dst[enter]]++] = enter;
        treeList[leaveAt] = enter;
        // renumber the subtree of the lowest common ancestor: its node set (and so its range) is unchanged
        number(lca, low[lca], scratchSeen(), scratchStack(), scratchIt());
    }

    private boolean[] seenScratch;
    private int[] stackScratch;
    private int[] itScratch;

    private boolean[] scratchSeen() {
        if (seenScratch == null) {
            seenScratch = new boolean[n];
        }
        return seenScratch;
    }

    private int[] scratchStack() {
        if (stackScratch == null) {
            stackScratch = new int[n];
        }
        return stackScratch;
    }

    private int[] scratchIt() {
        if (itScratch == null) {
            itScratch = new int[n];
        }
        return itScratch;
    }

    /** Adds the leaving edge's cut value along the tree path from v up to the subtree holding w. */
    private int treeUpdate(int v, int w, int cv, boolean dir) {
        while (!inSubtree(v, w)) {
            int e = par[v];
            boolean d = v == src[e] ? dir : !dir;
            cut[e] += d ? cv : -cv;
            v = lim[src[e]] > lim[dst[e]] ? src[e] : dst[e];
        }
        return v;
    }

    /** Each connected part (tree) starts at rank 0. */
    private void normalize() {
        // a root's postorder range covers its whole tree: take the minimum over the range
        int p = 0;
        while (p < n) {
            int root = byLim[p];
            while (par[root] >= 0) {
                int e = par[root];
                root = other(e, root);
            }
            int lo = Integer.MAX_VALUE;
            for (int q = low[root]; q <= lim[root]; q++) {
                lo = Math.min(lo, rank[byLim[q]]);
            }
            for (int q = low[root]; q <= lim[root]; q++) {
                rank[byLim[q]] -= lo;
            }
            p = lim[root] + 1;
        }
    }
}
