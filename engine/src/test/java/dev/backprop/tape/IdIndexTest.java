package dev.backprop.tape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backprop.engine.Value;
import org.junit.jupiter.api.Test;

class IdIndexTest {

    @Test
    void mapsByIdentityAndGrows() {
        IdIndex m = new IdIndex(4);
        Value[] vs = new Value[10_000];
        for (int i = 0; i < vs.length; i++) {
            vs[i] = new Value(i);
            m.put(vs[i], i * 3);
        }
        for (int i = 0; i < vs.length; i++) {
            assertEquals(i * 3, m.get(vs[i]));
        }
        m.put(vs[7], 1);
        assertEquals(1, m.get(vs[7]), "put replaces");
        assertEquals(-1, m.get(new Value(7)), "another Value with the same data is another key");
    }
}
