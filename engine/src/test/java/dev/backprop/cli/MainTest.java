package dev.backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private String[] run(String source, String... flags) throws IOException {
        Path f = dir.resolve("p.py");
        Files.writeString(f, source, StandardCharsets.UTF_8);
        String[] args = new String[flags.length + 1];
        System.arraycopy(flags, 0, args, 0, flags.length);
        args[flags.length] = f.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void printsTheProgramsOutput() throws IOException {
        String[] r = run("a = Value(2.0, label='a')\nb = a * 3\nprint(b, 7 // 2)\n");
        assertEquals("0", r[0]);
        assertEquals("Value(data=6.0) 3\n", r[1]);
        assertEquals("", r[2]);
    }

    @Test
    void failingProgramExitsOneWithTheErrorOnStderr() throws IOException {
        String[] r = run("print('before')\nc = b + x\n");
        assertEquals("1", r[0]);
        assertEquals("before\n", r[1]);
        assertEquals("line 2, col 5: NameError: name 'b' is not defined\n    c = b + x\n        ^\n", r[2]);
    }

    @Test
    void drawDotPrintsGraphvizDotInTheLecturesStyle() throws IOException {
        String[] r = run("a = Value(2.0, label='a')\nb = Value(-3.0, label='b')\nc = a * b; c.label = 'c'\nc.backward()\ndraw_dot(c)\n");
        assertEquals("0", r[0]);
        String dot = r[1];
        assertTrue(dot.startsWith("digraph {\n\tgraph [rankdir=LR]\n"), dot);
        assertTrue(dot.contains("[label=\"{ a | data 2.0000 | grad -3.0000 }\" shape=record]"), dot);
        assertTrue(dot.contains("[label=\"{ c | data -6.0000 | grad 1.0000 }\" shape=record]"), dot);
        assertTrue(dot.contains("op [label=\"*\"]"), dot);
        assertEquals(3, dot.split("shape=record").length - 1);
        assertEquals(3, dot.split(" -> ").length - 1); // op -> c, a -> op, b -> op
    }

    @Test
    void jsonHasLinesAndEveryValueOfTheDrawnGraph() throws IOException {
        String[] r = run("a = Value(2.0, label='a')\nb = a.log() * float('nan')\nprint('x')\nprint('y\"z')\n", "--json");
        assertEquals("0", r[0]);
        String j = r[1];
        assertTrue(j.startsWith("{\"output\": [\"x\", \"y\\\"z\"], \"error\": null, \"roots\": ["), j);
        assertTrue(j.contains("\"label\": \"a\", \"op\": \"\", \"data\": 2.0, \"grad\": 0.0, \"children\": []"), j);
        assertTrue(j.contains("\"op\": \"log\""), j);
        assertTrue(j.contains("\"data\": null"), j); // the engine's one NaN policy (snapshot.Json)
        assertTrue(j.contains("\"op\": \"*\""), j);
        assertEquals(4, j.split("\"id\": ").length - 1);
    }

    @Test
    void jsonCarriesTheError() throws IOException {
        String[] r = run("x = 1 / 0\n", "--json");
        assertEquals("1", r[0]);
        assertTrue(r[1].contains("\"error\": {\"kind\": \"ZeroDivisionError\", \"message\": \"division by zero\", \"line\": 1, \"col\": 5"), r[1]);
    }

    @Test
    void badArgumentsExitTwo() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(2, Main.run(new String[] {}, System.out, e));
        assertEquals(2, Main.run(new String[] {"--bogus", "x.py"}, System.out, e));
        assertEquals(2, Main.run(new String[] {dir.resolve("missing.py").toString()}, System.out, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: java -jar engine.jar"));
    }

    @Test
    void limitsFromFlags() throws IOException {
        String[] r = run("while True:\n    pass\n", "--max-steps", "1000");
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("BudgetError: step budget exceeded"), r[2]);
    }

    /** The real main in its own JVM: stdin with '-', the big-stack thread, exit codes. */
    @Test
    void realProcessReadsStdinAndExitsWithTheProgramsStatus() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = Path.of("target", "classes").toAbsolutePath().toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", cp, "dev.backprop.cli.Main", "-");
        Process p = pb.start();
        p.getOutputStream().write("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(990))\nprint(undefined_name)\n"
                .getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor());
        assertEquals("990\n", out);
        assertTrue(err.startsWith("line 4, col 7: NameError: name 'undefined_name' is not defined"), err);
    }
}
