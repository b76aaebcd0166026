package dev.backprop.server.snapshot;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    void hugeLabelsAreRefusedBeforeLayout() {
        // before: two nodes labelled with one 10 MB string made a 20 MB SVG in 8.6 s (1.3 GB resident), past the
        // 3 s budget, because layout and export cannot be cancelled midway
        Preview.Image image = Preview.render(program("s = 'x' * 1000000\\na = Value(1.0, label=s)\\nb = a + a\\nb.label = s"), 60_000);
        assertEquals("the graph's texts are 2000045 characters long, more than a preview draws (200000)", image.problem());
        // 2 labels of 1,000,000 + 4 cells "data 1.0000" or "grad 0.0000" + the op "+"; long labels within the budget are drawn
        Preview.Image fits = Preview.render(program("a = Value(1.0, label='y' * 50000)\\nb = a + a"), 60_000);
        assertTrue(fits.ok(), fits.problem());
        assertTrue(fits.svg().contains("y".repeat(50000)));
    }

    @Test
    void aProgramHoardingMemoryRunsOutOfItsAllocationBudget() {
        // strings kept alive in the heap every request shares, none of them counted as work (slices): 3,000 of a
        // million characters would be 3 GB. Here with a 64 MiB budget (the server's is a quarter of the heap, at
        // most 1 GiB) and a minute of wall clock, so only the allocation budget can stop it
        Preview.Image image = Preview.render(program("s = 'x' * 100000\\nl = [s[i:] for i in range(30000)]"), 60_000, 64 << 20, () -> false);
        assertEquals("drawing allocated more than the preview budget of 64 MiB", image.problem());
        assertTrue(Preview.MAX_ALLOCATED >= 64 << 20 && Preview.MAX_ALLOCATED <= 1 << 30, "budget " + Preview.MAX_ALLOCATED);
    }

    @Test
    void aRenderStopsWhenItsClientLeavesAndNothingIsKept() throws Exception {
        Preview previews = new Preview(60_000);
        long leaves = System.nanoTime() + 300_000_000L;
        long t0 = System.nanoTime();
        // slow steps not counted as work (a warm JIT runs 5M steps of an empty loop in 0.1 s): only the wall clock
        // or the client's leaving can end it
        String slow = program("s = 'x' * 100000\\nwhile True:\\n    t = s.upper()");
        assertThrows(Preview.Abandoned.class, () -> previews.of("GGGGGGGGGGGG", slow, null,
                () -> System.nanoTime() - leaves > 0));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 30_000, "stopped when the client left, not at its 60 s budget: " + ms + " ms");
        assertNull(previews.cached("GGGGGGGGGGGG"), "an abandoned render is not kept");
        // the renderer is free again, and the same snapshot renders in full for a client that stays
        Preview.Image again = previews.of("GGGGGGGGGGGG", snapshot("{\"direction\":\"LR\",\"root\":0}"), null, () -> false);
        assertTrue(again.ok(), again.problem());
    }

    @Test
    void aPreviewIsRenderedOnceForEveryServerOnTheDatabase(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        try (SnapshotStore store = SnapshotStore.open(null, dir)) {
            String json = snapshot("{\"direction\":\"LR\",\"root\":0}");
            Preview.Image first = new Preview().of("AAAAAAAAAAAA", json, store, () -> false);
            assertTrue(first.ok());
            // another server (its own LRU) finds the stored drawing: it never runs this program
            Preview.Image second = new Preview().of("AAAAAAAAAAAA", program("print(1)"), store, () -> false);
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
