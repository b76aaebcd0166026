package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Property: for any input, {@link Program#run} returns (never throws, never hangs: the budgets end it) and
 * never reports an InternalError (a Java exception that escaped the interpreter's own checks).
 * Deterministic seeds, so a failure is reproducible.
 */
class FuzzTest {
    static final Limits SMALL = new Limits(200_000, 20_000, 200, 100_000);

    private static List<String> corpus() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(ProgramTest.PROGRAMS)) {
            for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".py")).sorted()::iterator) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static final String[] PIECES = {
        "Value(", ")", "(", "[", "]", "{", "}", ":", ",", ".", " + ", " - ", " * ", " / ", " ** ", " // ", " % ", "-",
        " == ", " < ", " and ", " or ", "not ", " if ", " else ", "lambda x: ", " for ", " in ", "\n", "\n    ", "\t",
        "'", "\"", "f'{", "}'", "#", "\\", "=", "+=", "0", "1", "2.5", "1e308", "-0.0", "None", "True", "x", "a", "self",
        "def f(", "class C:", "return ", "while True:", "break", "import ", "random", "math", "print(", ".grad",
        ".data", ".backward()", "._backward()", ".tanh()", ".relu()", "._prev", "sum(", "range(", "zip(", "*", "**",
        "yield", "global x", "nonlocal y", "try:", "except:", "finally:", "raise", "del ", "assert ", "@", "...",
        "2**100", "10**400", "0xFFFFFFFFFFFFFFFFFF", " << ", " >> ", "~", "'a\uD835\uDD18b'", "__iter__", "__next__",
        "__len__", "__bool__", "__getitem__", "StopIteration", "Ellipsis",
        "yield ", "yield from ", "(yield)", "with ", " as ", ":=", "(n := 1)", " from ", "except ValueError as e:",
        "class E(Exception):", "next(", ".send(", ".throw(", ".close()", "__enter__", "__exit__", "GeneratorExit",
        "__cause__", "__context__", "super().__init__(",
        "match x:\n    case ", "case [a, *r]:", "case {'k': v, **r}:", "case P(x=1):", "case 1 | 2 as n:", " if ", "case _:",
        "b'ab'", "b'\\xff'", "rb'", ".encode()", ".decode()", "bytes(", "slice(", "__import__(", "metaclass=",
    };

    private static String mutate(String src, Random rnd) {
        StringBuilder sb = new StringBuilder(src);
        int edits = 1 + rnd.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int pos = sb.length() == 0 ? 0 : rnd.nextInt(sb.length() + 1);
            switch (rnd.nextInt(4)) {
                case 0: // delete a span
                    if (sb.length() > 0) {
                        int len = 1 + rnd.nextInt(Math.min(20, sb.length()));
                        sb.delete(Math.min(pos, sb.length() - 1), Math.min(sb.length(), pos + len));
                    }
                    break;
                case 1: // insert a piece
                    sb.insert(pos, PIECES[rnd.nextInt(PIECES.length)]);
                    break;
                case 2: // duplicate a span elsewhere
                    if (sb.length() > 10) {
                        int a = rnd.nextInt(sb.length() - 5);
                        String span = sb.substring(a, Math.min(sb.length(), a + 1 + rnd.nextInt(40)));
                        sb.insert(pos, span);
                    }
                    break;
                default: // replace a character
                    if (sb.length() > 0) {
                        sb.setCharAt(Math.min(pos, sb.length() - 1), (char) (32 + rnd.nextInt(95)));
                    }
                    break;
            }
        }
        return sb.toString();
    }

    /** A random program from a small statement/expression grammar (syntactically plausible). */
    private static String generate(Random rnd) {
        StringBuilder sb = new StringBuilder("import math\nimport random\nrandom.seed(" + rnd.nextInt(100) + ")\n");
        sb.append("a = Value(").append(rnd.nextInt(5) - 2).append(".5, label='a')\nb = Value(2)\nxs = [1, 2.0, a]\n");
        int n = 3 + rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
            switch (rnd.nextInt(8)) {
                case 0: sb.append("x").append(i).append(" = ").append(expr(rnd, 3)).append('\n'); break;
                case 1: sb.append("print(").append(expr(rnd, 3)).append(", ").append(expr(rnd, 2)).append(")\n"); break;
                case 2: sb.append("for i in range(").append(rnd.nextInt(5)).append("):\n    a = ").append(expr(rnd, 2)).append('\n'); break;
                case 3: sb.append("if ").append(expr(rnd, 2)).append(":\n    print(").append(expr(rnd, 2)).append(")\nelse:\n    pass\n"); break;
                case 4: sb.append("def g").append(i).append("(p, q=1):\n    return ").append(expr(rnd, 3)).append("\nprint(g").append(i).append("(a, b))\n"); break;
                case 5: sb.append("(").append(expr(rnd, 2)).append(").backward()\n"); break;
                case 6: sb.append("print(f'{").append(expr(rnd, 2)).append(":.4f}')\n"); break;
                default: sb.append("xs.append(").append(expr(rnd, 2)).append(")\nprint(xs[").append(rnd.nextInt(6) - 3).append("])\n"); break;
            }
        }
        return sb.toString();
    }

    private static final String[] ATOMS = {"a", "b", "1", "2.0", "0", "0.0", "-1", "'s'", "None", "True", "xs", "[1, 2]",
        "(1,)", "{1: 2}", "{3}", "math.pi", "random.random()", "p", "q", "a.data", "a.grad", "len(xs)", "1e308",
        "2**70", "-2**64", "18446744073709551616", "'a\uD835\uDD18b'", "...", "Value(True)"};
    private static final String[] OPS = {" + ", " - ", " * ", " / ", " ** ", " // ", " % ", " < ", " == ", " and ", " or ", " in ", " << ", " >> ", " & ", " ^ "};
    private static final String[] SAFE = {"a", "b", "1", "2.0", "-1", "0.5", "math.pi", "random.random()", "a.data", "len(xs)"};
    private static final String[] SAFE_OPS = {" + ", " - ", " * "};
    private static final String[] UNARY = {".tanh()", ".exp()", ".relu()", ".log()", "._prev", "._op", ".label"};

    private static String expr(Random rnd, int depth) {
        if (depth == 0 || rnd.nextInt(3) == 0) {
            return rnd.nextInt(8) == 0 ? ATOMS[rnd.nextInt(ATOMS.length)] : SAFE[rnd.nextInt(SAFE.length)];
        }
        switch (rnd.nextInt(5)) {
            case 0: return "((" + expr(rnd, depth - 1) + " * a)" + UNARY[rnd.nextInt(rnd.nextInt(4) == 0 ? UNARY.length : 3)] + ")";
            case 1: return "-" + expr(rnd, depth - 1);
            case 2: return "sum([" + expr(rnd, depth - 1) + " for _ in range(2)])";
            case 3: return "sum([" + expr(rnd, depth - 1) + ", " + expr(rnd, depth - 1) + "])";
            default: return "(" + expr(rnd, depth - 1) + (rnd.nextInt(6) == 0 ? OPS[rnd.nextInt(OPS.length)] : SAFE_OPS[rnd.nextInt(3)]) + expr(rnd, depth - 1) + ")";
        }
    }

    private static void check(String src, List<String> failures) {
        Run r;
        try {
            r = ProgramTest.runBig(src, SMALL);
        } catch (Throwable t) {
            failures.add("threw " + t + " for:\n" + src);
            return;
        }
        if (r == null) {
            failures.add("no result (an exception escaped) for:\n" + src);
            return;
        }
        if (r.error() != null && r.error().kind().equals("InternalError")) {
            failures.add(r.error().text() + "\nfor:\n" + src);
        }
    }

    @Test
    void mutatedExampleProgramsNeverEscape() throws IOException {
        List<String> corpus = corpus();
        Random rnd = new Random(20260126);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            check(mutate(corpus.get(rnd.nextInt(corpus.size())), rnd), failures);
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " failures; first:\n" + failures.get(0));
        }
    }

    @Test
    void generatedProgramsNeverEscape() {
        Random rnd = new Random(7);
        List<String> failures = new ArrayList<>();
        int errors = 0;
        int ok = 0;
        for (int i = 0; i < 2000; i++) {
            String src = generate(rnd);
            check(src, failures);
            Run rr = ProgramTest.runBig(src, SMALL);
            if (rr.error() == null) {
                ok++;
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " failures; first:\n" + failures.get(0));
        }
        // the generator must mostly produce programs that run, or it would only test the error paths
        assertTrue(ok > 200, "generated programs that ran cleanly: " + ok);
    }

    // ---------------------------------------------------------------- generators, with, exceptions, walrus

    /** An expression of the generator grammar: may yield, bind with :=, branch. */
    private static String flowExpr(Random rnd, int d) {
        int c = rnd.nextInt(7);
        if (d == 0 || c < 2) {
            String[] atoms = {"i", "n", "1", "2", "'s'", "None", "len(acc)", "x"};
            return atoms[rnd.nextInt(atoms.length)];
        }
        switch (c) {
            case 2: return "(" + flowExpr(rnd, d - 1) + (rnd.nextBoolean() ? " + " : " * ") + flowExpr(rnd, d - 1) + ")";
            case 3: return "(yield " + flowExpr(rnd, d - 1) + ")";
            case 4: return "[" + flowExpr(rnd, d - 1) + ", " + flowExpr(rnd, d - 1) + "]";
            case 5: return "(" + flowExpr(rnd, d - 1) + " if " + flowExpr(rnd, d - 1) + " else " + flowExpr(rnd, d - 1) + ")";
            default: return "(n := " + flowExpr(rnd, d - 1) + ")";
        }
    }

    private static void flowBlock(StringBuilder sb, Random rnd, String ind, int d, boolean loop) {
        for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
            flowStmt(sb, rnd, ind, d, loop);
        }
    }

    private static void flowStmt(StringBuilder sb, Random rnd, String p, int d, boolean loop) {
        String in = p + "    ";
        switch (rnd.nextInt(d > 0 ? 13 : 6)) {
            case 0: sb.append(p).append("yield ").append(flowExpr(rnd, 2)).append('\n'); break;
            case 1: sb.append(p).append("x = yield ").append(flowExpr(rnd, 2)).append('\n'); break;
            case 2: sb.append(p).append("acc.append(").append(flowExpr(rnd, 2)).append(")\n"); break;
            case 3: sb.append(p).append("yield from sub(").append(rnd.nextInt(4)).append(")\n"); break;
            case 4: sb.append(p).append(loop ? (rnd.nextBoolean() ? "break" : "continue") : "n = " + flowExpr(rnd, 2)).append('\n'); break;
            case 5: {
                String[] s = {"return " + flowExpr(rnd, 2), "raise ValueError(" + flowExpr(rnd, 1) + ")", "raise E(1, 2) from None",
                    "print(" + flowExpr(rnd, 1) + ")", "acc.append(sum(j for j in range(3)))"};
                sb.append(p).append(s[rnd.nextInt(s.length)]).append('\n');
                break;
            }
            case 6: sb.append(p).append("for i in range(").append(rnd.nextInt(4)).append("):\n"); flowBlock(sb, rnd, in, d - 1, true); break;
            case 7:
                sb.append(p).append("while len(acc) < ").append(1 + rnd.nextInt(6)).append(":\n").append(in).append("acc.append(0)\n");
                flowBlock(sb, rnd, in, d - 1, true);
                break;
            case 8: {
                sb.append(p).append("try:\n");
                flowBlock(sb, rnd, in, d - 1, loop);
                int k = rnd.nextInt(4);
                if (k != 3) {
                    String[] types = {"ValueError", "E", "Exception", "(KeyError, E)", "LookupError"};
                    sb.append(p).append("except ").append(types[rnd.nextInt(types.length)]).append(" as e:\n")
                            .append(in).append("print('caught', repr(e), repr(e.__context__))\n");
                    flowBlock(sb, rnd, in, d - 1, loop);
                }
                if (k >= 2) {
                    sb.append(p).append("finally:\n").append(in).append("print('fin')\n");
                    flowBlock(sb, rnd, in, d - 1, loop);
                }
                break;
            }
            case 9: sb.append(p).append("with CM(").append(flowExpr(rnd, 1)).append(") as c:\n"); flowBlock(sb, rnd, in, d - 1, loop); break;
            case 10:
                sb.append(p).append("if ").append(flowExpr(rnd, 2)).append(":\n");
                flowBlock(sb, rnd, in, d - 1, loop);
                sb.append(p).append("else:\n");
                flowBlock(sb, rnd, in, d - 1, loop);
                break;
            case 11: sb.append(p).append("print([y for y in range(3) if (w := y)], w)\n"); break;
            default: sb.append(p).append("x = ").append(flowExpr(rnd, 2)).append(" or (yield ").append(flowExpr(rnd, 1)).append(")\n"); break;
        }
    }

    /** A generator function of random control flow, driven by next/send/throw/close in a random order. */
    static String generateFlow(Random rnd) {
        StringBuilder sb = new StringBuilder("class E(Exception):\n    pass\n"
                + "class CM:\n    def __init__(self, v):\n        self.v = v\n"
                + "    def __enter__(self):\n        print('enter', repr(self.v))\n        return self.v\n"
                + "    def __exit__(self, t, v, tb):\n        print('exit', t, repr(v))\n        return " + (rnd.nextBoolean() ? "t is E" : "False") + "\n"
                + "def sub(k):\n    for j in range(k):\n        r = yield j\n        print('sub got', r)\n    return k\n"
                + "def gen(acc):\n    n = 0\n    x = None\n    i = 0\n    yield 0\n");
        flowBlock(sb, rnd, "    ", 3, false);
        sb.append("def drive(ops):\n    acc = []\n    g = gen(acc)\n    out = []\n    for op in ops:\n        try:\n"
                + "            if op == 0: out.append(next(g))\n"
                + "            elif op == 1: out.append(g.send(len(out)))\n"
                + "            elif op == 2: out.append(g.throw(E('t')))\n"
                + "            elif op == 3: g.close(); out.append('closed')\n"
                + "            else: out.append(next(g, 'dflt'))\n"
                + "        except StopIteration as s:\n            out.append(('stop', s.value))\n"
                + "        except Exception as e:\n            out.append((type(e).__name__, str(e)))\n"
                + "    print(out, acc)\n");
        for (int k = 0; k < 3; k++) {
            sb.append("drive([0");
            for (int m = rnd.nextInt(8); m > 0; m--) {
                sb.append(", ").append(rnd.nextInt(5));
            }
            sb.append("])\n");
        }
        sb.append("print(list(gen([])))\n");
        return sb.toString();
    }

    @Test
    void generatedGeneratorProgramsNeverEscape() {
        Random rnd = new Random(14);
        List<String> failures = new ArrayList<>();
        int ok = 0;
        for (int i = 0; i < 400; i++) {
            String src = generateFlow(rnd);
            check(src, failures);
            Run rr = ProgramTest.runBig(src, SMALL);
            if (rr.error() == null || !rr.error().kind().equals("SyntaxError")) {
                ok++;
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " failures; first:\n" + failures.get(0));
        }
        // the grammar's programs are valid Python: none may be refused as a syntax error
        assertTrue(ok == 400, "programs that parsed and ran: " + ok);
    }

    /** A pattern of the match grammar (valid Python). */
    private static String pattern(Random rnd, int d) {
        int k = d <= 0 ? rnd.nextInt(4) : rnd.nextInt(11);
        switch (k) {
            case 0: return PAT_ATOMS[rnd.nextInt(PAT_ATOMS.length)];
            case 1: return "_";
            case 2: return "v" + rnd.nextInt(3);
            case 3: return "None";
            case 4: return pattern(rnd, d - 1) + " | " + pattern(rnd, d - 1);
            case 5: return "[" + pattern(rnd, d - 1) + ", *r" + rnd.nextInt(2) + "]";
            case 6: return "(" + pattern(rnd, d - 1) + ", " + pattern(rnd, d - 1).replace("v", "u") + ")";
            case 7: return "{'k': " + pattern(rnd, d - 1) + (rnd.nextBoolean() ? ", **m" : "") + "}";
            case 8: return "P(" + pattern(rnd, d - 1) + (rnd.nextBoolean() ? ", y=" + pattern(rnd, d - 1).replace("v", "t") : "") + ")";
            case 9: return "((" + pattern(rnd, d - 1) + ") as a" + rnd.nextInt(2) + ")";
            default: return PAT_CLASSES[rnd.nextInt(PAT_CLASSES.length)] + "()";
        }
    }

    private static final String[] PAT_ATOMS = {"0", "1", "-1", "2.5", "'k'", "b'k'", "True", "C.K"};
    private static final String[] PAT_CLASSES = {"int", "str", "list", "dict", "tuple", "P", "bool", "float", "bytes"};
    private static final String[] SUBJECTS = {"0", "1", "-1", "2.5", "'k'", "b'k'", "True", "None", "[1, 2, 3]", "(1, 'k')",
        "{'k': 1, 'z': 2}", "P(1, 2)", "P([1], {'k': 0})", "[]", "range(3)", "'str'", "{1, 2}", "[[1], (2, 3)]", "C.K", "P(None, 1)"};

    /** Random match statements over random subjects: every one parses and runs without a Java exception. */
    @Test
    void generatedMatchProgramsNeverEscape() {
        Random rnd = new Random(1402);
        List<String> failures = new ArrayList<>();
        int ok = 0;
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder("from dataclasses import dataclass\n@dataclass\nclass P:\n    x: object\n    y: object = 0\n"
                    + "class C:\n    K = 'k'\n");
            for (int m = 0; m < 3; m++) {
                sb.append("match ").append(SUBJECTS[rnd.nextInt(SUBJECTS.length)]).append(":\n");
                int cases = 1 + rnd.nextInt(4);
                for (int c = 0; c < cases; c++) {
                    String pat = pattern(rnd, 2);
                    sb.append("    case ").append(pat)
                            .append(rnd.nextInt(4) == 0 ? " if len(str(C)) > 1" : "").append(":\n        print(").append(c).append(")\n");
                }
            }
            String src = sb.toString();
            check(src, failures);
            Run rr = ProgramTest.runBig(src, SMALL);
            if (rr.error() == null || !rr.error().kind().equals("SyntaxError")) {
                ok++;
            } else if (failures.isEmpty()) {
                failures.add(rr.error().text() + "\nfor:\n" + src);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " failures; first:\n" + failures.get(0));
        }
        assertTrue(ok == 300, "match programs that parsed: " + ok);
    }

    private static final String ALPHABET = "ab1( )[]:=+\n\t'\"#.,{}-*\\fx";

    @Test
    void randomBytesNeverEscape() {
        Random rnd = new Random(99);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            char[] cs = new char[rnd.nextInt(200)];
            for (int k = 0; k < cs.length; k++) {
                cs[k] = rnd.nextInt(10) == 0 ? (char) rnd.nextInt(0x3000) : ALPHABET.charAt(rnd.nextInt(ALPHABET.length()));
            }
            check(new String(cs), failures);
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " failures; first:\n" + failures.get(0));
        }
        assertNotNull(Program.run(""));
    }
}
