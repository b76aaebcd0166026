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

    /**
     * A node of the learner's class with four children (an n-ary sum) is drawn with all four, in creation order,
     * keeps them across the Wire and through a Stepper; grads as CPython 3.11 computed them with the same class
     * (t._backward() gives every child 1.0: "Sum(data=10.0) [1.0, 1.0, 1.0, 1.0] 4").
     */
    @Test
    void nodeWithMoreThanTwoChildren() {
        String src = "class Sum:\n    def __init__(self, data, _children=(), _op='', label=''):\n        self.data = data\n"
                + "        self.grad = 0.0\n        self._backward = lambda: None\n        self._prev = set(_children)\n"
                + "        self._op = _op\n        self.label = label\n    def __repr__(self):\n        return f\"Sum(data={self.data})\"\n"
                + "def total(*xs):\n    out = Sum(sum(x.data for x in xs), xs, 'sum')\n    def _backward():\n        for x in xs:\n"
                + "            x.grad += out.grad\n    out._backward = _backward\n    return out\n"
                + "p = Sum(1.0, label='p'); q = Sum(2.0, label='q'); r = Sum(3.0, label='r'); s = Sum(4.0, label='s')\n"
                + "t = total(s, q, p, r); t.label = 't'\nt.grad = 1.0\nt._backward()\n"
                + "print(t, [x.grad for x in (p, q, r, s)], len(t._prev))\ndraw_dot(t)\n";
        Run run = Program.run(src);
        assertNull(run.error(), () -> run.error().text());
        assertEquals("Sum(data=10.0) [1.0, 1.0, 1.0, 1.0] 4\n", run.text());
        for (Run r : new Run[] {run, Wire.decode(Wire.encode(run, 1000)).run()}) {
            Value t = r.drawn().get(0);
            assertEquals("sum", t.op());
            assertEquals(4, t.children().size());
            StringBuilder kids = new StringBuilder();
            for (Value c : t.children()) {
                kids.append(c.label()).append('=').append(c.grad()).append(' ');
            }
            assertEquals("p=1.0 q=1.0 r=1.0 s=1.0 ", kids.toString()); // creation order, not the call's order
            assertEquals(5, Dot.nodes(r.drawn()).size());
        }
        String dot = Dot.render(run.drawn());
        assertEquals(4, dot.split(" -> n" + run.drawn().get(0).id() + "op\n", -1).length - 1, dot); // four edges into the op
        Stepper st = Stepper.open(src, Limits.DEFAULT);
        assertEquals(5, st.size());
        Stepper.Step first = st.next();
        assertEquals("t", first.node().label());
        for (Value c : st.graph().get(0).children()) {
            assertEquals(1.0, c.grad()); // the user's own _backward ran: every child got t.grad
        }
    }

    /**
     * The seed's own class typed in: the drawn graph (every node's label, op, data, grad and children) is the
     * graph its backward() computed. seed_class.py prints that graph itself and its output equals CPython 3.11's
     * (seed_class.out, checked by CellsTest); here the same lines are made from the drawn nodes.
     */
    @Test
    void seedClassIsDrawnAsItComputed() throws IOException {
        Run run = ProgramTest.runBig(Files.readString(CellsTest.LECTURE.resolve("seed_class.py"), StandardCharsets.UTF_8));
        assertNull(run.error(), () -> run.error().text());
        List<Value> all = new java.util.ArrayList<>(Dot.nodes(run.drawn()));
        assertEquals(18, all.size());
        assertEquals("o", run.drawn().get(0).label());
        all.sort(java.util.Comparator.comparing(Value::label).thenComparing(Value::op)
                .thenComparingDouble(Value::data).thenComparingDouble(Value::grad));
        StringBuilder sb = new StringBuilder();
        for (Value v : all) {
            List<Double> kids = new java.util.ArrayList<>();
            for (Value c : v.children()) {
                kids.add(c.data());
            }
            java.util.Collections.sort(kids);
            StringBuilder k = new StringBuilder("[");
            for (double d : kids) {
                k.append(k.length() > 1 ? ", " : "").append(dev.backprop.py.Num.repr(d));
            }
            sb.append('\'').append(v.label()).append("' '").append(v.op()).append("' ").append(dev.backprop.py.Num.repr(v.data()))
                    .append(' ').append(dev.backprop.py.Num.repr(v.grad())).append(' ').append(k).append("]\n");
        }
        assertEquals(Files.readString(CellsTest.LECTURE.resolve("seed_class.out"), StandardCharsets.UTF_8), sb.toString());
    }

    /**
     * Without draw_dot the graph shown is the last node the program assigned: L, not the leaf that the seed class's
     * own backward() (its build_topo's loop variable) assigned last. Grads as CPython printed them (L.backward():
     * a.grad 6.0, b.grad -4.0, seed_class_no_draw.out).
     */
    @Test
    void lastAssignedIsTheProgramsNotTheClasss() throws IOException {
        Run run = Program.run(Files.readString(CellsTest.LECTURE.resolve("seed_class_no_draw.py"), StandardCharsets.UTF_8));
        assertNull(run.error(), () -> run.error().text());
        assertEquals(false, run.drawnByCall());
        Value root = run.drawn().get(0);
        assertEquals("L", root.label());
        assertEquals(7, Dot.nodes(run.drawn()).size());
        Map<String, Double> grads = new HashMap<>();
        for (Value v : Dot.nodes(run.drawn())) {
            grads.put(v.label(), v.grad());
        }
        assertEquals(6.0, grads.get("a"));
        assertEquals(-4.0, grads.get("b"));
        assertEquals(-2.0, grads.get("e"));
        assertEquals(4.0, grads.get("f"));
        assertEquals(1.0, grads.get("L"));
    }

    /** A user "**k" op keeps its exponent k (as Python printed it: -1, 0.5, 1e-05) for the local gradient. */
    /**
     * A subclass of the built-in Value computes through the same op table: every op's data and grads are the
     * built-in's, bit for bit (repr of the doubles), and a + a pushes twice.
     */
    @Test
    void subclassComputesWhatValueComputes() {
        String expr = "((a.tanh() + a.exp().log() - a / 2 + a.relu() * a.sigmoid() + 2 - a ** 2 + 3 / a + a * a) ** 0.5).tanh()";
        String src = "class Mine(Value):\n    pass\n"
                + "for k in (Mine, Value):\n"
                + "    a = k(0.7312)\n"
                + "    o = " + expr + "\n"
                + "    o.backward()\n"
                + "    print(repr(o.data), repr(a.grad))\n"
                + "    b = k(-1.25)\n    c = b + b\n    c.backward()\n    print(b.grad)\n";
        Run run = Program.run(src);
        assertNull(run.error(), () -> run.error().text());
        String[] lines = run.text().split("\n");
        assertEquals(4, lines.length, run.text());
        assertEquals(lines[2], lines[0]);
        assertEquals("2.0", lines[1]);
        assertEquals(lines[3], lines[1]);
        assertTrue(lines[0].startsWith("0.") && !lines[0].endsWith(" 0.0"), lines[0]);
    }

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
