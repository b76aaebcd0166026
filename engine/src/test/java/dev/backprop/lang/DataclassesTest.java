package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DataclassesTest {
    /**
     * programs/lib_dataclasses.py: defaults, default_factory, __post_init__, frozen, order, eq/hash, inheritance,
     * asdict/astuple/replace/fields and the errors; its .out is CPython 3.11's output.
     */
    @Test
    void dataclassesPrintCPythonsText() {
        assertNull(Expected.exactly("lib_dataclasses"));
    }

    @Test
    void missingArgumentsNameTheGeneratedInit() {
        Run r = ProgramTest.runBig("from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\n    y: int = 0\nP()\n");
        assertEquals("TypeError", r.error().kind());
        assertEquals("P.__init__() missing 1 required positional argument: 'x'", r.error().message());
        assertEquals(6, r.error().line());
    }
}
