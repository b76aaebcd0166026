package dev.backprop.lang;

import dev.backprop.lang.Py.PyDict;
import dev.backprop.lang.Py.PyList;
import dev.backprop.lang.Py.PyObj;
import dev.backprop.lang.Py.PySet;
import dev.backprop.lang.Py.PyTuple;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A notebook cell's echo as Jupyter shows it: IPython's pretty printer ({@code IPython.lib.pretty}, ported line
 * for line) at width 79. Lists, tuples, dicts and sets that do not fit on a line break after each comma with the
 * items aligned under the first; sets are sorted as IPython sorts them; sequences stop after 1,000 items with
 * {@code ...}; an object with object's own repr shows as {@code <module.Class at 0x...>}; any other object is its
 * repr, a multi-line repr (a numpy array) kept aligned.
 */
final class Pretty {
    static final int WIDTH = 79;
    static final int MAX_SEQ = 1000;

    private final Interp in;
    private final StringBuilder out = new StringBuilder();
    private int outputWidth;
    private int bufferWidth;
    private final ArrayDeque<Object> buffer = new ArrayDeque<>(); // Text and Breakable
    private final List<Group> groupStack = new ArrayList<>();
    private final List<List<Group>> queue = new ArrayList<>(); // IPython's GroupQueue: groups by depth
    private int indentation;
    private final List<Object> stack = new ArrayList<>(); // objects being printed (cycles)

    private static final class Group {
        final int depth;
        final ArrayDeque<Breakable> breakables = new ArrayDeque<>();
        boolean wantBreak;

        Group(int depth) {
            this.depth = depth;
        }
    }

    private static final class Text {
        final StringBuilder text = new StringBuilder();
        int width;
    }

    private final class Breakable {
        final String sep;
        final int indent;
        final Group group;

        Breakable(String sep) {
            this.sep = sep;
            this.indent = indentation;
            this.group = groupStack.get(groupStack.size() - 1);
            group.breakables.add(this);
        }

        int output(int width) {
            group.breakables.poll();
            if (group.wantBreak) {
                out.append('\n');
                spaces(indent);
                return indent;
            }
            if (group.breakables.isEmpty()) {
                remove(group);
            }
            out.append(sep);
            return width + sep.length();
        }
    }

    private Pretty(Interp in) {
        this.in = in;
        Group root = new Group(0);
        groupStack.add(root);
        enq(root);
    }

    /** The echo of {@code o}: IPython's {@code pretty(o, max_width=79)}. */
    static String of(Interp in, Object o) {
        Pretty p = new Pretty(in);
        p.pretty(o);
        p.flush();
        return p.out.toString();
    }

    // ---- IPython.lib.pretty.PrettyPrinter ----

    private void spaces(int n) {
        for (int i = 0; i < n; i++) {
            out.append(' ');
        }
    }

    private void enq(Group g) {
        while (g.depth > queue.size() - 1) {
            queue.add(new ArrayList<>());
        }
        queue.get(g.depth).add(g);
    }

    private Group deq() {
        for (List<Group> level : queue) {
            // IPython walks reversed(stack) but deletes by the reversed index: the same quirk, kept
            for (int idx = 0; idx < level.size(); idx++) {
                Group g = level.get(level.size() - 1 - idx);
                if (!g.breakables.isEmpty()) {
                    level.remove(idx);
                    g.wantBreak = true;
                    return g;
                }
            }
            for (Group g : level) {
                g.wantBreak = true;
            }
            level.clear();
        }
        return null;
    }

    private void remove(Group g) {
        if (g.depth < queue.size()) {
            queue.get(g.depth).remove(g);
        }
    }

    private void breakOne(Group g) {
        while (!g.breakables.isEmpty()) {
            emit(buffer.poll());
        }
        while (!buffer.isEmpty() && buffer.peek() instanceof Text) {
            emit(buffer.poll());
        }
    }

    private void emit(Object x) {
        if (x instanceof Text) {
            Text t = (Text) x;
            out.append(t.text);
            outputWidth += t.width;
            bufferWidth -= t.width;
        } else {
            Breakable b = (Breakable) x;
            outputWidth = b.output(outputWidth);
            bufferWidth -= b.sep.length();
        }
    }

    private void breakOuter() {
        while (WIDTH < outputWidth + bufferWidth) {
            Group g = deq();
            if (g == null) {
                return;
            }
            breakOne(g);
        }
    }

    private void text(String s) {
        int width = s.length();
        if (!buffer.isEmpty()) {
            Object last = buffer.peekLast();
            Text t;
            if (last instanceof Text) {
                t = (Text) last;
            } else {
                t = new Text();
                buffer.add(t);
            }
            t.text.append(s);
            t.width += width;
            bufferWidth += width;
            breakOuter();
        } else {
            out.append(s);
            outputWidth += width;
        }
    }

    private void breakable() {
        Group g = groupStack.get(groupStack.size() - 1);
        if (g.wantBreak) {
            flush();
            out.append('\n');
            spaces(indentation);
            outputWidth = indentation;
            bufferWidth = 0;
        } else {
            buffer.add(new Breakable(" "));
            bufferWidth += 1;
            breakOuter();
        }
    }

    private void hardBreak() {
        Group g = deq();
        if (g != null) {
            breakOne(g);
        }
        flush();
        out.append('\n');
        spaces(indentation);
        outputWidth = indentation;
        bufferWidth = 0;
    }

