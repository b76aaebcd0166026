package dev.backprop.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RanksTest {

    /** Longest-path ranks: feasible, the simplex's usual start. */
    static int[] longestPath(int n, int[] src, int[] dst) {
        int[] r = new int[n];
        for (int pass = 0; pass < n; pass++) { // edges go from lower to higher index here: n passes suffice
            for (int e = 0; e < src.length; e++) {
                r[dst[e]] = Math.max(r[dst[e]], r[src[e]] + 1);
            }
        }
        return r;
    }

    static int length(int[] src, int[] dst, int[] r) {
        int sum = 0;
        for (int e = 0; e < src.length; e++) {
            sum += r[dst[e]] - r[src[e]];
        }
        return sum;
    }

    /** The least total length over every assignment of ranks 0..n-1 (odometer, no recursion). */
    static int bruteForce(int n, int[] src, int[] dst) {
        int[] r = new int[n];
        int best = Integer.MAX_VALUE;
        while (true) {
            boolean ok = true;
            for (int e = 0; e < src.length && ok; e++) {
                ok = r[dst[e]] - r[src[e]] >= 1;
            }
            if (ok) {
                best = Math.min(best, length(src, dst, r));
            }
            int i = 0;
            while (i < n && ++r[i] == n) {
                r[i++] = 0;
            }
            if (i == n) {
                return best;
            }
        }
    }

    @Test
    void optimalOnSmallRandomDags() {
        Random rnd = new Random(17);
        for (int t = 0; t < 300; t++) {
            int n = 2 + rnd.nextInt(6);
            int m = 1 + rnd.nextInt(2 * n);
            int[] src = new int[m];
            int[] dst = new int[m];
            for (int e = 0; e < m; e++) {
                int a = rnd.nextInt(n - 1);
                src[e] = a;
                dst[e] = a + 1 + rnd.nextInt(n - 1 - a);
            }
            int[] r = longestPath(n, src, dst);
            Ranks.minimize(n, src, dst, r, 1000);
            for (int e = 0; e < m; e++) {
                assertTrue(r[dst[e]] - r[src[e]] >= 1, "case " + t + ": edge " + e + " spans a rank");
            }
            assertEquals(bruteForce(n, src, dst), length(src, dst, r), "case " + t + ": least total length");
        }
    }

    @Test
    void leavesMoveNextToTheirConsumer() {
        // 0 -> 1 -> 2 -> 3 and a source 4 -> 3: longest path puts 4 at rank 0 (length 3), the optimum at 2
        int[] src = {0, 1, 2, 4};
        int[] dst = {1, 2, 3, 3};
        int[] r = longestPath(5, src, dst);
        assertEquals(0, r[4]);
        Ranks.minimize(5, src, dst, r, 100);
        assertArrayEquals(new int[] {0, 1, 2, 3, 2}, r);
    }

    @Test
    void eachPartStartsAtZeroAndIsDeterministic() {
        // two parts: a chain 0 -> 1 -> 2 and 3 -> 4 with 5 -> 4 shifted up
        int[] src = {0, 1, 3, 5};
        int[] dst = {1, 2, 4, 4};
        int[] r = {3, 4, 5, 7, 9, 2};
        Ranks.minimize(6, src, dst, r, 100);
        assertArrayEquals(new int[] {0, 1, 2, 0, 1, 0}, r);
    }

    @Test
    void balancedNodesGoWhereTheFewestAre() {
        // chain 0 -> 1 -> 2 -> 3; 5 and 6 must sit at rank 1 (0 -> x -> 2); 4 (0 -> 4 -> 3) may sit at
        // rank 1 or 2 at the same length: rank 2 holds fewer nodes
        int[] src = {0, 1, 2, 0, 4, 0, 5, 0, 6};
        int[] dst = {1, 2, 3, 4, 3, 5, 2, 6, 2};
        int[] r = {0, 1, 2, 3, 1, 1, 1};
        Ranks.minimize(7, src, dst, r, 100);
        assertArrayEquals(new int[] {0, 1, 2, 3, 2, 1, 1}, r);
    }

    @Test
    void bigGraphsStayFeasibleAndGetShorter() {
        LayoutGraph g = LayeredTest.randomDag(5, 3000, 1.5);
        int m = g.edgeCount();
        int[] src = new int[m];
        int[] dst = new int[m];
        for (int e = 0; e < m; e++) {
            src[e] = g.from(e);
            dst[e] = g.to(e);
        }
        int[] r = longestPath(g.nodeCount(), src, dst);
        int before = length(src, dst, r);
        Ranks.minimize(g.nodeCount(), src, dst, r, Integer.MAX_VALUE);
        for (int e = 0; e < m; e++) {
            assertTrue(r[dst[e]] - r[src[e]] >= 1);
        }
        assertTrue(length(src, dst, r) < before, length(src, dst, r) + " < " + before);
    }
}
