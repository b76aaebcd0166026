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

    static double width(String svg) {
        int at = svg.indexOf("width=\"") + 7;
        return Double.parseDouble(svg.substring(at, svg.indexOf('"', at)));
    }
}
