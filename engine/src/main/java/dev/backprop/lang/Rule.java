package dev.backprop.lang;

import dev.backprop.engine.Value;
import dev.backprop.lang.Py.PyFunc;
import dev.backprop.lang.Py.PyObj;
import dev.backprop.py.Num;
import java.util.HashMap;
import java.util.List;

/**
 * A node's {@code _backward} as the learner reads it while stepping: the program lines of the closure
 * ({@code first..last}, 0 when it is the built-in Value's own rule) and its text, each line that reads numbers
 * followed by a comment with this step's numbers filled in ({@code self.grad += other.data * out.grad  # a.grad +=
 * -3.0 * 1.0}). The numbers come from the closure's own variables ({@code self}, {@code other}, {@code out},
 * {@code t}, ...), so any rule written in the lecture's style is filled; the built-in Value's rules (and a
 * subclass's, which are the built-in's) are written from the op table's formulas.
 */
public record Rule(int first, int last, String text) {

    static final Rule NONE = new Rule(0, 0, "");

    /** The rule as a node's explanation lists it: a heading naming its lines, then its text line by line; none if empty. */
    public List<String> lines() {
        List<String> lines = new java.util.ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        lines.add(first > 0 ? "_backward, lines " + first + "-" + last + ":" : "_backward:");
        for (int from = 0; from < text.length(); ) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            lines.add(text.substring(from, end));
            from = end + 1;
        }
        return lines;
    }

    /** The rule of {@code node} (a built-in Value or a Value-like object) drawn as {@code drawn}, before its step runs. */
    static Rule of(Interp in, String[] lines, Object node, Value drawn) {
        Object fn;
        if (node instanceof Value) {
            HashMap<String, Object> extra = in.valueAttrs.isEmpty() ? null : in.valueAttrs.get(node);
            fn = extra == null ? null : extra.get("_backward");
        } else {
            fn = ((PyObj) node).attrs.get("_backward");
        }
        if (fn instanceof PyFunc && !((PyFunc) fn).prelude) {
            return user(in, lines, (PyFunc) fn);
        }
        if (fn instanceof PyFunc && ((PyFunc) fn).closure != null) {
            return twin(((PyFunc) fn).closure); // a subclass of Value: the twin's _node closure
        }
        return node instanceof Value && !drawn.isLeaf() ? builtIn(drawn) : NONE;
    }

    /**
     * The rule of an op of Value's Python twin ({@code Nodes.VALUE_BASE}'s {@code _node}), from its closure's kind,
     * children and exponent, in the built-in's words (a + a: a's two pushes, as the twin runs them).
     */
    private static Rule twin(Frame vars) {
        Object kind = vars.get("kind");
        Object kids = vars.get("children");
        Object out = vars.get("out");
        if (!(kind instanceof Long) || !(kids instanceof Py.PyTuple) || !Nodes.node(out)) {
            return NONE;
        }
        int k = (int) (long) (Long) kind;
        Object[] c = ((Py.PyTuple) kids).items;
        Object y = vars.get("y");
        double x = num(data(c[0]));
        double other = c.length > 1 ? num(data(c[1])) : num(y);
        double t = num(vars.get("t"));
        String outName = label(out, "out");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.length; i++) {
            String target = label(c[i], i == 0 ? "self" : "other") + ".grad";
            String formula = dev.backprop.engine.Op.formula(k, i, outName, label(c[0], "self"),
                    label(c[c.length > 1 && i == 0 ? 1 : 0], c.length > 1 ? "other" : "self"), other);
            double local = dev.backprop.engine.Op.local(k, i, x, other, dev.backprop.engine.Op.out(k, t, num(data(out))));
            line(sb, target, formula, outName, local, num(grad(out)));
        }
        return new Rule(0, 0, sb.toString());
    }

    private static void line(StringBuilder sb, String target, String formula, String out, double local, double grad) {
        sb.append(target).append(" += ").append(formula).append(" * ").append(out).append(".grad  # ")
                .append(target).append(" += ").append(Num.repr(local)).append(" * ").append(Num.repr(grad)).append('\n');
    }

    private static double num(Object x) {
        return Interp.isNumber(x) ? Interp.toDouble(x) : Double.NaN;
    }

    /** The built-in's rule in micrograd's words, one line per child: {@code a.grad += b.data * c.grad  # ...}. */
    private static Rule builtIn(Value v) {
        StringBuilder sb = new StringBuilder();
        for (Value.Local l : v.locals()) {
            line(sb, l.child().name() + ".grad", l.formula(), v.name(), l.value(), v.grad());
        }
        return new Rule(0, 0, sb.toString());
    }

    /** A user function: its lines in the program (a def's whole block, a lambda's line), numbers filled. */
    private static Rule user(Interp in, String[] lines, PyFunc fn) {
        int first;
        if (fn.body == null) {
            first = fn.exprBody.line; // a lambda
        } else {
            first = Math.min(fn.body.get(0).line, lines.length);
            while (first > 1 && !isDef(lines[first - 1], fn.name)) {
                first--;
            }
        }
        if (first < 1 || first > lines.length) {
            return NONE;
        }
        int indent = indent(lines[first - 1]);
        int last = first;
        if (fn.body != null) {
            // a block is the lines indented deeper than its def (blank and comment lines inside it included)
            for (int l = first + 1; l <= lines.length; l++) {
                String s = lines[l - 1];
                if (s.trim().isEmpty() || s.trim().startsWith("#")) {
                    continue;
                }
                if (indent(s) <= indent) {
                    break;
                }
                last = l;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int l = first; l <= last; l++) {
            String s = lines[l - 1];
            s = s.substring(Math.min(indent, indent(s)));
            sb.append(s);
            String filled = l == first && fn.body != null ? null : fill(in, s, fn.closure);
            if (filled != null) {
                sb.append("  # ").append(filled);
            }
            sb.append('\n');
        }
        return new Rule(first, last, sb.toString());
    }

    private static boolean isDef(String line, String name) {
        String t = line.trim();
        return t.startsWith("def " + name + "(") || t.startsWith("def " + name + " (");
    }

    private static int indent(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** A program's lines, as {@link #of} reads them (split once per Stepper, not per step). */
    static String[] lines(String source) {
        List<String> out = new java.util.ArrayList<>();
        int start = 0;
        while (true) {
            int nl = source.indexOf('\n', start);
            String s = source.substring(start, nl < 0 ? source.length() : nl);
            out.add(s.endsWith("\r") ? s.substring(0, s.length() - 1) : s);
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out.toArray(new String[0]);
    }

    /**
     * A code line with the closure's numbers read into it: on the right of an assignment, {@code name.data},
     * {@code name.grad} of a node and a bare name bound to a number become their values; on the left a node's name
     * becomes its label. Null when nothing was read (nothing to fill).
     */
    static String fill(Interp in, String line, Frame vars) {
        String code = line.trim();
        int cut = assignment(code);
        String lhs = cut < 0 ? "" : code.substring(0, cut);
        String rhs = cut < 0 ? code : code.substring(cut);
        boolean[] read = new boolean[1];
        String right = subst(in, rhs, vars, true, read);
        if (!read[0]) {
            return null;
        }
        return subst(in, lhs, vars, false, read) + right;
    }

    /** Index where the assignment operator starts ({@code +=}, {@code =}, ...) at bracket depth 0; -1 if none. */
    private static int assignment(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfString(s, i) - 1;
            } else if (c == '#') {
                return -1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == '=' && depth == 0) {
                char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
                char prev = i > 0 ? s.charAt(i - 1) : ' ';
                if (next == '=' || prev == '=' || prev == '!' || prev == '<' || prev == '>') {
                    if (next == '=') {
                        i++;
                    }
                    continue;
                }
                int k = i;
                while (k > 0 && "+-*/%@&|^".indexOf(s.charAt(k - 1)) >= 0) {
                    k--; // an augmented operator: +=, //=, **=, ...
                }
                return k > 0 && s.charAt(k - 1) == ' ' ? k - 1 : k;
            }
        }
        return -1;
    }

    private static int endOfString(String s, int i) {
        char q = s.charAt(i);
        int k = i + 1;
        while (k < s.length() && s.charAt(k) != q) {
            k += s.charAt(k) == '\\' ? 2 : 1;
        }
        return Math.min(k + 1, s.length());
    }

    private static boolean identStart(char c) {
        return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c > 127;
    }

    private static boolean identPart(char c) {
        return identStart(c) || c >= '0' && c <= '9';
    }

    private static String subst(Interp in, String s, Frame vars, boolean values, boolean[] read) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                int e = endOfString(s, i);
                sb.append(s, i, e);
                i = e;
                continue;
            }
            if (c == '#') {
                break; // the line's own comment is not repeated in ours
            }
            boolean afterDot = i > 0 && s.charAt(i - 1) == '.';
            boolean inNumber = i > 0 && identPart(s.charAt(i - 1)); // 1e5, or the tail of a longer name
            if (!identStart(c) || afterDot || inNumber) {
                sb.append(c);
                i++;
                continue;
            }
            int e = i;
            while (e < s.length() && identPart(s.charAt(e))) {
                e++;
            }
            String name = s.substring(i, e);
            String attr = null;
            if (e < s.length() && s.charAt(e) == '.') {
                int a = e + 1;
                while (a < s.length() && identPart(s.charAt(a))) {
                    a++;
                }
                String at = s.substring(e + 1, a);
                if (at.equals("data") || at.equals("grad")) {
                    attr = at;
                    e = a;
                }
            }
            Object v = lookup(vars, name);
            String text = null;
            if (attr != null && Nodes.node(v)) {
                if (values) {
                    text = number(in, attr.equals("data") ? data(v) : grad(v));
                } else {
                    text = label(v, name) + "." + attr;
                }
            } else if (attr == null && values && v != null && !(v instanceof Boolean) && Interp.isNumber(v)) {
                text = in.repr(v);
            }
            if (text != null) {
                read[0] |= values;
                sb.append(text);
            } else {
                sb.append(s, i, e);
            }
            i = e;
        }
        return trimEnd(sb.toString());
    }

    /** A closure's variable: the innermost enclosing function that binds it; null if none does. */
    private static Object lookup(Frame f, String name) {
        for (; f != null; f = f.closure) {
            Object v = f.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String trimEnd(String s) {
        int e = s.length();
        while (e > 0 && s.charAt(e - 1) == ' ') {
            e--;
        }
        return s.substring(0, e);
    }

    private static Object data(Object node) {
        return node instanceof Value ? (Object) ((Value) node).data() : ((PyObj) node).attrs.get("data");
    }

    private static Object grad(Object node) {
        return node instanceof Value ? (Object) ((Value) node).grad() : ((PyObj) node).attrs.get("grad");
    }

    private static String number(Interp in, Object x) {
        return x == null ? "?" : in.repr(x);
    }

    private static String label(Object node, String name) {
        if (node instanceof Value) {
            return ((Value) node).name();
        }
        Object l = ((PyObj) node).attrs.get("label");
        return l instanceof String && !((String) l).isEmpty() ? (String) l : name;
    }
}
