package dev.backprop.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.layout.Layered.Direction;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LayeredTest {

    static LayoutGraph randomDag(long seed, int n, double edgeFactor) {
        Random r = new Random(seed);
        LayoutGraph g = new LayoutGraph();
        for (int i = 0; i < n; i++) {
            g.addNode(20 + r.nextInt(120), 16 + r.nextInt(30));
        }
        int m = (int) (n * edgeFactor);
        for (int k = 0; k < m && n > 1; k++) {
            int a = r.nextInt(n - 1);
            int b = a + 1 + r.nextInt(Math.min(n - a - 1, 12));
            g.addEdge(a, b);
        }
        return g;
    }

    static void assertNoOverlap(LayoutGraph g, Layout l, double gap) {
        int n = g.nodeCount();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean apartX = Math.abs(l.x()[i] - l.x()[j]) >= (l.w()[i] + l.w()[j]) / 2 + gap - 1e-6;
                boolean apartY = Math.abs(l.y()[i] - l.y()[j]) >= (l.h()[i] + l.h()[j]) / 2 + gap - 1e-6;
                assertTrue(apartX || apartY, "nodes " + i + " and " + j + " overlap");
            }
        }
    }

    @Test
    void noOverlapsOnManyRandomDags() {
        for (long seed = 1; seed <= 150; seed++) {
            int n = 1 + (int) (seed * 7 % 120);
            LayoutGraph g = randomDag(seed, n, 1.0 + seed % 4 * 0.5);
            for (Direction d : Direction.values()) {
                Layout l = Layered.layout(g, d, 10, 30);
                assertNoOverlap(g, l, 10);
                for (int v = 0; v < n; v++) {
                    assertTrue(l.x()[v] - l.w()[v] / 2 >= -1e-6 && l.x()[v] + l.w()[v] / 2 <= l.width() + 1e-6);
                    assertTrue(l.y()[v] - l.h()[v] / 2 >= -1e-6 && l.y()[v] + l.h()[v] / 2 <= l.height() + 1e-6);
                }
            }
        }
    }

    @Test
    void edgesPointForwardAndEndAtTheirNodes() {
        LayoutGraph g = randomDag(42, 60, 2);
        Layout l = Layered.layout(g, Direction.LR, 10, 30);
        for (int e = 0; e < g.edgeCount(); e++) {
            int a = g.from(e);
            int b = g.to(e);
            double[] p = l.edges()[e];
            assertTrue(l.rank()[a] < l.rank()[b], "edge " + e + " goes forward in rank");
            assertEquals(l.x()[a] + l.w()[a] / 2, p[0], 1e-9);
            assertTrue(Math.abs(l.y()[a] - p[1]) < l.h()[a] / 2, "leaves through the tail's side");
            assertEquals(l.x()[b] - l.w()[b] / 2, p[p.length - 2], 1e-9);
            assertTrue(Math.abs(l.y()[b] - p[p.length - 1]) < l.h()[b] / 2, "enters through the head's side");
            double[] c = l.curves()[e];
            assertEquals(p[0], c[0], 1e-9);
            assertEquals(p[1], c[1], 1e-9);
            assertEquals(p[p.length - 2], c[c.length - 2], 1e-9);
            assertEquals(p[p.length - 1], c[c.length - 1], 1e-9);
            for (int i = 2; i + 2 < p.length; i += 2) { // every bend (dummy) lies on a straight piece through its rank
                boolean on = false;
                for (int j = 2; j + 5 < c.length; j += 6) {
                    on |= Layout.straight(c, j) && c[j + 5] == p[i + 1] && c[j - 2] <= p[i] && p[i] <= c[j + 4];
                }
                assertTrue(on, "edge " + e + " runs straight through its bend " + i / 2);
            }
            assertEquals(2 * (l.rank()[b] - l.rank()[a] + 1), p.length, "one bend per rank crossed");
            for (int i = 2; i < p.length; i += 2) {
                assertTrue(p[i] > p[i - 2], "polyline runs left to right");
            }
        }
    }

    @Test
    void cyclesAreBrokenNotFatal() {
        LayoutGraph g = new LayoutGraph();
        for (int i = 0; i < 4; i++) {
            g.addNode(30, 20);
        }
        g.addEdge(0, 1);
        g.addEdge(1, 2);
        g.addEdge(2, 0);
        g.addEdge(3, 3);
        Layout l = Layered.layout(g, Direction.TB, 10, 30);
        assertNoOverlap(g, l, 10);
        double[] back = l.edges()[2];
        // drawn from 2 back to 0: starts on 2's side, ends on 0's (ports spread within the side)
        assertEquals(l.x()[2], back[0], l.w()[2] / 2);
        assertEquals(l.y()[2] - l.h()[2] / 2, back[1], 1e-9);
        assertEquals(l.x()[0], back[back.length - 2], l.w()[0] / 2);
        assertEquals(l.y()[0] + l.h()[0] / 2, back[back.length - 1], 1e-9);
    }

    @Test
    void deterministic() {
        for (long seed = 1; seed <= 10; seed++) {
            Layout a = Layered.layout(randomDag(seed, 200, 1.5), Direction.LR, 10, 30);
            Layout b = Layered.layout(randomDag(seed, 200, 1.5), Direction.LR, 10, 30);
            assertArrayEquals(a.x(), b.x());
            assertArrayEquals(a.y(), b.y());
            for (int e = 0; e < a.edges().length; e++) {
                assertArrayEquals(a.edges()[e], b.edges()[e]);
            }
        }
    }

    @Test
    void treesHaveNoCrossings() {
        // a complete binary tree pointing at its root, as an expression graph does
        LayoutGraph g = new LayoutGraph();
        int n = 127;
        for (int i = 0; i < n; i++) {
            g.addNode(40, 20);
        }
        for (int i = 1; i < n; i++) {
            g.addEdge(i, (i - 1) / 2);
        }
        assertEquals(0, Layered.layout(g, Direction.LR, 10, 30).crossings());
    }

    @Test
    void crossingsOnAFixedSetStayLow() {
        // Stated bound: 20 random 80-node DAGs with edges spanning up to 12 ranks (hard on purpose);
        // this layout gives 616 crossings in total (700 before the local search after the sweeps, 1287 before
        // network-simplex ranks, sifting and dot's fixed slots; 1885 with sweeps only) and must never get
        // worse than 630.
        int total = 0;
        for (long seed = 100; seed < 120; seed++) {
            LayoutGraph g = randomDag(seed, 80, 1.5);
            total += Layered.layout(g, Direction.LR, 10, 30).crossings();
        }
        assertTrue(total <= FIXED_SET_CROSSINGS, "crossings " + total + " > " + FIXED_SET_CROSSINGS);
    }

    static final int FIXED_SET_CROSSINGS = 630;

    @Test
    void fiveThousandNodes() {
        LayoutGraph g = randomDag(7, 5000, 1.6);
        Layout l = Layered.layout(g, Direction.LR, 10, 30);
        assertEquals(5000, l.x().length);
        assertTrue(l.width() > 0 && l.height() > 0);
        // spot-check overlaps within each rank (all pairs would be 12.5M checks)
        for (int i = 0; i < 5000; i += 7) {
            for (int j = 0; j < 5000; j++) {
                if (i != j && l.rank()[i] == l.rank()[j]) {
                    assertTrue(Math.abs(l.y()[i] - l.y()[j]) >= (l.h()[i] + l.h()[j]) / 2 + 10 - 1e-6);
                }
            }
        }
    }

    @Test
    void aLongRunningSumHasNoLongEdges() {
        // s = s + w*w, 1000 times: every product must sit next to the + that uses it (longest-path ranking
        // alone puts all products in rank 2 and needs ~a million dummy bends)
        LayoutGraph g = new LayoutGraph();
        int s = g.addNode(40, 20);
        for (int i = 0; i < 1000; i++) {
            int w = g.addNode(40, 20);
            int mul = g.addNode(20, 20);
            int prod = g.addNode(40, 20);
            int add = g.addNode(20, 20);
            int next = g.addNode(40, 20);
            g.addEdge(w, mul);
            g.addEdge(mul, prod);
            g.addEdge(s, add);
            g.addEdge(prod, add);
            g.addEdge(add, next);
            s = next;
        }
        Layout l = Layered.layout(g, Direction.LR, 10, 30);
        for (int e = 0; e < g.edgeCount(); e++) {
            assertEquals(1, l.rank()[g.to(e)] - l.rank()[g.from(e)], "edge " + e + " spans one rank");
        }
        assertEquals(0, l.crossings());
    }

    @Test
    void clustersStayContiguousInEveryRank() {
        for (long seed = 1; seed <= 30; seed++) {
            LayoutGraph g = randomDag(seed, 80, 1.5);
            java.util.Random r = new java.util.Random(seed);
            int top = g.addCluster(-1);
            int inner = g.addCluster(top);
            int other = g.addCluster(-1);
            for (int v = 0; v < 80; v++) {
                int k = r.nextInt(4);
                g.setCluster(v, k == 0 ? -1 : k == 1 ? top : k == 2 ? inner : other);
            }
            Layout l = Layered.layout(g, Direction.LR, 10, 30);
            assertNoOverlap(g, l, 10);
            int ranks = 0;
            for (int v = 0; v < 80; v++) {
                ranks = Math.max(ranks, l.rank()[v] + 1);
            }
            for (int rank = 0; rank < ranks; rank++) {
                for (int c = 0; c < 3; c++) {
                    // members of c (fed nodes only: sources are free) span no node outside c in this rank
                    double lo = Double.POSITIVE_INFINITY;
                    double hi = Double.NEGATIVE_INFINITY;
                    for (int v = 0; v < 80; v++) {
                        if (l.rank()[v] == rank && fed(g, v) && within(g, v, c)) {
                            lo = Math.min(lo, l.y()[v]);
                            hi = Math.max(hi, l.y()[v]);
                        }
                    }
                    for (int v = 0; v < 80; v++) {
                        if (l.rank()[v] == rank && fed(g, v) && !within(g, v, c)) {
                            assertTrue(l.y()[v] < lo || l.y()[v] > hi, "seed " + seed + " rank " + rank + ": node " + v
                                    + " inside cluster " + c);
                        }
                    }
                }
            }
        }
    }

    private static boolean fed(LayoutGraph g, int v) {
        for (int e = 0; e < g.edgeCount(); e++) {
            if (g.to(e) == v && g.from(e) != v) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(LayoutGraph g, int v, int c) {
        for (int k = g.cluster(v); k >= 0; k = g.clusterParent(k)) {
            if (k == c) {
                return true;
            }
        }
        return false;
    }

    @Test
    void sameGraphSamePicture() {
        // curves too, and through both starting orders
        LayoutGraph g = randomDag(3, 300, 1.5);
        Layout a = Layered.layout(g, Direction.TB, 10, 30);
        Layout b = Layered.layout(randomDag(3, 300, 1.5), Direction.TB, 10, 30);
        for (int e = 0; e < g.edgeCount(); e++) {
            assertEquals(a.path(e), b.path(e));
        }
    }

    @Test
    void fitPicksTheDirectionThatShowsMore() {
        // a long chain: wide in LR, tall in TB
        LayoutGraph g = new LayoutGraph();
        for (int i = 0; i < 20; i++) {
            g.addNode(60, 28);
            if (i > 0) {
                g.addEdge(i - 1, i);
            }
        }
        assertEquals(Direction.LR, Layered.fit(g, 14, 36, 1600, 400));
        assertEquals(Direction.TB, Layered.fit(g, 14, 36, 400, 1600));
    }
}
