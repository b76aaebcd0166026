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
        s.back();
        assertEquals(1, s.done());
        assertEquals(-6.0, a.grad());
        while (s.next() != null) {
            assertTrue(s.done() <= 4);
        }
        assertEquals(-12.0, a.grad()); // d = a^2 b: 2ab
        assertEquals(4.0, root.children().get(0).data() * 2);
    }
}
