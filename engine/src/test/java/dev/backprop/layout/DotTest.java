package dev.backprop.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.engine.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class DotTest {
    @Test
    void lectureStyleRecords() {
        Value a = new Value(2.0, "a");
        Value b = new Value(-3.0, "b");
        Value c = a.mul(b);
        c.setLabel("c");
        String dot = Dot.of(GraphView.of(List.of(c)), Layered.Direction.LR);
        assertTrue(dot.startsWith("digraph {\n  graph [rankdir=LR];\n"), dot);
        assertTrue(dot.contains("\"v" + a.id() + "\" [label=\"{ a | data 2.0000 | grad 0.0000 }\", shape=record];"), dot);
        assertTrue(dot.contains("\"v" + c.id() + "op\" [label=\"*\"];"), dot);
        assertTrue(dot.contains("\"v" + a.id() + "\" -> \"v" + c.id() + "op\";"), dot);
        assertTrue(dot.contains("\"v" + c.id() + "op\" -> \"v" + c.id() + "\";"), dot);
        assertTrue(dot.endsWith("}\n"));
    }

    @Test
    void labelsCannotBreakOut() {
        assertEquals("\\{x\\|y\\} \\<b\\> \\\"q\\\" \\\\", Dot.record("{x|y} <b> \"q\" \\"));
        assertEquals("a\\\"b  c", Dot.quoted("a\"b\n c"));
    }
}
