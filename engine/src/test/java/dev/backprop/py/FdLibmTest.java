package dev.backprop.py;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FdLibmTest {

    private static void same(double expected, double got, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(got),
                what + ": expected " + expected + ", got " + got);
    }

    @Test
    void tanhAndExpm1AreStrictMathsBitForBit() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double x;
            switch (i % 4) {
                case 0: x = (r.nextDouble() - 0.5) * 4; break;
                case 1: x = (r.nextDouble() - 0.5) * 60; break;
                case 2: x = Math.scalb(r.nextDouble() - 0.5, r.nextInt(-80, 12)); break;
                default: x = (r.nextDouble() - 0.5) * 1500;
            }
            same(StrictMath.tanh(x), FdLibm.tanh(x), "tanh(" + x + ")");
            same(StrictMath.expm1(x), FdLibm.expm1(x), "expm1(" + x + ")");
        }
    }

    @Test
    void edges() {
        double[] xs = {0.0, -0.0, Double.MIN_VALUE, 0x1p-55, 0x1p-54, 0x1p-28, 0.5 * Math.log(2), 1.5 * Math.log(2),
            1.0, -1.0, 22.0, -22.0, Math.nextDown(22.0), 56 * Math.log(2), 709.78, 709.7827128933841, 710,
            1000, -1000, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NaN};
        for (double x : xs) {
            same(StrictMath.tanh(x), FdLibm.tanh(x), "tanh(" + x + ")");
            same(StrictMath.expm1(x), FdLibm.expm1(x), "expm1(" + x + ")");
        }
        assertEquals(1.0, FdLibm.tanh(1000));
        assertEquals(-1.0, FdLibm.tanh(Double.NEGATIVE_INFINITY));
        assertEquals(1e-10, FdLibm.tanh(1e-10));
        assertEquals(Double.POSITIVE_INFINITY, FdLibm.expm1(1000));
        assertEquals(-1.0, FdLibm.expm1(-1000));
    }

    @Test
    void twoPowIsExact() {
        for (int k = -1074; k <= 1023; k++) {
            assertEquals(Math.scalb(1.0, k), FdLibm.twoPow(k), "2^" + k);
        }
    }
}
