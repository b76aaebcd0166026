package dev.backprop.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backprop.engine.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdamTest {

    /**
     * lr 0.1, betas 0.9/0.999, eps 1e-8, p = 1, grads 0.5, -1, 0.25. By hand:
     * t=1: m = 0.05, v = 0.00025, mhat = 0.5, vhat = 0.25, p = 1 - 0.1*0.5/(0.5 + 1e-8) = 0.900000002;
     * t=2: m = 0.045 - 0.1 = -0.055, v = 0.00024975 + 0.001 = 0.00124975, mhat = -0.055/0.19,
     *      vhat = 0.00124975/0.001999, p = 0.900000002 + 0.1*0.2894736842/0.7906880 = 0.93661035424;
     * t=3: m = -0.0495 + 0.025 = -0.0245, v = 0.00124850025 + 0.0000625 = 0.00131100025, p = 0.95027942034.
     */
    @Test
    void stepsMatchHandComputedValues() {
        Value p = new Value(1.0);
        Adam adam = new Adam(List.of(p), 0.1);
        double[] grads = {0.5, -1.0, 0.25};
        double[] expectedP = {0.900000002, 0.9366103542405654, 0.9502794203389762};
        double[] expectedM = {0.05, -0.055, -0.0245};
        double[] expectedV = {0.00025, 0.00124975, 0.00131100025};
        for (int t = 0; t < 3; t++) {
            p.setGrad(grads[t]);
            adam.step();
            assertEquals(expectedP[t], p.data(), 1e-15, "step " + (t + 1));
            assertEquals(expectedM[t], adam.firstMoments()[0], 1e-16);
            assertEquals(expectedV[t], adam.secondMoments()[0], 1e-17);
        }
        assertEquals(3, adam.steps());
    }

    @Test
    void firstStepMovesEachParameterByAboutLrAgainstItsGradientsSign() {
        Value a = new Value(0.0);
        Value b = new Value(0.0);
        Value c = new Value(0.0);
        Adam adam = new Adam(List.of(a, b, c), 0.01);
        a.setGrad(1000);
        b.setGrad(-0.001);
        c.setGrad(0);
        adam.step();
        assertEquals(-0.01, a.data(), 1e-12);
        assertEquals(0.01, b.data(), 1e-7);
        assertEquals(0.0, c.data());
    }

    @Test
    void aRestoredStateContinuesExactlyLikeTheOriginal() {
        Value a = new Value(1.0);
        Value b = new Value(1.0);
        Adam one = new Adam(List.of(a), 0.1);
        for (int i = 0; i < 5; i++) {
            a.setGrad(Math.sin(i));
            one.step();
        }
        b.setData(a.data());
        Adam two = new Adam(List.of(b), 0.1);
        two.restore(one.steps(), one.firstMoments(), one.secondMoments());
        for (int i = 5; i < 9; i++) {
            a.setGrad(Math.sin(i));
            b.setGrad(Math.sin(i));
            one.step();
            two.step();
            assertEquals(a.data(), b.data());
        }
        assertThrows(IllegalArgumentException.class, () -> two.restore(1, new double[2], new double[1]));
    }

    @Test
    void minimisesAQuadraticAndResetForgets() {
        Value x = new Value(5.0);
        Adam adam = new Adam(List.of(x), Schedule.constant(0.1), 0.9, 0.999, 1e-8);
        for (int i = 0; i < 500; i++) {
            Value loss = x.sub(2).pow(2);
            x.setGrad(0);
            loss.backward();
            adam.step();
        }
        assertEquals(2.0, x.data(), 1e-3);
        adam.reset();
        assertEquals(0, adam.steps());
        assertArrayEquals(new double[] {0}, adam.firstMoments());
        assertArrayEquals(new double[] {0}, adam.secondMoments());
        assertThrows(IllegalArgumentException.class, () -> new Adam(List.of(x), Schedule.constant(0.1), 1.0, 0.999, 1e-8));
    }
}
