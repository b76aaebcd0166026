package dev.backprop.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CrossingsTest {
    /** A straight curve from (x0, y0) to (x1, y1) in Layout.curves format. */
    static double[] line(double x0, double y0, double x1, double y1) {
        return new double[] {x0, y0, x0, y0, x1, y1, x1, y1};
    }

    @Test
    void countsPairsThatProperlyCross() {
        double[][] x = {line(0, 0, 10, 10), line(0, 10, 10, 0)};
        assertEquals(1, Crossings.count(x));
        double[][] parallel = {line(0, 0, 10, 0), line(0, 5, 10, 5)};
        assertEquals(0, Crossings.count(parallel));
        double[][] sharedEnd = {line(0, 0, 10, 10), line(0, 20, 10, 10)}; // meeting at a node is no crossing
        assertEquals(0, Crossings.count(sharedEnd));
        // three lines through one point: three pairs
        double[][] star = {line(0, 0, 10, 10), line(0, 10, 10, 0), line(0, 5, 10, 5.5)};
        assertEquals(3, Crossings.count(star));
    }

    @Test
    void curvedPiecesAreFollowed() {
        // S-curves between x=0 and x=10 with their ends in opposite orders cross once; in the same order never
        double[] up = {0, 0, 5, 0, 5, 10, 10, 10};
        double[] down = {0, 9, 5, 9, 5, 3, 10, 3};
        double[] up2 = {0, 2, 5, 2, 5, 12, 10, 12};
        assertEquals(1, Crossings.count(new double[][] {up, down}));
        assertEquals(0, Crossings.count(new double[][] {up, up2}));
        // their bounding boxes overlap but the curves do not touch
        assertEquals(0, Crossings.count(new double[][] {up, line(6, 0, 10, 4)}));
    }

    @Test
    void lengthOfStraightAndCurved() {
        assertEquals(5, Crossings.length(new double[][] {line(0, 0, 3, 4)}), 1e-12);
        // a cubic with collinear control points is the segment: length 10
        assertEquals(10, Crossings.length(new double[][] {{0, 0, 2, 0, 7, 0, 10, 0}}), 1e-9);
    }

    @Test
    void drawnCrossingsMatchTheOrdersOnRandomGraphs() {
        // Curves bend only between ranks with shared control abscissae, so the drawing crosses exactly
        // where the order does (touching at shared ports aside, which random graphs of this size avoid)
        for (long seed = 1; seed <= 20; seed++) {
            LayoutGraph g = LayeredTest.randomDag(seed, 60, 1.5);
            Layout l = Layered.layout(g, Layered.Direction.LR, 10, 30);
            int drawn = Crossings.count(l.curves());
            assertEquals(true, drawn <= l.crossings(), "seed " + seed + ": drawn " + drawn + " > " + l.crossings());
        }
    }
}
