package dev.backprop.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backprop.lang.Program;
import dev.backprop.lang.Run;
import dev.backprop.py.Num;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureTest {

    @Test
    void eachFeatureIsItsFormula() {
        double x1 = 1.25;
        double x2 = -0.75;
        assertEquals(x1, Feature.X1.of(x1, x2));
        assertEquals(x2, Feature.X2.of(x1, x2));
        assertEquals(1.5625, Feature.X1SQ.of(x1, x2));
        assertEquals(0.5625, Feature.X2SQ.of(x1, x2));
        assertEquals(-0.9375, Feature.X1X2.of(x1, x2));
        assertEquals(Math.sin(x1), Feature.SIN1.of(x1, x2), 1e-16);
        assertEquals(Math.sin(x2), Feature.SIN2.of(x1, x2), 1e-16);
        assertArrayEquals(new double[] {x2, Feature.SIN1.of(x1, x2)},
                Feature.inputs(List.of(Feature.X2, Feature.SIN1), x1, x2));
    }

    /** The generated program's expressions give the same doubles in the playground's Python (math.sin is PyMath.sin). */
    @Test
    void codeComputesTheSameNumbers() {
        StringBuilder src = new StringBuilder("import math\nx1 = 0.7331\nx2 = -1.9\n");
        for (Feature f : Feature.values()) {
            src.append("print(repr(").append(f.code()).append("))\n");
        }
        Run run = Program.run(src.toString());
        for (int i = 0; i < Feature.values().length; i++) {
            assertEquals(Num.repr(Feature.values()[i].of(0.7331, -1.9)), run.output().get(i), Feature.values()[i].key());
        }
    }

    @Test
    void namesRoundTripAndUnknownNamesAreRejected() {
        for (Feature f : Feature.values()) {
            assertEquals(f, Feature.parse(f.key()));
        }
        assertEquals("sin(x1)", Feature.SIN1.key());
        assertEquals("x₁²", Feature.X1SQ.label());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Feature.parse("cos(x1)"));
        assertEquals("unknown feature 'cos(x1)': expected x1, x2, x1*x1, x2*x2, x1*x2, sin(x1) or sin(x2)", e.getMessage());
    }
}
