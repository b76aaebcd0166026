package dev.backprop.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Benchmarks for docs/BENCHMARKS.md (not a test: it asserts nothing about time) of the hybrid runner: what
 * the quick try on the page's thread costs before a long program goes to the Web Worker, and how long a
 * program just over the quick budget takes end to end (click to result drawn). Run with
 * {@code mvn -q -pl web -am verify -Dtest=WorkerBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * writes web/target/worker-benchmark.txt.
 */
class WorkerBenchmark {
    static final int RUNS = 15;

    static final String[][] QUICK = {
        {"steps: while True: pass", "while True:\n    pass\n"},
        {"Values: x = x + 1.0 forever", "x = Value(0.0)\nwhile True:\n    x = x + 1.0\n"},
        {"neurons: tanh(w*x + b) forever", "import random\nws = [Value(random.uniform(-1, 1)) for _ in range(8)]\n"
            + "while True:\n    o = sum((w * 0.5 for w in ws), Value(0.1)).tanh()\n"},
    };

    /** Just over the quick budget: the price of the worker round trip (a fresh worker and a warm one). */
    static final String JUST_OVER = "n = 0\nfor i in range(120000):\n    n += 1\na = Value(2.0, label='a')\nb = a * a\nprint('done', n)\n";

    @Test
    void measure() throws Exception {
        StringBuilder report = new StringBuilder();
        try (PageServer server = new PageServer(Paths.get("target/classes/public").toAbsolutePath());
             Playwright pw = Chromium.playwright();
             Browser browser = Chromium.launch(pw)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
            page.navigate(server.url("/"));
            page.waitForSelector(".node.value");
            for (String[] q : QUICK) {
                List<Double> ms = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    page.locator("#code").fill(q[1]);
                    page.evaluate("() => document.body.removeAttribute('data-quick-ms')");
                    page.locator("#run").click();
                    ms.add(Double.parseDouble(page.locator("body").getAttribute("data-quick-ms")));
                    page.locator("#stop").click();
                }
                report.append("quick try before the worker, ").append(q[0]).append(": ").append(stats(ms)).append('\n');
            }
            List<Double> cold = new ArrayList<>();
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                page.locator("#code").fill("print('reset')\n");
                page.locator("#run").click();
                page.locator("#code").fill("while True:\n    pass\n"); // then Stop: the next run needs a fresh worker
                page.locator("#run").click();
                page.locator("#stop").click();
                page.evaluate("() => document.body.removeAttribute('data-quick-ms')");
                cold.add(endToEnd(page));
                if (page.locator("body").getAttribute("data-quick-ms") == null) {
                    throw new AssertionError("the program did not go to the worker");
                }
                warm.add(endToEnd(page));
            }
            report.append("just over the quick budget, click to drawn, fresh worker: ").append(stats(cold)).append('\n');
            report.append("just over the quick budget, click to drawn, warm worker: ").append(stats(warm)).append('\n');
        }
        System.out.print(report);
        Path out = Paths.get("target/worker-benchmark.txt");
        Files.writeString(out, report.toString());
    }

    static double endToEnd(Page page) {
        page.locator("#code").fill(JUST_OVER);
        return ((Number) page.evaluate("() => new Promise(done => {"
                + " const t0 = performance.now();"
                + " document.getElementById('run').click();"
                + " const check = () => document.getElementById('output').textContent.includes('done 120000')"
                + "   && !document.body.classList.contains('running') ? done(performance.now() - t0) : setTimeout(check, 1);"
                + " check(); })")).doubleValue();
    }

    static String stats(List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        return "median " + fmt(s.get(s.size() / 2)) + " ms (min " + fmt(s.get(0)) + ", max " + fmt(s.get(s.size() - 1)) + ", n " + s.size() + ")";
    }

    static String fmt(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }
}
