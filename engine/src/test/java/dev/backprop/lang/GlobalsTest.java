package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlobalsTest {
    @Test
    void aCellStaysWhileTheNameIsBoundAndDiesWithIt() {
        Globals g = new Globals();
        g.put("a", 1L);
        Globals.Cell c = g.cell("a");
        g.put("a", 2L);
        assertSame(c, g.cell("a"));
        assertEquals(2L, c.v);
        int v = g.version;
        g.put("a", 3L);
        assertEquals(v, g.version); // rebinding is not a new name
        assertEquals(3L, g.remove("a"));
        assertTrue(c.dead);
        assertNull(c.v);
        g.put("a", 4L);
        assertTrue(g.version > v);
        assertEquals(4L, g.get("a"));
    }

    @Test
    void orderIsInsertionOrderAndIterationRemoves() {
        Globals g = new Globals();
        g.put("x", 1L);
        g.put("y", 2L);
        g.remove("x");
        g.put("x", 3L);
        assertEquals(List.of("y", "x"), List.copyOf(g.keySet()));
        Globals.Cell y = g.cell("y");
        g.entrySet().removeIf(e -> e.getKey().equals("y"));
        assertTrue(y.dead);
        assertEquals(1, g.size());
    }
}
