package dev.backprop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Train view in real Chromium, served with a strict CSP. */
class TrainViewTest extends PageFixture {
    @BeforeEach
    void open() {
        newPage(1000);
        page.navigate(server.url("/"));
        page.waitForSelector("#view-train");
        page.click("#view-train");
        page.waitForSelector("#tr-net canvas");
    }

    int step() {
        return Integer.parseInt(page.textContent("#tr-count"));
    }

    void steps(int n) {
        for (int i = 0; i < n; i++) {
            page.click("#tr-step");
        }
    }

    String losses() {
        return page.getAttribute("#tr-curve", "data-losses");
    }

    String weights() {
        return page.getAttribute("#tr-net", "data-weights");
    }

    @Test
    void defaultIsMicrogradsDemoAndReaches100Percent() {
        assertEquals("moons", page.inputValue("#tr-data"));
        assertEquals(2 + 16 + 16 + 1, page.locator("#tr-net canvas").count(), "inputs, 32 hidden thumbnails, output");
        assertEquals(2 * 16 + 16 * 16 + 16, page.locator("#tr-net line").count(), "one line per weight");
        page.click("#tr-play");
        page.waitForFunction("() => +document.getElementById('tr-count').textContent >= 100",
                null, new Page.WaitForFunctionOptions().setTimeout(60_000));
        page.click("#tr-play");
        assertEquals("100%", page.textContent("#tr-acc-v"), "micrograd's demo reaches 100% on moons");
        String[] l = losses().split(",");
        assertEquals(step(), l.length);
        assertTrue(Double.parseDouble(l[l.length - 1]) < Double.parseDouble(l[0]) / 10, "loss falls");
    }

