package dev.backprop.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShapeTest {

    /** np.random.seed(1337); make_moons(n_samples=100, noise=0.1): micrograd's demo data. */
    @Test
    void moonsAreMicrogradsDemoData() throws IOException {
        DataSet d = Shape.generate(Shape.MOONS, 100, 0.1, 1337);
        assertEquals("moons", d.name());
        assertEquals(100, d.size());
        int rows = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ShapeTest.class.getResourceAsStream("/dev/backprop/nn/micrograd_demo.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(" ");
                if (!f[0].equals("X")) {
                    continue;
                }
                Point p = d.get(Integer.parseInt(f[1]));
                // numpy calls glibc's cos and sin, which PyMath's are: equal to the last bit
                assertEquals(Double.parseDouble(f[2]), p.x(), line);
                assertEquals(Double.parseDouble(f[3]), p.y(), line);
                assertEquals(Integer.parseInt(f[4]), p.label(), line);
                rows++;
            }
        }
        assertEquals(100, rows);
    }

    @Test
    void circlesAreSklearnsMakeCircles() throws IOException {
        List<String[]> cs = NumpyRandomTest.cases("circles");
        assertEquals(102, cs.size());
        for (String[] c : cs) {
            DataSet d = Shape.generate(Shape.CIRCLES, 51, 0.05, Long.parseLong(c[1]));
            Point p = d.get(Integer.parseInt(c[2]));
            assertEquals(Double.parseDouble(c[3]), p.x(), 1e-15);
            assertEquals(Double.parseDouble(c[4]), p.y(), 1e-15);
            assertEquals(Integer.parseInt(c[5]), p.label());
        }
    }

    @Test
    void everyShapeIsDeterministicBalancedAndInTheWindow() {
        for (Shape s : Shape.values()) {
            for (int n : new int[] {1, 2, 7, 100, 333}) {
                DataSet a = Shape.generate(s, n, 0.1, 42);
                DataSet b = Shape.generate(s, n, 0.1, 42);
                assertEquals(a, b, s + " is not deterministic");
                assertEquals(n, a.size());
                int pos = 0;
                for (Point p : a.points()) {
                    pos += p.label() > 0 ? 1 : 0;
                    assertTrue(Math.abs(p.x()) < 3 && Math.abs(p.y()) < 3, s + " point out of the window: " + p);
                }
                if (!s.regression()) { // a regression's labels are the signs of its values
                    assertEquals(n - n / 2, pos, s + " classes not balanced for n=" + n);
                }
                assertNotEquals(a, Shape.generate(s, n, 0.1, 43), s + " ignores the seed");
            }
        }
    }

    @Test
    void noiseZeroGivesTheCleanShapes() {
        for (Point p : Shape.generate(Shape.MOONS, 50, 0, 1).points()) {
            double cx = p.label() < 0 ? 0 : 1;
            double cy = p.label() < 0 ? 0 : 0.5;
            assertEquals(1.0, Math.hypot(p.x() - cx, p.y() - cy), 1e-12);
            assertTrue(p.label() < 0 ? p.y() >= -1e-12 : p.y() <= 0.5 + 1e-12);
        }
        for (Point p : Shape.generate(Shape.CIRCLES, 50, 0, 1).points()) {
            assertEquals(p.label() < 0 ? 1.0 : 0.5, Math.hypot(p.x(), p.y()), 1e-12);
        }
        for (Point p : Shape.generate(Shape.XOR, 50, 0, 1).points()) {
            assertEquals(p.label() > 0, p.x() * p.y() > 0, p.toString());
            assertTrue(Math.abs(p.x()) >= 0.1 && Math.abs(p.y()) >= 0.1);
        }
        for (Point p : Shape.generate(Shape.SPIRAL, 200, 0, 1).points()) {
            assertTrue(Math.hypot(p.x(), p.y()) < 1.0);
        }
        double meanPos = 0;
        double meanNeg = 0;
        DataSet blobs = Shape.generate(Shape.BLOBS, 400, 0, 1);
        for (Point p : blobs.points()) {
            if (p.label() > 0) {
                meanPos += (p.x() + p.y()) / 400;
            } else {
                meanNeg += (p.x() + p.y()) / 400;
            }
        }
        assertEquals(2.0, meanPos * 2, 0.15); // mean of x+y over 200 points around (1, 1)
        assertEquals(-2.0, meanNeg * 2, 0.15);
    }

    @Test
    void noiseMovesPointsByAboutItsStandardDeviation() {
        DataSet clean = Shape.generate(Shape.MOONS, 1000, 0, 3);
        DataSet noisy = Shape.generate(Shape.MOONS, 1000, 0.2, 3);
        double ss = 0;
        for (int i = 0; i < 1000; i++) {
            // same seed: same shuffle, so point i is the same clean point plus noise
            ss += Math.pow(noisy.get(i).x() - clean.get(i).x(), 2) + Math.pow(noisy.get(i).y() - clean.get(i).y(), 2);
            assertEquals(clean.get(i).label(), noisy.get(i).label());
        }
        assertEquals(0.2, Math.sqrt(ss / 2000), 0.01);
    }

    /** TF Playground's regression sets (src/dataset.ts), drawn in its [-6, 6] units and shown at a third. */
    @Test
    void regressionSetsAreTfPlaygroundsFormulas() {
        assertTrue(Shape.PLANE.regression() && Shape.MULTI.regression() && !Shape.MOONS.regression());
        assertEquals(Shape.MULTI, Shape.parse("multi-gaussian"));
        DataSet plane = Shape.generate(Shape.PLANE, 300, 0, 5);
        assertEquals(300, plane.size());
        for (Point p : plane.points()) {
            assertTrue(Math.abs(p.x()) <= 2 && Math.abs(p.y()) <= 2, p.toString());
            // without noise the value is d3's scale of x + y from [-10, 10] to [-1, 1], in TF's units
            assertEquals((3 * p.x() + 3 * p.y()) / 10, p.value(), 1e-12, p.toString());
            assertEquals(p.value() < 0 ? -1 : 1, p.label());
        }
        assertEquals(0.5, Shape.plane(5, 0), 0.0);
        assertEquals(-1.0, Shape.plane(-4, -6), 0.0);
        // bumps: +1 at (-4, 2.5), -1 at (0, 2.5), 0 where every centre is >= 2 away, half way at distance 1
        assertEquals(1.0, Shape.bumps(-4, 2.5), 0.0);
        assertEquals(-1.0, Shape.bumps(0, 2.5), 0.0);
        assertEquals(0.0, Shape.bumps(-2, 0), 0.0);
        assertEquals(-0.5, Shape.bumps(4, -1.5), 1e-15);
        DataSet multi = Shape.generate(Shape.MULTI, 400, 0, 5);
        int pos = 0;
        int neg = 0;
        for (Point p : multi.points()) {
            assertEquals(Shape.bumps(3 * p.x(), 3 * p.y()), p.value(), 1e-12);
            pos += p.value() > 0.5 ? 1 : 0;
            neg += p.value() < -0.5 ? 1 : 0;
        }
        assertTrue(pos > 20 && neg > 20, pos + " high, " + neg + " low");
        // noise moves the point whose value is taken, not the drawn point: values differ, points are the same draws
        DataSet noisy = Shape.generate(Shape.PLANE, 300, 0.3, 5);
        int moved = 0;
        for (int i = 0; i < 300; i++) {
            moved += noisy.get(i).value() != (3 * noisy.get(i).x() + 3 * noisy.get(i).y()) / 10 ? 1 : 0;
        }
        assertTrue(moved > 250, moved + " values moved by noise");
    }

    @Test
    void namesAndErrors() {
        assertEquals(Shape.BLOBS, Shape.parse("gaussian"));
        assertEquals(Shape.BLOBS, Shape.parse("Blobs"));
        assertEquals(Shape.MOONS, Shape.parse("MOONS"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shape.parse("swirl"));
        assertEquals("unknown data set 'swirl': expected moons, circles, xor, spiral, gaussian, plane or multi-gaussian", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Shape.generate(Shape.MOONS, 0, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> Shape.generate(Shape.MOONS, 10, -0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> Shape.generate(Shape.MOONS, 10, Double.NaN, 1));
    }

    @Test
    void linspaceIsNumpys() {
        double[] t = Shape.linspace(0, Math.PI, 5, true);
        assertEquals(Math.PI, t[4]);
        assertEquals(Math.PI / 4 * 1, t[1]);
        assertEquals(2 * (Math.PI / 4), t[2]);
        assertEquals(0.0, Shape.linspace(0, Math.PI, 1, true)[0]);
        assertEquals(2 * Math.PI / 4 * 3, Shape.linspace(0, 2 * Math.PI, 4, false)[3]);
    }
}
