package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldsTest {
    @Test
    void objectsSettingTheSameNamesInOrderShareAShape() {
        Fields.Shape root = new Fields.Shape();
        Fields a = new Fields(root);
        Fields b = new Fields(root);
        a.put("x", 1L);
        a.put("y", 2L);
        b.put("x", 3L);
        b.put("y", 4L);
        assertSame(a.shape, b.shape);
        Fields c = new Fields(root);
        c.put("y", 5L);
        c.put("x", 6L);
        assertNotSame(a.shape, c.shape);
        assertEquals(List.of("y", "x"), List.copyOf(c.keySet()));
        assertEquals(4L, b.get("y"));
        assertEquals(1, a.slotOf("y"));
    }

    @Test
    void aCacheEntryKeepsTheStepThatAddsAName() {
        Fields.Shape root = new Fields.Shape();
        Fields a = new Fields(root);
        a.put("x", 1L);
        Fields.Hit h = Fields.Hit.add(null, a.shape, a.slotOf("x"), root, 7, null);
        Fields b = new Fields(root);
        b.grow(h.shape, h.slot, 2L); // what a store site does for an object in the entry's "from" shape
        assertSame(a.shape, b.shape);
        assertEquals(2L, b.get("x"));
        Fields.Hit two = Fields.Hit.add(h, new Fields.Shape(), 0, null, 7, null);
        assertSame(h.shape, two.next.shape);
        assertNull(Fields.Hit.add(two, root, 0, null, 8, null).next); // another epoch: older entries dropped
    }

    @Test
    void removalAndManyNamesKeepDictOrder() {
        Fields a = new Fields(new Fields.Shape());
        for (int i = 0; i < Fields.MAX + 5; i++) {
            a.put("a" + i, (long) i);
        }
        assertNull(a.shape); // past MAX names: a map of its own
        assertEquals(Fields.MAX + 5, a.size());
        Fields b = new Fields(new Fields.Shape());
        b.put("x", 1L);
        b.put("y", 2L);
        assertEquals(1L, b.remove("x"));
        b.put("x", 3L);
        assertEquals(List.of("y", "x"), List.copyOf(b.keySet()));
        assertFalse(b.containsKey("z"));
        b.entrySet().removeIf(e -> e.getKey().equals("y"));
        assertEquals(List.of("x"), List.copyOf(b.keySet()));
        b.clear();
        assertTrue(b.isEmpty());
    }

    @Test
    void theLectureValueTestIsKeptPerShape() {
        Fields.Shape root = new Fields.Shape();
        Fields a = new Fields(root);
        a.put("data", 1.0);
        assertFalse(a.shape.like());
        a.put("_prev", 0L);
        assertTrue(a.shape.like());
    }
}
