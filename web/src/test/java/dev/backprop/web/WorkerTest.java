package dev.backprop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.engine.Value;
import dev.backprop.lang.Limits;
import dev.backprop.lang.Program;
import dev.backprop.lang.Run;
import dev.backprop.lang.Wire;
import dev.backprop.layout.Replay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Long programs run in a Web Worker: on the JVM, the worker's answer for every example equals a direct run;
 * in real Chromium (strict CSP), the page answers while a program runs, Stop and Esc end it, an edit
 * replaces it, budgets still end it, and its graph, output and grads arrive intact.
 */
class WorkerTest extends PageFixture {
    /** The lecture's graph after a loop too long for the quick try on the page's thread. */
    static final String LONG = "n = 0\nfor i in range(1500000):\n    n += i % 3\n"
            + "a = Value(2.0, label='a')\nb = Value(-3.0, label='b')\nc = Value(10.0, label='c')\n"
            + "e = a*b; e.label = 'e'\nd = e + c; d.label = 'd'\nf = Value(-2.0, label='f')\n"
            + "L = d * f; L.label = 'L'\nprint('n', n, 'L', L.data)\n";
    static final String ENDLESS = "print('first')\nwhile True:\n    pass\n";

    @BeforeEach
    void open() {
        newPage(900);
        page.navigate(server.url("/"));
        page.waitForSelector(".node.value");
    }

    void run(String src) {
        page.locator("#code").fill(src);
        page.locator("#run").click();
    }

    String output() {
        return page.locator("#output").textContent();
    }

    /** Waits for the run to end with {@code text} in its output (printed lines also arrive while it runs). */
    void waitForOutput(String text) {
        page.waitForFunction("t => document.getElementById('output').textContent.includes(t)"
                + " && document.getElementById('stop').hidden", text);
    }

    /** Waits for the output to be exactly {@code text} (what a run printed so far). */
    void waitForExactly(String text) {
        page.waitForFunction("t => document.getElementById('output').textContent === t", text);
    }

    boolean running() {
        return page.locator("#status").textContent().startsWith("Running…") && page.locator("#stop").isVisible();
    }

    // ---- in Chromium ----

    @Test
    void aLongProgramRunsInTheWorkerAndItsGraphArrivesWhole() {
        run(LONG);
        assertTrue(running(), "status " + page.locator("#status").textContent()); // the quick try gave up
        page.locator("#stop").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        assertEquals("n 1500000 L -8.0\n", output());
        assertEquals(7, page.locator(".node.value").count());
        assertTrue(page.locator("#status").textContent().startsWith("7 values"), page.locator("#status").textContent());
        page.locator("#backward").click(); // backward, order, explanations, gradient check on the decoded graph
        assertEquals("grad 6.0000", node("a").locator("text.gv").textContent());
        assertEquals("grad -4.0000", node("b").locator("text.gv").textContent());
        assertEquals(7, page.locator("#order li").count());
        node("L").hover();
        String tip = page.locator("#tip").textContent();
        assertTrue(tip.contains("L = d * f") && tip.contains("d.grad += dL/dd * L.grad = -2.0 * 1.0 = -2.0"), tip);
        page.locator("#tab-check").click();
        page.locator("#check").click();
        assertTrue(page.locator("#check-summary").textContent().startsWith("All 4 leaves agree"));
        // origins came along: the cursor on line 7 (e = a*b) highlights e and its op
        page.locator("#code").evaluate("c => { c.setSelectionRange(c.value.indexOf('e = a*b'), c.value.indexOf('e = a*b')); c.dispatchEvent(new Event('keyup')); }");
        assertEquals(2, page.locator(".node.hl").count());
        assertTrue(node("e").getAttribute("class").contains("hl"));
    }

    @Test
    void thePageAnswersWhileAProgramRunsAndStopEndsIt() {
        run(ENDLESS);
        assertTrue(running());
        waitForExactly("first\n"); // printed while the run goes on
        assertTrue(page.locator("#stop").isEnabled());
        assertEquals(2, ((Number) page.evaluate("1 + 1")).intValue());
        page.locator("#tab-nudge").click();
        assertEquals("true", page.locator("#tab-nudge").getAttribute("aria-selected"));
        assertTrue(page.locator("#panel-nudge").isVisible());
        assertTrue(running(), "the tab switched while the program ran");
        page.locator("#stop").focus(); // keyboard reachable
        page.keyboard().press("Enter");
        assertTrue(output().startsWith("first\nStopped by you after "), output()); // its print came while it ran
        assertFalse(page.locator("#stop").isVisible());
        assertTrue(page.locator("#status").textContent().startsWith("stopped after "));
        assertEquals(7, page.locator(".node.value").count(), "the last graph stays");

        run(ENDLESS); // Esc from the editor stops too; the next run gets a fresh worker
        assertTrue(running());
        waitForExactly("first\n");
        page.locator("#code").focus();
        page.keyboard().press("Escape");
        assertTrue(output().startsWith("first\nStopped by you after "), output());
        run(LONG);
        waitForOutput("n 1500000 L -8.0");
    }

