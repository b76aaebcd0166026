package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ItertoolsTest {
    /**
     * programs/lib_itertools.py: every itertools function (endless ones read lazily through islice, next and
     * break), functools (reduce, partial, lru_cache, cache, cmp_to_key), operator and string, with their
     * errors, character for character as CPython 3.11.
     */
    @Test
    void itertoolsFunctoolsOperatorAsCPython() {
        assertNull(Expected.exactly("lib_itertools"));
    }
}
