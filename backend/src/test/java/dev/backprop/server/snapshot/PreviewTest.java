package dev.backprop.server.snapshot;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreviewTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    static final String PROGRAM = "def neuron(x, w, b):\\n    return (x * w + b).tanh()\\n"
            + "x = Value(0.5, label='x')\\nw = Value(-1.5, label='w')\\nb = Value(0.25, label='b')\\n"
            + "o = neuron(x, w, b)\\no.label = 'o'\\no2 = o * 2\\no2.label = 'o2'\\no2.backward()";

    static String snapshot(String view) {
        return Snapshot.parse(("{\"version\":1,\"program\":\"" + PROGRAM + "\",\"view\":" + view + "}")
                .getBytes(StandardCharsets.UTF_8)).json();
    }

    @Test
    void drawsTheProgramsGraph() {
        Preview.Image image = Preview.render(snapshot("{\"direction\":\"LR\",\"root\":0,\"step\":-1}"));
        assertTrue(image.ok(), image.problem());
        for (String text : new String[] {">x</text>", ">w</text>", ">o2</text>", ">tanh</text>", ">data -0.4621</text>", ">data -0.9242</text>"}) {
            assertTrue(image.svg().contains(text), text + " in " + image.svg());
        }
        assertNotNull(image.png());
    }

    @Test
    void aCollapsedCallIsOneBoxNamedLikeThePageNamesIt() {
        String open = Preview.render(snapshot("{\"direction\":\"LR\",\"root\":0,\"step\":-1}")).svg();
        String collapsed = Preview.render(snapshot("{\"direction\":\"LR\",\"root\":0,\"collapsed\":[1],\"step\":-1}")).svg();
        assertFalse(open.contains("neuron (line 6)"), open);
        assertTrue(collapsed.contains(">neuron (line 6)</text>"), collapsed);
        assertFalse(collapsed.contains(">tanh</text>"), "the call's inner ops are inside the box: " + collapsed);
        String expandedAgain = Preview.render(snapshot("{\"direction\":\"LR\",\"root\":0,\"collapsed\":[1],\"expanded\":[1],\"step\":-1}")).svg();
        assertEquals(open, expandedAgain);
    }

    @Test
    void nudgedLeavesRerunTheForwardPass() {
        String plain = Preview.render(snapshot("{\"direction\":\"LR\",\"root\":0,\"step\":-1}")).svg();
        // x is value 0 in creation order; 0.5 -> 1.0 makes x*w + b = -1.25, tanh = -0.8483, o2 = -1.6966
        String nudged = Preview.render(snapshot("{\"direction\":\"LR\",\"root\":0,\"step\":-1,"
                + "\"nudges\":[{\"node\":0,\"data\":1.0}]}")).svg();
        assertTrue(plain.contains(">data 0.5000</text>") && plain.contains(">data -0.9242</text>"), plain);
        for (String text : new String[] {">data 1.0000</text>", ">data -1.2500</text>", ">data -0.8483</text>", ">data -1.6966</text>"}) {
            assertTrue(nudged.contains(text), text + " in " + nudged);
        }
        assertFalse(nudged.contains(">data 0.5000</text>"), nudged);
        // a nudge of a value that is not a leaf is ignored, as on the page
        String notLeaf = Preview.render(snapshot("{\"direction\":\"LR\",\"root\":0,\"step\":-1,"
                + "\"nudges\":[{\"node\":3,\"data\":100}]}")).svg();
        assertEquals(plain, notLeaf);
    }

    @Test
    void directionAndProblemsAreReported() {
        String lr = Preview.render(snapshot("{\"direction\":\"LR\",\"root\":0}")).svg();
        String tb = Preview.render(snapshot("{\"direction\":\"TB\",\"root\":0}")).svg();
        assertTrue(lr.startsWith("<svg") && tb.startsWith("<svg"));
        assertTrue(width(lr) > width(tb), "left-to-right is wider than top-down");
        Preview.Image none = Preview.render(Snapshot.parse("{\"version\":1,\"program\":\"print(1)\",\"view\":{\"direction\":\"LR\",\"root\":0}}"
                .getBytes(StandardCharsets.UTF_8)).json());
        assertEquals("the program creates no Value to draw", none.problem());
        Preview.Image broken = Preview.render(Snapshot.parse("{\"version\":1,\"program\":\"print(y)\",\"view\":{\"direction\":\"LR\",\"root\":0}}"
                .getBytes(StandardCharsets.UTF_8)).json());
        assertTrue(broken.problem().startsWith("the program fails: line 1, col "), broken.problem());
    }

    @Test
    void eachSnapshotIsRenderedOnce() throws Exception {
        Preview previews = new Preview();
        String json = snapshot("{\"direction\":\"LR\",\"root\":0}");
        Preview.Image first = previews.of("AAAAAAAAAAAA", json);
        assertSame(first, previews.of("AAAAAAAAAAAA", json));
    }

    static String program(String source) {
        return Snapshot.parse(("{\"version\":1,\"program\":\"" + source + "\",\"view\":{\"direction\":\"LR\",\"root\":0}}")
                .getBytes(StandardCharsets.UTF_8)).json();
    }

    @Test
    void aProgramCopyingMegabytesPerStepRunsOutOfWork() {
        // the audit's program: 5M steps of 9 MB copies would be half an hour of CPU
        // (a minute of wall clock here, so that only the work budget can stop it, however loaded the machine)
        Preview.Image image = Preview.render(program("s = 'x' * 9000000\\nwhile True:\\n    t = s + 'y'"), 60_000);
        assertTrue(image.problem().contains("BudgetError: work budget exceeded: the program built more than 50000000"), image.problem());
    }

    @Test
    void aRenderIsStoppedAtItsWallClockBudget() {
        long t0 = System.nanoTime();
        Preview.Image image = Preview.render(program("while True:\\n    pass"), 1);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("drawing took more than the preview budget of 1 ms", image.problem());
        assertTrue(ms < 1_000, "stopped within its 1 ms budget and one check (1024 steps), took " + ms);
    }

    @Test
    void aCostlySnapshotHoldsTheRendererForOneBudgetAtMost() throws Exception {
        Preview previews = new Preview();
        String endless = program("while True:\\n    pass");
        Thread costly = new Thread(() -> {
            try {
                previews.of("CCCCCCCCCCCC", endless);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        costly.start();
        // another snapshot gets its turn after at most one budget, not a 503 after half an hour
        Preview.Image other = previews.of("OOOOOOOOOOOO", snapshot("{\"direction\":\"LR\",\"root\":0}"));
        costly.join();
        assertNotNull(other, "the second preview waited for its turn");
        assertTrue(other.ok(), other.problem());
        Preview.Image failed = previews.cached("CCCCCCCCCCCC");
        assertTrue(failed.problem().contains("budget"), failed.problem());
    }

    @Test
    void aPreviewIsRenderedOnceForEveryServerOnTheDatabase(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        try (SnapshotStore store = SnapshotStore.open(null, dir)) {
            String json = snapshot("{\"direction\":\"LR\",\"root\":0}");
            Preview.Image first = new Preview().of("AAAAAAAAAAAA", json, store);
            assertTrue(first.ok());
            // another server (its own LRU) finds the stored drawing: it never runs this program
            Preview.Image second = new Preview().of("AAAAAAAAAAAA", program("print(1)"), store);
            assertEquals(first.svg(), second.svg());
            assertEquals(java.util.Arrays.toString(first.png()), java.util.Arrays.toString(second.png()));
        }
    }

    @Test
    void theSvgIsKeptGzipped() throws Exception {
        Preview.Image image = Preview.render(snapshot("{\"direction\":\"LR\",\"root\":0}"));
        byte[] unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(image.svgGzip())).readAllBytes();
        assertEquals(image.svg(), new String(unzipped, StandardCharsets.UTF_8));
    }

    static double width(String svg) {
        int at = svg.indexOf("width=\"") + 7;
        return Double.parseDouble(svg.substring(at, svg.indexOf('"', at)));
    }
}
