package dev.backprop.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.engine.Value;
import dev.backprop.lang.Program;
import dev.backprop.lang.Run;
import org.junit.jupiter.api.Test;

class CallGroupsTest {

    @Test
    void valuesAreGroupedByTheCallThatCreatedThemNestedInTheirCaller() {
        Run run = Program.run("def inner(x):\n    return x * 2\n"
                + "def outer(x):\n    return inner(x) + 1\n"
                + "a = Value(3.0, label='a')\nb = outer(a)\n");
        assertTrue(run.ok(), String.valueOf(run.error()));
        CallGroups groups = new CallGroups(run);
        Value b = run.drawn().get(0);            // outer's +, made in outer
        Value product = b.children().get(0);     // inner's *, made in inner
        Value a = product.children().get(0);     // module level
        assertEquals(-1, groups.groupOf(a));
        int outer = groups.groupOf(b);
        int inner = groups.groupOf(product);
        assertNotEquals(-1, outer);
        assertNotEquals(outer, inner);
        assertEquals(outer, groups.parentOf(inner));
        assertEquals(-1, groups.parentOf(outer));
        assertEquals("outer (line 6)", groups.name(outer));
        assertEquals("inner (line 4)", groups.name(inner));
        assertEquals(-1, groups.parentOf(99));
    }
}