    @Test
    void phoneLayoutFitsAndTrains() throws Exception {
        page.setViewportSize(390, 844);
        // nothing wider than the phone: no sideways scrolling, every control and canvas inside the screen
        assertEquals(390.0, ((Number) page.evaluate("() => document.documentElement.scrollWidth")).doubleValue());
        for (String id : new String[] {"tr-play", "tr-step", "tr-rewind", "tr-reset", "tr-code", "tr-plot", "tr-curve",
                "tr-data", "tr-lr", "tr-layer-plus"}) {
            double right = ((Number) page.locator("#" + id).evaluate("e => e.getBoundingClientRect().right")).doubleValue();
            double width = ((Number) page.locator("#" + id).evaluate("e => e.getBoundingClientRect().width")).doubleValue();
            assertTrue(width > 0 && right <= 390, id + ": right edge " + right + ", width " + width);
        }
        page.click("#tr-step");
        page.click("#tr-step");
        assertEquals(2, step());
        Path dir = Paths.get("target/screenshots");
        Files.createDirectories(dir);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("11-train-phone.png")).setFullPage(true));
    }

    /** Issue 15: on a 390 px phone the whole network is in view, the output neuron included (it was clipped). */
    @Test
    void phoneShowsTheWholeNetwork() {
        page.setViewportSize(390, 844); // turned from the 1400 px the page opened at
        outputInView("after resizing to 390 px");
        page.reload();
        page.waitForSelector("#view-train");
        page.click("#view-train");
        page.waitForSelector("#tr-net canvas");
        outputInView("opened at 390 px");
        for (int i = 0; i < 4; i++) {
            page.click("#tr-layer-plus");
        }
        assertEquals(6, page.locator("#tr-net [data-neuron$='.1']").count(), "6 hidden layers");
        outputInView("6 hidden layers at 390 px");
        page.setViewportSize(1400, 1000);
        // the resize event comes with the next frame: wait for the diagram to be laid out again
        page.waitForFunction("() => document.getElementById('tr-net').getAttribute('data-zoom') === '1.0'");
        outputInView("wide again, no zoom");
    }

    void outputInView(String when) {
        // after a resize the page lays the diagram out again on its resize event (the next frame)
        page.waitForFunction("() => { const w = document.querySelector('.tr-net-wrap'); const o = document.getElementById('tr-out');"
                + " return o && o.getBoundingClientRect().right <= w.getBoundingClientRect().right && w.scrollWidth <= w.clientWidth; }");
        BoundingBox out = page.locator("#tr-out").boundingBox();
        BoundingBox wrap = page.locator(".tr-net-wrap").boundingBox();
        double vw = num("() => innerWidth");
        assertTrue(out.width > 10 && out.x >= 0 && out.x + out.width <= vw, when + ": output at " + out.x + " + " + out.width);
        assertTrue(out.x + out.width <= wrap.x + wrap.width, when + ": output inside the network panel, whose right is "
                + (wrap.x + wrap.width) + ", output's " + (out.x + out.width));
        assertEquals(0.0, num("() => { const w = document.querySelector('.tr-net-wrap'); return w.scrollWidth - w.clientWidth; }"),
                when + ": the panel does not scroll sideways");
    }

    @Test
    void everyDataSetTrains() {
        for (String d : List.of("moons", "circles", "xor", "spiral", "gaussian")) {
            page.selectOption("#tr-data", d);
            page.selectOption("#tr-opt", "adam");
            page.fill("#tr-lr", "0.05");
            page.dispatchEvent("#tr-lr", "change");
            assertEquals(0, step(), d + ": a new config starts at step 0");
            steps(25);
            assertEquals(25, step());
            String[] l = losses().split(",");
            assertEquals(25, l.length);
            assertTrue(Double.parseDouble(l[24]) < Double.parseDouble(l[0]), d + ": loss falls " + l[0] + " -> " + l[24]);
        }
    }

    /** Issue 15: the plot window is fitted to every data set (its points span >= 70% of it). */
    @Test
    void windowIsFittedToEveryDataSet() {
        for (String d : List.of("moons", "circles", "xor", "spiral", "gaussian")) {
            page.selectOption("#tr-data", d);
            String[] w = page.getAttribute("#tr-plot", "data-domain").split(" ");
            double xLo = Double.parseDouble(w[0]), yLo = Double.parseDouble(w[1]), span = Double.parseDouble(w[2]);
            // the same points on the JVM (the engine is the page's): every one inside, spanning >= 70%
            dev.backprop.data.DataSet data = dev.backprop.data.Shape.generate(dev.backprop.data.Shape.parse(d),
                    Integer.parseInt(page.inputValue("#tr-points")), Double.parseDouble(page.inputValue("#tr-noise")),
                    Long.parseLong(page.inputValue("#tr-dseed")));
            double x0 = 1e9, x1 = -1e9, y0 = 1e9, y1 = -1e9;
            for (dev.backprop.data.Point p : data.points()) {
                x0 = Math.min(x0, p.x());
                x1 = Math.max(x1, p.x());
                y0 = Math.min(y0, p.y());
                y1 = Math.max(y1, p.y());
            }
            assertTrue(x0 > xLo && y0 > yLo && x1 < xLo + span && y1 < yLo + span, d + " inside " + String.join(" ", w));
            double fill = Math.max(x1 - x0, y1 - y0) / span;
            assertTrue(fill >= 0.7, d + ": points span " + fill + " of the plot");
            steps(3);
            assertEquals(String.join(" ", w), page.getAttribute("#tr-plot", "data-domain"), d + ": fixed while training");
        }
    }

    /** Issue 15: Space plays/pauses anywhere on the tab (focus outside the panel), S steps, R resets. */
    @Test
    void keysWorkAnywhereOnTheTab() {
        page.evaluate("() => document.body.focus()");
        page.keyboard().press("s");
        page.keyboard().press("s");
        assertEquals(2, step(), "S steps");
        page.keyboard().press("Space");
        page.waitForFunction("() => +document.getElementById('tr-count').textContent >= 10");
        page.keyboard().press("Space");
        int paused = step();
        page.keyboard().press("s");
        assertEquals(paused + 1, step(), "Space paused: S adds exactly one step");
        page.keyboard().press("r");
        assertEquals(0, step(), "R resets");
        page.focus("#tr-lr");
        page.keyboard().press("s");
        assertEquals(0, step(), "keys typed into a field are the field's");
    }

    @Test
    void rewindGivesTheSameLossCurve() {
        String w0 = weights();
        steps(15);
        String curve = losses();
        String w15 = weights();
        assertNotEquals(w0, w15);
        page.click("#tr-rewind");
        assertEquals(0, step());
        assertEquals(w0, weights(), "same initial weights");
        steps(15);
        assertEquals(curve, losses());
        assertEquals(w15, weights());
        page.click("#tr-reset");
        assertNotEquals(w0, weights(), "Reset draws new weights");
        assertEquals("1338", page.textContent("#tr-seed"));
    }

    @Test
    void clickAddsAPointOfTheChosenClass() {
        assertEquals("100", page.getAttribute("#tr-plot", "data-points"));
        BoundingBox b = page.locator("#tr-plot").boundingBox();
        page.click("#tr-cls-neg");
        page.mouse().click(b.x + 10, b.y + 10); // top-left corner: far from every point
        assertEquals("101", page.getAttribute("#tr-plot", "data-points"));
        page.click("#tr-clear");
        assertEquals("0", page.getAttribute("#tr-plot", "data-points"));
        page.click("#tr-step");
        assertTrue(page.isVisible("#tr-error"), "no points: the step says why it did nothing");
        page.mouse().click(b.x + 50, b.y + 50);
        page.click("#tr-cls-pos");
        page.mouse().click(b.x + 300, b.y + 300);
        assertEquals("2", page.getAttribute("#tr-plot", "data-points"));
        steps(3);
        assertEquals(3, step());
        page.click("#tr-regen");
        assertEquals("1338", page.inputValue("#tr-dseed"), "Regenerate draws new data");
        assertEquals("102", page.getAttribute("#tr-plot", "data-points"), "100 new points + the 2 added");
    }

    /** Issue 15: the plot's click has keyboard equivalents: arrows move a cursor, Enter/1/2 add a point, G its graph. */
    @Test
    void keyboardAddsPointsAndOpensAPointsGraph() {
        String[] domain = page.getAttribute("#tr-plot", "data-domain").split(" ");
        double lo = Double.parseDouble(domain[0]);
        double bottom = Double.parseDouble(domain[1]);
        double span = Double.parseDouble(domain[2]);
        page.focus("#tr-plot");
        for (int i = 0; i < 12; i++) { // 12 twentieths: past the top left corner, where the cursor stops
            page.keyboard().press("ArrowLeft");
            page.keyboard().press("ArrowUp");
        }
        page.keyboard().press("G");
        assertTrue(page.isVisible("#tr-error") && page.textContent("#tr-error").contains("No training point under the cursor"),
                "G away from the points says why nothing opened");
        page.keyboard().press("2");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Enter"); // the class chosen under "Click adds": +1
        page.click("#tr-cls-neg");
        page.focus("#tr-plot");
        page.keyboard().press("Shift+ArrowDown");
        page.keyboard().press("Enter"); // now -1
        page.keyboard().press("1");
        assertEquals("104", page.getAttribute("#tr-plot", "data-points"));
        String[] added = page.getAttribute("#tr-plot", "data-added").split(";");
        assertEquals(4, added.length);
        double[][] want = {{lo, bottom + span, -1}, {lo + span / 20, bottom + span, 1},
                {lo + span / 20, bottom + span - span / 100, -1}, {lo + span / 20, bottom + span - span / 100, 1}};
        for (int i = 0; i < 4; i++) {
            String[] p = added[i].split(" ");
            assertEquals(Math.round(want[i][0] * 1000) / 1000.0, Double.parseDouble(p[0]), 1e-9, "x of point " + i + ": " + added[i]);
            assertEquals(Math.round(want[i][1] * 1000) / 1000.0, Double.parseDouble(p[1]), 1e-9, "y of point " + i + ": " + added[i]);
            assertEquals((int) want[i][2], Integer.parseInt(p[2]), "class of point " + i);
        }
        page.keyboard().press("g"); // the cursor is on the point just added
        assertTrue(page.isHidden("#train"), "G opened the point's graph");
        assertTrue(page.inputValue("#code").startsWith("# Training point"), page.inputValue("#code"));
    }

    /** Issue 15: show test data, discretize output and the log scale are part of a share. */
    @Test
    void displaySettingsAreSharedAndRestored() {
        page.fill("#tr-ratio", "70");
        page.dispatchEvent("#tr-ratio", "change");
        steps(2);
        page.uncheck("#tr-show-test");
        page.check("#tr-discrete");
        page.check("#tr-log");
        assertEquals("70 0", page.getAttribute("#tr-plot", "data-drawn"), "test points hidden");
        page.click("#share");
        page.waitForSelector("#dialog:not([hidden])");
        String url = page.inputValue("#dialog-text");
        Page other = browser.newPage();
        other.onPageError(e -> problems.add(e));
        other.navigate(url);
        other.waitForSelector("#train:not([hidden]) #tr-net canvas");
        other.waitForFunction("() => document.getElementById('tr-count').textContent === '2'");
        assertTrue(!other.isChecked("#tr-show-test") && other.isChecked("#tr-discrete") && other.isChecked("#tr-log"),
                "the sender's settings");
        assertEquals("70 0", other.getAttribute("#tr-plot", "data-drawn"), "test points still hidden");
        assertEquals("log", other.getAttribute("#tr-curve", "data-scale"));
        other.close();
    }

    @Test
    void layersAndNeuronsPlusMinus() {
        page.click("#tr-layer-minus");
        assertEquals("1", page.textContent("#tr-layer-count"));
        assertEquals(2 + 16 + 1, page.locator("#tr-net canvas").count());
        page.click("#tr-n-minus-1");
        page.click("#tr-n-minus-1");
        assertEquals(2 + 14 + 1, page.locator("#tr-net canvas").count());
        page.click("#tr-layer-plus");
        assertEquals("2", page.textContent("#tr-layer-count"));
        assertEquals(2 + 14 + 14 + 1, page.locator("#tr-net canvas").count());
        steps(2);
        assertEquals(2, step());
    }

    @Test
    void hoverAWeightShowsValueAndGradient() {
        steps(1);
        page.locator("#tr-net line").first().hover(new com.microsoft.playwright.Locator.HoverOptions().setForce(true));
        String tip = page.textContent("#tr-tip");
        assertTrue(tip.contains("w1.1.1") && tip.contains("value") && tip.contains("grad"), tip);
    }

    @Test
    void showAsCodePutsTheProgramInTheEditor() {
        steps(2);
        page.click("#tr-code");
        assertTrue(page.isHidden("#train"));
        String code = page.inputValue("#code");
        assertTrue(code.contains("random.seed(1337)") && code.contains("for k in range(2):"), code.substring(0, 300));
    }

    @Test
    void sharedLinkReopensWithTheSameWeights() {
        page.selectOption("#tr-opt", "adam");
        page.fill("#tr-lr", "0.02");
        page.dispatchEvent("#tr-lr", "change");
        BoundingBox b = page.locator("#tr-plot").boundingBox();
        page.mouse().click(b.x + 12, b.y + 12);
        steps(12);
        String w = weights();
        page.click("#share");
        page.waitForSelector("#dialog:not([hidden])");
        String url = page.inputValue("#dialog-text");
        assertTrue(url.contains("/s/"), url);
        Page other = browser.newPage();
        other.onPageError(e -> problems.add(e));
        other.navigate(url);
        other.waitForSelector("#train:not([hidden]) #tr-net canvas");
        other.waitForFunction("() => document.getElementById('tr-count').textContent === '12'");
        assertEquals(w, other.getAttribute("#tr-net", "data-weights"), "the exact trained network");
        assertEquals("101", other.getAttribute("#tr-plot", "data-points"), "incl. the added point");
        assertEquals("adam", other.inputValue("#tr-opt"));
        other.click("#tr-rewind");
        other.click("#tr-step");
        assertEquals(1, Integer.parseInt(other.textContent("#tr-count")));
        other.close();
    }

    @Test
    void clickingAPointOpensItsGraph() {
        steps(3);
        BoundingBox b = page.locator("#tr-plot").boundingBox();
        // moons point 0 of micrograd's data is the first training point; find it via the hover tip
        boolean opened = false;
        for (int gx = 0; gx < 360 && !opened; gx += 6) {
            for (int gy = 100; gy < 300 && !opened; gy += 6) {
                page.mouse().move(b.x + gx * b.width / 360, b.y + gy * b.height / 360);
                if (page.isVisible("#tr-tip") && page.textContent("#tr-tip").contains("open its graph")) {
                    page.mouse().click(b.x + gx * b.width / 360, b.y + gy * b.height / 360);
                    opened = true;
                }
            }
        }
        assertTrue(opened, "found a point to click");
        assertTrue(page.isHidden("#train"));
        assertTrue(page.inputValue("#code").startsWith("# Training point"));
        page.waitForSelector(".node.value");
        assertTrue(page.locator(".node.value").count() > 5, "the point's graph is drawn");
    }

    double num(String js) {
        return ((Number) page.evaluate(js)).doubleValue();
    }

    /** Issue 15: the loss plot has axes with ticks, a legend of both curves and a log-scale toggle. */
    @Test
    void lossCurvesHaveAxesLegendAndLogScale() {
        page.fill("#tr-ratio", "80");
        page.dispatchEvent("#tr-ratio", "change");
        steps(30);
        assertEquals("linear", page.getAttribute("#tr-curve", "data-scale"));
        String[] ticks = page.getAttribute("#tr-curve", "data-y-ticks").split(" ");
        assertEquals("0", ticks[0], "a linear loss axis starts at 0");
        assertTrue(ticks.length >= 3, String.join(" ", ticks));
        double maxLoss = 0;
        for (String l : losses().split(",")) {
            maxLoss = Math.max(maxLoss, Double.parseDouble(l));
        }
        assertTrue(Double.parseDouble(ticks[ticks.length - 1]) >= maxLoss, "the axis reaches the largest loss " + maxLoss);
        String legend = page.textContent(".tr-legend");
        assertTrue(legend.contains("train loss") && legend.contains("test loss"), legend);
        page.check("#tr-log");
        assertEquals("log", page.getAttribute("#tr-curve", "data-scale"));
        for (String t : page.getAttribute("#tr-curve", "data-y-ticks").split(" ")) {
            double e = Math.log10(Double.parseDouble(t));
            assertEquals(Math.rint(e), e, 1e-9, "log ticks are powers of ten: " + t);
        }
        // the axes are drawn: the pixel column of the y axis is dark from top to bottom
        double dark = num("() => { const c = document.getElementById('tr-curve'); const d = c.getContext('2d')"
                + ".getImageData(46, 20, 1, 100).data; let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 60) n++; return n; }");
        assertTrue(dark >= 95, "y axis pixels: " + dark);
    }

    /** Issue 15: a feature is one more input neuron (and its connections) and goes into the exported code. */
    @Test
    void featuresAreInputsOfTheNetwork() {
        page.check("#tr-f2");
        page.check("#tr-f5");
        assertEquals(4 + 16 + 16 + 1, page.locator("#tr-net canvas").count(), "4 inputs, 32 hidden, output");
        assertEquals(4 * 16 + 16 * 16 + 16, page.locator("#tr-net line").count());
        assertEquals(List.of("x1", "x2", "x1*x1", "sin(x1)"), page.locator("#tr-net canvas[data-input]").evaluateAll(
                "l => l.map(e => e.getAttribute('data-input'))"));
        steps(3);
        assertEquals(3, step());
        page.uncheck("#tr-f0");
        page.uncheck("#tr-f1");
        page.uncheck("#tr-f2");
        page.uncheck("#tr-f5");
        assertTrue(page.textContent("#tr-error").contains("at least one input feature"), page.textContent("#tr-error"));
        page.check("#tr-f4");
        assertEquals(1 + 16 + 16 + 1, page.locator("#tr-net canvas").count(), "x1*x2 alone");
        page.click("#tr-code");
        String code = page.inputValue("#code");
        assertTrue(code.contains("return [x1*x2]") && code.contains("model = MLP(1, [16, 16, 1], 'relu')"), code.substring(0, 600));
    }

    /** Issue 15: L1 rate, the training-data and batch sliders, show test data and discretize output. */
    @Test
    void tfPlaygroundControls() {
        page.fill("#tr-ratio", "70");
        page.dispatchEvent("#tr-ratio", "input");
        assertEquals("70%", page.textContent("#tr-ratio-v"), "the slider's value shows while it moves");
        page.dispatchEvent("#tr-ratio", "change");
        assertEquals("70 30", page.getAttribute("#tr-plot", "data-drawn"), "70 training points, 30 test points drawn");
        page.uncheck("#tr-show-test");
        assertEquals("70 0", page.getAttribute("#tr-plot", "data-drawn"), "test points hidden");
        page.fill("#tr-batch", "10");
        page.dispatchEvent("#tr-batch", "change");
        assertEquals("10", page.textContent("#tr-batch-v"));
        page.fill("#tr-l1", "0.01");
        page.dispatchEvent("#tr-l1", "change");
        steps(5);
        assertEquals(5, step());
        String colours = "() => { const d = document.getElementById('tr-out').getContext('2d').getImageData(0, 0, 32, 32).data;"
                + " const s = new Set(); for (let i = 0; i < d.length; i += 4) s.add(d[i] + ',' + d[i+1] + ',' + d[i+2]); return s.size; }";
        double smooth = num(colours);
        page.check("#tr-discrete");
        double two = num(colours);
        assertTrue(smooth > 20, smooth + " colours on the output");
        assertTrue(two <= 3, two + " colours when discretized (the two classes, white exactly on 0)");
        page.click("#tr-code");
        String code = page.inputValue("#code");
        assertTrue(code.contains("l1 = 0.01") && code.contains("a random batch of 10 points") && code.contains("30 test points"),
                code.substring(0, 400));
    }

    /** Issue 15: TF Playground's regression sets: the squared loss, a colour scale, no accuracy. */
    @Test
    void regressionTrainsWithAColourScale() {
        page.selectOption("#tr-data", "plane");
        assertEquals("mse", page.inputValue("#tr-loss"));
        assertTrue(page.isDisabled("#tr-loss"), "a regression has the squared loss");
        assertTrue(page.isVisible("#tr-scale"), "the colour scale of values");
        page.selectOption("#tr-opt", "adam");
        page.fill("#tr-lr", "0.02");
        page.dispatchEvent("#tr-lr", "change");
        steps(20);
        String[] l = losses().split(",");
        assertTrue(Double.parseDouble(l[19]) < Double.parseDouble(l[0]), "loss falls " + l[0] + " -> " + l[19]);
        assertEquals("–", page.textContent("#tr-acc-v"), "no accuracy for values");
        page.selectOption("#tr-data", "multi-gaussian");
        steps(2);
        assertEquals(2, step());
        page.selectOption("#tr-data", "moons");
        assertTrue(page.isHidden("#tr-scale"));
        assertTrue(!page.isDisabled("#tr-loss"));
    }

    /** Issue 15: data | network | output side by side when wide, one column with the plot first on a phone; no overflow. */
    @Test
    void layoutAtPhoneTabletAndDesktopWidths() {
        for (int w : new int[] {390, 820, 1280}) {
            page.setViewportSize(w, 900);
            page.click("#view-graph");
            page.click("#view-train");
            double over = num("() => document.scrollingElement.scrollWidth - innerWidth");
            assertTrue(over <= 0, w + " px: " + over + " px of horizontal overflow");
            double plot = num("() => document.getElementById('tr-plot').getBoundingClientRect().top");
            double net = num("() => document.querySelector('.tr-net-wrap').getBoundingClientRect().top");
            double side = num("() => document.querySelector('.tr-side').getBoundingClientRect().top");
            if (w == 390) {
                assertTrue(plot < net && net < side, "phone: plot first, then the network, then the controls");
            }
            if (w == 1280) {
                double sideRight = num("() => document.querySelector('.tr-side').getBoundingClientRect().right");
                double netLeft = num("() => document.querySelector('.tr-net-wrap').getBoundingClientRect().left");
                double netRight = num("() => document.querySelector('.tr-net-wrap').getBoundingClientRect().right");
                double outLeft = num("() => document.querySelector('.tr-out').getBoundingClientRect().left");
                assertTrue(sideRight <= netLeft && netRight <= outLeft, "data | network | output");
                assertEquals(side, net, 1.0, "one row");
                double bottom = num("() => document.getElementById('tr-plot').getBoundingClientRect().bottom");
                assertTrue(bottom <= 800, "the plot is on the first screen at 1280x800: " + bottom);
                assertEquals("1.0", page.getAttribute("#tr-net", "data-zoom"), "1280 px: the network fits unzoomed (a long"
                        + " line in the output column once squeezed it)");
            }
        }
    }

    /** Issue 15: click or keyboard on a connection edits its weight; the next step starts from it. */
    @Test
    void editAWeightByClickOrKeyboard() {
        page.locator("#tr-net line").first().click(new com.microsoft.playwright.Locator.ClickOptions().setForce(true));
        assertTrue(page.isVisible("#tr-wedit"));
        assertEquals("w1.1.1", page.textContent("#tr-wedit-name"));
        assertEquals(weights().split(",")[0], page.inputValue("#tr-wedit-v"));
        page.fill("#tr-wedit-v", "0.5");
        page.press("#tr-wedit-v", "Enter");
        assertTrue(page.isHidden("#tr-wedit"));
        assertEquals("0.5", weights().split(",")[0]);
        page.focus("#tr-net");
        // from w1.1.1 (the click chose it): w1.1.2, then w1.2.1 (index 3: the bias, index 2, is not a connection)
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Enter");
        assertEquals("w1.2.1", page.textContent("#tr-wedit-name"));
        page.fill("#tr-wedit-v", "-1.25");
        page.press("#tr-wedit-v", "Enter");
        assertEquals("-1.25", weights().split(",")[3]);
        page.click("#tr-step");
        assertEquals(1, step());
        assertNotEquals("-1.25", weights().split(",")[3], "training continues from the edited weights");
        page.click("#tr-rewind");
        assertNotEquals("0.5", weights().split(",")[0], "Rewind: the initial weights");
    }
}
