package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ModulesTest {
    /**
     * programs/lang_iter_dir.py: the iteration protocol of user classes (iter/next/reversed/in), len/bool checks,
     * dir() of instances and classes, sys.version_info/maxsize/argv/platform; its .out is CPython 3.11's output.
     */
    @Test
    void protocolsDirAndSysPrintCPythonsText() {
        assertNull(Expected.exactly("lang_iter_dir"));
    }

    @Test
    void versionInfoComparesAsATupleAndHasNamedFields() {
        Run r = ProgramTest.runBig("import sys\nprint(sys.version_info >= (3, 8), sys.version_info.minor, sys.version_info[:3])\n");
        assertNull(r.error());
        assertEquals("True 11 (3, 11, 7)\n", r.text());
    }
}
