package dev.backprop.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Benchmarks for docs/BENCHMARKS.md (not a test: it asserts nothing about time). Run with
 * {@code mvn -q -pl web -am verify -Dtest=WebBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * prints the numbers and writes them to web/target/web-benchmark.txt.
 */
class WebBenchmark {

    /** n terms of s = s + w*w: 5n+1 drawn nodes (a record per Value, an op per computed Value). */
    static String chain(int n) {
        return "s = Value(0.0, label='s')\n"
                + "for i in range(" + n + "):\n"
                + "    w = Value(0.01 * i, label=f'w{i}')\n"
                + "    s = s + w * w\n"
                + "s.label = 'loss'\n"
                + "s.backward()\n";
    }

    static long gzip(byte[] data, int level) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes) {
            {
                def.setLevel(level);
            }
        }) {
            gz.write(data);
        }
        return bytes.size();
    }

    @Test
    void measure() throws Exception {
        StringBuilder report = new StringBuilder();
        Path pub = Paths.get("target/classes/public").toAbsolutePath();
        // every script the page can load: app.js, boot.js and the Web Worker's worker.js (it loads app.js again,
        // from the cache)
        byte[] js = concat(concat(Files.readAllBytes(pub.resolve("app.js")), Files.readAllBytes(pub.resolve("boot.js"))),
                Files.readAllBytes(pub.resolve("worker.js")));
        report.append("JS payload (app.js + boot.js + worker.js): ").append(js.length).append(" bytes raw, ")
                .append(gzip(js, Deflater.DEFAULT_COMPRESSION)).append(" bytes gzip -6, ")
                .append(gzip(js, Deflater.BEST_COMPRESSION)).append(" bytes gzip -9\n");

        try (PageServer server = new PageServer(pub);
             Playwright pw = Chromium.playwright();
             Browser browser = Chromium.launch(pw)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
            page.navigate(server.url("/"));
            page.waitForSelector(".node.value");

            // edit-to-redraw: change the program, run, wait for the next frame (style, layout, paint)
            String base = chain(60);
            List<Double> times = new ArrayList<>();
            for (int k = 0; k < 25; k++) {
                String src = base.replace("0.01 * i", "0.01 * i + " + k);
                times.add(editToRedraw(page, src));
            }
            int nodes = page.locator(".node").count();
            report.append("  last run's own timings: ").append(parts(page)).append('\n');
            report.append("edit-to-redraw, ").append(nodes).append("-node graph (run + layout + draw + next frame): ")
                    .append(stats(times.subList(5, times.size()))).append('\n');

            // edit that changes the graph's shape (one term more or less each time): the drawing is rebuilt
            List<Double> reshaped = new ArrayList<>();
            for (int k = 0; k < 25; k++) {
                reshaped.add(editToRedraw(page, chain(k % 2 == 0 ? 59 : 60)));
            }
            report.append("  last run's own timings: ").append(parts(page)).append('\n');
            report.append("edit-to-redraw with a new shape (59 <-> 60 terms, drawing rebuilt): ")
                    .append(stats(reshaped.subList(5, reshaped.size()))).append('\n');

            // layout of a 5,000-node graph in the browser (the page times its own layout call)
            String big = chain(1000);
            List<Double> layout = new ArrayList<>();
            List<Double> total = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                total.add(editToRedraw(page, big.replace("0.01 * i", "0.01 * i + " + k)));
                layout.add(Double.parseDouble(page.locator("body").getAttribute("data-layout-ms")));
            }
            int bigNodes = page.locator(".node").count();
            report.append("  last run's own timings: ").append(parts(page)).append('\n');
            report.append("layout of a ").append(bigNodes).append("-node graph in Chromium: ")
                    .append(stats(layout.subList(1, layout.size()))).append("; whole run+layout+draw+frame: ")
                    .append(stats(total.subList(1, total.size()))).append('\n');
        }
        System.out.print(report);
        Files.writeString(Paths.get("target/web-benchmark.txt"), report.toString());
    }

    /**
     * Sets the program, clicks Run and waits for the next frame to be rendered (requestAnimationFrame, then a
     * task after it: style, layout and paint are done): ms from the edit to the redrawn graph.
     */
    static double editToRedraw(Page page, String src) {
        Object ms = page.evaluate("src => new Promise(done => {"
                + " const code = document.getElementById('code'); const t0 = performance.now();"
                + " code.value = src; document.getElementById('run').click();"
                + " requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0)); })", src);
        return ((Number) ms).doubleValue();
    }

    /** The page's own split of its last run: interpreter, layout, layout + DOM drawing. */
    static String parts(Page page) {
        return "program " + page.locator("body").getAttribute("data-run-ms") + " ms, layout "
                + page.locator("body").getAttribute("data-layout-ms") + " ms, view+layout+draw "
                + page.locator("body").getAttribute("data-draw-ms") + " ms [output " + attr(page, "output") + ", replay "
                + attr(page, "replay") + ", view " + attr(page, "view") + ", dom "
                + attr(page, "dom") + ", refresh " + attr(page, "refresh") + ", order " + attr(page, "order")
                + ", groups " + attr(page, "groups") + ", fit " + attr(page, "fit") + "]";
    }

    static String attr(Page page, String k) {
        return page.locator("body").getAttribute("data-" + k + "-ms");
    }

    static String stats(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return "median " + Math.round(s.get(s.size() / 2) * 10) / 10.0 + " ms (min " + Math.round(s.get(0) * 10) / 10.0
                + ", max " + Math.round(s.get(s.size() - 1) * 10) / 10.0 + ", n=" + s.size() + ")";
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
