package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ExcsTest {
    /** programs/lang_exc_classes.py: user exception classes, Exception.__init__, raise from, chaining. */
    @Test
    void exceptionClassesProgramPrintsCPythonsOutput() {
        assertNull(Expected.exactly("lang_exc_classes"));
    }

    @Test
    void anUncaughtUserExceptionIsReportedWithItsClassAndStr() {
        Run r = ProgramTest.runBig("class AppError(Exception):\n    pass\nclass NotFound(AppError):\n    def __init__(self, what):\n        super().__init__(what + ' not found')\nraise NotFound('page')\n");
        assertEquals("NotFound", r.error().kind());
        assertEquals("page not found", r.error().message());
        assertEquals(6, r.error().line());
        assertEquals("line 6, col 1: NotFound: page not found", r.error().text().split("\n")[0]);
    }

    /** __context__ is the exception being handled, __cause__ the one after from (expected: CPython 3.11's output). */
    @Test
    void chainingKeepsContextAndCause() {
        String src = "try:\n    try:\n        {}['k']\n    except KeyError:\n        int('x')\nexcept ValueError as e:\n    print(repr(e.__context__), e.__cause__, e.__suppress_context__)\ntry:\n    raise ValueError('v') from KeyError('c')\nexcept ValueError as e:\n    print(repr(e.__cause__), e.__suppress_context__)\n";
        assertEquals("KeyError('k') None False\nKeyError('c') True\n", ProgramTest.runBig(src).text());
    }

    /** repr/str/args of user exceptions, and matching by the built-in hierarchy (expected: CPython 3.11's output). */
    @Test
    void userExceptionsShowAndMatchAsCPythons() {
        String src = "class E(LookupError):\n    pass\nclass K(KeyError):\n    pass\nprint(repr(E()), repr(E('a')), repr(E('a', 2)), str(E()), str(E('a')), str(E('a', 2)), str(K('k')), E('x').args)\nprint(isinstance(K(), LookupError), issubclass(K, KeyError), issubclass(E, ValueError))\ntry:\n    raise K('z')\nexcept LookupError as e:\n    print('caught', type(e).__name__, e)\n";
        assertEquals("E() E('a') E('a', 2)  a ('a', 2) 'k' ('x',)\nTrue True False\ncaught K 'z'\n", ProgramTest.runBig(src).text());
    }

    @Test
    void onlyExceptionsCanBeRaisedOrCauses() {
        Run r = ProgramTest.runBig("raise 5\n");
        assertEquals("exceptions must derive from BaseException", r.error().message());
        r = ProgramTest.runBig("raise ValueError('x') from 5\n");
        assertEquals("exception causes must derive from BaseException", r.error().message());
        r = ProgramTest.runBig("class C:\n    pass\ntry:\n    pass\nexcept C:\n    pass\nraise C()\n");
        assertEquals("TypeError", r.error().kind());
        assertEquals(7, r.error().line());
    }

    /** The OSError family, EOFError, UnicodeError, warnings: built-in bases too (expected: CPython 3.11's output). */
    @Test
    void moreBuiltInExceptionsCanBeRaisedAndSubclassed() {
        String src = "class Net(ConnectionError):\n    pass\ntry:\n    raise Net('down')\nexcept OSError as e:\n    print(type(e).__name__, e, isinstance(e, Exception))\nprint(issubclass(FileNotFoundError, OSError), issubclass(UnicodeError, ValueError), issubclass(UserWarning, Exception))\nfor t in (EOFError, TimeoutError, FloatingPointError, DeprecationWarning):\n    try:\n        raise t('x')\n    except Exception as e:\n        print(repr(e))\n";
        assertEquals("Net down True\nTrue True True\nEOFError('x')\nTimeoutError('x')\nFloatingPointError('x')\nDeprecationWarning('x')\n", ProgramTest.runBig(src).text());
    }
}
