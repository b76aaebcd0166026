package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MathModuleTest {
    /**
     * programs/num_math.py: math.exp/log/pow/sin/cos and float ** on about 1,300 inputs, every result's
     * repr (so every bit) and every error (domain, range, ZeroDivisionError, special values) as CPython 3.11.
     */
    @Test
    void mathFunctionsAndPowerExactlyAsCPython() {
        assertNull(Expected.exactly("num_math"));
    }

    @Test
    void cbrtAndLog2PrintGlibcsBits() {
        Run r = ProgramTest.runBig("import math\nprint(math.cbrt(27), math.log2(10), math.cbrt(-1e-310), math.log2(3),"
                + " math.log2(1e-320), math.cbrt(0.001), math.log2(1.0000001))\n");
        assertNull(r.error());
        // CPython 3.11 on glibc 2.36
        assertEquals("3.0000000000000004 3.321928094887362 -4.641588833612775e-104 1.584962500721156 -1063.0170064253057"
                + " 0.1 1.4426949695965583e-07\n", r.text());
    }
}
