package dev.backprop.tape;

import dev.backprop.engine.FdLibm;
import dev.backprop.engine.Value;
import java.util.List;

/**
 * A {@link Value} graph recorded once into flat arrays, replayed forward and backward with new leaf data
 * without allocating: the fast path for training a fixed architecture.
 *
 * <p>Each recorded value gets a slot: the leaves first, then the computed values in the root's
 * {@link Value#topo()} order (extra outputs' nodes follow), so {@link #backward()} visits them exactly as
 * {@link Value#backward()} visits the graph (leaves do nothing there),
 * and every op repeats {@code Value}'s arithmetic operation for operation: data and grads equal the
 * {@code Value} path to the last bit (on the same JVM, for the same leaf data).
 *
 * <p>{@link #recordFused} additionally folds micrograd's neuron sums {@code b + w0*x0 + w1*x1 + ...} (a chain
 * of {@code +} nodes whose right operands are {@code *} nodes used nowhere else) into one {@code DOT} op.
 * The forward sum keeps the left-to-right order, and the backward pushes happen in the order the
 * {@code Value} path makes them. A chain is fused only when no other node that lies between its first and
 * last node in topological order pushes a gradient into one of the chain's operands; then the sequence of
 * contributions every grad receives is unchanged, so fused results are bitwise equal too. The chain's
 * interior values get no slot. One difference remains: the {@code Value} path accumulates into interior
 * grads that survive between calls, a fused tape starts them at zero on every {@link #backward()}, which is
 * what a fresh graph (one training step) does.
 *
 * <p>Usage: {@code Tape t = Tape.recordFused(loss); int[] w = t.slots(params);} then per step
 * {@code t.set(w, weights); t.forward(); t.zeroGrad(); t.backward(); t.grad(slot)}.
 */
public final class Tape {

    static final byte LEAF = 0, ADD = 1, MUL = 2, POW = 3, TANH = 4, EXP = 5, LOG = 6, RELU = 7, SIGMOID = 8,
            DOT = 9, DOTS = 10,
            DOTG = 11,  // a DOTS that also computes the next DOTS of its group forward (same inputs)
            DOTM = 12,  // a DOTS whose forward its group's DOTG already did
            DOTB = 13,  // a DOTG that also runs its group's backward (see groupSums)
            DOTN = 14;  // a DOTM whose backward its DOTB runs

    private final byte[] op;
    private final int[] a;        // first operand slot; DOT, DOTS: offset of its operands in args
    private final int[] b;        // second operand slot (-1 if none); DOT, DOTS: number of products
    private final double[] aux;   // POW: the exponent
    private final int[] args;     // DOT operands: start, u0, v0, u1, v1, ...; DOTS: start, u0, du, v0, dv
    private final double[] data;
    private final double[] grad;
    private final Value[] values; // the recorded value of each slot
    private final int root;       // backward starts here: slots above it are outside the root's graph
    private final int fusedDots;
    private final int firstOp;    // slots below are leaves (recorded leaves come first)
    private final int[] group;    // DOTG: offset in groups of {size, member slots...}
    private final int[] groups;
    private IdIndex index;        // Value -> slot, built on first use

    private Tape(byte[] op, int[] a, int[] b, double[] aux, int[] args, Value[] values, int root, int fusedDots) {
        this.op = op;
        this.a = a;
        this.b = b;
        this.aux = aux;
        this.args = args;
        this.values = values;
        this.root = root;
        this.fusedDots = fusedDots;
        int n = values.length;
        this.data = new double[n];
        this.grad = new double[n];
        int first = 0;
        for (int i = 0; i < n; i++) {
            data[i] = values[i].data();
            grad[i] = values[i].grad();
            if (op[i] == LEAF && first == i) {
                first = i + 1;
            }
        }
        this.firstOp = first;
        this.group = new int[n];
        this.groups = groupSums();
    }

