package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.backprop.engine.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

public class ProgramTest {

    static final Path PROGRAMS = Path.of("src/test/resources/programs");

    /**
     * Every example program against the output CPython 3.11 + the reference micrograd printed for it
     * (tools/micrograd/gen_expected.sh): byte for byte, except the programs in {@link #SET_ORDER} (numbers
     * to 1e-9 there); a failing program must fail with the same exception kind on the same line.
     */
    @TestFactory
    Stream<DynamicTest> examplePrograms() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(PROGRAMS)) {
            s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
        }
        assertTrue(files.size() >= 30, "example programs found: " + files.size());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    static void check(Path py) throws IOException {
        String src = Files.readString(py, StandardCharsets.UTF_8);
        String expected = Files.readString(Path.of(py.toString().replace(".py", ".out")), StandardCharsets.UTF_8);
        String wantKind = null;
        int wantLine = 0;
        int cut = expected.lastIndexOf("ERROR ");
        if (cut >= 0 && (cut == 0 || expected.charAt(cut - 1) == '\n')) {
            String[] parts = expected.substring(cut).trim().split(" ");
            wantKind = parts[1];
            wantLine = Integer.parseInt(parts[2]);
            expected = expected.substring(0, cut);
        }
        Run run = runBig(src);
        String name = py.getFileName().toString().replace(".py", "");
        boolean tolerant = SET_ORDER.contains(name);
        String d = tolerant ? Expected.diff(expected, run.text())
                : Expected.firstDifference(expected, run.text());
        if (d != null) {
            fail(py.getFileName() + ": output differs at " + d + (run.error() != null ? "\nerror: " + run.error().text() : ""));
        }
        if (wantKind == null) {
            assertNull(run.error(), () -> "unexpected error: " + run.error().text());
        } else {
            assertNotNull(run.error(), "expected " + wantKind + " on line " + wantLine);
            assertEquals(wantKind, run.error().kind(), run.error().text());
            assertEquals(wantLine, run.error().line(), run.error().text());
        }
    }

    /**
     * Programs whose CPython output depends on the iteration order of sets of objects (micrograd's
     * {@code _prev}: hashed by address), so the last digits vary from run to run of CPython itself
     * (each printed 5-6 different outputs in 6 CPython runs). Only these keep a tolerance.
     */
    public static final java.util.Set<String> SET_ORDER = java.util.Set.of("lecture_training", "micrograd_demo", "mlp_class");

    /** Runs on a thread with a large stack, as the CLI does (CPython's recursion limit of 1000 needs it). */
    static Run runBig(String src) {
        return runBig(src, Limits.DEFAULT);
    }

    static Run runBig(String src, Limits limits) {
        return onBigStack(() -> Program.run(src, limits));
    }

    /** f's value, computed on a thread with a large stack as the CLI runs programs. */
    public static <T> T onBigStack(java.util.function.Supplier<T> f) {
        java.util.List<T> out = new java.util.ArrayList<>();
        Thread t = new Thread(null, () -> out.add(f.get()), "program", 1L << 28);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return out.get(0);
    }

    @Test
    void printedHearsTheOutputAfterEveryPrint() {
        List<String> heard = new ArrayList<>();
        Run run = Program.run("for k in range(3):\n    print('step', k)\nprint('done', end='')\nx = 1 / 0\n",
                Limits.DEFAULT, out -> heard.add(out.toString()));
        assertEquals(List.of("step 0\n", "step 0\nstep 1\n", "step 0\nstep 1\nstep 2\n",
                "step 0\nstep 1\nstep 2\ndone"), heard);
        assertEquals("step 0\nstep 1\nstep 2\ndone", run.text());
        assertEquals("ZeroDivisionError", run.error().kind());
    }

    @Test
    void errorTextHasLineColumnSourceAndCaret() {
        Run r = Program.run("a = 1\nb = a + 2\nc = b + x\n");
        assertEquals("NameError", r.error().kind());
        assertEquals("line 3, col 9: NameError: name 'x' is not defined\n    c = b + x\n            ^", r.error().text());
        assertEquals("c = b + x", r.error().sourceLine());
        assertEquals("        ^", r.error().caret());
    }

    @Test
    void valueAndStrIsATypeErrorNamingBothTypes() {
        Run r = Program.run("a = Value(1.0)\nb = a + 'x'\n");
        assertEquals("TypeError", r.error().kind());
        assertEquals("unsupported operand type(s) for +: 'Value' and 'str'", r.error().message());
        assertEquals(2, r.error().line());
        assertEquals(5, r.error().col());
    }

    @Test
    void globalsVariablesAndValuesByName() {
        Run r = Program.run("import math\na = Value(2.0, label='a')\nb = a * 3\nn = 4\ndef f(): pass\nxs = [1, 2]\n");
        assertTrue(r.ok());
        assertEquals(List.of("a", "b"), new ArrayList<>(r.values().keySet()));
        List<String> names = new ArrayList<>();
        for (Run.Variable v : r.variables()) {
            names.add(v.name() + ":" + v.type() + "=" + v.repr());
        }
        assertEquals(List.of("a:Value=Value(data=2.0)", "b:Value=Value(data=6.0)", "n:int=4", "xs:list=[1, 2]"), names);
    }

    @Test
    void aVariableWithAHugeReprShowsItsStartWithoutBuildingTheRest() {
        // repr(l) would be 5 GB: before, the run's variable list built all of it (63 s and an OutOfMemoryError
        // on the server) only to keep 300 characters
        Run r = Program.run("s = 'x' * 1000000\nl = [s] * 5000\nt = (1, [2, 'ab'], {'k': None})\n");
        assertTrue(r.ok(), () -> r.error().text());
        Run.Variable l = r.variables().get(1);
        assertEquals("l", l.name());
        assertEquals("['" + "x".repeat(295) + "...", l.repr());
        // short reprs are whole, as before (CPython 3.11: repr((1, [2, 'ab'], {'k': None})))
        assertEquals("(1, [2, 'ab'], {'k': None})", r.variables().get(2).repr());
        // a repr the program itself asks for stops at the playground's longest string, as 'x' * n does
        Run printed = Program.run("s = 'x' * 1000000\nl = [s] * 5000\nprint(l)\n");
        assertEquals("MemoryError", printed.error().kind());
        assertEquals("string too long for the playground", printed.error().message());
        Run fits = Program.run("l = ['x' * 1000] * 9000\nprint(len(repr(l)), len(str(l)))\n");
        assertEquals("9036000 9036000\n", fits.text()); // CPython 3.11 prints the same
    }

    @Test
    void drawnIsDrawDotsChoiceElseTheLastAssignedValue() {
        Run r = Program.run("a = Value(2.0)\nb = a * a\nc = b + 1\nx = 5\n");
        assertFalse(r.drawnByCall());
        assertEquals(1, r.drawn().size());
        assertEquals(5.0, r.drawn().get(0).data());
        Run d = Program.run("a = Value(2.0)\nb = a * a\ndraw_dot(b)\nc = b + 1\n");
        assertTrue(d.drawnByCall());
        assertEquals(4.0, d.drawn().get(0).data());
        assertEquals(1, d.drawn().size());
    }

    @Test
    void withoutDrawDotTheBackwardRootIsDrawnNeverALoopVariablesLeaf() {
        // a user's own Value class (the seed's), its backward ending in `for node in reversed(topo)`: the loop
        // variable ends on a leaf, but the graph shown is the one backward() was called on
        String cls = "class V:\n"
                + "    def __init__(self, data, _children=(), _op='', label=''):\n"
                + "        self.data = data; self.grad = 0.0; self._backward = lambda: None\n"
                + "        self._prev = set(_children); self._op = _op; self.label = label\n"
                + "    def __mul__(self, other):\n"
                + "        out = V(self.data * other.data, (self, other), '*')\n"
                + "        def _backward():\n"
                + "            self.grad += other.data * out.grad\n"
                + "            other.grad += self.data * out.grad\n"
                + "        out._backward = _backward\n"
                + "        return out\n"
                + "    def backward(self):\n"
                + "        topo = []\n"
                + "        visited = set()\n"
                + "        def build(v):\n"
                + "            if v not in visited:\n"
                + "                visited.add(v)\n"
                + "                for c in v._prev:\n"
                + "                    build(c)\n"
                + "                topo.append(v)\n"
                + "        build(self)\n"
                + "        self.grad = 1.0\n"
                + "        for node in reversed(topo):\n"
                + "            node._backward()\n";
        Run r = Program.run(cls + "a = V(2.0, label='a')\nb = V(-3.0, label='b')\nc = a * b; c.label = 'c'\nd = c * a\nd.backward()\n");
        assertNull(r.error());
        assertEquals(1, r.drawn().size());
        Value root = r.drawn().get(0);
        assertEquals(-12.0, root.data());
        assertEquals(4, root.topo().size());
        // built-in Values: the root of the last backward(), though a later line assigns a lone leaf
        Run b = Program.run("a = Value(2.0)\nL = a * a + 1\nL.backward()\nfor v in [a]:\n    w = v\n");
        assertEquals(5.0, b.drawn().get(0).data());
        // no backward: the module variable with the biggest graph, not the last (small) one assigned
        Run g = Program.run("a = Value(2.0)\nloss = (a * a + a) * 3\nfor i in range(3):\n    p = Value(float(i))\n");
        assertEquals(18.0, g.drawn().get(0).data());
    }

    @Test
    void originGivesLineAndTheCallAValueWasCreatedIn() {
        String src = "def f(x):\n    y = x * 2\n    return y + 1\n"
                + "a = Value(1.0)\n"
                + "b = f(a)\n"
                + "from micrograd.nn import Neuron\n"
                + "n = Neuron(2)\n"
                + "out = n([a, b])\n";
        Run r = Program.run(src);
        assertTrue(r.ok(), () -> r.error().text());
        Value a = r.values().get("a");
        Value b = r.values().get("b");
        assertEquals(4, r.origin(a).line());
        assertNull(r.origin(a).call());
        assertEquals(3, r.origin(b).line());
        Run.Call call = r.origin(b).call();
        assertEquals("f", call.name());
        assertEquals(5, call.line());
        assertEquals(0, call.parent());
        Value y = b.children().get(0);
        assertEquals(2, r.origin(y).line());
        assertEquals(call, r.origin(y).call());
        // the built-in nn's values point at the user's line, grouped by the Neuron.__call__ call
        Value out = r.values().get("out");
        assertEquals(8, r.origin(out).line());
        assertEquals("Neuron.__call__", r.origin(out).call().name());
        Value w0 = out.topo().get(0);
        assertEquals(7, r.origin(w0).line());
        assertEquals("Neuron.__init__", r.origin(w0).call().name());
    }

    @Test
    void stepBudgetStopsAnEndlessLoop() {
        Run r = Program.run("print('start')\nwhile True:\n    pass\n", Limits.DEFAULT.withMaxSteps(100_000));
        assertEquals("BudgetError", r.error().kind());
        assertTrue(r.error().message().startsWith("step budget exceeded"), r.error().message());
        assertEquals("start\n", r.text());
        assertEquals(2, r.error().line());
    }

    @Test
    void nodeBudgetStopsRunawayGraphs() {
        Run r = Program.run("a = Value(1.0)\nfor i in range(10**6):\n    a = a * 1.0\n", Limits.DEFAULT.withMaxNodes(1000));
        assertEquals("BudgetError", r.error().kind());
        assertTrue(r.error().message().startsWith("node budget exceeded"), r.error().message());
        assertEquals(3, r.error().line());
    }

    @Test
    void deepRecursionIsARecursionErrorNotAJavaStackOverflow() {
        Run r = runBig("def f(n):\n    return f(n + 1)\nf(0)\n");
        assertEquals("RecursionError", r.error().kind());
        assertEquals(2, r.error().line());
        // a lower limit, as the browser may use
        Run low = Program.run("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(50))\nprint(f(200))\n", Limits.DEFAULT.withMaxDepth(100));
        assertEquals("50\n", low.text());
        assertEquals("RecursionError", low.error().kind());
    }

    @Test
    void deeplyNestedInputIsASyntaxErrorNotAStackOverflow() {
        for (String open : new String[] {"(", "[", "-", "not ", "{1: "}) {
            StringBuilder sb = new StringBuilder("x = ");
            for (int i = 0; i < 100_000; i++) {
                sb.append(open);
            }
            Run r = Program.run(sb.toString());
            assertEquals("SyntaxError", r.error().kind(), open);
            assertTrue(r.error().message().contains("too deeply nested") || r.error().message().contains("never closed"), r.error().message());
        }
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            blocks.append(" ".repeat(i)).append("if True:\n");
        }
        blocks.append(" ".repeat(5000)).append("pass\n");
        Run r = Program.run(blocks.toString());
        assertEquals("SyntaxError", r.error().kind());
        assertTrue(r.error().message().contains("too deeply nested"), r.error().message());
    }

    @Test
    void parseAndCheckReportSyntaxErrorsWithPlace() {
        PySyntaxError e = null;
        try {
            Program.parse("x = 1\nif x > 0\n    print(x)\n");
        } catch (PySyntaxError ex) {
            e = ex;
        }
        assertNotNull(e);
        assertEquals(2, e.line());
        assertEquals(9, e.col());
        assertTrue(Program.check("x = (1 +\n").isPresent());
        assertEquals("SyntaxError", Program.check("x = (1 +\n").get().kind());
        assertTrue(Program.check("a = Value(1.0)\nprint(a)\n").isEmpty());
    }

    @Test
    void printsPythonReprsOfNestedValues() {
        Run r = Program.run("d1 = [Value(1.0), (2, 'a'), {'k': [0.1, None]}, {1}, set(), ()]\nprint('d1', d1)\n");
        assertEquals("d1 [Value(data=1.0), (2, 'a'), {'k': [0.1, None]}, {1}, set(), ()]\n", r.text());
    }

    @Test
    void outputLinesKeepAPartialLastLine() {
        Run r = Program.run("print('a')\nprint('b', end='')\n");
        assertEquals(List.of("a", "b"), r.output());
        assertEquals("a\nb", r.text());
    }

    @Test
    void deepDataIsARecursionErrorAndHugeListsAMemoryError() {
        Run eq = Program.run("a = []\nb = []\nfor i in range(100000):\n    a = [a]\n    b = [b]\nprint(a == b)\n");
        assertEquals("RecursionError", eq.error().kind());
        assertEquals(6, eq.error().line());
        Run hash = Program.run("t = ()\nfor i in range(100000):\n    t = (t,)\ns = {t}\n");
        assertEquals("RecursionError", hash.error().kind());
        Run big = Program.run("xs = list(range(10**9))\n");
        assertEquals("MemoryError", big.error().kind());
        Run comp = Program.run("xs = [0 for _ in range(10**9)]\n", Limits.DEFAULT.withMaxSteps(100_000_000));
        assertEquals("MemoryError", comp.error().kind());
    }

    /** CPython 3.11's suggestions, same text. */
    @Test
    void didYouMeanSuggestionsAsCPython() {
        assertEquals("name 'valeu' is not defined. Did you mean: 'value'?", Program.run("value = 3\nprint(valeu)\n").error().message());
        assertEquals("'Value' object has no attribute 'dta'. Did you mean: 'data'?", Program.run("a = Value(1.0)\na.dta\n").error().message());
        assertEquals("'list' object has no attribute 'apend'. Did you mean: 'append'?", Program.run("xs = []\nxs.apend(2)\n").error().message());
        assertEquals("name 'totl' is not defined. Did you mean: 'total'?", Program.run("def f():\n    total = 1\n    return totl\nf()\n").error().message());
        assertEquals("name 'lenn' is not defined. Did you mean: 'len'?", Program.run("lenn([])\n").error().message());
        assertEquals("name 'zzz' is not defined", Program.run("zzz\n").error().message());
    }

    @Test
    void valuesCreatedInConditionsBelongToTheirLine() {
        // draw_dot keeps a reference to the Values made in the conditions
        Run r = Program.run("a = Value(2.0)\nif draw_dot(a * 3) is None:\n    b = a + 1\nwhile draw_dot(a * 4) is not None:\n    pass\nc = a - 1\n");
        assertTrue(r.ok(), () -> r.error().text());
        assertEquals(2, r.origin(r.drawn().get(0)).line());
        assertEquals(3, r.origin(r.values().get("b")).line());
        assertEquals(4, r.origin(r.drawn().get(1)).line());
        assertEquals(6, r.origin(r.values().get("c")).line());
    }
}
