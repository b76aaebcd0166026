package dev.backprop.py;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.backprop.lang.Expected;
import dev.backprop.lang.ProgramTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser build's parity in {@code mvn verify}: {@link Parity}'s checks compiled by TeaVM with the page's
 * settings (target/parity/parity.js, built in pre-integration-test) run in headless Chromium, and must print
 * what they print on the JVM, bit for bit, with no difference from CPython's files: Num formatting, PyRandom,
 * PyMath, every example program (byte for byte with CPython's output except ProgramTest's named exceptions),
 * the data sets and training runs, and LibmTest's 1,000,000 inputs per function.
 */
class ParityIT {
    private static final Path RES = Path.of("src/test/resources/dev/backprop/py");
    private static Playwright playwright;
    private static Browser browser;
    private static Page page;

    @BeforeAll
    static void start() {
        Path js = Path.of(System.getProperty("parityJs", "target/parity/parity.js")).toAbsolutePath();
        assertTrue(Files.exists(js), js + " missing: it is built by mvn verify (pre-integration-test)");
        Path chromium = Path.of("/usr/bin/chromium");
        boolean system = Files.isExecutable(chromium);
        playwright = system ? Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))) : Playwright.create();
        // web's Chromium.ARGS: without the background-networking flags Chromium dials out on a closed network
        BrowserType.LaunchOptions o = new BrowserType.LaunchOptions().setArgs(List.of("--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic"));
        browser = playwright.chromium().launch(system ? o.setExecutablePath(chromium) : o);
        page = browser.newPage();
        page.setContent("<!doctype html><title>parity</title>");
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(js));
        // the modules written in Python, which the page fetches from /py/ when a program imports one
        Map<String, String> py = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/dev/backprop/lang/py"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                py.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.evaluate("s => { globalThis.pySources = s; }", py);
    }

    @AfterAll
    static void stop() {
        browser.close();
        playwright.close();
    }

    /** Parity.run(kind, data) in Chromium. */
    private static String js(String kind, String data) {
        page.evaluate("a => { globalThis.parityOut = null; setTimeout(() => main(a), 0); }", List.of(kind, data));
        page.waitForFunction("() => globalThis.parityOut !== null", null,
                new Page.WaitForFunctionOptions().setTimeout(600_000).setPollingInterval(20));
        return (String) page.evaluate("() => globalThis.parityOut");
    }

    /** Parity.run on the JVM, on a large stack as the CLI runs programs. */
    private static String jvm(String kind, String data) {
        return ProgramTest.onBigStack(() -> Parity.run(kind, data));
    }

    /** JS output equals the JVM's; neither has a DIFF line; the summary counted at least min cases. */
    private static void caseFile(String kind, String file, String summary, int min) throws IOException {
        String data = Files.readString(RES.resolve(file), StandardCharsets.UTF_8);
        String got = js(kind, data);
        assertEquals(jvm(kind, data), got, kind + ": Chromium differs from the JVM");
        assertTrue(got.endsWith(" diffs 0\n") && !got.contains("DIFF "), kind + " differs from CPython:\n"
                + got.substring(0, Math.min(3000, got.length())));
        String count = got.substring(got.lastIndexOf(summary) + summary.length() + 1, got.lastIndexOf(" diffs"));
        assertTrue(Integer.parseInt(count) >= min, kind + ": " + count + " cases");
    }

    @Test
    void numFormattingRandomAndMath() throws IOException {
        caseFile("num", "num_cases.txt", "num cases", 45_000);
        caseFile("random", "random_cases.txt", "random calls", 10_000);
        caseFile("pymath", "pymath_cases.txt", "pymath cases", 9_000);
    }

    @Test
    void everyExampleProgram() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/programs"))) {
            s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
        }
        assertTrue(files.size() >= 60, "programs: " + files.size());
        List<String> bad = new ArrayList<>();
        for (Path py : files) {
            String name = py.getFileName().toString().replace(".py", "");
            String src = Files.readString(py, StandardCharsets.UTF_8);
            String got = js("program", src);
            String want = Files.readString(Path.of(py.toString().replace(".py", ".out")), StandardCharsets.UTF_8);
            String onJvm = jvm("program", src);
            if (BROWSER_PENDING.contains(name)) {
                if (got.equals(onJvm)) {
                    bad.add(name + ": now the same in Chromium: take it off BROWSER_PENDING");
                }
            } else if (!got.equals(onJvm)) {
                bad.add(name + ": Chromium (actual) differs from the JVM (expected) at "
                        + Expected.firstDifference(onJvm, got));
            } else if (!got.equals(want) && !ProgramTest.SET_ORDER.contains(name)) {
                bad.add(name + ": Chromium differs from CPython");
            }
        }
        assertEquals(List.of(), bad);
    }

    /**
     * Programs the browser build still prints differently (found by this test; each a bug to fix, then
     * remove the name): sys_typing_main (recursion depth 2000 overflows the browser's stack: RecursionError;
     * a Python call takes 12 JavaScript frames, about 1.8 KB of V8's 984 KB stack, so about 550 calls fit).
     */
    static final java.util.Set<String> BROWSER_PENDING = java.util.Set.of("sys_typing_main");

    @Test
    void dataSetsAndTraining() {
        String got = js("nn", "");
        assertTrue(got.split("\n").length > 2000, "nn lines: " + got.split("\n").length);
        assertEquals(jvm("nn", ""), got, "nn: Chromium differs from the JVM");
    }

    @Test
    void libmOnAMillionInputsPerFunction() throws IOException {
        String[] lines = js("libm", "").split("\n");
        List<String> bad = new ArrayList<>();
        int blocks = 0;
        int samples = 0;
        int at = 0;
        for (LibmCases.Fn fn : LibmCases.FNS) {
            LibmTest.Expected want = LibmTest.Expected.read(fn.name());
            for (int b = 0; b < want.digests.size(); b++, at++) {
                blocks++;
                if (!lines[at].equals(fn.name() + " " + b + " " + Integer.toHexString(want.digests.get(b)))) {
                    bad.add(fn.name() + " block " + b + " (inputs " + b * LibmCases.BLOCK + "..): " + lines[at]);
                }
            }
            for (long[] s : want.samples) {
                samples++;
                if (!lines[at++].equals(fn.name() + " s " + s[0] + " " + Long.toHexString(s[1]))) {
                    bad.add(fn.name() + " sample " + s[0] + ": CPython " + Long.toHexString(s[1]) + ", " + lines[at - 1]);
                }
            }
        }
        assertEquals(at, lines.length, "libm lines");
        assertEquals(LibmCases.FNS.length * LibmCases.N / LibmCases.BLOCK, blocks);
        assertTrue(samples >= 100 * LibmCases.FNS.length, "samples " + samples);
        assertEquals(List.of(), bad.subList(0, Math.min(20, bad.size())), bad.size() + " differences from CPython");
    }
}
