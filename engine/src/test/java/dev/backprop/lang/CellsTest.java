package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.engine.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CellsTest {

    static final Path LECTURE = Path.of("src/test/resources/lecture");

    /**
     * Every lecture-style program (notebooks with '# %%' cells) against what CPython 3.11 printed for it, cell by
     * cell with Jupyter's echo (tools/lecture/gen_expected.sh): text exactly, numbers to 1e-9.
     */
    @TestFactory
    Stream<DynamicTest> lecturePrograms() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(LECTURE)) {
            s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
        }
        assertTrue(files.size() >= 3, "lecture programs found: " + files.size());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> ProgramTest.check(p)));
    }

    /**
     * An object with object's own repr echoes as IPython's default printer shows it, {@code <module.Class at 0x...>}
     * (CPython's addresses differ per run: the form is IPython's, pretty.py _default_pprint); pyplot's artists too.
     */
    @Test
    void defaultReprEchoesAsIPython() {
        Run run = Program.run("# %%\nclass Plain:\n    pass\np = Plain()\np\n# %%\nimport matplotlib.pyplot as plt\n"
                + "plt.plot([1, 2], [3, 4])\n# %%\nprint(repr(p)[:23])\n");
        String[] out = run.text().split("\n");
        assertTrue(out[0].startsWith("<__main__.Plain at 0x7f") && out[0].endsWith(">") && !out[0].contains("object"), out[0]);
        assertTrue(out[1].startsWith("[<matplotlib.lines.Line2D at 0x7f") && out[1].endsWith(">]"), out[1]);
        assertEquals("<__main__.Plain object ", out[out.length - 1]); // repr() itself is CPython's
    }

    @Test
    void splitsAtMarkersWithLines() {
        String src = "import math\n# %%\nx = 1\n\n#%% second\ny = 2\n";
        List<Cells.Cell> cells = Cells.split(src);
        assertEquals(3, cells.size());
        assertEquals(1, cells.get(0).first());
        assertEquals(1, cells.get(0).last());
        assertEquals(2, cells.get(1).first());
        assertEquals(3, cells.get(1).codeLine());
        assertEquals(4, cells.get(1).last());
        assertEquals("y = 2\n\n", cells.get(2).code());
        assertTrue(Cells.has(src));
        assertFalse(Cells.has("x = 1 # %% not at the start\n"));
    }

    @Test
    void plainScriptEchoesNothing() {
        Run run = Program.run("x = 2\nx + 1\n");
        assertEquals("", run.text());
    }

    @Test
    void sessionRunsOneCellAgainstEarlierState() {
        String src = "# %%\na = Value(2.0)\n# %%\nb = a * -4.0\nb\n# %%\nprint(undefined)\n";
        Cells.Session s = new Cells.Session(Limits.DEFAULT, null);
        Run first = s.run(src, 0);
        assertNull(first.error());
        assertEquals("", first.text());
        Run second = s.run(src, 1);
        assertEquals("Value(data=-8.0)\n", second.text());
        assertEquals(-8.0, second.drawn().get(0).data());
        Run third = s.run(src, 2);
        assertEquals("NameError", third.error().kind());
        assertEquals(7, third.error().line()); // the program's line, not the cell's
        assertEquals("", third.text());
        Run again = s.run(src, 1); // re-running a cell sees the state as it is now
        assertEquals("Value(data=-8.0)\n", again.text());
        assertEquals("IndexError", s.run(src, 9).error().kind());
    }

    @Test
    void cellSyntaxErrorNamesTheProgramLine() {
        Run run = Program.run("x = 1\n# %%\ny = x +\n");
        assertEquals("SyntaxError", run.error().kind());
        assertEquals(3, run.error().line());
    }

    /** A failing cell (the lecture's import torch) shows its error under it and the next cells still run; exit() stops. */
    @Test
    void failingCellShowsItsErrorAndTheNextCellRuns() {
        String src = "# %%\nx = 1\n# %%\nimport torch\n# %%\nprint(x + 1)\ny = undefined\n# %%\nx\n# %%\nexit()\n# %%\nprint('not reached')\n";
        Run run = Program.run(src);
        String[] lines = run.text().split("\n");
        assertTrue(lines[0].startsWith("line 4, col 1: ModuleNotFoundError: No module named 'torch': "), lines[0]);
        assertTrue(lines[0].contains("built-in Value"), lines[0]);
        assertEquals("    import torch", lines[1]);
        assertEquals("    ^", lines[2]);
        assertEquals("2", lines[3]);
        assertEquals("line 7, col 5: NameError: name 'undefined' is not defined", lines[4]);
        assertEquals("1", lines[7]); // the cell after the failing one echoes x
        assertEquals(8, lines.length); // exit() ends the run: the last cell does not run
        assertEquals("ModuleNotFoundError", run.error().kind()); // the run's error is the first one
        assertEquals(4, run.error().line());
    }

    /**
     * micrograd's trace_graph notebook: a cell ending in `dot` (a Digraph its draw_dot made) draws that graph, and
     * dot.render('gout') draws it and returns the file name graphviz would write ('gout.svg', as CPython + graphviz).
     * The numbers are those of micrograd's own gout.svg (random.seed(1337); nn.Neuron(2)).
     */
    @Test
    void digraphInAVariableAndRenderDraw() {
        String src = "# %%\nfrom graphviz import Digraph\nfrom micrograd.engine import Value\nfrom micrograd import nn\nimport random\n"
                + "def trace(root):\n    nodes, edges = set(), set()\n    def build(v):\n        if v not in nodes:\n"
                + "            nodes.add(v)\n            for child in v._prev:\n                edges.add((child, v))\n                build(child)\n"
                + "    build(root)\n    return nodes, edges\n"
                + "def draw_dot(root, format='svg', rankdir='LR'):\n    nodes, edges = trace(root)\n"
                + "    dot = Digraph(format=format, graph_attr={'rankdir': rankdir})\n    for n in nodes:\n"
                + "        dot.node(name=str(id(n)), label = \"{ data %.4f | grad %.4f }\" % (n.data, n.grad), shape='record')\n"
                + "        if n._op:\n            dot.node(name=str(id(n)) + n._op, label=n._op)\n            dot.edge(str(id(n)) + n._op, str(id(n)))\n"
                + "    for n1, n2 in edges:\n        dot.edge(str(id(n1)), str(id(n2)) + n2._op)\n    return dot\n"
                + "# %%\nrandom.seed(1337)\nn = nn.Neuron(2)\nx = [Value(1.0), Value(-2.0)]\ny = n(x)\ny.backward()\n\ndot = draw_dot(y)\ndot\n"
                + "# %%\ndot.render('gout')\n";
        Run run = Program.run(src);
        assertNull(run.error(), () -> run.error().text());
        assertEquals("'gout.svg'\n", run.text());
        assertEquals(1, run.drawn().size());
        Value root = run.drawn().get(0);
        assertEquals("ReLU", root.op());
        assertEquals(0.1024, root.data(), 5e-5);
        StringBuilder leaves = new StringBuilder();
        for (Value v : Dot.nodes(run.drawn())) {
            if (v.isLeaf()) {
                leaves.append(dev.backprop.py.Num.fixed(v.data(), 4)).append('/').append(dev.backprop.py.Num.fixed(v.grad(), 4)).append(' ');
            }
        }
        // gout.svg's leaves (data/grad): weights 0.2355, 0.0665, bias 0.0, inputs 1.0, -2.0
        assertEquals("0.0000/1.0000 0.2355/1.0000 1.0000/0.2355 0.0665/-2.0000 -2.0000/0.0665 ", leaves.toString()); // topo order: b, w0, x0, w1, x1
    }
}
