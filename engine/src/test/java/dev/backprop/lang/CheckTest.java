package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class CheckTest {

    static String bug() throws IOException {
        return Files.readString(CellsTest.LECTURE.resolve("a_plus_a_bug.py"), StandardCharsets.UTF_8);
    }

    /** The lecture's a + a bug in the learner's class: expected 2.0 by central differences, the class says 1.0. */
    @Test
    void findsTheAPlusABug() throws IOException {
        String src = bug().substring(0, bug().indexOf("# %%\n# the same bug")); // the user-class part
        Check.Result r = Check.gradients(src, Limits.DEFAULT, 20);
        assertNull(r.error());
        assertEquals(1, r.rows().size());
        Check.Row a = r.rows().get(0);
        assertEquals("a", a.label());
        assertEquals(1.0, a.grad());
        assertEquals(2.0, a.expected(), 1e-6);
        assertFalse(a.ok());
        assertTrue(a.hint().startsWith("grads must accumulate: `+=`"), a.hint());
        assertFalse(r.ok());
    }

    /** The same bug made with the built-in Value whose _backward the learner replaced. */
    @Test
    void findsTheBugWithBuiltInValue() {
        String src = "c = Value(3.0, label='c')\nd = c + c\ndef wrong():\n    c.grad = 1.0 * d.grad\n"
                + "d._backward = wrong\nd.backward()\ndraw_dot(d)\n";
        Check.Result r = Check.gradients(src, Limits.DEFAULT, 20);
        assertEquals("c", r.rows().get(0).label());
        assertEquals(1, r.rows().get(0).line());
        assertEquals(2.0, r.rows().get(0).expected(), 1e-6);
        assertFalse(r.rows().get(0).ok());
    }

    /** A correct class passes: every leaf of the lecture's neuron matches its central difference. */
    @Test
    void correctClassPasses() throws IOException {
        String src = NodesTest.ownValue();
        src = src.substring(0, src.indexOf("# %%\n# the manual cells")) + "# %%\ndraw_dot(o)\n";
        Check.Result r = Check.gradients(src, Limits.DEFAULT, 20);
        assertNull(r.error());
        assertEquals(8, r.rows().size()); // x1 x2 w1 w2 b, and the constants 2, 1, 1 the class wraps in Values
        for (Check.Row row : r.rows()) {
            assertTrue(row.ok(), row.toString());
        }
        assertEquals("x1", r.rows().get(0).label());
        assertEquals(-1.5, r.rows().get(0).expected(), 1e-6);
    }

    @Test
    void nudgeChangesOneLeaf() {
        String src = "a = Value(2.0)\nb = Value(5.0)\nc = a * b\nprint(c.data)\n";
        assertEquals("10.5\n", Check.nudge(src, Limits.DEFAULT, -1, 0.1).text().replace("10.500000000000002", "10.5"));
        assertEquals("12.0\n", Check.nudge(src, Limits.DEFAULT, -2, 1.0).text());
    }
}