    /**
     * Groups of 2 or 4 strided sums over the same inputs (a layer's neurons at one data point) whose operands
     * all precede the group's first slot: forward computes them side by side, each in its own order (the
     * bits are unchanged) while the processor overlaps their additions. Backward is untouched.
     */
    private int[] groupSums() {
        int n = op.length;
        Recorder.IntList out = new Recorder.IntList();
        int[] members = new int[4];
        for (int i = firstOp; i < n; i++) {
            if (op[i] != DOTS) {
                continue;
            }
            int size = 1;
            members[0] = i;
            for (int j = i + 1; j < n && j <= i + 16 && size < 4; j++) {
                if (op[j] == DOTS && sameInputs(i, j) && operandsBelow(j, i)) {
                    members[size++] = j;
                }
            }
            if (size == 3) {
                size = 2;
            }
            if (size < 2) {
                continue;
            }
            boolean back = backwardGroupable(members, size);
            op[i] = back ? DOTB : DOTG;
            group[i] = out.size;
            out.add(size);
            for (int k = 1; k < size; k++) {
                op[members[k]] = back ? DOTN : DOTM;
                out.add(members[k]);
            }
        }
        return java.util.Arrays.copyOf(out.items, out.size);
    }

    /**
     * Backward can run a group at its first slot (when every member's grad is complete) iff that keeps the
     * order of contributions to every grad: the group lies in the root's graph, its operands are distinct
     * slots except the shared inputs (each input gets one push per member, in the original member order),
     * and no other slot between the members pushes into an operand.
     */
    private boolean backwardGroupable(int[] members, int size) {
        int last = members[size - 1];
        if (last > root) {
            return false;
        }
        int i = members[0];
        int n = b[i];
        int o = a[i];
        int du = args[o + 2];
        int v0 = args[o + 3];
        int dv = args[o + 4];
        if (n > 1 && (du == 0 || dv == 0)) {
            return false;
        }
        for (int m = 0; m < size; m++) {
            int om = a[members[m]];
            int start = args[om];
            int u0 = args[om + 1];
            if (inRange(start, v0, dv, n) || inRange(u0, v0, dv, n) || inRange(u0 + (n - 1) * du, v0, dv, n)) {
                return false;
            }
            for (int q = 0; q < size; q++) {
                int oq = a[members[q]];
                if (q != m && (args[oq] == start || inRange(start, args[oq + 1], du, n)
                        || rangesMeet(u0, args[oq + 1], du, n))) {
                    return false;
                }
            }
            if (inRange(start, u0, du, n)) {
                return false;
            }
            if (m > 0) {
                for (int s = members[m - 1] + 1; s < members[m]; s++) {
                    if (op[s] >= DOT || (a[s] >= 0 && isOperand(a[s], members, size))
                            || (b[s] >= 0 && isOperand(b[s], members, size))) {
                        return false;
                    }
                }
            }
        }
        // u ranges must not overlap the v range anywhere (not only at their ends)
        for (int m = 0; m < size; m++) {
            int u0 = args[a[members[m]] + 1];
            for (int k = 0; k < n; k++) {
                if (inRange(u0 + k * du, v0, dv, n)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean isOperand(int x, int[] members, int size) {
        for (int m = 0; m < size; m++) {
            int o = a[members[m]];
            int n = b[members[m]];
            if (x == args[o] || inRange(x, args[o + 1], args[o + 2], n) || inRange(x, args[o + 3], args[o + 4], n)) {
                return true;
            }
        }
        return false;
    }

    /** {@code x} is one of {@code x0, x0 + dx, ..., x0 + (n-1)*dx}. */
    private static boolean inRange(int x, int x0, int dx, int n) {
        if (dx == 0 || n == 1) {
            return x == x0;
        }
        int off = x - x0;
        return off % dx == 0 && off / dx >= 0 && off / dx < n;
    }

    /** Two ranges with the same step share a slot. */
    private static boolean rangesMeet(int x0, int y0, int d, int n) {
        for (int k = 0; k < n; k++) {
            if (inRange(x0 + k * d, y0, d, n)) {
                return true;
            }
        }
        return false;
    }

    private boolean sameInputs(int i, int j) {
        int oi = a[i];
        int oj = a[j];
        return b[i] == b[j] && args[oi + 2] == args[oj + 2] && args[oi + 3] == args[oj + 3]
                && args[oi + 4] == args[oj + 4];
    }

    /** Every slot DOTS {@code j} reads is below {@code limit}. */
    private boolean operandsBelow(int j, int limit) {
        int o = a[j];
        int n = b[j];
        int u0 = args[o + 1];
        int uLast = u0 + (n - 1) * args[o + 2];
        int v0 = args[o + 3];
        int vLast = v0 + (n - 1) * args[o + 4];
        return args[o] < limit && u0 < limit && uLast < limit && v0 < limit && vLast < limit;
    }

    /** Records every value {@code root} depends on (and those {@code outputs} depend on), one slot each. */
    public static Tape record(Value root, Value... outputs) {
        return Recorder.record(root, outputs, false);
    }

    /**
     * Like {@link #record}, and folds neuron sums into single {@code DOT} ops where that keeps every result
     * bitwise equal (see the class comment). The root, the outputs and every leaf always keep a slot.
     */
    public static Tape recordFused(Value root, Value... outputs) {
        return Recorder.record(root, outputs, true);
    }

    static Tape of(byte[] op, int[] a, int[] b, double[] aux, int[] args, Value[] values, int root, int dots) {
        return new Tape(op, a, b, aux, args, values, root, dots);
    }

    // ---- replay ----

    /** Recomputes every non-leaf slot from the leaves, in slot order. Allocates nothing. */
    public void forward() {
        final byte[] op = this.op;
        final int[] a = this.a;
        final int[] b = this.b;
        final double[] d = this.data;
        final int n = d.length;
        // Under TeaVM's strict mode an array first dereferenced inside a loop is null-checked and unwrapped
        // on every iteration (which also keeps V8 from hoisting its bounds): touch each one before the loop.
        check(op.length == n && a.length == n && b.length == n);
        for (int i = firstOp; i < n; i++) {
            switch (op[i]) {
                case LEAF:
                    break;
                case ADD:
                    d[i] = d[a[i]] + d[b[i]];
                    break;
                case MUL:
                    d[i] = d[a[i]] * d[b[i]];
                    break;
                case POW:
                    d[i] = power(d[a[i]], aux[i]);
                    break;
                case TANH:
                    d[i] = FdLibm.tanh(d[a[i]]);
                    break;
                case EXP:
                    d[i] = Math.exp(d[a[i]]);
                    break;
                case LOG:
                    d[i] = Math.log(d[a[i]]);
                    break;
                case RELU: {
                    double x = d[a[i]];
                    d[i] = x < 0 ? 0.0 : x;
                    break;
                }
                case SIGMOID: {
                    double x = d[a[i]];
                    d[i] = x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
                    break;
                }
                case DOT:
                    d[i] = dot(a[i], b[i]);
                    break;
                case DOTS:
                    d[i] = dotStrided(a[i], b[i]);
                    break;
                case DOTG:
                case DOTB:
                    dotGroup(i);
                    break;
                case DOTM:
                case DOTN:
                    break;
                default:
                    throw new IllegalStateException("slot " + i + ": unknown op " + op[i]);
            }
        }
    }

    private double dot(int o, int n) {
        final int[] g = args;
        final double[] d = data;
        double s = d[g[o]] + d[g[o + 1]] * d[g[o + 2]];
        int end = o + 1 + 2 * n;
        for (int k = o + 3; k < end; k += 2) {
            s = s + d[g[k]] * d[g[k + 1]];
        }
        return s;
    }

    /**
     * Sets the root's grad to 1 and pushes grads to the children in reverse slot order, exactly as
     * {@link Value#backward()} does. Accumulates like it: call {@link #zeroGrad()} first for fresh grads.
     */
    public void backward() {
        final byte[] op = this.op;
        final int[] a = this.a;
        final int[] b = this.b;
        final double[] d = this.data;
        final double[] g = this.grad;
        check(op.length == g.length && a.length == g.length && b.length == g.length && d.length == g.length);
        g[root] = 1.0;
        for (int i = root; i >= firstOp; i--) {
            final double gi = g[i];
            switch (op[i]) {
                case LEAF:
                    break;
                case ADD:
                    g[a[i]] += 1.0 * gi;
                    g[b[i]] += 1.0 * gi;
                    break;
                case MUL: {
                    int x = a[i], y = b[i];
                    g[x] += d[y] * gi;
                    g[y] += d[x] * gi;
                    break;
                }
                case POW: {
                    double e = aux[i];
                    g[a[i]] += e * power(d[a[i]], e - 1) * gi;
                    break;
                }
                case TANH: {
                    double t = d[i];
                    g[a[i]] += (1 - t * t) * gi;
                    break;
                }
                case EXP:
                    g[a[i]] += d[i] * gi;
                    break;
                case LOG:
                    g[a[i]] += 1 / d[a[i]] * gi;
                    break;
                case RELU:
                    g[a[i]] += (d[i] > 0 ? 1.0 : 0.0) * gi;
                    break;
                case SIGMOID: {
                    double s = d[i];
                    g[a[i]] += s * (1 - s) * gi;
                    break;
                }
                case DOT:
                    dotBackward(a[i], b[i], gi);
                    break;
                case DOTS:
                case DOTG:
                case DOTM:
                    dotStridedBackward(a[i], b[i], gi);
                    break;
                case DOTB:
                    dotGroupBackward(i);
                    break;
                case DOTN:
                    break;
                default:
                    throw new IllegalStateException("slot " + i + ": unknown op " + op[i]);
            }
        }
    }

    /** A DOT whose k-th product is {@code data[u0 + k*du] * data[v0 + k*dv]}: no index reads. */
    private double dotStrided(int o, int n) {
        final double[] d = data;
        final int du = args[o + 2];
        final int dv = args[o + 4];
        int u = args[o + 1];
        int v = args[o + 3];
        double s = d[args[o]] + d[u] * d[v];
        for (int k = 1; k < n; k++) {
            u += du;
            v += dv;
            s = s + d[u] * d[v];
        }
        return s;
    }

    /** The forward of a group of 2 or 4 strided sums with the same inputs; each sum in its own order. */
    private void dotGroup(int i) {
        final double[] d = data;
        final int[] r = args;
        final int g = group[i];
        final int size = groups[g];
        final int n = b[i];
        final int o0 = a[i];
        final int du = r[o0 + 2];
        final int dv = r[o0 + 4];
        int v = r[o0 + 3];
        double x = d[v];
        if (size == 2) {
            final int i1 = groups[g + 1];
            final int o1 = a[i1];
            int u0 = r[o0 + 1];
            int u1 = r[o1 + 1];
            double s0 = d[r[o0]] + d[u0] * x;
            double s1 = d[r[o1]] + d[u1] * x;
            for (int k = 1; k < n; k++) {
                v += dv;
                u0 += du;
                u1 += du;
                x = d[v];
                s0 = s0 + d[u0] * x;
                s1 = s1 + d[u1] * x;
            }
            d[i] = s0;
            d[i1] = s1;
            return;
        }
        final int i1 = groups[g + 1];
        final int i2 = groups[g + 2];
        final int i3 = groups[g + 3];
        final int o1 = a[i1];
        final int o2 = a[i2];
        final int o3 = a[i3];
        int u0 = r[o0 + 1];
        int u1 = r[o1 + 1];
        int u2 = r[o2 + 1];
        int u3 = r[o3 + 1];
        double s0 = d[r[o0]] + d[u0] * x;
        double s1 = d[r[o1]] + d[u1] * x;
        double s2 = d[r[o2]] + d[u2] * x;
        double s3 = d[r[o3]] + d[u3] * x;
        for (int k = 1; k < n; k++) {
            v += dv;
            u0 += du;
            u1 += du;
            u2 += du;
            u3 += du;
            x = d[v];
            s0 = s0 + d[u0] * x;
            s1 = s1 + d[u1] * x;
            s2 = s2 + d[u2] * x;
            s3 = s3 + d[u3] * x;
        }
        d[i] = s0;
        d[i1] = s1;
        d[i2] = s2;
        d[i3] = s3;
    }

    /**
     * The backward of a DOTB group, run at its first slot: every member's pushes as dotStridedBackward makes
     * them, interleaved by term. Each weight and start gets one push; each shared input gets one push per
     * member, last member first as in slot order, summed in a register in that same order.
     */
    private void dotGroupBackward(int i) {
        final double[] d = data;
        final double[] g = grad;
        final int[] r = args;
        check(d.length == g.length);
        final int grp = group[i];
        final int size = groups[grp];
        final int n = b[i];
        final int o0 = a[i];
        final int du = r[o0 + 2];
        final int dv = r[o0 + 4];
        final int last = n - 1;
        int v = r[o0 + 3] + last * dv;
        if (size == 2) {
            final int i1 = groups[grp + 1];
            final int o1 = a[i1];
            final double gm0 = 0.0 + 1.0 * g[i];
            final double gm1 = 0.0 + 1.0 * g[i1];
            int u0 = r[o0 + 1] + last * du;
            int u1 = r[o1 + 1] + last * du;
            for (int k = last; k >= 0; k--) {
                double x = d[v];
                double t = g[v];
                g[u1] += x * gm1;
                t += d[u1] * gm1;
                g[u0] += x * gm0;
                t += d[u0] * gm0;
                g[v] = t;
                v -= dv;
                u0 -= du;
                u1 -= du;
            }
            g[r[o1]] += 1.0 * gm1;
            g[r[o0]] += 1.0 * gm0;
            return;
        }
        final int i1 = groups[grp + 1];
        final int i2 = groups[grp + 2];
        final int i3 = groups[grp + 3];
        final int o1 = a[i1];
        final int o2 = a[i2];
        final int o3 = a[i3];
        final double gm0 = 0.0 + 1.0 * g[i];
        final double gm1 = 0.0 + 1.0 * g[i1];
        final double gm2 = 0.0 + 1.0 * g[i2];
        final double gm3 = 0.0 + 1.0 * g[i3];
        int u0 = r[o0 + 1] + last * du;
        int u1 = r[o1 + 1] + last * du;
        int u2 = r[o2 + 1] + last * du;
        int u3 = r[o3 + 1] + last * du;
        for (int k = last; k >= 0; k--) {
            double x = d[v];
            double t = g[v];
            g[u3] += x * gm3;
            t += d[u3] * gm3;
            g[u2] += x * gm2;
            t += d[u2] * gm2;
            g[u1] += x * gm1;
            t += d[u1] * gm1;
            g[u0] += x * gm0;
            t += d[u0] * gm0;
            g[v] = t;
            v -= dv;
            u0 -= du;
            u1 -= du;
            u2 -= du;
            u3 -= du;
        }
        g[r[o3]] += 1.0 * gm3;
        g[r[o2]] += 1.0 * gm2;
        g[r[o1]] += 1.0 * gm1;
        g[r[o0]] += 1.0 * gm0;
    }

    /** {@link #dotBackward} for a strided DOT. */
    private void dotStridedBackward(int o, int n, double gi) {
        final double[] d = data;
        final double[] g = grad;
        final double gm = 0.0 + 1.0 * gi;
        check(d.length == g.length);
        final int du = args[o + 2];
        final int dv = args[o + 4];
        final int u0 = args[o + 1];
        final int v0 = args[o + 3];
        int u = u0 + (n - 1) * du;
        int v = v0 + (n - 1) * dv;
        for (int k = n - 1; k > 0; k--) {
            g[u] += d[v] * gm;
            g[v] += d[u] * gm;
            u -= du;
            v -= dv;
        }
        g[args[o]] += 1.0 * gm;
        g[u0] += d[v0] * gm;
        g[v0] += d[u0] * gm;
    }

    /**
     * The pushes of the chain's {@code *} and {@code +} nodes in the Value path's order: products n-1..1,
     * then the start term, then product 0. Each interior grad is {@code 0.0 + 1.0 * g} (a fresh grad).
     */
    private void dotBackward(int o, int n, double gi) {
        final int[] r = args;
        final double[] d = data;
        final double[] g = grad;
        final double gm = 0.0 + 1.0 * gi;
        check(d.length == g.length);
        for (int k = o + 2 * n - 1; k > o + 1; k -= 2) {
            int u = r[k], v = r[k + 1];
            g[u] += d[v] * gm;
            g[v] += d[u] * gm;
        }
        g[r[o]] += 1.0 * gm;
        int u = r[o + 1], v = r[o + 2];
        g[u] += d[v] * gm;
        g[v] += d[u] * gm;
    }

    /**
     * Fails loudly if the tape's arrays disagree (they never do). Its real purpose: it dereferences each array
     * before a hot loop, so TeaVM's strict mode null-checks it there once instead of on every iteration.
     */
    private static void check(boolean ok) {
        if (!ok) {
            throw new IllegalStateException("tape arrays out of step");
        }
    }

    /** Sets every grad to 0. */
    public void zeroGrad() {
        java.util.Arrays.fill(grad, 0.0);
    }

    // ---- slots ----

    /** Number of slots. */
    public int size() {
        return data.length;
    }

    /** The root's slot (the last slot of the root's graph). */
    public int root() {
        return root;
    }

    /** How many neuron sums {@link #recordFused} folded into {@code DOT} ops. */
    public int fusedDots() {
        return fusedDots;
    }

    /** How many of those read their operands at evenly spaced slots (no index array). */
    public int stridedDots() {
        int k = 0;
        for (byte o : op) {
            if (o >= DOTS) {
                k++;
            }
        }
        return k;
    }

    /** The slot of a recorded value. */
    public int slot(Value v) {
        if (index == null) {
            IdIndex m = new IdIndex(values.length);
            for (int i = 0; i < values.length; i++) {
                m.put(values[i], i);
            }
            index = m;
        }
        int s = index.get(v);
        if (s < 0) {
            throw new IllegalArgumentException(v.name() + " (" + v + ") has no slot on this tape: it is not part of"
                    + " the recorded graph, or it is the interior of a fused sum (record it as an output)");
        }
        return s;
    }

    /** The slots of these values, in order. */
    public int[] slots(List<Value> vs) {
        int[] out = new int[vs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = slot(vs.get(i));
        }
        return out;
    }

    /** The value recorded in a slot. */
    public Value value(int slot) {
        return values[slot];
    }

    public boolean isLeaf(int slot) {
        return op[slot] == LEAF;
    }

    public double data(int slot) {
        return data[slot];
    }

    public double grad(int slot) {
        return grad[slot];
    }

    /** Sets a slot's data; meant for leaves (inputs, parameters): forward() overwrites computed slots. */
    public void setData(int slot, double x) {
        data[slot] = x;
    }

    public void setGrad(int slot, double x) {
        grad[slot] = x;
    }

    /** {@code data[slots[i]] = values[i]} for each i. */
    public void set(int[] slots, double[] values) {
        if (slots.length != values.length) {
            throw new IllegalArgumentException(slots.length + " slots but " + values.length + " values");
        }
        for (int i = 0; i < slots.length; i++) {
            data[slots[i]] = values[i];
        }
    }

    /** Copies the data of these slots into {@code out}. */
    public void getData(int[] slots, double[] out) {
        for (int i = 0; i < slots.length; i++) {
            out[i] = data[slots[i]];
        }
    }

    /** Copies the grads of these slots into {@code out}. */
    public void getGrad(int[] slots, double[] out) {
        for (int i = 0; i < slots.length; i++) {
            out[i] = grad[slots[i]];
        }
    }

    /** Reads the current data of every leaf from its {@link Value} (after the Value-side code changed them). */
    public void pull() {
        for (int i = 0; i < data.length; i++) {
            if (op[i] == LEAF) {
                data[i] = values[i].data();
            }
        }
    }

    /** Writes these slots' data and grad back into their {@link Value}s. */
    public void push(int[] slots) {
        for (int s : slots) {
            values[s].setData(data[s]);
            values[s].setGrad(grad[s]);
        }
    }

    /** Writes every slot's data and grad back into its {@link Value} (for drawing the graph). */
    public void pushAll() {
        for (int i = 0; i < data.length; i++) {
            values[i].setData(data[i]);
            values[i].setGrad(grad[i]);
        }
    }

    /** {@code Value.power}, repeated here so the tape computes the same bits. */
    static double power(double x, double n) {
        if (n == 1) {
            return x;
        }
        if (n == 2) {
            return x * x;
        }
        if (n == -1) {
            return 1 / x;
        }
        return Math.pow(x, n);
    }
}
