package dev.backprop.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataSetTest {

    private final DataSet three = new DataSet("mine", List.of(new Point(1, 2, 1), new Point(3, 4, -1), new Point(5, 6, 1)));

    @Test
    void viewsForTraining() {
        assertArrayEquals(new double[][] {{1, 2}, {3, 4}, {5, 6}}, three.inputs());
        assertArrayEquals(new double[] {1, -1, 1}, three.labels());
        assertArrayEquals(new int[] {1, 0, 1}, three.labels01());
    }

    @Test
    void withAddsAPointAndLeavesTheOriginal() {
        DataSet four = three.with(new Point(0, 0, -1));
        assertEquals(4, four.size());
        assertEquals(new Point(0, 0, -1), four.get(3));
        assertEquals(3, three.size());
        assertThrows(UnsupportedOperationException.class, () -> three.points().add(new Point(0, 0, 1)));
    }

    @Test
    void labelsMustBePlusOrMinusOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Point(0, 0, 0));
        assertEquals("a point's label must be +1 or -1, got 0", e.getMessage());
    }

    @Test
    void splitIsADeterministicPartition() {
        DataSet d = Shape.generate(Shape.MOONS, 100, 0.1, 1);
        DataSet.Split s = d.split(0.3, 9);
        assertEquals(30, s.test().size());
        assertEquals(70, s.train().size());
        assertEquals(s, d.split(0.3, 9));
        Set<Point> all = new HashSet<>(s.train().points());
        all.addAll(s.test().points());
        assertEquals(new HashSet<>(d.points()), all);
        // the training set keeps the original order
        int last = -1;
        for (Point p : s.train().points()) {
            int at = d.points().indexOf(p);
            assertTrue(at > last);
            last = at;
        }
        assertEquals(0, d.split(0, 9).test().size());
        assertThrows(IllegalArgumentException.class, () -> d.split(1.5, 9));
    }
}
