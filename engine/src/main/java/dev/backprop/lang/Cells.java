package dev.backprop.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Notebook cells, as Jupyter runs them: {@code # %%} lines split a program into cells; a cell's last statement,
 * when it is a bare expression whose value is not None (and the line does not end with {@code ;}), is echoed
 * as Jupyter shows it (its repr, long lists and dicts laid out by IPython's pretty printer: {@link Pretty}). IPython magics ({@code %matplotlib inline}, {@code !pip ...}) are skipped. A program without
 * {@code # %%} is a plain script: nothing is echoed.
 */
public final class Cells {
    private Cells() {
    }

    /**
     * One cell: its 0-based index, the 1-based lines it spans in the program (its {@code # %%} line included,
     * {@code last} inclusive), the line its code starts on and its code.
     */
    public record Cell(int index, int first, int last, int codeLine, String code) {
    }

    /** True when the program has a {@code # %%} line (it is a notebook). */
    public static boolean has(String source) {
        int start = 0;
        while (start <= source.length()) {
            int nl = source.indexOf('\n', start);
            int end = nl < 0 ? source.length() : nl;
            if (marker(source, start, end)) {
                return true;
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return false;
    }

    private static boolean marker(String s, int start, int end) {
        return s.startsWith("# %%", start) && start + 4 <= end || s.startsWith("#%%", start) && start + 3 <= end;
    }

    /** The cells of a program; text above the first marker is a cell when it has any non-blank line. */
    public static List<Cell> split(String source) {
        List<Cell> cells = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        int first = 1;
        int line = 1;
        boolean started = false; // a marker was seen
        int start = 0;
        while (true) {
            int nl = source.indexOf('\n', start);
            int end = nl < 0 ? source.length() : nl;
            if (marker(source, start, end)) {
                if (started || !code.toString().trim().isEmpty()) {
                    cells.add(new Cell(cells.size(), first, line - 1, started ? first + 1 : first, code.toString()));
                }
                code.setLength(0);
                first = line;
                started = true;
            } else {
                code.append(source, start, end).append('\n');
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
            line++;
        }
        if (started || !code.toString().trim().isEmpty()) {
            cells.add(new Cell(cells.size(), first, line, started ? first + 1 : first, code.toString()));
        }
        return cells;
    }

    /** The cell's code padded with blank lines so its line numbers are the program's; magic lines blanked. */
    static String padded(Cell c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < c.codeLine(); i++) {
            sb.append('\n');
        }
        String code = c.code();
        int start = 0;
        while (start < code.length()) {
            int nl = code.indexOf('\n', start);
            int end = nl < 0 ? code.length() : nl;
            char ch = start < end ? code.charAt(start) : ' ';
            if (ch != '%' && ch != '!') {
                sb.append(code, start, end);
            }
            sb.append('\n');
            start = end + 1;
        }
        return sb.toString();
    }

    /** Runs a whole notebook, cell after cell, in one interpreter; stops at the first error (as Run All). */
    static Run runAll(String source, Limits limits, Consumer<CharSequence> printed) {
        Session s = new Session(limits, printed);
        return Program.result(s.in, s.all(source));
    }

    /** Executes a module body; with {@code echo}, a last bare expression's repr is printed unless it is None. */
    static void execBody(List<Ast.Stmt> body, Interp in, Frame f, boolean echo) {
        int n = body.size();
        if (!echo || n == 0 || !(body.get(n - 1) instanceof Ast.ExprStmt)) {
            Ast.execBlock(body, in, f);
            return;
        }
        Ast.execBlock(body.subList(0, n - 1), in, f);
        Ast.ExprStmt last = (Ast.ExprStmt) body.get(n - 1);
        in.step(last);
        Object v = last.expr.eval(in, f);
        in.attribute(last, f);
        if (isDigraph(v)) {
            // Jupyter renders a graphviz Digraph instead of printing it: the lecture's own draw_dot(root) cell
            // (or a cell ending in `dot`, a Digraph draw_dot made) draws root's graph here
            if (draw(in, (Py.PyObj) v)) {
                return;
            }
            if (last.expr instanceof Ast.Call && ((Ast.Call) last.expr).args.size() == 1
                    && ((Ast.Call) last.expr).args.get(0) instanceof Ast.Name) {
                Object root = in.globals.get(((Ast.Name) ((Ast.Call) last.expr).args.get(0)).id);
                if (Nodes.node(root)) {
                    in.drawn.add(root);
                }
            }
        } else if (v != Py.NONE) {
            in.print(Pretty.of(in, v) + "\n"); // as Jupyter shows it: IPython's pretty printer, width 79
        }
    }

    /** Nodes walked at most while matching a Digraph's node names to the program's objects. */
    static final int MAX_MATCH = 200_000;

    /**
     * Draws the graph a graphviz Digraph was built for: the lecture's draw_dot names each node {@code str(id(n))},
     * so the nodes reachable from the program's variables whose id the Digraph names are its nodes, and those that
     * are no other one's child are its roots. False when no node matches (the Digraph names its nodes otherwise).
     */
    static boolean draw(Interp in, Py.PyObj digraph) {
        Object nodes = digraph.attrs.get("_nodes");
        if (!(nodes instanceof Py.PyList)) {
            return false;
        }
        java.util.HashSet<String> names = new java.util.HashSet<>();
        for (Object t : ((Py.PyList) nodes).items) {
            if (t instanceof Py.PyTuple && ((Py.PyTuple) t).items.length > 0 && ((Py.PyTuple) t).items[0] instanceof String) {
                names.add((String) ((Py.PyTuple) t).items[0]);
            }
        }
        if (names.isEmpty()) {
            return false;
        }
        List<Object> starts = new ArrayList<>();
        for (Object g : in.globals.values()) {
            if (Nodes.node(g)) {
                starts.add(g);
            } else if (g instanceof Py.PyList || g instanceof Py.PyTuple) {
                List<Object> items = g instanceof Py.PyList ? ((Py.PyList) g).items : java.util.Arrays.asList(((Py.PyTuple) g).items);
                for (int i = 0; i < items.size() && i < 1000; i++) {
                    if (Nodes.node(items.get(i))) {
                        starts.add(items.get(i));
                    }
                }
            }
        }
        Object id = in.builtins.get("id");
        java.util.IdentityHashMap<Object, Boolean> matched = new java.util.IdentityHashMap<>();
        int walked = 0;
        for (Object start : starts) {
            if (matched.containsKey(start)) {
                continue;
            }
            for (Object n : Nodes.topo(List.of(start))) {
                if (++walked > MAX_MATCH) {
                    break;
                }
                Object k = in.call(id, new Object[] {n}, Interp.NO_NAMES, Interp.NO_ARGS, null);
                if (names.contains(in.str(k))) {
                    matched.put(n, Boolean.TRUE);
                }
            }
        }
        if (matched.isEmpty()) {
            return false;
        }
        java.util.IdentityHashMap<Object, Boolean> child = new java.util.IdentityHashMap<>();
        for (Object n : matched.keySet()) {
            for (Object c : Nodes.prev(n)) {
                child.put(c, Boolean.TRUE);
            }
        }
        List<Object> roots = new ArrayList<>();
        for (Object n : matched.keySet()) {
            if (!child.containsKey(n)) {
                roots.add(n);
            }
        }
        roots.sort((x, y) -> Long.compare(in.lecture.index(x), in.lecture.index(y)));
        for (Object r : roots) {
            boolean known = false;
            for (Object d : in.drawn) {
                known |= d == r;
            }
            if (!known) {
                in.drawn.add(r); // a graph drawn again (dot, then dot.render) is one graph
            }
        }
        return true;
    }

    private static boolean isDigraph(Object v) {
        return v instanceof Py.PyObj && ((Py.PyObj) v).cls.name.equals("Digraph") && !"__main__".equals(((Py.PyObj) v).cls.module);
    }

    private static String trimEnd(String s) {
        int e = s.length();
        while (e > 0 && s.charAt(e - 1) <= ' ') {
            e--;
        }
        return s.substring(0, e);
    }

    /** True when the cell's last code line ends with ';' (Jupyter then shows nothing). */
    private static boolean quiet(String code) {
        String t = trimEnd(code);
        int nl = t.lastIndexOf('\n');
        String lastLine = t.substring(nl + 1);
        int hash = lastLine.indexOf('#'); // good enough: a '#' in a string on the last line only loses the echo
        if (hash >= 0) {
            lastLine = trimEnd(lastLine.substring(0, hash));
        }
        return lastLine.endsWith(";");
    }

    /**
     * A notebook kernel: one interpreter whose state carries from cell to cell. The page's Shift+Enter runs
     * {@link #run(String, int)} for the cell under the cursor; the result holds that cell's output only, its
     * graphs (draw_dot calls in the cell, else the last Value assigned so far) and all variables.
     */
    public static final class Session {
        final Interp in;

        public Session(Limits limits, Consumer<CharSequence> printed) {
            in = new Interp(limits);
            in.printed = printed;
        }

        Session(Interp in) {
            this.in = in;
        }

        /** Runs cell {@code k} of {@code source} against the state the cells run before left. Never throws. */
        public Run run(String source, int k) {
            List<Cell> cells = split(source);
            if (k < 0 || k >= cells.size()) {
                Run.Error e = Program.error(source, "IndexError", "no cell " + k + " (the program has " + cells.size() + ")", 1, 1);
                return Program.result(in, e);
            }
            in.out.setLength(0);
            in.err.setLength(0);
            in.drawn.clear();
            in.lecture.figures.clear();
            return Program.result(in, exec(source, cells.get(k)));
        }

        /**
         * Runs every cell in order and returns the first error, or null. A cell's error ends that cell only: its
         * text is printed where the cell's output goes (as Jupyter shows it under the cell) and the next cell runs
         * on the state left, as when a learner runs the cells one by one (the lecture's {@code import torch} cell
         * fails here, the cells after it still run). exit() and a budget or memory error stop the whole run.
         */
        Run.Error all(String source) {
            Run.Error first = null;
            for (Cell c : split(source)) {
                Run.Error error = exec(source, c);
                if (error != null && first == null) {
                    first = error;
                }
                if (in.lecture.halted) {
                    break;
                }
                if (error != null) {
                    try {
                        in.print(error.text() + "\n");
                    } catch (PyException e) {
                        break; // the output budget is spent
                    }
                }
            }
            return first;
        }

        Run.Error exec(String source, Cell c) {
            String code = padded(c);
            List<Ast.Stmt> body;
            try {
                body = Parser.parse(code, false);
            } catch (PySyntaxError e) {
                return Program.error(source, e.kind(), e.getMessage(), e.line(), e.col());
            } catch (RuntimeException | StackOverflowError e) {
                return Program.error(source, "SyntaxError", "could not parse this cell (" + e + ")", c.first(), 1);
            }
            return Program.exec(source, in, body, !quiet(c.code()));
        }
    }
}
