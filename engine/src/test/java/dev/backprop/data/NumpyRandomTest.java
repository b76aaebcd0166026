package dev.backprop.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Against numpy's legacy RandomState (numpy_cases.py in the test resources). */
class NumpyRandomTest {

    static List<String[]> cases(String kind) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                NumpyRandomTest.class.getResourceAsStream("numpy_cases.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.trim().split(" ");
                if (f[0].equals(kind) || (f.length > 1 && f[1].equals(kind))) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    @Test
    void rawBitsMatchNumpy() throws IOException {
        List<String[]> cs = cases("uint32");
        assertEquals(4, cs.size());
        for (String[] c : cs) {
            NumpyRandom r = new NumpyRandom(Long.parseLong(c[0]));
            for (int i = 2; i < c.length; i++) {
                assertEquals(Long.parseLong(c[i]), r.nextInt32() & 0xFFFFFFFFL, "seed " + c[0]);
            }
        }
    }

    @Test
    void doublesGaussiansAndShuffleMatchNumpyInSequence() throws IOException {
        List<String[]> random = cases("random");
        List<String[]> gauss = cases("gauss");
        List<String[]> normal = cases("normal");
        List<String[]> shuffle = cases("shuffle");
        assertEquals(4, random.size());
        for (int s = 0; s < random.size(); s++) {
            NumpyRandom r = new NumpyRandom(Long.parseLong(random.get(s)[0]));
            for (int i = 2; i < random.get(s).length; i++) {
                assertEquals(Double.parseDouble(random.get(s)[i]), r.random());
            }
            // five gaussians: the fifth leaves a cached value that the first normal() returns
            for (int i = 2; i < gauss.get(s).length; i++) {
                assertEquals(Double.parseDouble(gauss.get(s)[i]), r.gauss(), 1e-15);
            }
            for (int i = 2; i < normal.get(s).length; i++) {
                assertEquals(Double.parseDouble(normal.get(s)[i]), r.normal(0, 0.1), 1e-16);
            }
            int[] a = new int[100];
            for (int i = 0; i < a.length; i++) {
                a[i] = i;
            }
            r.shuffle(a);
            int[] expected = new int[100];
            for (int i = 0; i < 100; i++) {
                expected[i] = Integer.parseInt(shuffle.get(s)[i + 2]);
            }
            assertArrayEquals(expected, a, "seed " + random.get(s)[0]);
        }
    }

    @Test
    void intervalStaysInRange() {
        NumpyRandom r = new NumpyRandom(5);
        int[] seen = new int[7];
        for (int i = 0; i < 7000; i++) {
            seen[r.interval(6)]++;
        }
        for (int count : seen) {
            assertEquals(1000, count, 150);
        }
        assertEquals(0, r.interval(0));
    }

    @Test
    void seedOutsideNumpysRangeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NumpyRandom(-1));
        assertEquals("seed must be between 0 and 2**32 - 1, got -1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NumpyRandom(1L << 32));
    }
}