    @Test
    void whatARunPrintsAppearsWhileItRuns() {
        StringBuilder all = new StringBuilder();
        for (int k = 0; k < 40; k++) {
            all.append("step ").append(k).append('\n');
        }
        run("for k in range(40):\n    n = 0\n    for i in range(150000):\n        n += i\n    print('step', k)\n");
        page.waitForFunction("() => document.getElementById('output').textContent.includes('step 1\\n')");
        assertTrue(running(), "the run goes on");
        assertTrue(all.toString().startsWith(output()), output());      // lines in order, none lost so far
        assertTrue(output().length() < all.length(), "only part of it yet: " + output());
        assertEquals("1", page.evaluate("getComputedStyle(document.getElementById('output')).opacity")); // not dimmed
        page.locator("#stop").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        assertEquals(all.toString(), output());
        assertEquals("0.55", page.evaluate("() => { document.body.classList.add('running');"
                + " const o = getComputedStyle(document.getElementById('output')).opacity;"
                + " document.body.classList.remove('running'); return o; }")); // a finished run's output is not 'live'
    }

    @Test
    void anEditDuringARunReplacesIt() {
        run(ENDLESS);
        assertTrue(running());
        assertEquals(1, page.workers().size(), "one worker runs the endless loop");
        boolean[] ended = new boolean[1];
        page.workers().get(0).onClose(w -> ended[0] = true);
        page.locator("#code").fill(LONG.replace("print('n', n, 'L', L.data)", "print('second', n)")); // auto re-run
        waitForOutput("second 1500000");
        assertFalse(running());
        // the endless run's worker was terminated (else its budget error would arrive after ~4 s)
        page.waitForCondition(() -> ended[0]);
        assertEquals("second 1500000\n", output());
        assertFalse(running());
    }

    @Test
    void budgetsStillEndRunsInTheWorker() {
        page.locator("#code").fill("x = 1\nwhile True:\n    x += 1\n"); // typing: the automatic run's budget
        page.waitForSelector("#output .error");
        String typed = page.locator("#output .error").textContent();
        assertTrue(typed.contains("BudgetError: step budget exceeded: the program ran more than 50000000"), typed);
        assertTrue(typed.contains("press Run for the full budget"), typed);
        assertTrue(typed.contains("line 3"), typed);
        page.locator("#run").click(); // Run: the full budget
        assertTrue(running());
        waitForOutput("100000000");
        String ran = page.locator("#output .error").textContent();
        assertTrue(ran.contains("more than 100000000 evaluation steps"), ran);
        assertFalse(ran.contains("press Run"), ran);
    }

    @Test
    void aGraphTooBigToDrawComesAsItsSize() {
        run("x = Value(0.0, label='x')\nfor i in range(60000):\n    x = x + 1.0\nprint(x.data)\n");
        waitForOutput("60000.0");
        assertTrue(page.locator("#empty").textContent().startsWith("This graph has 120001 values, too many to draw"),
                page.locator("#empty").textContent());
        run(LONG); // and the next graph draws again
        waitForOutput("L -8.0");
        assertEquals(7, page.locator(".node.value").count());
    }

    com.microsoft.playwright.Locator node(String label) {
        com.microsoft.playwright.Locator all = page.locator(".node.value");
        for (int i = 0; i < all.count(); i++) {
            if (all.nth(i).locator("text.lbl").textContent().equals(label)) {
                return all.nth(i);
            }
        }
        throw new AssertionError("no node labelled " + label);
    }

