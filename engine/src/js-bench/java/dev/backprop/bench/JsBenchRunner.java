package dev.backprop.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the TeaVM build of {@link JsBench} in Node and in headless Chromium (Playwright, the system
 * Chromium), prints both outputs, and checks that JavaScript trained to the JVM's final losses (1e-12
 * relative). Run: {@code mvn -q -pl engine -Pjs-bench process-test-classes exec:exec@js-bench}.
 * Arguments: path of bench.js, timed runs per case, and optionally {@code layout} ({@code -Djs-bench.mode=layout}:
 * only issue 17's layout benchmark set, {@link LayoutBench#timesOnly}).
 */
public final class JsBenchRunner {

    public static void main(String[] args) throws Exception {
        Path js = Path.of(args[0]).toAbsolutePath();
        String runs = args.length > 1 ? args[1] : "9";
        if (!Files.exists(js)) {
            throw new IllegalStateException(js + " does not exist: build it with -Pjs-bench process-test-classes");
        }
        if (args.length > 2 && args[2].equals("layout")) {
            layout(js, runs);
            return;
        }
        BenchCore jvm = new BenchCore(new StringBuilder());
        jvm.valueRun();
        jvm.tapeRun(new double[1]);
        System.out.println("JVM reference: final loss Value path " + jvm.lastValueLoss + ", tape " + jvm.lastTapeLoss);
        boolean ok = true;

        System.out.println("\n== Node " + version("node", "--version"));
        List<String> node = run(List.of("node", "-e", "require(process.argv[1]).main([process.argv[2]])",
                js.toString(), runs));
        ok &= check("Node", node, jvm);

        System.out.println("\n== headless Chromium (Playwright)");
        List<String> chromium = new ArrayList<>();
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = launch(pw);
            runInPage(browser, js, "runs => setTimeout(() => main([runs]), 0)", runs, chromium);
            // the renderer's CPU time over 5,000 tape steps (wall clock on a loaded machine mostly measures waiting)
            for (int rep = 0; rep < 3; rep++) {
                java.util.Set<Long> before = renderers().keySet();
                Page steps = browser.newPage();
                long[] cpu = new long[2];
                steps.setContent("<!doctype html><html><body>steps</body></html>");
                steps.addScriptTag(new Page.AddScriptTagOptions().setPath(js));
                java.util.Set<Long> mine = new java.util.HashSet<>(renderers().keySet());
                mine.removeAll(before);
                String[] end = new String[1];
                steps.onConsoleMessage(m -> {
                    if (m.text().equals("STEPS START")) {
                        cpu[0] = cpuTicks(mine);
                    } else if (m.text().startsWith("STEPS END")) {
                        cpu[1] = cpuTicks(mine);
                        end[0] = m.text();
                    }
                });
                steps.evaluate("() => setTimeout(() => main(['5000', 'steps']), 0)");
                long until = System.currentTimeMillis() + 5 * 60_000;
                while (end[0] == null && System.currentTimeMillis() < until) {
                    steps.waitForTimeout(50);
                }
                System.out.println("demo step, tape, Chromium renderer CPU (/proc, " + mine.size() + " process"
                        + (mine.size() == 1 ? "" : "es") + "): " + String.format("%.3f", (cpu[1] - cpu[0]) * 10.0 / 5000)
                        + " ms/step; page wall " + (end[0] == null ? "?" : end[0].substring("STEPS END ".length())));
                steps.close();
            }
            browser.close();
        }
        ok &= check("Chromium", chromium, jvm);
        if (!ok) {
            System.exit(1);
        }
    }

    /** The layout benchmark's times in Node and headless Chromium (wall time, median per case). */
    private static void layout(Path js, String runs) throws Exception {
        System.out.println("\n== Node " + version("node", "--version"));
        run(List.of("node", "-e", "require(process.argv[1]).main([process.argv[2], 'layout'])", js.toString(), runs));
        System.out.println("\n== headless Chromium (Playwright)");
        List<String> lines = new ArrayList<>();
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = launch(pw);
            runInPage(browser, js, "runs => setTimeout(() => main([runs, 'layout']), 0)", runs, lines);
            browser.close();
        }
    }

    /** The system Chromium, headless. */
    private static Browser launch(Playwright pw) {
        Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
        System.out.println("Chromium " + browser.version());
        return browser;
    }

    /** Loads bench.js in a new page, calls {@code call} with {@code runs}, collects and prints the console up to BENCH DONE. */
    private static void runInPage(Browser browser, Path js, String call, String runs, List<String> lines) {
        Page page = browser.newPage();
        page.onConsoleMessage(m -> {
            synchronized (lines) {
                lines.add(m.text());
            }
            System.out.println(m.text());
        });
        page.setContent("<!doctype html><html><body>bench</body></html>");
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(js));
        page.evaluate(call, runs);
        long deadline = System.currentTimeMillis() + 15 * 60_000;
        while (System.currentTimeMillis() < deadline) {
            synchronized (lines) {
                if (lines.contains("BENCH DONE")) {
                    break;
                }
            }
            page.waitForTimeout(500);
        }
    }

    private static boolean check(String where, List<String> lines, BenchCore jvm) {
        if (!lines.contains("BENCH DONE")) {
            System.out.println(where + ": the benchmark did not finish");
            return false;
        }
        for (String l : lines) {
            if (l.startsWith("demo check: final loss Value path ")) {
                String[] p = l.substring("demo check: final loss Value path ".length()).split(", tape ");
                double v = Double.parseDouble(p[0]);
                double t = Double.parseDouble(p[1]);
                double rv = Math.abs(v - jvm.lastValueLoss) / Math.abs(jvm.lastValueLoss);
                double rt = Math.abs(t - jvm.lastTapeLoss) / Math.abs(jvm.lastTapeLoss);
                boolean ok = rv <= 1e-12 && rt <= 1e-12;
                System.out.println(where + " vs JVM final loss: relative difference Value path " + rv + ", tape " + rt
                        + (ok ? " (within 1e-12)" : " EXCEEDS 1e-12"));
                return ok;
            }
        }
        System.out.println(where + ": no demo check line");
        return false;
    }

    /** Chromium renderer processes: pid -> utime + stime (clock ticks). */
    private static Map<Long, Long> renderers() {
        Map<Long, Long> out = new java.util.HashMap<>();
        java.io.File[] procs = new java.io.File("/proc").listFiles();
        if (procs == null) {
            return out;
        }
        for (java.io.File f : procs) {
            if (!f.getName().chars().allMatch(Character::isDigit)) {
                continue;
            }
            try {
                String cmd = Files.readString(f.toPath().resolve("cmdline"));
                if (cmd.contains("--type=renderer")) {
                    out.put(Long.parseLong(f.getName()), ticks(f.toPath()));
                }
            } catch (Exception e) {
                // gone meanwhile
            }
        }
        return out;
    }

    private static long ticks(Path proc) throws java.io.IOException {
        String stat = Files.readString(proc.resolve("stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
    }

    private static long cpuTicks(java.util.Set<Long> pids) {
        long sum = 0;
        for (long pid : pids) {
            try {
                sum += ticks(Path.of("/proc", Long.toString(pid)));
            } catch (Exception e) {
                // gone
            }
        }
        return sum;
    }

    private static List<String> run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                System.out.println(l);
                lines.add(l);
            }
        }
        p.waitFor();
        return lines;
    }

    private static String version(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return v;
    }
}
