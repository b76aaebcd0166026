package dev.backprop.tape;

import dev.backprop.engine.Value;
import java.util.ArrayList;
import java.util.List;

/** Turns a Value graph into a {@link Tape}: topological order, operand indices, optional dot fusion. */
final class Recorder {

    private Recorder() {
    }

    static Tape record(Value root, Value[] outputs, boolean fuse) {
        // positions: root.topo() first (so backward over 0..root is Value.backward's order), then outputs
        List<Value> topo = root.topo();
        int rootCount = topo.size();
        ArrayList<Value> order = new ArrayList<>(topo);
        IdIndex pos = new IdIndex(rootCount + 16);
        for (int i = 0; i < rootCount; i++) {
            pos.put(order.get(i), i);
        }
        for (Value out : outputs) {
            for (Value v : out.topo()) {
                if (pos.get(v) < 0) {
                    pos.put(v, order.size());
                    order.add(v);
                }
            }
        }
        Value[] arr = order.toArray(new Value[0]);
        int n = arr.length;
        byte[] kind = new byte[n];
        int[] ca = new int[n];
        int[] cb = new int[n];
        double[] aux = new double[n];
        for (int i = 0; i < n; i++) {
            Value v = arr[i];
            kind[i] = code(v.kind());
            List<Value> kids = v.children();
            ca[i] = kids.size() > 0 ? pos.get(kids.get(0)) : -1;
            cb[i] = kids.size() > 1 ? pos.get(kids.get(1)) : -1;
            aux[i] = v.kind() == Value.Kind.POW ? v.exponent() : 0;
        }

        boolean[] absorbed = new boolean[n];
        int[] dotStart = new int[n];    // for a DOT root position: its operand positions in dotArgs
        int[] dotCount = new int[n];
        int dots = 0;
        IntList dotArgs = new IntList();
        if (fuse) {
            dots = fuse(arr, rootCount, outputs, pos, kind, ca, cb, absorbed, dotStart, dotCount, dotArgs);
        }

        // Slots: leaves first, then computed values in topological order. Leaves do nothing forward or
        // backward, so their slots can be chosen freely: each sum's leaf operands in turn (start, every u,
        // every v), then the other leaves. A neuron's weights and inputs then sit at evenly spaced slots
        // and most sums become strided DOTs that read no index array.
        int[] slotOf = new int[n];
        java.util.Arrays.fill(slotOf, -1);
        int slots = 0;
        for (int i = 0; i < n; i++) {
            int terms = dotCount[i];
            if (terms == 0) {
                continue;
            }
            int o = dotStart[i];
            for (int pass = 0; pass < 3; pass++) {
                int from = pass == 0 ? 0 : pass;
                int to = pass == 0 ? 0 : 2 * terms;
                for (int k = from; k <= to; k += pass == 0 ? 1 : 2) {
                    int p = dotArgs.items[o + k];
                    if (kind[p] == Tape.LEAF && slotOf[p] < 0) {
                        slotOf[p] = slots++;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (kind[i] == Tape.LEAF && slotOf[i] < 0) {
                slotOf[i] = slots++;
            }
        }
        for (int i = 0; i < n; i++) {
            if (kind[i] != Tape.LEAF) {
                slotOf[i] = absorbed[i] ? -1 : slots++;
            }
        }
        byte[] op = new byte[slots];
        int[] a = new int[slots];
        int[] b = new int[slots];
        double[] ex = new double[slots];
        Value[] values = new Value[slots];
        IntList args = new IntList();
        for (int i = 0; i < n; i++) {
            int s = slotOf[i];
            if (s < 0) {
                continue;
            }
            values[s] = arr[i];
            ex[s] = aux[i];
            if (dotCount[i] > 0) {
                int o = dotStart[i];
                int terms = dotCount[i];
                b[s] = terms;
                a[s] = args.size;
                int u0 = slotOf[dotArgs.items[o + 1]];
                int v0 = slotOf[dotArgs.items[o + 2]];
                int su = terms > 1 ? slotOf[dotArgs.items[o + 3]] - u0 : 0;
                int sv = terms > 1 ? slotOf[dotArgs.items[o + 4]] - v0 : 0;
                boolean strided = true;
                for (int k = 1; k < terms && strided; k++) {
                    strided = slotOf[dotArgs.items[o + 1 + 2 * k]] == u0 + k * su
                            && slotOf[dotArgs.items[o + 2 + 2 * k]] == v0 + k * sv;
                }
                args.add(slotOf[dotArgs.items[o]]);
                if (strided) {
                    op[s] = Tape.DOTS;
                    args.add(u0);
                    args.add(su);
                    args.add(v0);
                    args.add(sv);
                } else {
                    op[s] = Tape.DOT;
                    for (int k = 1; k <= 2 * terms; k++) {
                        args.add(slotOf[dotArgs.items[o + k]]);
                    }
                }
            } else {
                op[s] = kind[i];
                a[s] = ca[i] < 0 ? -1 : slotOf[ca[i]];
                b[s] = cb[i] < 0 ? -1 : slotOf[cb[i]];
            }
        }
        return Tape.of(op, a, b, ex, java.util.Arrays.copyOf(args.items, args.size), values, slotOf[rootCount - 1],
                dots);
    }

    private static byte code(Value.Kind k) {
        return (byte) k.ordinal(); // Tape's codes for the primitive ops are Op's
    }

    /**
     * Finds chains {@code c_k = c_(k-1) + m_k}, {@code m_k = u_k * v_k}, and marks them fused where exact.
     * Interior nodes (every m_k and every c_k but the top) must have exactly one use and not be an output.
     * Exactness: a fused chain makes all its pushes at the top's position; that changes no grad's order of
     * contributions iff no node outside the chain, between its lowest interior node and its top in topo
     * order, pushes into one of the chain's operands. Checked through each operand's parent list.
     */
    private static int fuse(Value[] arr, int rootCount, Value[] outputs, IdIndex pos, byte[] kind, int[] ca,
            int[] cb, boolean[] absorbed, int[] dotStart, int[] dotCount, IntList dotArgs) {
        int n = arr.length;
        int[] uses = new int[n];
        for (int i = 0; i < n; i++) {
            if (ca[i] >= 0) {
                uses[ca[i]]++;
            }
            if (cb[i] >= 0) {
                uses[cb[i]]++;
            }
        }
        boolean[] pinned = new boolean[n];
        pinned[rootCount - 1] = true;
        for (Value o : outputs) {
            pinned[pos.get(o)] = true;
        }
        // parents in CSR form
        int[] pstart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            pstart[i + 1] = pstart[i] + uses[i];
        }
        int[] fill = new int[n];
        int[] parents = new int[pstart[n]];
        for (int i = 0; i < n; i++) {
            if (ca[i] >= 0) {
                parents[pstart[ca[i]] + fill[ca[i]]++] = i;
            }
            if (cb[i] >= 0) {
                parents[pstart[cb[i]] + fill[cb[i]]++] = i;
            }
        }

        int[] owner = new int[n];   // chain id (1-based) of the interior nodes of the chain being checked
        boolean[] tried = new boolean[n];
        IntList interior = new IntList();
        IntList terms = new IntList(); // mul positions, top first
        int dots = 0;
        int chainId = 0;
        for (int top = n - 1; top >= 0; top--) {
            if (tried[top] || !link(top, kind, ca, cb, uses, pinned)) {
                continue;
            }
            chainId++;
            interior.size = 0;
            terms.size = 0;
            int cur = top;
            int start;
            while (true) {
                tried[cur] = true;
                int m = cb[cur];
                terms.add(m);
                interior.add(m);
                owner[m] = chainId;
                int left = ca[cur];
                if (uses[left] == 1 && !pinned[left] && link(left, kind, ca, cb, uses, pinned)) {
                    interior.add(left);
                    owner[left] = chainId;
                    cur = left;
                } else {
                    start = left;
                    break;
                }
            }
            int low = top;
            for (int k = 0; k < interior.size; k++) {
                low = Math.min(low, interior.items[k]);
            }
            boolean exact = exactAround(start, low, top, chainId, owner, pstart, parents);
            for (int k = 0; k < terms.size && exact; k++) {
                int m = terms.items[k];
                exact = exactAround(ca[m], low, top, chainId, owner, pstart, parents)
                        && exactAround(cb[m], low, top, chainId, owner, pstart, parents);
            }
            if (!exact) {
                continue;
            }
            for (int k = 0; k < interior.size; k++) {
                absorbed[interior.items[k]] = true;
            }
            dotStart[top] = dotArgs.size;
            dotCount[top] = terms.size;
            dotArgs.add(start);
            for (int k = terms.size - 1; k >= 0; k--) {
                int m = terms.items[k];
                dotArgs.add(ca[m]);
                dotArgs.add(cb[m]);
            }
            dots++;
        }
        return dots;
    }

    /** {@code c = x + m} with {@code m} a product used only here (and not an output). */
    private static boolean link(int c, byte[] kind, int[] ca, int[] cb, int[] uses, boolean[] pinned) {
        if (kind[c] != Tape.ADD) {
            return false;
        }
        int m = cb[c];
        return kind[m] == Tape.MUL && uses[m] == 1 && !pinned[m];
    }

    /** No parent of operand {@code y} outside the chain lies strictly between {@code low} and {@code top}. */
    private static boolean exactAround(int y, int low, int top, int chainId, int[] owner, int[] pstart,
            int[] parents) {
        for (int k = pstart[y]; k < pstart[y + 1]; k++) {
            int p = parents[k];
            if (p > low && p < top && owner[p] != chainId) {
                return false;
            }
        }
        return true;
    }

    /** A growable int array. */
    static final class IntList {  // also used by Tape
        int[] items = new int[16];
        int size;

        void add(int x) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = x;
        }
    }
}
