package dev.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PyMath against correctly rounded values (60-digit decimals, pymath_cases.py) and CPython's libm. */
class PyMathTest {

    @Test
    void correctlyRoundedAndAlmostAlwaysLibm() throws IOException {
        List<String> bad = new ArrayList<>();
        int n = 0;
        int libmDiffers = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PyMathTest.class.getResourceAsStream("pymath_cases.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(" ");
                double x = Double.longBitsToDouble(Long.parseUnsignedLong(f[1], 16));
                long want = Long.parseUnsignedLong(f[2], 16);
                double got = f[0].equals("log") ? PyMath.log(x) : f[0].equals("sin") ? PyMath.sin(x) : PyMath.cos(x);
                n++;
                if (Double.doubleToRawLongBits(got) != want) {
                    bad.add(f[0] + "(" + Num.repr(x) + "): expected " + Num.repr(Double.longBitsToDouble(want))
                            + " but was " + Num.repr(got));
                }
                if (!f[2].equals(f[3])) {
                    libmDiffers++;
                }
            }
        }
        assertTrue(n > 9000, "cases: " + n);
        assertTrue(bad.isEmpty(), bad.size() + " of " + n + " not correctly rounded, e.g.\n"
                + String.join("\n", bad.subList(0, Math.min(20, bad.size()))));
        assertTrue(libmDiffers < n / 100, "libm differs in " + libmDiffers);
    }

    @Test
    void specialValues() {
        assertEquals(Double.NEGATIVE_INFINITY, PyMath.log(0.0));
        assertTrue(Double.isNaN(PyMath.log(-1.0)));
        assertEquals(Double.POSITIVE_INFINITY, PyMath.log(Double.POSITIVE_INFINITY));
        assertEquals(0.0, PyMath.log(1.0));
        assertTrue(Double.isNaN(PyMath.sin(Double.POSITIVE_INFINITY)));
        assertTrue(Double.isNaN(PyMath.cos(Double.NaN)));
        assertEquals(-0.0, PyMath.sin(-0.0));
        assertEquals(1.0, PyMath.cos(0.0));
    }
}
