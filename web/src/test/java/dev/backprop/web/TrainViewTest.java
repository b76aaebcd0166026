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
        // the first training point, in canvas pixels (the plot spans [-2.25, 2.75] on both axes)
        String xy = page.evaluate("() => 0").toString();
        assertEquals("0", xy);
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
}
