package dev.backprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backprop.engine.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SgdTest {

    @Test
    void updateIsDataMinusLrTimesGradWithTheScheduleOfStepK() {
        Value a = new Value(1.0);
        Value b = new Value(-2.0);
        List<Integer> asked = new ArrayList<>();
        Sgd sgd = new Sgd(List.of(a, b), k -> {
            asked.add(k);
            return 0.5 / (k + 1);
        });
        a.setGrad(2.0);
        b.setGrad(-4.0);
        sgd.step();
        assertEquals(0.0, a.data());   // 1 - 0.5*2
        assertEquals(0.0, b.data());   // -2 - 0.5*-4
        sgd.step();
        assertEquals(-0.5, a.data());  // 0 - 0.25*2
        assertEquals(1.0, b.data());
        assertEquals(List.of(0, 1), asked);
        assertEquals(2, sgd.steps());
        sgd.reset();
        assertEquals(0, sgd.steps());
        sgd.setSteps(9);
        a.setData(0);
        sgd.step();
        assertEquals(-0.05 * 2.0, a.data(), 1e-17); // lr of k = 9: 0.5/10
        assertEquals(List.of(0, 1, 9), asked);
    }

    @Test
    void micrograds() {
        Value p = new Value(1.0);
        Sgd sgd = new Sgd(List.of(p), Schedule.micrograd());
        p.setGrad(1.0);
        for (int k = 0; k < 3; k++) {
            sgd.step();
        }
        assertEquals(1.0 - 1.0 - (1.0 - 0.9 * 1 / 100) - (1.0 - 0.9 * 2 / 100), p.data(), 1e-15);
        Value q = new Value(3.0);
        q.setGrad(-1);
        new Sgd(List.of(q), 0.1).step();
        assertEquals(3.1, q.data(), 1e-15);
    }
}
