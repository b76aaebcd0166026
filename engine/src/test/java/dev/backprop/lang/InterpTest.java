package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class InterpTest {
    /**
     * programs/lang_protocols.py: __iter__/__next__ and __getitem__ iteration, __len__/__bool__ results checked,
     * unpacking messages, text outside the BMP by code point, Ellipsis, Value(True), containers changed while
     * iterated; character for character CPython's.
     */
    @Test
    void protocolsAndChecksPrintCPythonsText() {
        assertNull(Expected.exactly("lang_protocols"));
    }

    /** programs/lang_exc_args.py: e.args, repr(KeyError('k')), StopIteration(), ValueError('a', 2). */
    @Test
    void exceptionArgsAndReprsAreCPythons() {
        assertNull(Expected.exactly("lang_exc_args"));
    }

    @Test
    void aStopIterationInsideNextEndsTheLoopButOtherErrorsPropagate() {
        Run r = ProgramTest.runBig("class I:\n    def __iter__(self):\n        return self\n    def __next__(self):\n"
                + "        raise KeyError('k')\nfor x in I():\n    pass\n");
        assertEquals("KeyError", r.error().kind());
        assertEquals(5, r.error().line());
    }
}
