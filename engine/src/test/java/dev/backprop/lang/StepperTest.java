package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.engine.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepperTest {

    static final String SRC = "class V:\n"                                   // 1
            + "    def __init__(self, data, ch=(), op=''):\n"                   // 2
            + "        self.data = data\n"                                      // 3
            + "        self.grad = 0.0\n"                                       // 4
            + "        self._backward = lambda: None\n"                         // 5
            + "        self._prev = set(ch)\n"                                  // 6
            + "        self._op = op\n"                                         // 7
            + "    def __mul__(self, other):\n"                                 // 8
            + "        out = V(self.data * other.data, (self, other), '*')\n"   // 9
            + "        def _backward():\n"                                      // 10
            + "            self.grad += other.data * out.grad\n"                // 11
            + "            other.grad += self.data * out.grad\n"                // 12
            + "        out._backward = _backward\n"                             // 13
            + "        return out\n"                                            // 14
            + "a = V(2.0)\nb = V(-3.0)\nc = a * b\nd = c * a\n";                // 15-18

    @Test
    void stepsTheUsersBackwardWithLines() {
        Stepper s = Stepper.open(SRC, Limits.DEFAULT);
        assertNull(s.run().error());
        assertEquals(4, s.size());
        Value root = s.graph().get(0);
        assertEquals(1.0, root.grad());
        Stepper.Step first = s.next();
        assertEquals(List.of(11, 12), first.lines());
        assertEquals(-12.0, root.data());
        Value c = root.children().get(1); // children by creation: a (made first), then c
        assertEquals(-6.0, c.data());
        assertEquals(2.0, c.grad()); // d = c * a: dd/dc = a
        Value a = root.children().get(0);
        assertEquals(-6.0, a.grad());
        s.next(); // c's _backward
        assertEquals(-6.0 + -3.0 * 2.0, a.grad());
        assertEquals(List.of(11, 12), s.stepTo(1).lines()); // a jump back: replayed, the last step watched
        assertEquals(1, s.done());
        assertEquals(-6.0, a.grad());
        assertEquals(null, s.stepTo(0));
        assertEquals(0.0, a.grad());
        s.stepTo(2);
        assertEquals(-6.0 + -3.0 * 2.0, a.grad());
        s.back();
        assertEquals(1, s.done());
        assertEquals(-6.0, a.grad());
        while (s.next() != null) {
            assertTrue(s.done() <= 4);
        }
        assertEquals(-12.0, a.grad()); // d = a^2 b: 2ab
        assertEquals(4.0, root.children().get(0).data() * 2);
    }

    /**
     * Each step names its closure's lines and text, the numbers it read filled in: d = c * a, so d's rule reads
     * other.data = a.data = 2.0 and c.data = -6.0 with out.grad = 1.0 (CPython: the same class, the values its
     * _backward reads at that point); the built-in Value's rule is written from the op table.
     */
    @Test
    void stepNamesItsRuleWithNumbers() {
        Stepper s = Stepper.open(SRC, Limits.DEFAULT);
        Stepper.Step first = s.next();
        assertEquals(10, first.rule().first());
        assertEquals(12, first.rule().last());
        assertEquals("def _backward():\n"
                + "    self.grad += other.data * out.grad  # self.grad += 2.0 * 1.0\n"
                + "    other.grad += self.data * out.grad  # other.grad += -6.0 * 1.0\n", first.rule().text());
        assertEquals(List.of("_backward, lines 10-12:", "def _backward():",
                "    self.grad += other.data * out.grad  # self.grad += 2.0 * 1.0",
                "    other.grad += self.data * out.grad  # other.grad += -6.0 * 1.0"), first.rule().lines());
        assertEquals(List.of(), new Rule(0, 0, "").lines());
        Stepper.Step second = s.next(); // c = a * b: out.grad is now d's push, 2.0
        assertTrue(second.rule().text().contains("# self.grad += -3.0 * 2.0\n"), second.rule().text());
        Value a = s.graph().get(0).children().get(0);
        assertEquals(new Rule(5, 5, "self._backward = lambda: None\n"), s.rule(a)); // a leaf's: reads nothing
        Stepper b = Stepper.open("a = Value(2.0, label='a')\nb = Value(-3.0, label='b')\nc = a * b; c.label = 'c'\n", Limits.DEFAULT);
        String mul = "a.grad += b.data * c.grad  # a.grad += -3.0 * 1.0\nb.grad += a.data * c.grad  # b.grad += 2.0 * 1.0\n";
        assertEquals(mul, b.next().rule().text());
        Stepper sub = Stepper.open("class M(Value):\n    pass\na = M(2.0, label='a')\nb = M(-3.0, label='b')\n"
                + "c = a * b; c.label = 'c'\n", Limits.DEFAULT);
        assertEquals(mul, sub.next().rule().text()); // a subclass's rule is the built-in's
        Stepper twice = Stepper.open("class M(Value):\n    pass\na = M(3.0, label='a')\nb = a + a; b.label = 'b'\n", Limits.DEFAULT);
        assertEquals("a.grad += 1 * b.grad  # a.grad += 1.0 * 1.0\na.grad += 1 * b.grad  # a.grad += 1.0 * 1.0\n",
                twice.next().rule().text());
    }

    /** The lecture's b = a + a bug, stepped: one line ran, and its rule shows the `=` that loses a push. */
    @Test
    void aPlusABugStepped() {
        String src = SRC.replace("    def __mul__", "    def __add__(self, other):\n"
                + "        out = V(self.data + other.data, (self, other), '+')\n"
                + "        def _backward():\n"
                + "            self.grad = 1.0 * out.grad\n"
                + "            other.grad = 1.0 * out.grad\n"
                + "        out._backward = _backward\n"
                + "        return out\n    def __mul__").replace("c = a * b\nd = c * a\n", "d = a + a\n");
        Stepper s = Stepper.open(src, Limits.DEFAULT);
        Stepper.Step step = s.next();
        assertEquals(List.of(11, 12), step.lines());
        assertEquals("def _backward():\n"
                + "    self.grad = 1.0 * out.grad  # self.grad = 1.0 * 1.0\n"
                + "    other.grad = 1.0 * out.grad  # other.grad = 1.0 * 1.0\n", step.rule().text());
        assertEquals(1.0, step.node().children().get(0).grad()); // CPython's a.grad after the bug: 1.0, not 2.0
        assertEquals(1, step.node().children().size()); // a + a: the set _prev holds a once, one edge as the lecture draws
    }

    /**
     * The seed's class with the lecture's neuron (seed_class.py): step 1 runs o's own _backward (the seed's __mul__
     * rule, lines 34-35), and after every step the grads are those CPython's backward() left (seed_class.out).
     */
    @Test
    void stepsTheSeedClassToItsOwnGrads() throws java.io.IOException {
        String src = java.nio.file.Files.readString(CellsTest.LECTURE.resolve("seed_class.py"));
        Stepper s = Stepper.open(src, Limits.DEFAULT);
        assertNull(s.run().error());
        assertEquals(18, s.size());
        Value o = s.graph().get(0);
        assertEquals("o", o.label());
        for (Value v : Dot.nodes(s.graph())) {
            assertEquals(v == o ? 1.0 : 0.0, v.grad(), v.label()); // o.grad = 1.0, nothing stepped yet
        }
        Stepper.Step first = s.next();
        assertEquals(List.of(34, 35), first.lines());
        assertEquals("o", first.node().label());
        while (s.next() != null) {
            assertTrue(s.done() <= 18);
        }
        java.util.Map<String, Double> want = new java.util.HashMap<>(); // 'label' 'op' data grad [children]
        for (String line : java.nio.file.Files.readString(CellsTest.LECTURE.resolve("seed_class.out")).split("\n")) {
            int end = line.indexOf("' '");
            String label = line.substring(1, end);
            String[] f = line.substring(line.indexOf("' ", end + 3) + 2).split(" ");
            if (!label.isEmpty()) {
                want.put(label, Double.parseDouble(f[1]));
            }
        }
        assertEquals(10, want.size()); // the labelled nodes
        for (Value v : Dot.nodes(s.graph())) {
            if (!v.label().isEmpty()) {
                assertEquals(want.get(v.label()), v.grad(), v.label());
            }
        }
        assertEquals(-1.5, want.get("x1")); // CPython's x1.grad, read back from the reference
    }

    /** A notebook whose torch cell failed (the lecture's second half) can still be stepped: its cells after it ran. */
    @Test
    void notebookWithAFailingCellSteps() {
        Stepper s = Stepper.open("# %%\n" + SRC + "# %%\nimport torch\n# %%\ne = d * b\n", Limits.DEFAULT);
        assertEquals("ModuleNotFoundError", s.run().error().kind());
        assertEquals(5, s.size()); // e = d * b, made after the failing cell: a, b, c, d, e
        assertEquals(List.of(12, 13), s.next().lines()); // __mul__'s _backward, one line down under the '# %%'
        assertEquals(1.0, s.graph().get(0).grad());
    }
}
