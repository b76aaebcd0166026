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

    /**
     * programs/lib_builtins.py: hex/bin/oct/ascii, min/max with key and default, iter(f, sentinel), zip(strict=),
     * sorted with NaN and with a __lt__ that prints (CPython's listsort: same calls, same order), int(s, base)
     * with prefixes, and their errors, character for character as CPython 3.11.
     */
    @Test
    void builtinsOfIssue14AsCPython() {
        assertNull(Expected.exactly("lib_builtins"));
    }
}
