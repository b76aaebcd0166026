package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WithTest {
    /** programs/lang_with.py: __enter__/__exit__, several items, swallowing, contextlib, with in generators. */
    @Test
    void withProgramPrintsCPythonsOutput() {
        assertNull(Expected.exactly("lang_with"));
    }

    /** __exit__ sees the exception, a true result swallows it, return/break run it too (expected: CPython 3.11's output). */
    @Test
    void exitSeesTheExceptionAndCanSwallowIt() {
        String src = "class CM:\n    def __init__(self, n, swallow=False):\n        self.n = n\n        self.swallow = swallow\n    def __enter__(self):\n        print('enter', self.n)\n        return self.n\n    def __exit__(self, t, v, tb):\n        print('exit', self.n, t and t.__name__, v)\n        return self.swallow\nwith CM(1) as a, CM(2) as b:\n    print(a + b)\nwith CM(3, True):\n    raise KeyError('gone')\ndef f():\n    for i in range(3):\n        with CM(i):\n            if i == 1:\n                return 'returned'\nprint(f())\ntry:\n    with CM(4):\n        1 / 0\nexcept ZeroDivisionError as e:\n    print('propagated', e)\n";
        assertEquals("enter 1\nenter 2\n3\nexit 2 None None\nexit 1 None None\nenter 3\nexit 3 KeyError 'gone'\nenter 0\nexit 0 None None\nenter 1\nexit 1 None None\nreturned\nenter 4\nexit 4 ZeroDivisionError division by zero\npropagated division by zero\n", ProgramTest.runBig(src).text());
    }

    /** contextlib.contextmanager over a generator, nullcontext, suppress (expected: CPython 3.11's output). */
    @Test
    void contextlibManagersWork() {
        String src = "from contextlib import contextmanager, nullcontext, suppress\n@contextmanager\ndef tag(n):\n    print('<' + n + '>')\n    try:\n        yield n * 2\n    except ValueError as e:\n        print('handled', e)\n    finally:\n        print('</' + n + '>')\nwith tag('a') as t:\n    print(t)\nwith tag('b'):\n    raise ValueError('v')\ntry:\n    with tag('c'):\n        raise KeyError('k')\nexcept KeyError as e:\n    print('out', repr(e))\nwith nullcontext(5) as n, suppress(IndexError):\n    print(n)\n    [][1]\nprint('end')\n";
        assertEquals("<a>\naa\n</a>\n<b>\nhandled v\n</b>\n<c>\n</c>\nout KeyError('k')\n5\nend\n", ProgramTest.runBig(src).text());
    }

    @Test
    void notAContextManagerFailsWithCPythonsMessage() {
        Run r = ProgramTest.runBig("with 5:\n    pass\n");
        assertEquals("'int' object does not support the context manager protocol", r.error().message());
        r = ProgramTest.runBig("class A:\n    def __enter__(self):\n        return 1\nwith A() as a:\n    pass\n");
        assertEquals("'A' object does not support the context manager protocol (missed __exit__ method)", r.error().message());
        assertEquals(4, r.error().line());
    }
}
