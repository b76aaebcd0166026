package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WalrusTest {
    /** programs/lang_walrus.py: := in if/while/comprehensions/f-strings. */
    @Test
    void walrusProgramPrintsCPythonsOutput() {
        assertNull(Expected.exactly("lang_walrus"));
    }

    /** A comprehension's := binds in the function around it (expected: CPython 3.11's output). */
    @Test
    void aComprehensionBindsInTheEnclosingScope() {
        String src = "def f(xs):\n    if (n := len(xs)) > 2:\n        print('long', n)\n    ys = [z for x in xs if (z := x * 2) > 2]\n    return ys, z\nprint(f([1, 2, 3]))\nprint([t := 0, t := t + 1, t])\nwhile (k := t) < 3:\n    t += 1\nprint(k)\n";
        assertEquals("long 3\n([4, 6], 6)\n[0, 1, 1]\n3\n", ProgramTest.runBig(src).text());
    }

    @Test
    void walrusWhereCPythonRefusesItIsASyntaxError() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse("x := 1\n", false));
        assertEquals("invalid syntax", e.getMessage());
        e = assertThrows(PySyntaxError.class, () -> Parser.parse("class C:\n    xs = [x for x in 'ab' if (y := x)]\n", false));
        assertEquals("assignment expression within a comprehension cannot be used in a class body", e.getMessage());
    }
}
