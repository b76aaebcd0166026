package dev.backprop.lang;

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
}
