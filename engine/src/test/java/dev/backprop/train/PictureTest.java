package dev.backprop.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.data.Point;
import dev.backprop.data.Shape;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** A Train share's preview and its words (issue 15, item 5). */
class PictureTest {

    /** CPython micrograd's step 99 of the demo (micrograd_demo.txt: "step k loss accuracy"). */
    static String[] cpythonStep99() throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PictureTest.class.getResourceAsStream("/dev/backprop/nn/micrograd_demo.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("step 99 ")) {
                    return line.split(" ");
                }
            }
        }
        throw new AssertionError("no step 99 in micrograd_demo.txt");
    }

    @Test
    void titleAndDescriptionNameTheRunWithCPythonsNumbers() throws Exception {
        String[] ref = cpythonStep99();
        Training t = Training.micrograd();
        t.steps(100);
        String accuracy = String.format(Locale.ROOT, "%.0f%%", Double.parseDouble(ref[3]) * 100);
        assertEquals("2-16-16-1 ReLU on moons, step 100, accuracy " + accuracy, Caption.title(t));
        String d = Caption.description(t);
        String loss = String.format(Locale.ROOT, "%.4f", Double.parseDouble(ref[2]));
        assertTrue(d.startsWith("An MLP 2-16-16-1 with ReLU hidden neurons (inputs x₁, x₂) trained on 100 points of moons"
                + " with SVM max-margin loss, SGD, learning rate 1.0 decaying, L2 0.0001. Step 100: train loss " + loss
                + ", accuracy " + accuracy + "."), d);
        assertFalse(d.contains("test loss"), "no test points, no test numbers: " + d);
    }

    @Test
    void aRegressionHasALossNotAnAccuracyAndNoHiddenLayerIsLinear() {
        Training t = new Training(TrainConfig.micrograd().withShape(Shape.PLANE).withHidden(List.of())
                .withData(60, 0.1, 0.5, 2));
        String title = Caption.title(t);
        Training.Stat s = t.evaluate();
        assertEquals("2-1 linear on plane, step 0, loss " + Caption.loss(s.loss()), title);
        assertTrue(Caption.description(t).contains(", test loss " + Caption.loss(s.testLoss()) + "."), Caption.description(t));
    }

    @Test
    void theSvgShowsTheBoundaryUnderEachPointInItsClassColourAndEveryWeight() throws Exception {
        Training t = Training.micrograd();
        t.steps(100); // 100% accuracy (CPython's step 99): every point lies on its own side of the boundary
        Picture p = Picture.of(t, true, false);
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(p.svg().getBytes(StandardCharsets.UTF_8)));
        assertEquals(100, svg.getElementsByTagName("circle").getLength(), "one dot per point");
        assertEquals(t.weights().length - (16 + 16 + 1), svg.getElementsByTagName("line").getLength(), "one line per weight (biases are not lines)");
        assertTrue(p.svg().contains(">" + Caption.title(t) + "</text>"), p.svg());
        Picture.Cells heat = (Picture.Cells) p.marks().get(1);
        int right = 0;
        for (Point pt : t.train().points()) {
            int col = (int) ((pt.x() - t.xLo()) / t.span() * heat.n());
            int row = (int) ((t.yLo() + t.span() - pt.y()) / t.span() * heat.n());
            int c = heat.colours()[row * heat.n() + col];
            int r = c >> 16;
            int b = c & 255;
            if (pt.label() > 0 ? b > r : r > b) {
                right++;
            }
        }
        // the cell is the score at its centre, up to half a cell from the point: a point on the boundary may differ
        assertTrue(right >= 95, right + " of 100 points on their class colour");
    }

    @Test
    void discretizedOutputHasTheTwoEndColoursOnly() {
        Training t = Training.micrograd();
        t.steps(20);
        Set<Integer> seen = new HashSet<>();
        for (int c : ((Picture.Cells) Picture.of(t, true, true).marks().get(1)).colours()) {
            seen.add(c);
        }
        int[] scale = Palette.scale();
        assertEquals(Set.of(scale[0], scale[255]), seen);
        Set<Integer> smooth = new HashSet<>();
        for (int c : ((Picture.Cells) Picture.of(t, true, false).marks().get(1)).colours()) {
            smooth.add(c);
        }
        assertTrue(smooth.size() > 20, smooth.size() + " colours");
    }

    @Test
    void testPointsAreDrawnOnlyWhenShown() {
        Training t = new Training(TrainConfig.micrograd().withData(100, 0.1, 0.3, 1337));
        long shown = Picture.of(t, true, false).marks().stream().filter(m -> m instanceof Picture.Dot).count();
        long hidden = Picture.of(t, false, false).marks().stream().filter(m -> m instanceof Picture.Dot).count();
        assertEquals(t.train().size() + t.test().size(), shown);
        assertEquals(t.train().size(), hidden);
        assertTrue(t.test().size() > 0);
    }

    @Test
    void thePagesColourRulesHoldInThePalette() {
        int[] s = Palette.scale();
        for (int shift = 0; shift < 24; shift += 8) {
            assertTrue((s[127] >> shift & 255) >= 0xf8, "near white in the middle: " + Palette.css(s[127]));
        }
        assertEquals(Palette.index(0, 1, false), 127);
        assertEquals(Palette.index(3, 1, false), 255);
        assertEquals(Palette.index(-3, 1, false), 0);
        assertEquals(Palette.index(1, Palette.outputUnit(true), false), 255, "a regression's +1 is the end of the scale");
        assertEquals(Palette.index(-0.001, 1, true), 0);
        assertEquals(Palette.index(Double.NaN, 1, false), 127);
        assertTrue((s[255] & 255) > (s[255] >> 16), "blue at +3");
        assertTrue((s[0] >> 16) > (s[0] & 255), "orange at -3");
        assertEquals("#1d6fb8", Palette.css(Palette.POSITIVE));
        assertEquals(0.5, Palette.width(0));
        assertEquals(6.5, Palette.width(24));
        assertEquals(24, Palette.widthStep(100));
        assertEquals(0, Palette.widthStep(Double.NaN));
    }
}
