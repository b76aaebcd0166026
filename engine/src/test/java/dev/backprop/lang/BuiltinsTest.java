package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BuiltinsTest {
    /**
     * programs/num_parse_round.py: float literals and float('...') (correct rounding, CPython's ValueError
     * text), round() of floats and ints (half to even, negative digits, OverflowError), int / int with
     * 64-bit operands, and int-valued floats past 2^63, exactly as CPython 3.11 prints them.
     */
    @Test
    void parsingRoundingAndIntDivisionExactlyAsCPython() {
        assertNull(Expected.exactly("num_parse_round"));
    }

    /** programs/lib_hash.py: hash() of ints, floats (subnormal, huge, inf) and nested tuples equals CPython 3.11's. */
    @Test
    void hashOfNumbersAndTuplesAsCPython() {
        assertNull(Expected.exactly("lib_hash"));
    }
}
