package dev.backprop.py;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * vector_norm with more than two coordinates and its subnormal fallback (LibmTest covers two-argument
 * hypot, sinh and cosh on 1,000,000 inputs each): values from CPython 3.11's math.hypot.
 */
class HyperTest {
    private static double hypot(double... v) {
        double[] a = new double[v.length];
        double max = 0;
        boolean nan = false;
        for (int i = 0; i < v.length; i++) {
            a[i] = Math.abs(v[i]);
            nan |= a[i] != a[i];
            max = a[i] > max ? a[i] : max;
        }
        return Hyper.norm(a, max, nan);
    }

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    @Test
    void normIsCPythonsVectorNorm() {
        assertEquals(0x400deeea11683f49L, bits(hypot(1.0, 2.0, 3.0)));
        assertEquals(0x1L, bits(hypot(5e-324, 5e-324)));                   // max_e < -1023: divides by max
        assertEquals(0x44e0ba479dcbL, bits(hypot(1e-310, 3e-310, 2e-310)));
        assertEquals(0x7feed4df0150215aL, bits(hypot(1e308, 1e308, 1e308)));  // no overflow on the way
        assertEquals(85.0, hypot(3.0, 4.0, 12.0, 84.0));
        assertEquals(0x3fe7bb598c88b4adL, bits(hypot(0.1, 0.2, 0.3, 0.4, 0.5)));
        assertEquals(7.5, hypot(-7.5));
        assertEquals(0.0, hypot());
        assertEquals(Double.POSITIVE_INFINITY, hypot(Double.POSITIVE_INFINITY, Double.NaN));
        assertTrue(Double.isNaN(hypot(Double.NaN, 1.0)));
        assertEquals(0x4055400000000000L, bits(Hyper.hypot(-51.0, 68.0)));
    }
}
