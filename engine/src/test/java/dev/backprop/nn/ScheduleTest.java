package dev.backprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void microgradIsTheDemoFormula() {
        Schedule s = Schedule.micrograd();
        assertEquals(1.0, s.lr(0));
        assertEquals(0.55, s.lr(50), 1e-15);
        assertEquals(1.0 - 0.9 * 99 / 100, s.lr(99));
        assertEquals(0.109, s.lr(99), 1e-15);
    }

    @Test
    void decayEqualsMicrogradBitForBitThenStaysAtATenth() {
        Schedule d = Schedule.decay(1.0, 100);
        for (int k = 0; k < 100; k++) {
            assertEquals(Schedule.micrograd().lr(k), d.lr(k), "k=" + k);
        }
        assertEquals(0.1, d.lr(100));
        assertEquals(0.1, d.lr(100000));
        assertEquals(0.05, Schedule.decay(0.5, 10).lr(20), 1e-15);
        assertEquals(0.5 * (1 - 0.9 * 5 / 10), Schedule.decay(0.5, 10).lr(5), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Schedule.decay(1, 0));
        assertEquals(0.3, Schedule.constant(0.3).lr(12345));
    }
}
