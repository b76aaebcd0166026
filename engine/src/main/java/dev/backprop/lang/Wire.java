package dev.backprop.lang;

import dev.backprop.engine.Op;
import dev.backprop.engine.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Run} as one string, so a run made in a Web Worker reaches the page: printed output, error,
 * calls, the drawn roots and every Value reachable from them with kind, op, POW exponent / TANH's forward t,
 * children in order, label, data, grad and origin. {@link #decode} rebuilds real Values
 * ({@link Value#rebuild}), so backward, replay and explanations work as on the original; doubles travel as
 * their raw bits (bit for bit, and no Double.toString in the bundle).
 *
 * <p>Not carried (the page shows none of it): {@link Run#globals()}, {@link Run#variables()} and Values not
 * reachable from a drawn root. A drawn graph with more than {@code maxValues} Values
 * is sent as its size only: the decoded run holds a leaf with the root's label, data and grad in its place
 * and {@link Decoded#sizes()} says how big the graph was.
 *
 * <p>Format: ints as decimal digits and a comma, strings as their length, a comma and their chars, doubles
 * as 16 hex digits of their bits.
 */
public final class Wire {
    /** The page draws no graph over this many Values; bigger ones are sent as a count. */
    public static final int MAX_VALUES = 100_000;

    private static final String MAGIC = "BPW1,";
    private static final String HEX = "0123456789abcdef";
    // op names by kind (POW's, "**2" or "**2.0", is sent); kept equal to Value's ops by WireTest
    private static final String[] OPS = {"", "+", "*", null, "tanh", "exp", "log", "ReLU", "sigmoid"};

    private Wire() {
    }

    /**
     * A decoded run, the size of each drawn graph (Values reachable from {@code run.drawn().get(i)}) and
     * whether it was over the cap (then its root in the run is a stand-in leaf).
     */
    public record Decoded(Run run, int[] sizes, boolean[] capped) {
    }

    public static String encode(Run run) {
        return encode(run, MAX_VALUES);
    }

    /** The run as a string; drawn graphs over {@code maxValues} Values are sent as their size only. */
    public static String encode(Run run, int maxValues) {
        List<Value> drawn = run.drawn();
        int[] sizes = new int[drawn.size()];
        Map<Value, Integer> index = new HashMap<>();
        List<Value> all = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            List<Value> topo = drawn.get(i).topo();
            sizes[i] = topo.size();
            if (topo.size() <= maxValues) {
                for (Value v : topo) {
                    if (index.put(v, -1) == null) {
                        all.add(v);
                    }
                }
            }
        }
        all.sort((p, q) -> Integer.compare(p.id(), q.id())); // creation order: children before parents
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i), i);
        }
        Out o = new Out();
        o.sb.append(MAGIC);
        o.str(run.text());
        o.str(run.stderr());
        o.num(run.drawnByCall() ? 1 : 0);
        Run.Error e = run.error();
        o.num(e == null ? 0 : 1);
        if (e != null) {
            o.str(e.kind());
            o.str(e.message());
            o.num(e.line());
            o.num(e.col());
            o.str(e.sourceLine());
            o.str(e.caret());
            o.str(e.text());
        }
        o.num(run.calls().size());
        for (Run.Call c : run.calls()) {
            o.num(c.id());
            o.num(c.parent());
            o.str(c.name());
            o.num(c.line());
            o.num(c.col());
        }
        o.num(all.size());
        for (Value v : all) {
            Value.Kind k = v.kind();
            o.num(k.ordinal());
            if (k == Value.Kind.POW) {
                o.str(v.op());
            } else {
                // a user class's node may name its op itself ('sum', or '+' on a one-child node of a + a)
                boolean own = !v.op().equals(OPS[k.ordinal()]);
                int n = v.children().size();
                o.num((own ? 1 : 0) | (n > 2 ? 2 : 0)); // 2: a user node of more than two children, their count follows
                if (own) {
                    o.str(v.op());
                }
                if (n > 2) {
                    o.num(n);
                }
            }
            if (k == Value.Kind.POW || k == Value.Kind.TANH) {
                o.dbl(v.exponent());
            }
            List<Value> kids = v.children();
            for (Value c : kids) {
                o.num(index.get(c));
            }
            o.str(v.label());
            o.dbl(v.data());
            o.dbl(v.grad());
            Run.Origin at = run.origin(v);
            if (at == null) {
                o.num(0);
            } else {
                o.num(at.line());
                o.num(at.col());
                o.num(at.call() == null ? 0 : at.call().id());
            }
        }
        o.num(drawn.size());
        for (int i = 0; i < drawn.size(); i++) {
            Value r = drawn.get(i);
            Integer k = index.get(r);
            o.num(sizes[i]);
            o.num(k == null ? -1 : k);
            if (k == null) {
                o.str(r.label());
                o.dbl(r.data());
                o.dbl(r.grad());
            }
        }
        o.num(run.figures().size());
        for (Run.Figure f : run.figures()) {
            o.num(f.at());
            o.str(f.svg());
        }
        return o.sb.toString();
    }

    /** Rebuilds a run from {@link #encode}'s string; throws IllegalArgumentException on anything else. */
    public static Decoded decode(String s) {
        if (!s.startsWith(MAGIC)) {
            throw new IllegalArgumentException("not an encoded run");
        }
        In in = new In(s, MAGIC.length());
        String text = in.str();
        String stderr = in.str();
        boolean byCall = in.num() == 1;
        Run.Error error = null;
        if (in.num() == 1) {
            error = new Run.Error(in.str(), in.str(), in.num(), in.num(), in.str(), in.str(), in.str());
        }
        int nc = in.count();
        List<Run.Call> calls = new ArrayList<>(nc);
        for (int i = 0; i < nc; i++) {
            calls.add(new Run.Call(in.num(), in.num(), in.str(), in.num(), in.num()));
        }
        int n = in.count();
        Value[] vs = new Value[n];
        int[] line = new int[n];
        int[] col = new int[n];
        int[] call = new int[n];
        for (int i = 0; i < n; i++) {
            int code = in.num();
            if (code < Op.LEAF || code > Op.SIGMOID) {
                throw in.corrupt();
            }
            Value.Kind k = Value.Kind.of(code);
            int flags = k == Value.Kind.POW ? 1 : in.num();
            if (flags < 0 || flags > 3) {
                throw in.corrupt();
            }
            String op = (flags & 1) == 1 ? in.str() : OPS[code];
            int many = (flags & 2) == 2 ? in.num() : 0;
            if (many != 0 && (many < 3 || many > n || k != Value.Kind.ADD && k != Value.Kind.MUL)) {
                throw in.corrupt();
            }
            double aux = k == Value.Kind.POW || k == Value.Kind.TANH ? in.dbl() : 0;
            List<Value> kids = new ArrayList<>(2);
            int count = many != 0 ? many : k == Value.Kind.LEAF ? 0 : k == Value.Kind.ADD || k == Value.Kind.MUL ? 2 : 1;
            for (int c = 0; c < count; c++) {
                kids.add(in.ref(vs, i));
            }
            String label = in.str();
            Value v = Value.rebuild(k, op, aux, in.dbl(), kids);
            v.setLabel(label);
            v.setGrad(in.dbl());
            vs[i] = v;
            line[i] = in.num();
            if (line[i] != 0) {
                col[i] = in.num();
                call[i] = in.num();
            }
        }
        int nd = in.count();
        List<Value> drawn = new ArrayList<>(nd);
        int[] sizes = new int[nd];
        boolean[] capped = new boolean[nd];
        for (int i = 0; i < nd; i++) {
            sizes[i] = in.num();
            int k = in.num();
            capped[i] = k < 0;
            if (k >= n) {
                throw in.corrupt();
            } else if (k >= 0) {
                drawn.add(vs[k]);
            } else {
                String label = in.str();
                Value stand = new Value(in.dbl(), label);
                stand.setGrad(in.dbl());
                drawn.add(stand);
            }
        }
        int nf = in.count();
        List<Run.Figure> figures = new ArrayList<>(nf);
        for (int i = 0; i < nf; i++) {
            figures.add(new Run.Figure(in.num(), in.str()));
        }
        if (in.at != s.length()) {
            throw new IllegalArgumentException("encoded run has " + (s.length() - in.at) + " chars left over");
        }
        return new Decoded(new Run(text, error, Map.of(), List.of(), drawn, byCall, calls, origins(vs, line, col, call),
                stderr, figures), sizes, capped);
    }

    /** Origins by the new Values' ids (consecutive unless another thread made Values meanwhile). */
    private static Run.Origins origins(Value[] vs, int[] line, int[] col, int[] call) {
        if (vs.length == 0) {
            return new Run.Origins(0, 0, new int[1], new int[1], new int[1]);
        }
        int base = vs[0].id() - 1;
        int last = vs[vs.length - 1].id() - base;
        int[] l = new int[last + 1];
        int[] c = new int[last + 1];
        int[] k = new int[last + 1];
        for (int i = 0; i < vs.length; i++) {
            int j = vs[i].id() - base;
            l[j] = line[i];
            c[j] = col[i];
            k[j] = call[i];
        }
        return new Run.Origins(base, last, l, c, k);
    }

    private static final class Out {
        final StringBuilder sb = new StringBuilder();

        void num(int n) {
            sb.append(n).append(',');
        }

        void str(String s) {
            sb.append(s.length()).append(',').append(s);
        }

        void dbl(double d) {
            long bits = Double.doubleToRawLongBits(d);
            hex((int) (bits >>> 32));
            hex((int) bits);
        }

        private void hex(int x) {
            for (int sh = 28; sh >= 0; sh -= 4) {
                sb.append(HEX.charAt((x >>> sh) & 15));
            }
        }
    }

    /** Reads what Out wrote; anything malformed is an IllegalArgumentException naming the place. */
    private static final class In {
        final String s;
        int at;

        In(String s, int at) {
            this.s = s;
            this.at = at;
        }

        IllegalArgumentException corrupt() {
            return new IllegalArgumentException("corrupt encoded run at char " + at);
        }

        int num() {
            boolean neg = at < s.length() && s.charAt(at) == '-';
            if (neg) {
                at++;
            }
            int n = 0;
            while (true) {
                char ch = at < s.length() ? s.charAt(at) : 'x';
                if (ch == ',') {
                    break;
                }
                if (ch < '0' || ch > '9') {
                    throw corrupt();
                }
                n = n * 10 + (ch - '0');
                at++;
            }
            at++;
            return neg ? -n : n;
        }

        /** A count of items: each takes at least one char, so no more than the chars left. */
        int count() {
            int n = num();
            if (n < 0 || n > s.length() - at) {
                throw corrupt();
            }
            return n;
        }

        /** An earlier Value (children come before their parents). */
        Value ref(Value[] vs, int before) {
            int k = num();
            if (k < 0 || k >= before) {
                throw corrupt();
            }
            return vs[k];
        }

        String str() {
            int n = num();
            if (n < 0 || n > s.length() - at) {
                throw corrupt();
            }
            at += n;
            return s.substring(at - n, at);
        }

        double dbl() {
            long hi = hex();
            long lo = hex();
            return Double.longBitsToDouble(hi << 32 | lo);
        }

        private long hex() {
            if (at + 8 > s.length()) {
                throw corrupt();
            }
            int x = 0;
            for (int i = 0; i < 8; i++) {
                char ch = s.charAt(at++);
                int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
                if (d < 0) {
                    throw corrupt();
                }
                x = x << 4 | d;
            }
            return x & 0xffffffffL;
        }
    }
}
