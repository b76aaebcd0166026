package dev.backprop.lang;

import dev.backprop.engine.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of running a program: what it printed, how it failed (or null), its variables, the graphs
 * to draw and where every Value came from.
 *
 * @param text      everything the program printed (see {@link #output()} for lines)
 * @param error     null, or the error that ended the run
 * @param globals   module-level names bound by the program, in binding order (raw interpreter objects)
 * @param variables the same names as display rows (type and repr), without modules, functions and classes
 * @param drawn     graphs chosen by draw_dot(v), else the last Value assigned to a variable (may be empty)
 * @param drawnByCall true when {@code drawn} came from draw_dot calls
 * @param calls     every call of a Python function or method made while running, by id (1-based)
 * @param origins   where each Value was created
 * @param stderr    what the program wrote to sys.stderr (print(..., file=sys.stderr)), apart from its output
 * @param figures   plots (matplotlib.pyplot) as SVG, each placed at an offset of {@code text}, in order
 */
public record Run(String text, Error error, Map<String, Object> globals, List<Variable> variables,
        List<Value> drawn, boolean drawnByCall, List<Call> calls, Origins origins, String stderr, List<Figure> figures) {

    /** A run without plots. */
    public Run(String text, Error error, Map<String, Object> globals, List<Variable> variables,
            List<Value> drawn, boolean drawnByCall, List<Call> calls, Origins origins, String stderr) {
        this(text, error, globals, variables, drawn, drawnByCall, calls, origins, stderr, List.of());
    }

    /** A plot shown by the program: SVG text, shown after the first {@code at} characters of the output. */
    public record Figure(int at, String svg) {
    }

    /** Printed lines; a last line printed without a newline is included as is. */
    public List<String> output() {
        List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    public boolean ok() {
        return error == null;
    }

    /** Where a Value was created (null for a Value this run did not create). */
    public Origin origin(Value v) {
        return origins.origin(v, calls);
    }

    /** The Values among the module-level variables, by name. */
    public Map<String, Value> values() {
        Map<String, Value> m = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : globals.entrySet()) {
            if (e.getValue() instanceof Value) {
                m.put(e.getKey(), (Value) e.getValue());
            }
        }
        return m;
    }

    /**
     * An error with its place: kind ("NameError", "SyntaxError", "BudgetError", ...), message, 1-based line
     * and column, the source line and a caret line under the column, and the whole as text:
     * {@code line 3, col 7: NameError: name 'x' is not defined} followed by the two lines.
     */
    public record Error(String kind, String message, int line, int col, String sourceLine, String caret, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A call of a Python function or method ("f", "Neuron.__call__"); parent 0 is the module level. */
    public record Call(int id, int parent, String name, int line, int col) {
    }

    /** Where a Value was created: source line and column, and the call it was created in (null at module level). */
    public record Origin(int line, int col, Call call) {
    }

    /** A module-level variable for a variables panel (a class: a record's unused equals would be page script). */
    public static final class Variable {
        private final String name;
        private final String type;
        private final String repr;
        private final Object value;

        Variable(String name, String type, String repr, Object value) {
            this.name = name;
            this.type = type;
            this.repr = repr;
            this.value = value;
        }

        public String name() {
            return name;
        }

        public String type() {
            return type;
        }

        public String repr() {
            return repr;
        }

        public Object value() {
            return value;
        }
    }

    /** Per-value provenance in side arrays indexed by Value id (cheap for 100k+ Values). */
    public static final class Origins {
        private final int base;
        private final int last;
        private final int[] line;
        private final int[] col;
        private final int[] call;

        Origins(int base, int last, int[] line, int[] col, int[] call) {
            this.base = base;
            this.last = last;
            this.line = line;
            this.col = col;
            this.call = call;
        }

        Origin origin(Value v, List<Call> calls) {
            int k = v.id() - base;
            if (k <= 0 || k > last || line[k] == 0) {
                return null;
            }
            int c = call[k];
            return new Origin(line[k], col[k], c == 0 ? null : calls.get(c - 1));
        }
    }
}
