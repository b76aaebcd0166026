package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AbcModuleTest {
    /** programs/lib_abc.py: ABC and abstractmethod, abstract properties; its .out is CPython 3.11's output. */
    @Test
    void abstractClassesPrintCPythonsText() {
        assertNull(Expected.exactly("lib_abc"));
    }

    @Test
    void aConcreteSubclassIsMadeAndAnAbstractOneRefused() {
        Run r = ProgramTest.runBig("from abc import ABC, abstractmethod\nclass S(ABC):\n    @abstractmethod\n    def f(self): pass\n"
                + "class T(S):\n    def f(self): return 7\nprint(T().f())\nS()\n");
        assertEquals("7\n", r.text());
        assertEquals("TypeError", r.error().kind());
        assertEquals("Can't instantiate abstract class S with abstract method f", r.error().message());
    }
}
