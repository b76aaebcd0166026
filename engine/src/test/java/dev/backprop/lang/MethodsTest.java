package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MethodsTest {
    /**
     * programs/str_chars.py: str.isalpha/isdigit/.../upper/lower/title/strip/split and identifiers on ASCII and
     * non-ASCII text, exactly CPython's output (the character questions go through engine.Chars).
     */
    @Test
    void strMethodsOnUnicodeTextAsCPython() {
        assertNull(Expected.exactly("str_chars"));
    }

    /** programs/lib_str_methods.py: the str methods of issue 14 (split/rsplit, partition, find ranges, translate, ...), dict/set/int/float methods, built-in types as namespaces and the errors, character for character as CPython 3.11. */
    @Test
    void strDictSetAndNumberMethodsAsCPython() {
        assertNull(Expected.exactly("lib_str_methods"));
    }

    /** programs/lib_format.py: '%' with one object, str.format fields/specs/errors, f-strings, exactly as CPython 3.11. */
    @Test
    void percentAndFormatAsCPython() {
        assertNull(Expected.exactly("lib_format"));
    }
}
