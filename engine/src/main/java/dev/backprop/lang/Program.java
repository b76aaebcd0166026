package dev.backprop.lang;

import dev.backprop.engine.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The playground language: micrograd-lecture Python, parsed and run by a tree-walking interpreter with
 * our {@link Value} as the built-in {@code Value}.
 */
public final class Program {
    private Program() {
    }

    /** Runs a program with the default limits. Never throws. */
    public static Run run(String source) {
        return run(source, Limits.DEFAULT);
    }

    /** Runs a program. Never throws: every failure is in {@link Run#error()}. */
    public static Run run(String source, Limits limits) {
        return run(source, limits, null);
    }

    /**
     * Runs a program; {@code printed}, when not null, is handed the whole output so far after every print
     * (a Web Worker streams it to the page while a long run goes on). Never throws.
     */
    public static Run run(String source, Limits limits, Consumer<CharSequence> printed) {
        if (Cells.has(source)) {
            return Cells.runAll(source, limits, printed); // a notebook: cells run in order, last expressions echoed
        }
        Interp in;
        try {
            in = new Interp(limits);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            Run.Error error = error(source, "InternalError", "the playground failed on this program (" + e + ")", 1, 1);
            return new Run("", error, Map.of(), List.of(), List.of(), false, List.of(), new Run.Origins(0, 0, new int[1], new int[1], new int[1]), "");
        }
        in.printed = printed;
        return result(in, exec(source, in, null, false));
    }

    /** Runs already parsed code at module level (or parses {@code body == null} first) and returns its error or null. */
    static Run.Error exec(String source, Interp in, List<Ast.Stmt> code, boolean echo) {
        try {
            List<Ast.Stmt> body = code != null ? code : Parser.parse(source, false);
            Frame f = Frame.module(in.globals, false);
            try {
                Cells.execBody(body, in, f, echo);
                Plot.flush(in); // figures still open are shown at the end of a cell or run, as Jupyter shows them
            } finally {
                in.attribute(body.isEmpty() ? new Ast.Pass() : body.get(body.size() - 1), f);
            }
        } catch (PySyntaxError e) {
            return error(source, e.kind(), e.getMessage(), e.line(), e.col());
        } catch (PyException e) {
            if (e.exitCode >= 0 || e.fatal) {
                in.lecture.halted = true; // exit() or a budget: a notebook stops here, the next cell does not run
            }
            if (e.exitCode != 0) {
                boolean placed = e.line > 0 || in.lastNode == null; // line 0: raised by a static helper
                return error(source, e.kind, e.getMessage(), placed ? e.line : in.lastNode.line, placed ? e.col : in.lastNode.col);
            }
        } catch (StackOverflowError e) {
            int line = in.lastNode != null ? in.lastNode.line : in.userLine;
            int col = in.lastNode != null ? in.lastNode.col : in.userCol;
            return error(source, "RecursionError", "maximum recursion depth exceeded (too deeply nested for the interpreter)", line, col);
        } catch (OutOfMemoryError e) {
            in.lecture.halted = true;
            return error(source, "MemoryError", "out of memory", in.userLine, 1);
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            int line = in.lastNode != null ? in.lastNode.line : in.userLine;
            int col = in.lastNode != null ? in.lastNode.col : in.userCol;
            if (m.contains("call stack") || m.contains("too much recursion")) {
                // the browser's stack ran out before the depth limit (JavaScript RangeError, wrapped by TeaVM)
                return error(source, "RecursionError", "maximum recursion depth exceeded (the browser's stack is smaller: lower Limits.maxDepth)", line, col);
            }
            return error(source, "InternalError", "the playground failed on this program (" + e + ")", line, col);
        }
        return null;
    }

    /** The run result of an interpreter's current state (its output, variables and graphs). */
    static Run result(Interp in, Run.Error error) {
        return result(in, error, root(in));
    }

