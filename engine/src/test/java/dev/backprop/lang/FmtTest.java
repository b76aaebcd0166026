package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FmtTest {
    private static String run(String expr) {
        Run r = Program.run("print(" + expr + ")\n");
        return r.error() != null ? r.error().kind() + ": " + r.error().message() : r.text().trim();
    }

    @Test
    void specParsing() {
        Fmt.Spec s = Fmt.parse("*^+#010,.3f");
        assertEquals('*', s.fill);
        assertEquals('^', s.align);
        assertEquals('+', s.sign);
        assertEquals(true, s.alt);
        assertEquals(true, s.zero);
        assertEquals(10, s.width);
        assertEquals(',', s.grouping);
        assertEquals(3, s.precision);
        assertEquals('f', s.type);
        assertNull(Fmt.parse(".f"));
        assertNull(Fmt.parse("10x3"));
    }

    // expected strings are what CPython 3.11 prints for the same expressions
    @Test
    void formatSpecsAsCPython() {
        assertEquals("3.1416|      2.50|abc  |  abc|-1.000000e+00", run("f'{3.14159265:.4f}|{2.5:10.2f}|{\"abc\":<5}|{\"abc\":>5}|{-1.0:e}'"));
        assertEquals("00042|+7|0x1f|1,234,567|50.0%", run("f'{42:05d}|{7:+d}|{31:#x}|{1234567:,}|{0.5:.1%}'"));
        assertEquals("ValueError: Unknown format code 'd' for object of type 'float'", run("f'{2.5:d}'"));
        assertEquals("TypeError: unsupported format string passed to Value.__format__", run("f'{Value(1.0):.2f}'"));
        assertEquals("Value(data=1.0)|   ab", run("f'{Value(1.0)}|{\"ab\":>5s}'"));
    }

    @Test
    void percentFormattingAsCPython() {
        assertEquals("3.1416   2.2 7 hi 'hi' % -5 |x", run("'%.4f %5.1f %d %s %r %% %-3d|%s' % (3.14159265, 2.25, 7.9, 'hi', 'hi', -5, 'x')"));
        assertEquals("{ a | data 2.0000 | grad -3.0000 }", run("'{ %s | data %.4f | grad %.4f }' % ('a', 2.0, -3.0)"));
        assertEquals("TypeError: not enough arguments for format string", run("'%s %s' % ('a',)"));
        assertEquals("TypeError: not all arguments converted during string formatting", run("'%s' % ('a', 'b')"));
        assertEquals("007|1.50e+03|0.0001", run("'%03d|%.2e|%g' % (7, 1500, 0.0001)"));
    }

    /** programs/num_format.py: about 2,000 format()/f-string/%-formatting cases, exactly CPython's text. */
    @Test
    void numberFormattingExactlyAsCPython() {
        assertNull(Expected.exactly("num_format"));
    }
}
