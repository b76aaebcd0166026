package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PyTest {
    /**
     * programs/lang_keys.py: user objects with __eq__/__hash__, namedtuples and frozensets as dict and set keys,
     * __hash__ = None and __eq__ alone making a class unhashable, 1/1.0/True as one key, hash() of numbers;
     * its .out is CPython 3.11's output.
     */
    @Test
    void objectsAndFrozensetsAreKeysByValue() {
        assertNull(Expected.exactly("lang_keys"));
    }

    @Test
    void anObjectKeyIsFoundByEqualityNotIdentity() {
        Run r = ProgramTest.runBig("class K:\n    def __init__(s, v): s.v = v\n"
                + "    def __eq__(s, o): return s.v == o.v\n    def __hash__(s): return hash(s.v)\n"
                + "d = {K(1): 'one'}\nprint(d[K(1)], K(2) in d)\n");
        assertNull(r.error());
        assertEquals("one False\n", r.text());
    }

    @Test
    void anErrorInsideHashOrEqReachesTheProgram() {
        Run r = ProgramTest.runBig("class K:\n    def __eq__(s, o): raise ValueError('no eq')\n"
                + "    def __hash__(s): return 1\nd = {K(): 1}\nd[K()]\n");
        assertEquals("ValueError", r.error().kind());
        assertEquals("no eq", r.error().message());
    }
}