    /**
     * As {@link #result(Interp, Run.Error)} with the drawn root already found by {@link #root(Interp)}: the Stepper
     * and the Check use it too, and the search walks whole graphs, so it runs once per run.
     */
    static Run result(Interp in, Run.Error error, Object root) {
        Map<String, Object> globals = new LinkedHashMap<>(in.globals);
        List<Run.Variable> vars = new ArrayList<>();
        for (Map.Entry<String, Object> e : globals.entrySet()) {
            Object v = e.getValue();
            if (e.getKey().startsWith("__") || v instanceof Py.PyModule || v instanceof Py.PyFunc || v instanceof Py.PyClass
                    || v instanceof Py.PyBuiltin) {
                continue;
            }
            String repr;
            try {
                repr = in.reprStart(v, 300); // 300 characters are kept: never build a huge repr to cut it
            } catch (RuntimeException | StackOverflowError ex) {
                repr = "<" + in.typeName(v) + ">";
            }
            if (repr.length() > 300) {
                repr = repr.substring(0, 297) + "...";
            }
            vars.add(new Run.Variable(e.getKey(), in.typeName(v), repr, v));
        }
        List<Object> roots = new ArrayList<>(in.drawn);
        boolean byCall = !roots.isEmpty();
        if (!byCall && root != null) {
            roots.add(root); // with draw_dot calls, root is the first of them
        }
        List<Value> drawn = in.lecture.mirror(roots); // user Value-like objects drawn as built-in Values
        Run.Origins origins = new Run.Origins(in.base, in.lastIndex, in.vLine, in.vCol, in.vCall);
        return new Run(in.out.toString(), error, globals, vars, drawn, byCall, in.calls, origins, in.err.toString(),
                new ArrayList<>(in.lecture.figures));
    }

    private static final int ROOT_SEARCH_LIMIT = 1_000_000; // nodes walked at most to compare candidate roots

    /**
     * The graph a program shows: the first {@code draw_dot} argument; else the node whose {@code backward()} ran
     * last; else, of the nodes held by module variables (and the last one assigned anywhere), the one with the
     * most ancestors, the newest on a tie. Never a loop variable's lone leaf when a bigger graph is held.
     */
    static Object root(Interp in) {
        if (!in.drawn.isEmpty()) {
            return in.drawn.get(0);
        }
        if (in.lastBackward != null) {
            return in.lastBackward;
        }
        java.util.IdentityHashMap<Object, Boolean> unique = new java.util.IdentityHashMap<>();
        List<Object> candidates = new ArrayList<>();
        for (Object v : in.globals.values()) {
            if (Nodes.node(v) && unique.put(v, Boolean.TRUE) == null) {
                candidates.add(v);
            }
        }
        if (in.lastAssigned != null && unique.put(in.lastAssigned, Boolean.TRUE) == null) {
            candidates.add(in.lastAssigned);
        }
        // newest first: a node inside an already counted graph has fewer ancestors than that graph's root
        candidates.sort((x, y) -> Long.compare(Nodes.order(y), Nodes.order(x)));
        if (candidates.size() < 2) {
            return candidates.isEmpty() ? null : candidates.get(0); // nothing to compare: no walk (graphs can be huge)
        }
        java.util.IdentityHashMap<Object, Boolean> inside = new java.util.IdentityHashMap<>();
        Object best = candidates.get(0);
        int most = -1;
        for (Object c : candidates) {
            if (inside.containsKey(c)) {
                continue;
            }
            List<Object> graph = Nodes.topo(List.of(c));
            if (graph.size() > most) {
                most = graph.size();
                best = c;
            }
            if (inside.size() + graph.size() > ROOT_SEARCH_LIMIT) {
                break; // enough looking: a bigger graph than this is rare, and the walk costs memory
            }
            for (Object n : graph) {
                inside.put(n, Boolean.TRUE);
            }
        }
        return best;
    }

    /** Parses a program; throws {@link PySyntaxError} (with line and column) if it cannot be parsed. */
    public static void parse(String source) {
        Parser.parse(source, false);
    }

    /** The syntax error of a program, if any, as an {@link Run.Error}. */
    public static Optional<Run.Error> check(String source) {
        try {
            Parser.parse(source, false);
            return Optional.empty();
        } catch (PySyntaxError e) {
            return Optional.of(error(source, e.kind(), e.getMessage(), e.line(), e.col()));
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.of(error(source, "SyntaxError", "could not parse this program (" + e + ")", 1, 1));
        }
    }

    static Run.Error error(String source, String kind, String message, int line, int col) {
        String src = sourceLine(source, line);
        int c = Math.max(1, Math.min(col, src.length() + 1));
        StringBuilder caret = new StringBuilder();
        for (int i = 1; i < c; i++) {
            caret.append(src.charAt(i - 1) == '\t' ? '\t' : ' ');
        }
        caret.append('^');
        String head = message == null || message.isEmpty() ? kind : kind + ": " + message;
        String text = "line " + line + ", col " + c + ": " + head + "\n    " + src + "\n    " + caret;
        return new Run.Error(kind, message == null ? "" : message, line, c, src, caret.toString(), text);
    }

    private static String sourceLine(String source, int line) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) {
                return "";
            }
            start = nl + 1;
        }
        int end = source.indexOf('\n', start);
        String s = source.substring(start, end < 0 ? source.length() : end);
        if (s.endsWith("\r")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
