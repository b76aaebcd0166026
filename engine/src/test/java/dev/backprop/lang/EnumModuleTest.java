package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EnumModuleTest {
    /** programs/lib_enum.py: members, lookup, iteration, aliases, auto, IntEnum; its .out is CPython 3.11's output. */
    @Test
    void enumsPrintCPythonsText() {
        assertNull(Expected.exactly("lib_enum"));
    }

    @Test
    void anUnknownValueIsCPythonsValueError() {
        Run r = ProgramTest.runBig("from enum import Enum\nclass C(Enum):\n    A = 1\nprint(C(1).name)\nC(5)\n");
        assertEquals("A\n", r.text());
        assertEquals("ValueError", r.error().kind());
        assertEquals("5 is not a valid C", r.error().message());
    }
}
