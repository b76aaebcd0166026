package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MathMoreTest {
    /**
     * programs/lib_math_more.py: gamma and lgamma on 24 inputs (both signs, tiny, huge, near the poles), comb,
     * perm, isqrt, lcm, gcd, fmod, remainder, modf, frexp, ldexp, nextafter, ulp, dist, asinh, acosh, atanh and
     * 21 error cases: every repr (so every bit) and message as CPython 3.11.
     */
    @Test
    void functionsExactlyAsCPython() {
        assertNull(Expected.exactly("lib_math_more"));
    }
}
