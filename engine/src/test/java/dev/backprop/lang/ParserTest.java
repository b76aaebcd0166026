package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {
    private static Ast.Expr expr(String src) {
        List<Ast.Stmt> body = Parser.parse(src, false);
        return ((Ast.ExprStmt) body.get(0)).expr;
    }

    @Test
    void powerBindsTighterThanUnaryMinusAndIsRightAssociative() {
        Ast.Unary neg = assertInstanceOf(Ast.Unary.class, expr("-x**2"));
        assertEquals(Ast.NEG, neg.op);
        assertInstanceOf(Ast.BinOp.class, neg.operand);
        Ast.BinOp pow = assertInstanceOf(Ast.BinOp.class, expr("a ** b ** c"));
        assertInstanceOf(Ast.Name.class, pow.left);
        assertInstanceOf(Ast.BinOp.class, pow.right);
        Ast.BinOp negExp = assertInstanceOf(Ast.BinOp.class, expr("2 ** -1"));
        assertInstanceOf(Ast.Const.class, negExp.right);
    }

    @Test
    void precedenceAndChains() {
        Ast.BinOp add = assertInstanceOf(Ast.BinOp.class, expr("a + b * c"));
        assertEquals(Ast.ADD, add.op);
        Ast.Compare c = assertInstanceOf(Ast.Compare.class, expr("1 < x <= 3 != y"));
        assertEquals(3, c.ops.length);
        Ast.BoolOp or = assertInstanceOf(Ast.BoolOp.class, expr("a or b and not c"));
        assertTrue(!or.isAnd);
        assertInstanceOf(Ast.IfExp.class, expr("a if b else c"));
        assertInstanceOf(Ast.Lambda.class, expr("lambda x, y=1: x + y"));
        assertInstanceOf(Ast.Comp.class, expr("[x for x in xs if x for y in x]"));
        assertInstanceOf(Ast.Compare.class, expr("x not in y"));
    }

    @Test
    void functionScopesKnowTheirLocals() {
        List<Ast.Stmt> body = Parser.parse("def f(a, *args, k=1, **kw):\n    b = 1\n    c, [d, e] = 1, [2, 3]\n    global g\n    g = 2\n    for i in x: pass\n", false);
        Ast.Def d = (Ast.Def) body.get(0);
        assertEquals(java.util.Set.of("a", "args", "k", "kw", "b", "c", "d", "e", "i"), d.scope.locals);
        assertEquals(java.util.Set.of("g"), d.scope.globals);
    }

    @Test
    void syntaxErrorsNameTheProblemAndPlace() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse("x = 1\nif x > 0\n    y\n", false));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("expected ':'"), e.getMessage());
        e = assertThrows(PySyntaxError.class, () -> Parser.parse("f(x) = 3\n", false));
        assertTrue(e.getMessage().startsWith("cannot assign to function call"), e.getMessage());
        e = assertThrows(PySyntaxError.class, () -> Parser.parse("def f():\nreturn 1\n", false));
        assertEquals("IndentationError", e.kind());
        e = assertThrows(PySyntaxError.class, () -> Parser.parse("return 5\n", false));
        assertEquals("'return' outside function", e.getMessage());
        e = assertThrows(PySyntaxError.class, () -> Parser.parse("x = (1 +)\n", false));
        assertEquals(1, e.line());
        assertEquals(9, e.col());
        e = assertThrows(PySyntaxError.class, () -> Parser.parse("yield 1\n", false));
        assertEquals("'yield' outside function", e.getMessage());
        e = assertThrows(PySyntaxError.class, () -> Parser.parse("x := 1\n", false));
        assertEquals("invalid syntax", e.getMessage());
        e = assertThrows(PySyntaxError.class, () -> Parser.parse("x = " + "[".repeat(150) + "]".repeat(150) + "\n", false));
        assertTrue(e.getMessage().startsWith("too deeply nested"), e.getMessage());
    }

    @Test
    void fStringsParseExpressionsConversionsAndSpecs() {
        Ast.FString f = assertInstanceOf(Ast.FString.class, expr("f'a{x + 1:.4f}b{y!r}{z=}{{'"));
        assertEquals(6, f.parts.size());
        assertEquals("a", f.parts.get(0).text);
        assertInstanceOf(Ast.BinOp.class, f.parts.get(1).expr);
        assertEquals(".4f", f.parts.get(1).spec.get(0).text);
        assertEquals('r', f.parts.get(3).conv);
        assertEquals("z=", f.parts.get(4).debug);
        assertEquals("{", f.parts.get(5).text);
    }

    /** A missing block names its statement as CPython 3.11 does (its messages and places, captured from python3.11). */
    @Test
    void missingBlockNamesTheStatementAsCPython() {
        String[][] cases = {
            {"for i in range(3):\nx = 1\n", "expected an indented block after 'for' statement on line 1", "2", "1"},
            {"def f():\n  if x:\n    pass\n  else:\n  y\n", "expected an indented block after 'else' statement on line 4", "5", "3"},
            {"class A:\n", "expected an indented block after class definition on line 1", "1", "9"},
            {"try:\n  pass\nexcept ValueError as e:\npass\n", "expected an indented block after 'except' statement on line 3", "4", "1"},
            {"@dec\ndef g(a,\n  b):\nreturn 1\n", "expected an indented block after function definition on line 2", "4", "1"},
            {"while True:\n\n# c\nx\n", "expected an indented block after 'while' statement on line 1", "4", "1"},
            {"if a:\n  pass\nelif b:\nx\n", "expected an indented block after 'elif' statement on line 3", "4", "1"},
            {"x = 1\nfor node in reversed(topo):", "expected an indented block after 'for' statement on line 2", "2", "28"},
        };
        for (String[] c : cases) {
            PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse(c[0], false), c[0]);
            assertEquals("IndentationError", e.kind(), c[0]);
            assertEquals(c[1], e.getMessage(), c[0]);
            assertEquals(Integer.parseInt(c[2]), e.line(), c[0]);
            assertEquals(Integer.parseInt(c[3]), e.col(), c[0]);
        }
    }
}
