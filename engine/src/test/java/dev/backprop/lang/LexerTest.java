package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backprop.lang.Lexer.Tok;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {
    private static String kinds(String src) {
        List<String> out = new ArrayList<>();
        for (Tok t : Lexer.tokenize(src)) {
            switch (t.type) {
                case Lexer.T.NEWLINE: out.add("NL"); break;
                case Lexer.T.INDENT: out.add("IN"); break;
                case Lexer.T.DEDENT: out.add("DE"); break;
                case Lexer.T.EOF: out.add("EOF"); break;
                default: out.add(t.text);
            }
        }
        return String.join(" ", out);
    }

    @Test
    void indentationBecomesIndentAndDedent() {
        assertEquals("if x : NL IN y = 1 NL IN z NL DE DE w NL EOF", kinds("if x:\n    y = 1\n        z\nw\n"));
        // blank lines and comment-only lines do not matter; brackets continue lines
        assertEquals("a = ( 1 , 2 ) NL b NL EOF", kinds("a = (1,\n\n  # c\n   2)\n\n# only a comment\nb"));
        assertEquals("a = 1 + 2 NL EOF", kinds("a = 1 + \\\n  2\n"));
    }

    @Test
    void numbersAndStrings() {
        List<Tok> t = Lexer.tokenize("1 2.0 1e-4 .5 0x1f 1_000 'a\\n', \"b\", '''c\nd''', r'\\n', 'x' 'y'");
        assertEquals(Lexer.T.INT, t.get(0).type);
        assertEquals(Lexer.T.FLOAT, t.get(1).type);
        assertEquals("1e-4", t.get(2).text);
        assertEquals(".5", t.get(3).text);
        assertEquals("31", t.get(4).text);
        assertEquals("1000", t.get(5).text);
        assertEquals("a\n", t.get(6).text);
        assertEquals("b", t.get(8).text);
        assertEquals("c\nd", t.get(10).text);
        assertEquals("\\n", t.get(12).text);
        assertEquals("xy", t.get(14).text); // adjacent literals concatenate
    }

    @Test
    void fStringKeepsItsBodyForTheParser() {
        List<Tok> t = Lexer.tokenize("f'{a:.4f} {{x}}'");
        assertEquals(Lexer.T.FSTRING, t.get(0).type);
        assertEquals("{a:.4f} {{x}}", t.get(0).text);
    }

    @Test
    void errorsHaveLineAndColumn() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Lexer.tokenize("x = 1\ny = 'abc\n"));
        assertEquals(2, e.line());
        assertEquals(5, e.col());
        assertEquals("unterminated string literal (detected at line 2)", e.getMessage());
        e = assertThrows(PySyntaxError.class, () -> Lexer.tokenize("x = (1,\n 2\n"));
        assertEquals("'(' was never closed", e.getMessage());
        assertEquals(1, e.line());
        e = assertThrows(PySyntaxError.class, () -> Lexer.tokenize("x = 1)\n"));
        assertEquals("unmatched ')'", e.getMessage());
        e = assertThrows(PySyntaxError.class, () -> Lexer.tokenize("if x:\n\tif y:\n        z\n"));
        assertEquals("TabError", e.kind());
        e = assertThrows(PySyntaxError.class, () -> Lexer.tokenize("if x:\n    y\n  z\n"));
        assertEquals("IndentationError", e.kind());
        assertEquals("unindent does not match any outer indentation level", e.getMessage());
        e = assertThrows(PySyntaxError.class, () -> Lexer.tokenize("x = 1 $ 2"));
        assertEquals(7, e.col());
        e = assertThrows(PySyntaxError.class, () -> Lexer.tokenize("x = 3j"));
        assertEquals("complex numbers are not supported in the playground", e.getMessage());
    }
}
