package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.engine.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodesTest {

    static String ownValue() throws IOException {
        return Files.readString(CellsTest.LECTURE.resolve("own_value.py"), StandardCharsets.UTF_8);
    }

    private static Map<String, Value> byLabel(Run run) {
        Map<String, Value> m = new HashMap<>();
        for (Value v : Dot.nodes(run.drawn())) {
            m.put(v.label(), v);
        }
        return m;
    }

    /** The drawn graph of the lecture's own class holds the data and grads its own backward() computed. */
    @Test
    void ownClassIsDrawnWithItsGrads() throws IOException {
        Run run = ProgramTest.runBig(ownValue());
        assertNull(run.error());
        assertTrue(run.drawnByCall());
        Map<String, Value> g = byLabel(run);
        // the program prints "label data grad" rows; each must be what the drawing shows
        int rows = 0;
        for (String line : run.output()) {
            String[] p = line.split(" ");
            if (p.length == 3 && g.containsKey(p[0])) {
                assertEquals(Double.parseDouble(p[1]), g.get(p[0]).data(), line);
                rows++;
            }
        }
        assertEquals(10, rows);
        Value o = run.drawn().get(0);
        assertEquals("o", o.label());
        assertEquals("*", o.op());
        assertEquals(1.0, o.grad());
        assertEquals(-1.5, g.get("x1").grad(), 1e-12);
        assertEquals(0.5, g.get("x2").grad(), 1e-12);
        assertEquals("exp", g.get("e").op());
        assertEquals(List.of(g.get("x1"), g.get("w1")), g.get("x1*w1").children()); // creation order
        Run.Origin where = run.origin(g.get("x1"));
        assertNotNull(where);
        assertEquals(ownValue().split("\n", -1)[where.line() - 1].trim(), "x1 = Value(2.0, label='x1')");
        Run.Origin inner = run.origin(g.get("x1*w1"));
        assertEquals("Value.__mul__", inner.call().name());
    }

    /** Children come in creation order whatever order _prev holds them in. */
    @Test
    void childrenInCreationOrder() {
        String src = "class V:\n    def __init__(self, d, ch=()):\n        self.data = d\n        self._prev = list(ch)\n"
                + "        self._op = '+' if ch else ''\n        self.grad = 0\n"
                + "a = V(1)\nb = V(2)\nc = V(3, (b, a))\n";
        Run run = Program.run(src);
        assertNull(run.error());
        Value c = run.drawn().get(0); // the last Value-like object assigned
        assertEquals(3.0, c.data());
        assertEquals(1.0, c.children().get(0).data());
        assertEquals(2.0, c.children().get(1).data());
    }

    /** A user node over built-in Values: one graph, built-ins kept as they are. */
    @Test
    void mixedGraph() {
        String src = "class Box:\n    def __init__(self, *ch):\n        self.data = sum(c.data for c in ch)\n"
                + "        self._prev = set(ch)\n        self._op = 'sum'\n        self.label = 'box'\n"
                + "x = Value(2.0, label='x')\ny = x * 3; y.label = 'y'\nb = Box(x, y)\ndraw_dot(b)\n";
        Run run = Program.run(src);
        assertNull(run.error());
        Value b = run.drawn().get(0);
        assertEquals("box", b.label());
        assertEquals("sum", b.op());
        assertEquals(8.0, b.data());
        Value x = run.values().get("x");
        assertEquals(List.of(x, run.values().get("y")), b.children());
        assertTrue(Dot.render(run.drawn()).contains("{ box | data 8.0000 | grad 0.0000 }"));
    }

    /** A user node's own op name crosses the Wire (the page's copy), also on a one-child node. */
    @Test
    void ownOpsCrossTheWire() throws IOException {
        Run run = Program.run(Files.readString(CellsTest.LECTURE.resolve("a_plus_a_bug.py"), StandardCharsets.UTF_8));
        Run back = Wire.decode(Wire.encode(run, 1000)).run();
        Value b = back.drawn().get(0);
        assertEquals("+", b.op());
        assertEquals("b", b.label());
        assertEquals(1, b.children().size());
        assertEquals(1.0, b.children().get(0).grad());
    }

    @Test
    void notValueLikeIsRefused() {
        Run run = Program.run("class P:\n    pass\ndraw_dot(P())\n");
        assertEquals("TypeError", run.error().kind());
        assertTrue(run.error().message().contains("data and _prev"), run.error().message());
    }

    /** The built-in Value's _backward is readable, callable and replaceable; backward() runs the replacement. */
    @Test
    void builtInBackwardReplaceable() {
        String src = "a = Value(3.0)\nb = a + a\nprint(callable(b._backward))\nb.backward()\nprint(a.grad)\n"
                + "a.grad = 0.0\ndef bad():\n    a.grad = 1.0 * b.grad\nb._backward = bad\nb.backward()\nprint(a.grad)\n"
                + "print(b._backward is bad)\n";
        Run run = Program.run(src);
        assertNull(run.error());
        assertEquals("True\n2.0\n1.0\nTrue\n", run.text());
    }
    /** A user "**k" op keeps its exponent k (as Python printed it: -1, 0.5, 1e-05) for the local gradient. */
    @Test
    void powExponentReadFromTheOpText() {
        String[][] cases = {{"-1", "-1.0"}, {"0.5", "0.5"}, {"1e-05", "1e-05"}, {"3", "3.0"}};
        for (String[] c : cases) {
            String src = "class V:\n    def __init__(self, d, ch=(), op=''):\n        self.data = d\n"
                    + "        self._prev = set(ch)\n        self._op = op\n        self.grad = 0.0\n"
                    + "    def __pow__(self, k):\n        return V(self.data ** k, (self,), f'**{k}')\n"
                    + "x = V(4.0)\ny = x ** " + c[0] + "\n";
            Run run = Program.run(src);
            assertNull(run.error());
            Value y = run.drawn().get(0);
            assertEquals("**" + c[0], y.op());
            double k = Double.parseDouble(c[1]);
            assertEquals(k * Math.pow(4.0, k - 1), y.local(0), 1e-12, c[0]);
        }
    }
    /** A user op is ReLU in any letter case (its local gradient is 1 above 0); other names are one-child ops. */
    @Test
    void reluInAnyCase() {
        for (String op : new String[] {"relu", "ReLU", "RELU", "rElU", "relv", "ReLU6"}) {
            String src = "class V:\n    def __init__(self, d, ch=(), op=''):\n        self.data = d\n"
                    + "        self._prev = set(ch)\n        self._op = op\n        self.grad = 0.0\n"
                    + "x = V(3.0)\ny = V(3.0, (x,), '" + op + "')\n";
            Run run = Program.run(src);
            assertNull(run.error());
            Value y = run.drawn().get(0);
            boolean relu = op.equalsIgnoreCase("relu");
            assertEquals(relu ? 1.0 : 1 - 3.0 * 3.0, y.local(0), op); // else as tanh with t = data
        }
    }
}
