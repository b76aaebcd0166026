package dev.backprop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 13 on the page: the learner's own Value class stepped and checked, notebook cells and plots. */
class LectureTest extends PageFixture {
    /** The lecture's class, cut to what the tests need: its _backward closures are on lines 12-13 (__mul__). */
    static final String OWN = "class V:\n"                                    // 1
            + "    def __init__(self, data, ch=(), op='', label=''):\n"         // 2
            + "        self.data = data\n"                                      // 3
            + "        self.grad = 0.0\n"                                       // 4
            + "        self._backward = lambda: None\n"                         // 5
            + "        self._prev = set(ch)\n"                                  // 6
            + "        self._op = op\n"                                         // 7
            + "        self.label = label\n"                                    // 8
            + "    def __mul__(self, other):\n"                                 // 9
            + "        out = V(self.data * other.data, (self, other), '*')\n"   // 10
            + "        def _backward():\n"                                      // 11
            + "            self.grad += other.data * out.grad\n"                // 12
            + "            other.grad += self.data * out.grad\n"                // 13
            + "        out._backward = _backward\n"                             // 14
            + "        return out\n"                                            // 15
            + "    def __add__(self, other):\n"                                 // 16
            + "        out = V(self.data + other.data, (self, other), '+')\n"   // 17
            + "        def _backward():\n"                                      // 18
            + "            self.grad = 1.0 * out.grad\n"                        // 19: the lecture's bug, = not +=
            + "            other.grad = 1.0 * out.grad\n"                       // 20
            + "        out._backward = _backward\n"                             // 21
            + "        return out\n";                                           // 22

    @BeforeEach
    void open() {
        newPage(900);
        page.navigate(server.url("/"));
        page.waitForSelector(".node.value");
    }

    void runProgram(String src) {
        page.locator("#code").fill(src);
        page.locator("#run").click();
    }

    String grad(String label) {
        Locator all = page.locator(".node.value");
        for (int i = 0; i < all.count(); i++) {
            if (all.nth(i).locator("text.lbl").textContent().equals(label)) {
                return all.nth(i).locator("text.gv").textContent();
            }
        }
        throw new AssertionError("no node labelled " + label);
    }

    /** Waits until the graph shows the node labelled {@code label}. */
    void waitForNode(String label) {
        page.waitForSelector(".node.value text.lbl:text-is('" + label + "')");
    }

    /** Step ▶ runs the class's own _backward: the editor marks lines 12-13, the grads are the rule's (CPython's a*b). */
    @Test
    void stepsTheOwnBackwardWithLinesMarked() {
        runProgram(OWN + "a = V(2.0, label='a')\nb = V(-3.0, label='b')\nc = a * b; c.label = 'c'\ndraw_dot(c)\n");
        waitForNode("c");
        page.locator("#step-fwd").click(); // step 0: c.grad = 1
        assertEquals("grad 1.0000", grad("c"));
        assertEquals(0, page.locator("#marks .ran").count());
        page.locator("#step-fwd").click(); // step 1: c's own _backward
        page.waitForSelector("#marks .ran");
        Locator ran = page.locator("#marks .ran");
        assertEquals(2, ran.count());
        String top = "e => parseFloat(e.style.top) + document.getElementById('code').scrollTop";
        assertEquals(230, ((Number) ran.nth(0).evaluate(top)).intValue()); // line 12: 10 + 11 * 20 px, unscrolled
        assertEquals(250, ((Number) ran.nth(1).evaluate(top)).intValue()); // line 13
        assertEquals("grad -3.0000", grad("a"));
        assertEquals("grad 2.0000", grad("b"));
        page.locator("#step-back").click(); // back to step 0: no rule ran, no lines marked
        assertEquals(0, page.locator("#marks .ran").count());
        assertEquals("grad 0.0000", grad("a"));
    }

    /** The lecture's b = a + a bug: the check's row for a is red, 2.0 expected against the class's 1.0, with the hint. */
    @Test
    void gradientCheckFindsTheAPlusABug() {
        runProgram(OWN + "a = V(3.0, label='a')\nb = a + a; b.label = 'b'\nb.grad = 1.0\nb._backward()\ndraw_dot(b)\n");
        waitForNode("b");
        page.locator("#tab-check").click();
        page.locator("#check").click();
        page.waitForSelector("#check-body tr");
        assertEquals(1, page.locator("#check-body tr.bad").count());
        Locator cells = page.locator("#check-body tr.bad td");
        assertEquals("a", cells.nth(0).textContent());
        assertEquals("1.0", cells.nth(1).textContent());
        assertEquals("2.0", cells.nth(2).textContent());
        assertTrue(cells.nth(4).textContent().contains("grads must accumulate: `+=`"), cells.nth(4).textContent());
    }

    /**
     * Shift+Enter runs the cell under the cursor against the state the cells run before it left (Jupyter's model)
     * and moves to the next cell: x is 2 after the first cell, the second cell's echo sees it; run again after the
     * third cell, it sees that cell's x.
     */
    @Test
    void shiftEnterRunsTheCurrentCell() {
        page.locator("#code").fill("# %%\nx = 2\nx + 1\n# %%\nx * 10\n# %%\nx = x + 1\nx\n");
        page.locator("#code").focus();
        page.evaluate("() => { const c = document.getElementById('code'); c.setSelectionRange(5, 5); }"); // line 2
        page.keyboard().press("Shift+Enter");
        page.waitForFunction("() => document.getElementById('output').textContent.startsWith('3')");
        assertEquals(5, ((Number) page.evaluate("() => document.getElementById('code').value.substring(0, "
                + "document.getElementById('code').selectionStart).split('\\n').length")).intValue()); // next cell
        page.keyboard().press("Shift+Enter");
        page.waitForFunction("() => document.getElementById('output').textContent.startsWith('20')");
        page.keyboard().press("Shift+Enter");
        page.waitForFunction("() => document.getElementById('output').textContent.startsWith('3')");
        page.evaluate("() => document.getElementById('code').setSelectionRange(22, 22)"); // line 5: the second cell
        page.keyboard().press("Shift+Enter"); // again, on the state the third cell left: x is 3 now
        page.waitForFunction("() => document.getElementById('output').textContent.startsWith('30')");
    }

    /** Run all of a notebook: each cell's last expression echoed as Jupyter echoes it, a plot drawn among the text. */
    @Test
    void cellsEchoAndAPlotIsDrawn() {
        runProgram("# %%\nxs = [0, 1, 2]\nys = [x * x for x in xs]\nys\n# %%\nimport matplotlib.pyplot as plt\n"
                + "plt.plot(xs, ys)\nplt.show()\nprint('after')\n# %%\nlist(range(30))[-2:]\n");
        page.waitForSelector("#output svg path");
        String out = page.locator("#output").textContent();
        assertTrue(out.startsWith("[0, 1, 4]"), out);
        assertTrue(out.contains("after") && out.contains("[28, 29]"), out);
        assertTrue(page.locator("#output svg").count() >= 1);
        // the line's path: three points, read back from the SVG
        boolean found = false;
        Locator paths = page.locator("#output svg path");
        for (int i = 0; i < paths.count(); i++) {
            String d = paths.nth(i).getAttribute("d");
            found |= d != null && d.startsWith("M") && d.split("L").length == 3;
        }
        assertTrue(found, "no three-point line among the figure's paths");
    }
}
