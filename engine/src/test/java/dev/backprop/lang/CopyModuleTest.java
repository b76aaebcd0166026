package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CopyModuleTest {
    /**
     * programs/lib_copy_ordering.py: copy/deepcopy (shared and cyclic parts, objects as keys, __deepcopy__),
     * functools.total_ordering and operators of user classes; its .out is CPython 3.11's output.
     */
    @Test
    void copiesAndOrderingPrintCPythonsText() {
        assertNull(Expected.exactly("lib_copy_ordering"));
    }

    /** CPython itself stops at its recursion limit here; the explicit stack copies any depth. */
    @Test
    void deepcopyOfADeepChainNeedsNoJavaStack() {
        Run r = ProgramTest.runBig("import copy\nd = None\nfor i in range(100000):\n    d = [i, d]\n"
                + "c = copy.deepcopy(d)\nn = 0\nwhile c is not None:\n    n += 1\n    c = c[1]\nprint(n, d[0])\n");
        assertNull(r.error());
        assertEquals("100000 99999\n", r.text());
    }
}