    private void begin(int indent, String open) {
        if (!open.isEmpty()) {
            text(open);
        }
        Group g = new Group(groupStack.get(groupStack.size() - 1).depth + 1);
        groupStack.add(g);
        enq(g);
        indentation += indent;
    }

    private void end(int dedent, String close) {
        indentation -= dedent;
        Group g = groupStack.remove(groupStack.size() - 1);
        if (g.breakables.isEmpty()) {
            remove(g);
        }
        if (!close.isEmpty()) {
            text(close);
        }
    }

    private void flush() {
        for (Object x : buffer) {
            if (x instanceof Text) {
                out.append(((Text) x).text);
                outputWidth += ((Text) x).width;
            } else {
                outputWidth += ((Breakable) x).output(outputWidth); // IPython adds the returned width: kept
            }
        }
        buffer.clear();
        bufferWidth = 0;
    }

    // ---- IPython.lib.pretty.RepresentationPrinter and the built-in types' printers ----

    private void pretty(Object o) {
        boolean cycle = false;
        for (Object s : stack) {
            cycle |= s == o;
        }
        stack.add(o);
        begin(0, "");
        try {
            if (o instanceof PyList || o instanceof PyTuple) {
                boolean list = o instanceof PyList;
                List<Object> items = list ? ((PyList) o).items : Arrays.asList(((PyTuple) o).items);
                seq(items, list ? "[" : "(", list ? "]" : ")", cycle, !list && items.size() == 1);
            } else if (o instanceof PyDict) {
                dict((PyDict) o, cycle);
            } else if (o instanceof PySet) {
                set((PySet) o, cycle);
            } else if (o instanceof Py.PyClass) {
                Py.PyClass c = (Py.PyClass) o; // IPython's _type_pprint: the dotted name, builtins' bare
                text("builtins".equals(c.module) ? c.qualname : c.module + "." + c.qualname);
            } else if (o instanceof Py.PyType) {
                text(((Py.PyType) o).name);
            } else if (o instanceof PyObj && defaultRepr(in.repr(o))) {
                // object's own repr (or pyplot's artists, which mimic it): IPython's _default_pprint
                String r = in.repr(o);
                int at = r.lastIndexOf(" object at ");
                begin(1, "<");
                text(r.substring(1, at));
                text(r.substring(at + 7, r.length() - 1));
                if (cycle) {
                    text(" ...");
                }
                end(1, ">");
            } else {
                String r = in.repr(o); // _repr_pprint: a multi-line repr breaks at its newlines
                begin(0, "");
                int start = 0;
                boolean firstLine = true;
                while (true) {
                    int nl = r.indexOf('\n', start);
                    if (!firstLine) {
                        hardBreak();
                    }
                    text(r.substring(start, nl < 0 ? r.length() : nl));
                    firstLine = false;
                    if (nl < 0 || nl == r.length() - 1) {
                        break; // splitlines: no empty last line
                    }
                    start = nl + 1;
                }
                end(0, "");
            }
        } finally {
            end(0, "");
            stack.remove(stack.size() - 1);
        }
    }

    /** A repr of CPython's object.__repr__ form, {@code <module.Class object at 0x7f...>}. */
    private static boolean defaultRepr(String r) {
        int at = r.lastIndexOf(" object at 0x");
        return r.startsWith("<") && r.endsWith(">") && at > 1 && r.indexOf(' ') == at;
    }

    private void seq(List<Object> items, String open, String close, boolean cycle, boolean oneTuple) {
        if (cycle) {
            text(open + "..." + close);
            return;
        }
        begin(open.length(), open);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                text(",");
                breakable();
            }
            if (i >= MAX_SEQ) {
                text("...");
                break;
            }
            pretty(items.get(i));
        }
        if (oneTuple) {
            text(",");
        }
        end(open.length(), close);
    }

    private void dict(PyDict d, boolean cycle) {
        if (cycle) {
            text("{...}");
            return;
        }
        begin(1, "{");
        int i = 0;
        for (Object[] e : d.map.values()) {
            if (i > 0) {
                text(",");
                breakable();
            }
            if (i++ >= MAX_SEQ) {
                text("...");
                break;
            }
            pretty(e[0]);
            text(": ");
            pretty(e[1]);
        }
        end(1, "}");
    }

    private void set(PySet s, boolean cycle) {
        String open = s.frozen ? "frozenset({" : "{";
        String close = s.frozen ? "})" : "}";
        if (cycle) {
            text(open + "..." + close);
            return;
        }
        if (s.map.isEmpty()) {
            text(s.frozen ? "frozenset()" : "set()");
            return;
        }
        List<Object> items = new ArrayList<>(s.map.values());
        if (items.size() < MAX_SEQ) {
            items = sorted(items);
        }
        begin(open.length(), open);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                text(",");
                breakable();
            }
            if (i >= MAX_SEQ) {
                text("...");
                break;
            }
            pretty(items.get(i));
        }
        end(open.length(), close);
    }

    /** IPython's _sorted_for_pprint: sorted, else sorted by str, else as they are. */
    private List<Object> sorted(List<Object> items) {
        PyList l = new PyList();
        l.items.addAll(items);
        Object sorted = in.builtins.get("sorted");
        try {
            return ((PyList) in.call(sorted, new Object[] {l}, Interp.NO_NAMES, Interp.NO_ARGS, in.lastNode)).items;
        } catch (PyException e) {
            try {
                return ((PyList) in.call(sorted, new Object[] {l}, new String[] {"key"}, new Object[] {in.builtins.get("str")}, in.lastNode)).items;
            } catch (PyException e2) {
                return items;
            }
        }
    }
}