    /** Where no worker can start (here: its script fails to load), long programs run on the page's thread. */
    @Test
    void withoutAWorkerLongProgramsStillRunOnThePage() {
        java.util.concurrent.atomic.AtomicInteger blocked = new java.util.concurrent.atomic.AtomicInteger();
        page.route("**/worker.js*", r -> {
            blocked.incrementAndGet();
            r.abort();
        });
        run(LONG);
        waitForOutput("n 1500000 L -8.0");
        assertEquals(1, blocked.get());
        assertFalse(running());
        assertEquals(7, page.locator(".node.value").count());
        run(LONG.replace("'L', L.data", "'again'")); // later runs go straight to the page's thread
        assertEquals("n 1500000 again\n", output());
        assertEquals(1, blocked.get());
        problems.removeIf(p -> p.contains("ERR_FAILED")); // the blocked script load itself
    }

    // ---- on the JVM: the worker's answer ----

    /** Every example through the worker's request/answer path equals the same program run directly. */
    @Test
    void everyExampleComesBackFromTheWorkerUnchanged() {
        for (int i = 0; i < Examples.PROGRAMS.length; i++) {
            String src = Examples.PROGRAMS[i];
            Run direct = Program.run(src, Runner.EXPLICIT);
            String answer = Worker.answer(Worker.request(41, Runner.EXPLICIT, src));
            assertTrue(answer.startsWith("41,"), answer);
            Wire.Decoded d = Wire.decode(answer.substring(3));
            Run back = d.run();
            String what = Examples.TITLES[i];
            assertNull(back.error(), what);
            assertEquals(direct.text(), back.text(), what);
            assertEquals(direct.calls(), back.calls(), what);
            assertEquals(direct.drawn().size(), back.drawn().size(), what);
            for (int r = 0; r < direct.drawn().size(); r++) {
                same(direct, direct.drawn().get(r), back, back.drawn().get(r), what);
            }
            Runner.Outcome o = Runner.outcome(back, d.sizes(), true);
            assertEquals(direct.output(), o.output());
            assertEquals(direct.drawn().get(0).topo().size(), o.size(0));
        }
    }

    @Test
    void theRequestCarriesBudgetsAndAnySource() {
        String src = "s = 'a,b,\\n,c'\nprint(s, 'é😀')\nwhile True:\n    pass\n";
        String answer = Worker.answer(Worker.request(7, Limits.DEFAULT.withMaxSteps(1234).withMaxNodes(99), src));
        Run back = Wire.decode(answer.substring(2)).run();
        assertEquals("a,b,\n,c é😀\n", back.text());
        assertTrue(back.error().message().contains("more than 1234 evaluation steps"), back.error().message());
        String big = Worker.answer(Worker.request(8, Limits.CLI.withMaxSteps(5_000_000_000L), "print(1)\n"));
        assertEquals("1\n", Wire.decode(big.substring(2)).run().text()); // a budget over an int is clamped
    }

    private static void same(Run ra, Value a, Run rb, Value b, String what) {
        List<Value> ta = a.topo();
        List<Value> tb = b.topo();
        assertEquals(ta.size(), tb.size(), what);
        Map<Value, Integer> ia = new HashMap<>();
        Map<Value, Integer> ib = new HashMap<>();
        for (int i = 0; i < ta.size(); i++) {
            ia.put(ta.get(i), i);
            ib.put(tb.get(i), i);
        }
        for (int i = 0; i < ta.size(); i++) {
            Value x = ta.get(i);
            Value y = tb.get(i);
            assertEquals(List.of(x.kind(), x.op(), x.label(), ra.origin(x) == null ? "" : ra.origin(x)),
                    List.of(y.kind(), y.op(), y.label(), rb.origin(y) == null ? "" : rb.origin(y)), what);
            assertEquals(Double.doubleToRawLongBits(x.data()), Double.doubleToRawLongBits(y.data()), what);
            assertEquals(Double.doubleToRawLongBits(x.grad()), Double.doubleToRawLongBits(y.grad()), what);
            assertEquals(Double.doubleToRawLongBits(x.exponent()), Double.doubleToRawLongBits(y.exponent()), what);
            List<Integer> kx = new ArrayList<>();
            List<Integer> ky = new ArrayList<>();
            x.children().forEach(c -> kx.add(ia.get(c)));
            y.children().forEach(c -> ky.add(ib.get(c)));
            assertEquals(kx, ky, what);
        }
        Replay pa = new Replay(a);
        Replay pb = new Replay(b);
        pa.stepTo(pa.order().size());
        pb.stepTo(pb.order().size());
        for (int i = 0; i < pa.values().size(); i++) {
            assertEquals(Double.doubleToRawLongBits(pa.values().get(i).grad()),
                    Double.doubleToRawLongBits(pb.values().get(i).grad()), what);
        }
    }
}
