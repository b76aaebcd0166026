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
            assertEquals(2 + 6 * (p.length / 2 - 1), c.length, "one cubic piece per polyline segment");
            for (int i = 0; i < p.length; i += 2) { // the curve passes through every bend
                assertEquals(p[i], c[3 * i], 1e-9);
                assertEquals(p[i + 1], c[3 * i + 1], 1e-9);
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
        // this layout gives 1287 crossings in total (1885 with sweeps only, 1380 with transposes) and must
        // never get worse than 1300.
        int total = 0;
        for (long seed = 100; seed < 120; seed++) {
            LayoutGraph g = randomDag(seed, 80, 1.5);
            total += Layered.layout(g, Direction.LR, 10, 30).crossings();
        }
        assertTrue(total <= FIXED_SET_CROSSINGS, "crossings " + total + " > " + FIXED_SET_CROSSINGS);
    }

    static final int FIXED_SET_CROSSINGS = 1300;

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
}
