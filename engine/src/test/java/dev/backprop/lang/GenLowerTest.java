package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GenLowerTest {
    private static List<Ast.Stmt> lowered(String src) {
        List<Ast.Stmt> prog = Parser.parse(src, false);
        Ast.Def d = assertInstanceOf(Ast.Def.class, prog.get(0));
        assertTrue(d.scope.generator);
        return GenLower.lower(new Interp(Limits.DEFAULT), d.body);
    }

    @Test
    void aYieldInsideAnExpressionBecomesAStatementAfterWhatIsEvaluatedBeforeIt() {
        List<Ast.Stmt> b = lowered("def g(a):\n    print(a, (yield 1), a + 1)\n");
        // print and a into temporaries, the yield, then the call with the yield's value
        assertEquals(4, b.size());
        assertInstanceOf(Ast.Assign.class, b.get(0));
        assertInstanceOf(Ast.Assign.class, b.get(1));
        GenLower.YieldS y = assertInstanceOf(GenLower.YieldS.class, b.get(2));
        assertFalse(y.from);
        assertEquals(1, y.targets.size());
        Ast.ExprStmt call = assertInstanceOf(Ast.ExprStmt.class, b.get(3));
        assertFalse(GenLower.has(call.expr));
    }

    @Test
    void compoundStatementsWithAYieldBecomeResumableOnesAndTheOthersStay() {
        List<Ast.Stmt> b = lowered("def g(xs):\n    for x in xs:\n        print(x)\n    for x in xs:\n        yield x\n"
                + "    try:\n        pass\n    finally:\n        x = yield from xs\n");
        assertInstanceOf(Ast.For.class, b.get(0));
        assertInstanceOf(GenLower.GFor.class, b.get(1));
        GenLower.GTry t = assertInstanceOf(GenLower.GTry.class, b.get(2));
        GenLower.YieldS y = assertInstanceOf(GenLower.YieldS.class, t.fin.get(0));
        assertTrue(y.from);
    }

    /** and/or/if-else around a yield only yield on the branch taken (expected: CPython 3.11's output). */
    @Test
    void shortCircuitsYieldOnlyOnTheBranchTaken() {
        String src = "def g(a):\n    x = a and (yield 'and')\n    y = a or (yield 'or')\n    z = (yield 'then') if a else (yield 'else')\n    print(x, y, z)\nfor a in [0, 1]:\n    it = g(a)\n    print(list(it))\n";
        assertEquals("0 None None\n['or', 'else']\nNone 1 None\n['and', 'then']\n", ProgramTest.runBig(src).text());
    }

    /** A yield in a while condition is evaluated on every round (expected: CPython 3.11's output). */
    @Test
    void yieldsInLoopHeadersRunEachTime() {
        String src = "def g():\n    i = 0\n    while (yield i) != 'stop':\n        i += 1\n    for k in (yield 'iter'):\n        yield k * 2\n    return 'end'\nit = g()\nprint(next(it), it.send('go'), it.send('go'), it.send('stop'), it.send([1, 2]), next(it))\ntry:\n    next(it)\nexcept StopIteration as e:\n    print(e.value)\n";
        assertEquals("0 1 2 iter 2 4\nend\n", ProgramTest.runBig(src).text());
    }
}
