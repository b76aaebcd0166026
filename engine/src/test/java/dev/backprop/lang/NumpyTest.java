package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lecture's numpy subset and sklearn.datasets, against numpy / sklearn references. */
class NumpyTest {

    /** Rows "i x y label" printed by a program; the reference lines of a resource starting with {@code tag}. */
    private static List<String[]> rows(String text) {
        List<String[]> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                out.add(line.split(" "));
            }
        }
        return out;
    }

    private static List<String[]> reference(String resource, String tag) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                NumpyTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith(tag + " ")) {
                    out.add(line.trim().split(" "));
                }
            }
        }
        return out;
    }

    private static Run run(String src) {
        Run run = Program.run(src);
        assertNull(run.error(), () -> run.error().text());
        return run;
    }

    /**
     * micrograd's demo data: np.random.seed(1337); make_moons(n_samples=100, noise=0.1) on numpy's global stream,
     * equal to sklearn's points (X rows of micrograd_demo.txt, made with numpy + sklearn) to 1e-15 (libm cos/sin
     * may differ in the last bit); random_state=1337 gives the same points from its own stream.
     */
    @Test
    void makeMoonsIsSklearnsOnNumpysStream() throws IOException {
        List<String[]> ref = reference("/dev/backprop/nn/micrograd_demo.txt", "X");
        assertEquals(100, ref.size());
        String print = "for i in range(len(X)):\n    print(i, repr(float(X[i, 0])), repr(float(X[i, 1])), y[i] * 2 - 1)\n";
        for (String src : new String[] {
            "import numpy as np\nfrom sklearn.datasets import make_moons, make_blobs\nnp.random.seed(1337)\n"
                + "X, y = make_moons(n_samples=100, noise=0.1)\n" + print,
            "import sklearn.datasets\nX, y = sklearn.datasets.make_moons(100, noise=0.1, random_state=1337)\n" + print}) {
            List<String[]> got = rows(run(src).text());
            assertEquals(100, got.size());
            for (String[] r : ref) {
                String[] g = got.get(Integer.parseInt(r[1]));
                assertEquals(Double.parseDouble(r[2]), Double.parseDouble(g[1]), 1e-15, String.join(" ", r));
                assertEquals(Double.parseDouble(r[3]), Double.parseDouble(g[2]), 1e-15, String.join(" ", r));
                assertEquals(r[4], g[3], String.join(" ", r));
            }
        }
    }

    /** make_circles(51, noise=0.05, factor=0.5, random_state=seed) against numpy_cases.txt (numpy's make_circles). */
    @Test
    void makeCirclesIsSklearns() throws IOException {
        List<String[]> ref = reference("/dev/backprop/data/numpy_cases.txt", "circles");
        assertEquals(102, ref.size());
        for (String seed : new String[] {"7", "1337"}) {
            List<String[]> got = rows(run("from sklearn.datasets import make_circles\n"
                    + "X, y = make_circles(51, noise=0.05, factor=0.5, random_state=" + seed + ")\n"
                    + "for i in range(len(X)):\n    print(i, repr(X[i][0]), repr(X[i][1]), y[i] * 2 - 1)\n").text());
            int n = 0;
            for (String[] r : ref) {
                if (r[1].equals(seed)) {
                    String[] g = got.get(Integer.parseInt(r[2]));
                    assertEquals(Double.parseDouble(r[3]), Double.parseDouble(g[1]), 1e-15);
                    assertEquals(Double.parseDouble(r[4]), Double.parseDouble(g[2]), 1e-15);
                    assertEquals(r[5], g[3]);
                    n++;
                }
            }
            assertEquals(51, n);
        }
    }

    /** A RandomState is its own stream: the global one is not advanced by it (numpy_cases.txt: seed 1337's randoms). */
    @Test
    void randomStateIsItsOwnStream() throws IOException {
        String[] want = reference("/dev/backprop/data/numpy_cases.txt", "1337").stream()
                .filter(r -> r[1].equals("random")).findFirst().orElseThrow();
        String out = run("import numpy as np\nnp.random.seed(1337)\nrs = np.random.RandomState(1337)\n"
                + "a = rs.rand()\nb = rs.rand()\nprint(repr(a), repr(b), repr(np.random.rand()), rs)\n").text();
        assertEquals(want[2] + " " + want[3] + " " + want[2] + " RandomState(MT19937)\n", out);
    }

    @Test
    void outsideTheSubsetSaysSo() {
        Run run = Program.run("from sklearn.datasets import make_blobs\nX, y = make_blobs(10)\n");
        assertEquals("AttributeError", run.error().kind());
        assertTrue(run.error().message().startsWith("not provided by the playground: sklearn.datasets.make_blobs"), run.error().message());
        assertEquals(2, run.error().line());
    }
}
