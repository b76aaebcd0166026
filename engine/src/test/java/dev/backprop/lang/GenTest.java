package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GenTest {
    /** programs/lang_generators.py: yield, yield from, send/throw/close, return values, generator expressions. */
    @Test
    void generatorProgramPrintsCPythonsOutput() {
        assertNull(Expected.exactly("lang_generators"));
    }

    /** programs/err_in_generator.py: the values before the error, then the error where it was raised. */
    @Test
    void anErrorInsideAGeneratorIsReportedWhereItWasRaised() {
        assertNull(Expected.exactly("err_in_generator"));
    }

    /** Every subexpression evaluated before a yield is evaluated before it stops (expected: CPython 3.11's output). */
    @Test
    void yieldsInsideExpressionsKeepCPythonsOrderOfEvaluation() {
        String src = "def side(x):\n    print(\"eval\", x if not callable(x) else x.__name__)\n    return x\ndef g():\n    r = side(f)(side(1), (yield 'first'), side(2), *[(yield 'second')], k=(yield 'third'))\n    print('result', r)\n    d = {side('k'): (yield 'v')}\n    print(d, side(0) or (yield 'or'), side(1) and (yield 'and'))\n    return [side(3), (yield 'last')][1]\ndef f(*a, **k):\n    return a, k\nit = g()\nprint(next(it))\nfor v in ['A', 'B', 'C', 'D', 'E', 'F']:\n    print(it.send(v))\ntry:\n    it.send('G')\nexcept StopIteration as e:\n    print('return', e.value)\n";
        String cpython = "eval f\neval 1\nfirst\neval 2\nsecond\nthird\nresult ((1, 'A', 2, 'B'), {'k': 'C'})\neval k\nv\neval 0\nor\neval 1\nand\n{'k': 'D'} E F\neval 3\nlast\nreturn G\n";
        assertEquals(cpython, ProgramTest.runBig(src).text());
    }

    /** close() runs finally blocks; leaving a for loop over g() early closes g (expected: CPython 3.11's output). */
    @Test
    void closingRunsFinallyAndALoopClosesTheGeneratorItOwns() {
        String src = "def g():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print('cleanup')\nfor x in g():\n    print(x)\n    break\nprint('after')\nh = g()\nprint(next(h))\nh.close()\nprint(h.close(), list(h))\n";
        assertEquals("1\ncleanup\nafter\n1\ncleanup\nNone []\n", ProgramTest.runBig(src).text());
    }

    /** Infinite generators are lazy (expected: CPython 3.11's output). */
    @Test
    void infiniteGeneratorsAreConsumedLazily() {
        String src = "import itertools\ndef nat():\n    n = 0\n    while True:\n        yield n\n        n += 1\nprint(list(itertools.islice(nat(), 3)), next(x for x in nat() if x > 4), sum(x * x for x in range(4)))\n";
        assertEquals("[0, 1, 2] 5 14\n", ProgramTest.runBig(src).text());
    }

    @Test
    void aGeneratorShowsItsFunctionsNameAndIsOfTypeGenerator() {
        Run r = ProgramTest.runBig("def gen():\n    yield 1\nprint(gen(), type(gen()), (x for x in []))\n");
        assertTrue(r.text().matches("<generator object gen at 0x7f[0-9a-f]+> <class 'generator'> <generator object <genexpr> at 0x7f[0-9a-f]+>\n"), r.text());
    }

    @Test
    void misuseFailsWithCPythonsMessages() {
        Run r = ProgramTest.runBig("def g():\n    yield 1\ng().send(5)\n");
        assertEquals("TypeError", r.error().kind());
        assertEquals("can't send non-None value to a just-started generator", r.error().message());
        r = ProgramTest.runBig("def g():\n    yield 1\n    raise StopIteration\nprint(list(g()))\n");
        assertEquals("RuntimeError", r.error().kind());
        assertEquals("generator raised StopIteration", r.error().message());
        r = ProgramTest.runBig("def g():\n    while True:\n        try:\n            yield 1\n        except GeneratorExit:\n            pass\nh = g()\nnext(h)\nh.close()\n");
        assertEquals("generator ignored GeneratorExit", r.error().message());
        assertEquals(9, r.error().line());
        r = ProgramTest.runBig("def g():\n    yield next(it)\nit = g()\nnext(it)\n");
        assertEquals("ValueError", r.error().kind());
        assertEquals("generator already executing", r.error().message());
    }

    @Test
    void anEndlessGeneratorIsStoppedByTheBudgets() {
        Run r = ProgramTest.runBig("def nat():\n    n = 0\n    while True:\n        yield n\n        n += 1\nprint(list(nat()))\n", FuzzTest.SMALL);
        assertTrue(r.error().kind().equals("BudgetError") || r.error().kind().equals("MemoryError"), r.error().kind());
    }

    @Test
    void deepYieldFromChainsWork() {
        Run r = ProgramTest.runBig("def d(n):\n    if n == 0:\n        yield 'bottom'\n        return 7\n    r = yield from d(n - 1)\n    return r\n"
                + "g = d(150)\nprint(next(g))\ntry:\n    next(g)\nexcept StopIteration as e:\n    print(e.value)\n");
        assertNull(r.error());
        assertEquals("bottom\n7\n", r.text());
    }
}
