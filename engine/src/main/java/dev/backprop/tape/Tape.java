package dev.backprop.tape;

import dev.backprop.engine.Op;
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

    // the primitive ops are Op's codes (their rules live there); the rest are the tape's fused forms
    static final byte LEAF = Op.LEAF, ADD = Op.ADD, MUL = Op.MUL, POW = Op.POW, TANH = Op.TANH, EXP = Op.EXP,
            LOG = Op.LOG, RELU = Op.RELU, SIGMOID = Op.SIGMOID,
            DOT = 9, DOTS = 10,
            DOTG = 11,  // a DOTS that also computes the next DOTS of its group forward (same inputs)
            DOTM = 12,  // a DOTS whose forward its group's DOTG already did
            DOTB = 13,  // a DOTG that also runs its group's backward (see groupSums)
            DOTN = 14,  // a DOTM whose backward its DOTB runs
            BLK = 15,   // a DOTS replayed by its Block (a layer's sums at every data point, see findBlocks)
            RELB = 16;  // the RELU of a BLK sum, replayed by the Block too

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
    private int[] groups;
    private Block[] blocks;       // batched layers; their member slots are BLK
    private int[] sched;          // with blocks: replay order as pairs (from, to) = slots [from, to), (-1-b, 0) = block b
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
        this.blocks = new Block[0];
        if (batcher != null) {
            batcher.batch(this);
        }
        this.groups = groupSums();
    }

    /** Finds the batched layers and their replay order, or leaves the tape slot by slot. */
    private void batch() {
        int n = op.length;
        blocks = findBlocks();
        if (blocks.length > 0) {
            sched = schedule();
            if (sched == null) { // not provably exact: replay slot by slot
                for (int i = 0; i < n; i++) {
                    if (op[i] == RELB) {
                        op[i] = RELU;
                    } else if (op[i] >= DOTS) {
                        op[i] = DOTS;
                    }
                }
                blocks = new Block[0];
            }
        }
    }

    /** What {@link #batching} switches on. */
    private interface Batcher {
        void batch(Tape tape);
    }

    private static Batcher batcher;

    /**
     * Whether tapes recorded from now on replay a layer's sums at all data points as one batched op
     * ({@link Block}); off by default. Same results bit for bit either way; batched is faster under TeaVM's
     * strict mode (the JS benchmarks switch it on). The web page leaves it off: then no Block is ever made,
     * and TeaVM keeps Block and the batched schedule (~9 KB gzip) out of the page's script.
     */
    public static void batching(boolean on) {
        batcher = on ? Tape::batch : null;
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

    // ---- batched layers ----

    /**
     * Finds layers replayed at many data points: strided sums that share their inputs (one data point's
     * layer: same input slots, term count and strides) and, across points, the same neurons in the same slot
     * order (same bias and weight slots). Weights and biases must be leaves; every weight, bias, input and
     * sum slot of a block must be distinct (so the batched pushes reach each grad in the per-point order).
     * Marks the blocks' sums BLK.
     */
    private Block[] findBlocks() {
        final int n = op.length;
        // int keys (a collision only merges lists that block() then refuses); no long math or sorting here:
        // under TeaVM they would pull in library code the web page does not otherwise need
        java.util.HashMap<Integer, Recorder.IntList> byInputs = new java.util.HashMap<>();
        java.util.ArrayList<Recorder.IntList> layers = new java.util.ArrayList<>();
        for (int i = firstOp; i < root; i++) {
            if (op[i] != DOTS) {
                continue;
            }
            int o = a[i];
            int key = ((args[o + 3] * 31 + args[o + 4]) * 31 + b[i]) * 31 + args[o + 2];
            Recorder.IntList l = byInputs.get(key);
            if (l == null) {
                l = new Recorder.IntList();
                byInputs.put(key, l);
                layers.add(l);
            }
            l.add(i);
        }
        // point layers with the same neurons, in order of their first slot
        java.util.HashMap<Integer, java.util.ArrayList<Recorder.IntList>> byNeurons = new java.util.HashMap<>();
        java.util.ArrayList<java.util.ArrayList<Recorder.IntList>> blockList = new java.util.ArrayList<>();
        for (Recorder.IntList l : layers) {
            int h = l.size;
            for (int m = 0; m < l.size; m++) {
                int o = a[l.items[m]];
                h = h * 31 + args[o];
                h = h * 31 + args[o + 1];
            }
            java.util.ArrayList<Recorder.IntList> same = byNeurons.get(h);
            if (same == null) {
                same = new java.util.ArrayList<>();
                byNeurons.put(h, same);
                blockList.add(same);
            }
            same.add(l);
        }
        java.util.ArrayList<Block> found = new java.util.ArrayList<>();
        int[] stamp = new int[n];
        int[] uses = new int[n];
        int[] reluOf = new int[n];
        java.util.Arrays.fill(reluOf, -1);
        Recorder.IntList ops = new Recorder.IntList();
        for (int i = firstOp; i < n; i++) {
            ops.size = 0;
            operands(i, ops);
            for (int k = 0; k < ops.size; k++) {
                uses[ops.items[k]]++;
            }
            if (op[i] == RELU) {
                reluOf[a[i]] = i;
            }
        }
        for (java.util.ArrayList<Recorder.IntList> pts : blockList) {
            if (pts.size() < 2) {
                continue;
            }
            Block blk = block(pts, stamp, found.size() + 1);
            if (blk != null) {
                boolean relus = true; // every sum feeds only a ReLU: the block replays those too
                for (int s : blk.out) {
                    op[s] = BLK;
                    relus &= uses[s] == 1 && reluOf[s] >= 0 && reluOf[s] < root;
                }
                if (relus) {
                    int[] act = new int[blk.out.length];
                    for (int r = 0; r < act.length; r++) {
                        act[r] = reluOf[blk.out[r]];
                        op[act[r]] = RELB;
                    }
                    blk.act = act;
                }
                found.add(blk);
            }
        }
        return found.toArray(new Block[0]);
    }

    /** The block of these point layers, or null if they do not qualify. */
    private Block block(java.util.ArrayList<Recorder.IntList> pts, int[] stamp, int mark) {
        Recorder.IntList first = pts.get(0);
        int cn = first.size;
        int f = first.items[0];
        int fo = a[f];
        int terms = b[f];
        int du = args[fo + 2];
        int dx = args[fo + 4];
        int pn = pts.size();
        if (cn < 4 || terms < 4 || pn < 4) {
            return null; // too small to gain from batching
        }
        int[] bias = new int[cn];
        int[] w0 = new int[cn];
        for (int j = 0; j < cn; j++) {
            int o = a[first.items[j]];
            bias[j] = args[o];
            w0[j] = args[o + 1];
        }
        int[] x0 = new int[pn];
        int[] out = new int[pn * cn];
        for (int p = 0; p < pn; p++) {
            Recorder.IntList l = pts.get(p);
            if (l.size != cn) {
                return null;
            }
            for (int j = 0; j < cn; j++) {
                int s = l.items[j];
                int o = a[s];
                if (b[s] != terms || args[o] != bias[j] || args[o + 1] != w0[j] || args[o + 2] != du
                        || args[o + 3] != args[a[l.items[0]] + 3] || args[o + 4] != dx) {
                    return null; // a hash collision
                }
                out[p * cn + j] = s;
            }
            x0[p] = args[a[l.items[0]] + 3];
        }
        // points come in order of their first sum (layers were listed in slot order); sums too
        int[] sx = x0;
        int[] so = out;
        for (int p = 1; p < pn; p++) {
            if (so[p * cn] <= so[p * cn - 1]) {
                return null; // points' sums interleaved
            }
        }
        // distinct slots; weights and biases are leaves
        for (int j = 0; j < cn; j++) {
            if (!fresh(bias[j], stamp, mark, true)) {
                return null;
            }
            for (int k = 0; k < terms; k++) {
                if (!fresh(w0[j] + k * du, stamp, mark, true)) {
                    return null;
                }
            }
        }
        for (int p = 0; p < pn; p++) {
            for (int k = 0; k < terms; k++) {
                if (!fresh(sx[p] + k * dx, stamp, mark, false)) {
                    return null;
                }
            }
        }
        for (int s : so) {
            if (!fresh(s, stamp, mark, false)) {
                return null;
            }
        }
        return new Block(bias, w0, du, sx, dx, terms, so);
    }

    private boolean fresh(int s, int[] stamp, int mark, boolean leaf) {
        if (s <= -1 || s >= op.length || stamp[s] == mark || (leaf && op[s] != LEAF)) {
            return false;
        }
        stamp[s] = mark;
        return true;
    }

    /**
     * The replay order with blocks: a topological order of the slots (a block counts as one node, so its
     * sums at all points run together) that keeps slot order where it can. Null unless backward in the
     * reverse of this order makes, for every grad, the same pushes in the same order as slot-by-slot
     * backward (the Value path's order), and reads every grad only after its last push.
     */
    private int[] schedule() {
        final int n = op.length;
        final int nb = blocks.length;
        final int nodes = n + nb;
        int[] blockOf = new int[n];
        java.util.Arrays.fill(blockOf, -1);
        for (int k = 0; k < nb; k++) {
            for (int s : blocks[k].out) {
                blockOf[s] = k;
            }
            if (blocks[k].act != null) {
                for (int s : blocks[k].act) {
                    blockOf[s] = k;
                }
            }
        }
        int[] leader = new int[n];
        java.util.Arrays.fill(leader, -1);
        for (int i = firstOp; i < n; i++) {
            if (op[i] == DOTG || op[i] == DOTB) {
                int g0 = group[i];
                for (int m = 1; m < groups[g0]; m++) {
                    leader[groups[g0 + m]] = i;
                }
            }
        }
        // edges producer -> consumer, CSR
        Recorder.IntList from = new Recorder.IntList();
        Recorder.IntList to = new Recorder.IntList();
        Recorder.IntList ops = new Recorder.IntList();
        for (int i = firstOp; i < n; i++) {
            if (op[i] == LEAF) {
                continue;
            }
            int consumer = op[i] == BLK || op[i] == RELB ? n + blockOf[i] : i;
            ops.size = 0;
            operands(i, ops);
            int lead = leader[i];
            for (int k = 0; k < ops.size; k++) {
                int s = ops.items[k];
                if (s < firstOp || op[s] == LEAF) {
                    continue;
                }
                int producer = op[s] == BLK || op[s] == RELB ? n + blockOf[s] : s;
                if (producer == consumer && op[i] == RELB) {
                    continue; // the block computes a sum, then its ReLU
                }
                if (producer == consumer || producer == lead) {
                    return null; // a block reading its own sums
                }
                from.add(producer);
                to.add(consumer);
                if (lead >= 0) { // the group's first sum computes this one forward: it needs these operands
                    from.add(producer);
                    to.add(lead);
                }
            }
            if (lead >= 0) {
                from.add(lead);
                to.add(i);
            }
        }
        int[] start = new int[nodes + 1];
        int[] indeg = new int[nodes];
        for (int e = 0; e < from.size; e++) {
            start[from.items[e] + 1]++;
            indeg[to.items[e]]++;
        }
        for (int v = 0; v < nodes; v++) {
            start[v + 1] += start[v];
        }
        int[] fill = java.util.Arrays.copyOf(start, nodes);
        int[] succ = new int[from.size];
        for (int e = 0; e < from.size; e++) {
            succ[fill[from.items[e]]++] = to.items[e];
        }
        // Kahn's algorithm, smallest slot first (a block by its first sum)
        int[] heap = new int[nodes];
        int[] key = new int[nodes];
        int size = 0;
        int total = 0;
        for (int v = firstOp; v < nodes; v++) {
            boolean isNode = v >= n || (op[v] != LEAF && op[v] != BLK && op[v] != RELB);
            if (!isNode) {
                continue;
            }
            total++;
            key[v] = v >= n ? blocks[v - n].minSlot() : v;
            if (indeg[v] == 0) {
                size = heapPush(heap, key, size, v);
            }
        }
        Recorder.IntList s = new Recorder.IntList();
        int done = 0;
        int runFrom = -1;
        int runTo = -1;
        while (size > 0) {
            int v = heap[0];
            size = heapPop(heap, key, size);
            done++;
            for (int e = start[v]; e < start[v + 1]; e++) {
                int c = succ[e];
                if (--indeg[c] == 0) {
                    size = heapPush(heap, key, size, c);
                }
            }
            if (v >= n) {
                if (runFrom >= 0) {
                    s.add(runFrom);
                    s.add(runTo);
                    runFrom = -1;
                }
                s.add(-1 - (v - n));
                s.add(0);
                continue;
            }
            if (runFrom >= 0) {
                int next = runTo;
                while (next < v && (op[next] == BLK || op[next] == RELB || op[next] == LEAF)) {
                    next++;
                }
                if (next == v) {
                    runTo = v + 1;
                    continue;
                }
                s.add(runFrom);
                s.add(runTo);
            }
            runFrom = v;
            runTo = v + 1;
        }
        if (runFrom >= 0) {
            s.add(runFrom);
            s.add(runTo);
        }
        if (done != total) {
            return null; // blocks made a cycle
        }
        int[] order = java.util.Arrays.copyOf(s.items, s.size);
        return samePushes(order) ? order : null;
    }

    private static int heapPush(int[] heap, int[] key, int size, int v) {
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >> 1;
            if (key[heap[parent]] <= key[v]) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = v;
        return size;
    }

    private static int heapPop(int[] heap, int[] key, int size) {
        int last = heap[--size];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && key[heap[c + 1]] < key[heap[c]]) {
                c++;
            }
            if (key[heap[c]] >= key[last]) {
                break;
            }
            heap[i] = heap[c];
            i = c;
        }
        if (size > 0) {
            heap[i] = last;
        }
        return size;
    }

    /** The data operands of slot i (for a fused sum: start, then u and v of every term). */
    private void operands(int i, Recorder.IntList out) {
        switch (op[i]) {
            case LEAF:
                return;
            case DOT: {
                int o = a[i];
                for (int k = 0; k <= 2 * b[i]; k++) {
                    out.add(args[o + k]);
                }
                return;
            }
            case DOTS:
            case DOTG:
            case DOTM:
            case DOTB:
            case DOTN:
            case BLK: {
                int o = a[i];
                out.add(args[o]);
                for (int k = 0; k < b[i]; k++) {
                    out.add(args[o + 1] + k * args[o + 2]);
                    out.add(args[o + 3] + k * args[o + 4]);
                }
                return;
            }
            default:
                out.add(a[i]);
                if (b[i] >= 0) {
                    out.add(b[i]);
                }
        }
    }

    /**
     * Pushes made in backward: target slots and who made them (slot, term), in order. Plain int arrays on
     * purpose: under TeaVM a long[] is a BigInt64Array, and one more array type reaching TeaVM's shared
     * bounds-check helpers makes V8's length loads there megamorphic, in the replay loops too (measured: 4x).
     */
    private static final class Pushes {
        final Recorder.IntList target = new Recorder.IntList();
        final Recorder.IntList slot = new Recorder.IntList();
        final Recorder.IntList term = new Recorder.IntList();

        void add(int t, int by, int k) {
            target.add(t);
            slot.add(by);
            term.add(k);
        }
    }

    /** The pushes of one strided or indexed sum at slot i, in dotStridedBackward's / dotBackward's order. */
    private void sumPushes(int i, Pushes out) {
        int o = a[i];
        int n = b[i];
        for (int k = n - 1; k >= 0; k--) {
            if (k == 0) {
                out.add(args[o], i, 2 * n);
            }
            out.add(termU(i, k), i, 2 * k);
            out.add(termV(i, k), i, 2 * k + 1);
        }
    }

    private int termU(int i, int k) {
        int o = a[i];
        return op[i] == DOT ? args[o + 1 + 2 * k] : args[o + 1] + k * args[o + 2];
    }

    private int termV(int i, int k) {
        int o = a[i];
        return op[i] == DOT ? args[o + 2 + 2 * k] : args[o + 3] + k * args[o + 4];
    }

    private void slotPushes(int i, Pushes out) {
        switch (op[i]) {
            case LEAF:
                return;
            case ADD:
            case MUL:
                out.add(a[i], i, 0);
                out.add(b[i], i, 1);
                return;
            case DOT:
            case DOTS:
            case DOTG:
            case DOTM:
            case DOTB:
            case DOTN:
            case BLK:
                sumPushes(i, out);
                return;
            default:
                out.add(a[i], i, 0);
        }
    }

    /** Backward in the reverse of {@code order} versus slot by slot: same pushes per grad, in the same order. */
    private boolean samePushes(int[] order) {
        final int n = op.length;
        Pushes ref = new Pushes();
        for (int i = root; i >= firstOp; i--) {
            slotPushes(i, ref);
        }
        int[] total = new int[n];
        for (int e = 0; e < ref.target.size; e++) {
            total[ref.target.items[e]]++;
        }
        int[] seen = new int[n];
        Pushes got = new Pushes();
        for (int q = order.length - 2; q >= 0; q -= 2) {
            int from = order[q];
            if (from >= 0) {
                for (int i = Math.min(order[q + 1] - 1, root); i >= from; i--) {
                    int before = got.target.size;
                    switch (op[i]) {
                        case DOTN:
                        case BLK:
                        case RELB:
                            continue;
                        case DOTB: {
                            int g0 = group[i];
                            int size = groups[g0];
                            for (int m = 0; m < size; m++) {
                                if (!complete(m == 0 ? i : groups[g0 + m], seen, total)) {
                                    return false;
                                }
                            }
                            for (int k = b[i] - 1; k >= 0; k--) {
                                for (int m = size - 1; m >= 0; m--) {
                                    int s = m == 0 ? i : groups[g0 + m];
                                    got.add(termU(s, k), s, 2 * k);
                                    got.add(termV(s, k), s, 2 * k + 1);
                                }
                            }
                            for (int m = size - 1; m >= 0; m--) {
                                int s = m == 0 ? i : groups[g0 + m];
                                got.add(args[a[s]], s, 2 * b[s]);
                            }
                            break;
                        }
                        default:
                            if (op[i] != LEAF && !complete(i, seen, total)) {
                                return false;
                            }
                            slotPushes(i, got);
                    }
                    for (int e = before; e < got.target.size; e++) {
                        seen[got.target.items[e]]++;
                    }
                }
            } else {
                Block blk = blocks[-1 - from];
                int cn = blk.neurons;
                if (blk.act != null) {
                    for (int r = 0; r < blk.act.length; r++) {
                        if (!complete(blk.act[r], seen, total)) {
                            return false;
                        }
                        got.add(blk.out[r], blk.act[r], 0);
                        seen[blk.out[r]]++;
                    }
                }
                for (int s : blk.out) {
                    if (!complete(s, seen, total)) {
                        return false;
                    }
                }
                int before = got.target.size;
                for (int p = blk.points - 1; p >= 0; p--) {
                    for (int j = cn - 1; j >= 0; j--) {
                        int s = blk.out[p * cn + j];
                        for (int k = 0; k < blk.n; k++) {
                            got.add(blk.x0[p] + k * blk.dx, s, 2 * k + 1);
                            got.add(blk.w0[j] + k * blk.du, s, 2 * k);
                        }
                        got.add(blk.bias[j], s, 2 * blk.n);
                    }
                }
                for (int e = before; e < got.target.size; e++) {
                    seen[got.target.items[e]]++;
                }
            }
        }
        if (got.target.size != ref.target.size) {
            return false;
        }
        // compare per target, each in its order (stable bucketing)
        int[] at = new int[n + 1];
        for (int t = 0; t < n; t++) {
            if (seen[t] != total[t]) {
                return false;
            }
            at[t + 1] = at[t] + total[t];
        }
        int m = ref.target.size;
        int[] want = new int[2 * m];
        int[] have = new int[2 * m];
        int[] fillR = java.util.Arrays.copyOf(at, n);
        int[] fillG = java.util.Arrays.copyOf(at, n);
        for (int e = 0; e < m; e++) {
            int r = 2 * fillR[ref.target.items[e]]++;
            want[r] = ref.slot.items[e];
            want[r + 1] = ref.term.items[e];
            int q = 2 * fillG[got.target.items[e]]++;
            have[q] = got.slot.items[e];
            have[q + 1] = got.term.items[e];
        }
        return java.util.Arrays.equals(want, have);
    }

    /** Every push into slot s has been made (so reading its grad now reads the final value). */
    private static boolean complete(int s, int[] seen, int[] total) {
        return seen[s] == total[s];
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
        final int[] s = sched;
        if (s == null) {
            forward(firstOp, data.length);
            return;
        }
        for (int q = 0; q < s.length; q += 2) {
            final int from = s[q];
            if (from >= 0) {
                forward(from, s[q + 1]);
            } else {
                blocks[-1 - from].forward(data);
            }
        }
    }

    /** Forward of slots {@code from..to-1} in slot order. */
    private void forward(int from, int to) {
        final byte[] op = this.op;
        final int[] a = this.a;
        final int[] b = this.b;
        final double[] d = this.data;
        final int n = d.length;
        // Under TeaVM's strict mode an array first dereferenced inside a loop is null-checked and unwrapped
        // on every iteration (which also keeps V8 from hoisting its bounds): touch each one before the loop.
        final int ol = op.length;
        final int al = a.length;
        final int bl = b.length;
        for (int i = from; i < to; i++) {
            if (i <= -1 || i >= ol || i >= al || i >= bl || i >= n) {
                throw new ArrayIndexOutOfBoundsException(i);
            }
            switch (op[i]) {
                case LEAF:
                    break;
                case ADD: {
                    final int x = a[i], y = b[i];
                    if (x <= -1 || x >= n || y <= -1 || y >= n) {
                        throw oob(x <= -1 || x >= n ? x : y);
                    }
                    d[i] = d[x] + d[y];
                    break;
                }
                case MUL: {
                    final int x = a[i], y = b[i];
                    if (x <= -1 || x >= n || y <= -1 || y >= n) {
                        throw oob(x <= -1 || x >= n ? x : y);
                    }
                    d[i] = d[x] * d[y];
                    break;
                }
                case POW:
                case TANH:
                case EXP:
                case LOG:
                case SIGMOID:
                    d[i] = Op.forward(op[i], d[a[i]], aux[i]);
                    break;
                case RELU: {
                    final int y = a[i];
                    if (y <= -1 || y >= n) {
                        throw oob(y);
                    }
                    double x = d[y];
                    d[i] = x < 0 ? 0.0 : x;
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
                case BLK:
                case RELB:
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
        grad[root] = 1.0;
        final int[] s = sched;
        if (s == null) {
            backward(root, firstOp);
            return;
        }
        for (int q = s.length - 2; q >= 0; q -= 2) {
            final int from = s[q];
            if (from >= 0) {
                final int hi = Math.min(s[q + 1] - 1, root);
                if (hi >= from) {
                    backward(hi, from);
                }
            } else {
                blocks[-1 - from].backward(data, grad);
            }
        }
    }

    /** Backward of slots {@code hi} down to {@code lo}. */
    private void backward(int hi, int lo) {
        final byte[] op = this.op;
        final int[] a = this.a;
        final int[] b = this.b;
        final double[] d = this.data;
        final double[] g = this.grad;
        final int ol = op.length;
        final int al = a.length;
        final int bl = b.length;
        final int dl = d.length;
        final int gl = g.length;
        for (int i = hi; i >= lo; i--) {
            if (i <= -1 || i >= ol || i >= al || i >= bl || i >= dl || i >= gl) {
                throw new ArrayIndexOutOfBoundsException(i);
            }
            final double gi = g[i];
            switch (op[i]) {
                case LEAF:
                    break;
                case ADD: {
                    final int x = a[i], y = b[i];
                    if (x <= -1 || x >= gl || y <= -1 || y >= gl) {
                        throw oob(x <= -1 || x >= gl ? x : y);
                    }
                    g[x] += 1.0 * gi;
                    g[y] += 1.0 * gi;
                    break;
                }
                case MUL: {
                    final int x = a[i], y = b[i];
                    if (x <= -1 || x >= gl || x >= dl || y <= -1 || y >= gl || y >= dl) {
                        throw oob(x <= -1 || x >= gl || x >= dl ? x : y);
                    }
                    g[x] += d[y] * gi;
                    g[y] += d[x] * gi;
                    break;
                }
                case POW:
                case TANH:
                case EXP:
                case LOG:
                case SIGMOID: {
                    final int x = a[i];
                    g[x] += Op.local(op[i], 0, d[x], aux[i], d[i]) * gi;
                    break;
                }
                case RELU: {
                    final int x = a[i];
                    if (x <= -1 || x >= gl) {
                        throw oob(x);
                    }
                    g[x] += (d[i] > 0 ? 1.0 : 0.0) * gi;
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
                case BLK:
                case RELB:
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
        final int dl = d.length;
        for (int k = 1; k < n; k++) {
            u += du;
            v += dv;
            if (u <= -1 || u >= dl || v <= -1 || v >= dl) {
                throw oob(u);
            }
            s = s + d[u] * d[v];
        }
        return s;
    }

    /** The forward of a group of 2 or 4 strided sums with the same inputs; each sum in its own order. */
    private void dotGroup(int i) {
        final double[] d = data;
        final int dl = d.length;
        final int[] r = args;
        final int rl = r.length;
        final int[] gs = groups;
        final int g = group[i];
        if (g <= -1 || g >= gs.length) {
            throw oob(g);
        }
        final int size = gs[g];
        final int n = b[i];
        final int o0 = a[i];
        final int o02 = o0 + 2;
        final int o03 = o0 + 3;
        final int o04 = o0 + 4;
        if (o0 <= -1 || o02 >= rl || o03 >= rl || o04 >= rl) {
            throw oob(o0);
        }
        final int du = r[o02];
        final int dv = r[o04];
        int v = r[o03];
        if (v <= -1 || v >= dl) {
            throw oob(v);
        }
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
                if (v <= -1 || v >= dl || u0 <= -1 || u0 >= dl || u1 <= -1 || u1 >= dl) {
                    throw oob(v);
                }
                x = d[v];
                s0 = s0 + d[u0] * x;
                s1 = s1 + d[u1] * x;
            }
            d[i] = s0;
            d[i1] = s1;
            return;
        }
        final int g1 = g + 1;
        final int g2 = g + 2;
        final int g3 = g + 3;
        if (g1 >= gs.length || g2 >= gs.length || g3 >= gs.length) {
            throw oob(g3);
        }
        final int[] aa = a;
        final int al = aa.length;
        final int i1 = gs[g1];
        final int i2 = gs[g2];
        final int i3 = gs[g3];
        if (i1 <= -1 || i1 >= al || i1 >= dl || i2 <= -1 || i2 >= al || i2 >= dl || i3 <= -1 || i3 >= al
                || i3 >= dl || i >= dl) {
            throw oob(i1);
        }
        final int o1 = aa[i1];
        final int o2 = aa[i2];
        final int o3 = aa[i3];
        final int o01 = o0 + 1;
        final int o11 = o1 + 1;
        final int o21 = o2 + 1;
        final int o31 = o3 + 1;
        if (o01 >= rl || o1 <= -1 || o11 >= rl || o2 <= -1 || o21 >= rl || o3 <= -1 || o31 >= rl) {
            throw oob(o1);
        }
        int u0 = r[o01];
        int u1 = r[o11];
        int u2 = r[o21];
        int u3 = r[o31];
        final int b0 = r[o0];
        final int b1 = r[o1];
        final int b2 = r[o2];
        final int b3 = r[o3];
        if (u0 <= -1 || u0 >= dl || u1 <= -1 || u1 >= dl || u2 <= -1 || u2 >= dl || u3 <= -1 || u3 >= dl
                || b0 <= -1 || b0 >= dl || b1 <= -1 || b1 >= dl || b2 <= -1 || b2 >= dl || b3 <= -1 || b3 >= dl) {
            throw oob(u0);
        }
        double s0 = d[b0] + d[u0] * x;
        double s1 = d[b1] + d[u1] * x;
        double s2 = d[b2] + d[u2] * x;
        double s3 = d[b3] + d[u3] * x;
        for (int k = 1; k < n; k++) {
            v += dv;
            u0 += du;
            u1 += du;
            u2 += du;
            u3 += du;
            if (v <= -1 || v >= dl || u0 <= -1 || u0 >= dl || u1 <= -1 || u1 >= dl || u2 <= -1 || u2 >= dl
                    || u3 <= -1 || u3 >= dl) {
                throw oob(v);
            }
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
        final int dl = d.length;
        final int gl = g.length;
        final int rl = r.length;
        final int[] gs = groups;
        final int grp = group[i];
        if (grp <= -1 || grp >= gs.length) {
            throw oob(grp);
        }
        final int size = gs[grp];
        final int n = b[i];
        final int o0 = a[i];
        final int o02 = o0 + 2;
        final int o03 = o0 + 3;
        final int o04 = o0 + 4;
        if (o0 <= -1 || o02 >= rl || o03 >= rl || o04 >= rl) {
            throw oob(o0);
        }
        final int du = r[o02];
        final int dv = r[o04];
        final int last = n - 1;
        int v = r[o03] + last * dv;
        if (size == 2) {
            final int i1 = groups[grp + 1];
            final int o1 = a[i1];
            final double gm0 = 0.0 + 1.0 * g[i];
            final double gm1 = 0.0 + 1.0 * g[i1];
            int u0 = r[o0 + 1] + last * du;
            int u1 = r[o1 + 1] + last * du;
            for (int k = last; k >= 0; k--) {
                if (v <= -1 || v >= dl || v >= gl || u0 <= -1 || u0 >= dl || u0 >= gl
                        || u1 <= -1 || u1 >= dl || u1 >= gl) {
                    throw oob(v);
                }
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
        final int g1 = grp + 1;
        final int g2 = grp + 2;
        final int g3 = grp + 3;
        if (g1 >= gs.length || g2 >= gs.length || g3 >= gs.length) {
            throw oob(g3);
        }
        final int[] aa = a;
        final int al = aa.length;
        final int i1 = gs[g1];
        final int i2 = gs[g2];
        final int i3 = gs[g3];
        if (i1 <= -1 || i1 >= al || i1 >= gl || i2 <= -1 || i2 >= al || i2 >= gl || i3 <= -1 || i3 >= al
                || i3 >= gl || i <= -1 || i >= gl) {
            throw oob(i1);
        }
        final int o1 = aa[i1];
        final int o2 = aa[i2];
        final int o3 = aa[i3];
        final double gm0 = 0.0 + 1.0 * g[i];
        final double gm1 = 0.0 + 1.0 * g[i1];
        final double gm2 = 0.0 + 1.0 * g[i2];
        final double gm3 = 0.0 + 1.0 * g[i3];
        final int o01 = o0 + 1;
        final int o11 = o1 + 1;
        final int o21 = o2 + 1;
        final int o31 = o3 + 1;
        if (o01 >= rl || o1 <= -1 || o11 >= rl || o2 <= -1 || o21 >= rl || o3 <= -1 || o31 >= rl) {
            throw oob(o1);
        }
        int u0 = r[o01] + last * du;
        int u1 = r[o11] + last * du;
        int u2 = r[o21] + last * du;
        int u3 = r[o31] + last * du;
        final int b0 = r[o0];
        final int b1 = r[o1];
        final int b2 = r[o2];
        final int b3 = r[o3];
        if (b0 <= -1 || b0 >= gl || b1 <= -1 || b1 >= gl || b2 <= -1 || b2 >= gl || b3 <= -1 || b3 >= gl) {
            throw oob(b0);
        }
        for (int k = last; k >= 0; k--) {
            if (v <= -1 || v >= dl || v >= gl || u0 <= -1 || u0 >= dl || u0 >= gl || u1 <= -1 || u1 >= dl
                    || u1 >= gl || u2 <= -1 || u2 >= dl || u2 >= gl || u3 <= -1 || u3 >= dl || u3 >= gl) {
                throw oob(v);
            }
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
        g[b3] += 1.0 * gm3;
        g[b2] += 1.0 * gm2;
        g[b1] += 1.0 * gm1;
        g[b0] += 1.0 * gm0;
    }

    /** {@link #dotBackward} for a strided DOT. */
    private void dotStridedBackward(int o, int n, double gi) {
        final double[] d = data;
        final double[] g = grad;
        final double gm = 0.0 + 1.0 * gi;
        final int[] r = args;
        final int o1 = o + 1;
        final int o2 = o + 2;
        final int o3 = o + 3;
        final int o4 = o + 4;
        if (o <= -1 || o1 >= r.length || o2 >= r.length || o3 >= r.length || o4 >= r.length) {
            throw oob(o);
        }
        final int du = r[o2];
        final int dv = r[o4];
        final int u0 = r[o1];
        final int v0 = r[o3];
        int u = u0 + (n - 1) * du;
        int v = v0 + (n - 1) * dv;
        final int dl = d.length;
        final int gl = g.length;
        for (int k = n - 1; k > 0; k--) {
            if (u <= -1 || u >= gl || u >= dl || v <= -1 || v >= gl || v >= dl) {
                throw oob(u);
            }
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
    static void check(boolean ok) {
        if (!ok) {
            throw new IllegalStateException("tape arrays out of step");
        }
    }

    /**
     * The replay loops check their indices themselves ({@code if (i <= -1 || i >= dl) throw oob(i)}): with
     * the compare in this code, TeaVM's strict mode drops its own check of the access, which reads the
     * array's length in a helper shared by every array type of the program, so V8 reads it the slow,
     * megamorphic way (that was about half of the strict replay time).
     */
    static ArrayIndexOutOfBoundsException oob(int i) {
        return new ArrayIndexOutOfBoundsException(i);
    }

    /** Sets every grad to 0. */
    public void zeroGrad() {
        final double[] g = grad;
        for (int i = 0; i < g.length; i++) {
            g[i] = 0.0;
        }
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

    /** How many layers are replayed batched over their data points (see {@code Block}). */
    public int batchedLayers() {
        return blocks.length;
    }

    /** How many of those read their operands at evenly spaced slots (no index array). */
    public int stridedDots() {
        int k = 0;
        for (byte o : op) {
            if (o >= DOTS && o != RELB) {
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
        final double[] d = data;
        for (int i = 0; i < slots.length; i++) {
            final int s = slots[i];
            if (s <= -1 || s >= d.length || i >= values.length) {
                throw oob(s);
            }
            d[s] = values[i];
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
        final double[] g = grad;
        for (int i = 0; i < slots.length; i++) {
            final int s = slots[i];
            if (s <= -1 || s >= g.length || i >= out.length) {
                throw oob(s);
            }
            out[i] = g[s];
        }
    }

    /** Writes these slots' data and grad back into their {@link Value}s. */
    public void push(int[] slots) {
        for (int s : slots) {
            values[s].setData(data[s]);
            values[s].setGrad(grad[s]);
        }
    }
}
