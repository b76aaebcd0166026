package dev.backprop.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Train view's speed for docs/BENCHMARKS.md (not a test: it asserts nothing about time). micrograd's demo
 * network (MLP 2-16-16-1, 100 moons, full batch, SVM + L2) played in headless Chromium for a while, redrawing
 * the heatmap (32x32 grid), thumbnails, network and curves every frame; meanwhile real mouse clicks measure
 * input latency (event timeStamp to handler); then the same with issue 15's large network (all 7 input
 * features, 6 hidden layers of 8). Run with
 * {@code mvn -q -pl web -am verify -Dtest=TrainBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * writes web/target/train-benchmark.txt.
 */
class TrainBenchmark {

    @Test
    void measure() throws Exception {
        StringBuilder report = new StringBuilder();
        Path pub = Paths.get("target/classes/public").toAbsolutePath();
        try (PageServer server = new PageServer(pub);
             Playwright pw = Chromium.playwright();
             Browser browser = Chromium.launch(pw)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
            page.navigate(server.url("/"));
            page.waitForSelector("#view-train");
            page.click("#view-train");
            page.waitForSelector("#tr-net canvas");
            runs(page, "default (2-16-16-1 ReLU)", report);
            // issue 15's second target: all 7 features and 6 hidden layers of 8
            for (int f = 2; f < 7; f++) {
                page.check("#tr-f" + f);
            }
            for (int i = 0; i < 4; i++) {
                page.click("#tr-layer-plus");
            }
            for (int layer = 1; layer <= 6; layer++) {
                for (int i = 0; i < 8; i++) {
                    page.click("#tr-n-minus-" + layer);
                }
            }
            runs(page, "7 features, 6 x 8 ReLU", report);
        }
        System.out.print(report);
        Files.writeString(Paths.get("target/train-benchmark.txt"), report.toString());
    }

    /** Three runs of about 5 s of play from Rewind, each with 20 clicks measuring input latency. */
    private static void runs(Page page, String label, StringBuilder report) throws Exception {
        for (int run = 0; run < 3; run++) {
            page.click("#tr-rewind");
            page.evaluate("() => { window.__lat = []; if (!window.__latOn) { window.__latOn = true;"
                    + " document.addEventListener('pointerdown', e => window.__lat.push(performance.now() - e.timeStamp), true); } }");
            Map<?, ?> before = counters(page);
            double cpu0 = rendererCpuMs();
            long t0 = System.nanoTime();
            page.click("#tr-play");
            for (int i = 0; i < 20; i++) { // clicks on the stats box (no action) during training
                Thread.sleep(230);
                page.click(".tr-stats", new Page.ClickOptions().setPosition(40, 8));
            }
            page.click("#tr-play");
            double wall = (System.nanoTime() - t0) / 1e6;
            double cpu = rendererCpuMs() - cpu0;
            double share = Math.min(1, cpu / wall);
            Map<?, ?> after = counters(page);
            double steps = num(after, "steps") - num(before, "steps");
            double stepMs = num(after, "stepMs") - num(before, "stepMs");
            double drawMs = num(after, "drawMs") - num(before, "drawMs");
            double frames = num(after, "frames") - num(before, "frames");
            @SuppressWarnings("unchecked")
            List<Object> lat = (List<Object>) page.evaluate("() => window.__lat");
            List<Double> ls = new ArrayList<>();
            for (Object o : lat) {
                ls.add(((Number) o).doubleValue());
            }
            ls.sort(null);
            String acc = page.textContent("#tr-acc-v");
            report.append(label).append(", run ").append(run + 1).append(": ").append((long) steps).append(" steps in ")
                    .append(r(wall)).append(" ms wall; ").append(r(stepMs / steps)).append(" ms/step (forward + backward + update, ")
                    .append(r(steps / (wall / 1000))).append(" steps/s); ").append((long) frames).append(" frames = ")
                    .append(r(frames / (wall / 1000))).append(" fps; redraw ").append(r(drawMs / frames))
                    .append(" ms/frame; input latency median ").append(r(ls.get(ls.size() / 2))).append(" ms, max ")
                    .append(r(ls.get(ls.size() - 1))).append(" ms (n=").append(ls.size()).append("); accuracy ")
                    .append(acc).append("; renderer CPU ").append(r(cpu)).append(" ms = ").append(r(share * 100))
                    .append("% of one core -> CPU-time estimates: ").append(r(stepMs / steps * share)).append(" ms/step, redraw ")
                    .append(r(drawMs / frames * share)).append(" ms/frame; load ").append(load())
                    .append("; redraw parts (cumulative ms): ")
                    .append(page.getAttribute("#train", "data-draw-parts-ms")).append('\n');
        }
    }

    /**
     * CPU time (utime + stime from /proc) of the Chromium renderer processes of the browser this JVM launched:
     * the page's JS and drawing. Renderers are re-parented (zygote), so they are matched by the browser's
     * {@code --user-data-dir}.
     */
    private static double rendererCpuMs() {
        String dir = ProcessHandle.current().descendants()
                .map(p -> cmdline(p.pid()))
                .filter(c -> c.contains("chromium") && c.contains("--user-data-dir="))
                .map(c -> c.substring(c.indexOf("--user-data-dir=")).split(" ")[0])
                .findFirst().orElse("none");
        double ms = 0;
        try (var procs = Files.list(Paths.get("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String c = cmdline(Long.parseLong(name));
                if (c.contains("--type=renderer") && c.contains(dir + " ") && !c.contains("--top-chrome-webui")) {
                    try {
                        String stat = Files.readString(p.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ms += (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0; // clock ticks of 10 ms
                    } catch (java.io.IOException e) {
                        // the process ended
                    }
                }
            }
        } catch (java.io.IOException e) {
            return Double.NaN;
        }
        return ms;
    }

    private static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Paths.get("/proc/" + pid + "/cmdline"))).replace('\0', ' ');
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    private static String load() {
        try {
            return Files.readString(Paths.get("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static Map<?, ?> counters(Page page) {
        return (Map<?, ?>) page.evaluate("() => { const t = document.getElementById('train'); return {"
                + " steps: +(t.getAttribute('data-played-steps') || 0), stepMs: +(t.getAttribute('data-step-total-ms') || 0),"
                + " drawMs: +(t.getAttribute('data-draw-total-ms') || 0), frames: +(t.getAttribute('data-frames') || 0) }; }");
    }

    private static double num(Map<?, ?> m, String k) {
        return ((Number) m.get(k)).doubleValue();
    }

    private static double r(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
