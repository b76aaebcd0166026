package dev.backprop.tape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.engine.Value;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TapeTest {

    // every test here records with batched layers on (the default is off): equal bit for bit either way,
    // and the slot-by-slot path is what TrainerTest and the web page's tests use
    @BeforeAll
    static void batched() {
        Tape.batching(true);
    }

    @AfterAll
    static void plain() {
        Tape.batching(false);
    }

    // ---- random graphs over every op ----

    /** A graph whose shape and constants depend only on {@code shape}; its leaves' data come from {@code vals}. */
    static Value randomGraph(long shape, Random vals, List<Value> pool) {
        Random r = new Random(shape);
        int leaves = 1 + r.nextInt(6);
        for (int i = 0; i < leaves; i++) {
            pool.add(new Value(leaf(vals)));
        }
        int ops = 1 + r.nextInt(40);
        for (int k = 0; k < ops; k++) {
            Value x = pick(r, pool);
            Value y = pick(r, pool);
            double c = constant(r);
            Value v;
            switch (r.nextInt(26)) {
                case 0: v = x.add(y); break;
                case 1: v = x.mul(y); break;
                case 2: v = x.pow(r.nextInt(7) - 3); break;
                case 3: v = x.pow(new double[] {0.5, -0.5, 1.5, 2.0, 1.0, -1.0, 0.0, 3.0}[r.nextInt(8)]); break;
                case 4: v = x.tanh(); break;
                case 5: v = x.exp(); break;
                case 6: v = x.log(); break;
                case 7: v = x.relu(); break;
                case 8: v = x.sigmoid(); break;
                case 9: v = x.neg(); break;
                case 10: v = x.sub(y); break;
                case 11: v = x.div(y); break;
                case 12: v = x.add(c); break;
                case 13: v = x.mul(c); break;
                case 14: v = x.sub(c); break;
                case 15: v = x.div(c); break;
                case 16: v = x.radd(c); break;
                case 17: v = x.rmul(c); break;
                case 18: v = x.rsub(c); break;
                case 19: v = x.rdiv(c); break;
                case 20: v = x.add(x); break;
                case 21: v = x.mul(x); break;
                case 22: case 23: case 24: v = neuron(r, vals, pool); break;
                default: v = tricky(r, pool); break;
            }
            pool.add(v);
        }
        // combine a few values so most of the pool is in the root's graph
        Value root = pool.get(pool.size() - 1);
        for (int i = r.nextInt(4); i > 0; i--) {
            root = r.nextBoolean() ? root.add(pick(r, pool)) : root.mul(pick(r, pool));
        }
        return root;
    }

    /** micrograd's neuron: b + w0*x0 + w1*x1 + ..., with fresh or shared weights and inputs. */
    private static Value neuron(Random r, Random vals, List<Value> pool) {
        Value act = r.nextBoolean() ? new Value(leaf(vals)) : pick(r, pool);
        for (int i = 1 + r.nextInt(5); i > 0; i--) {
            Value w = r.nextInt(3) == 0 ? pick(r, pool) : new Value(leaf(vals));
            act = act.add(w.mul(pick(r, pool)));
        }
        return r.nextInt(3) == 0 ? act.tanh() : act;
    }

    /** Sums whose operands also receive grads from nodes between the sum's nodes: must not be fused. */
    private static Value tricky(Random r, List<Value> pool) {
        Value x = pick(r, pool);
        Value x1 = x.mul(1.5).add(x);          // pushes into x, lies inside the sum below
        Value w = pick(r, pool);
        Value act = pick(r, pool).add(w.mul(x));
        act = act.add(w.mul(x1));
        if (r.nextBoolean()) {
            act = act.add(x.mul(x1.tanh()));
        }
        return act;
    }

    private static Value pick(Random r, List<Value> pool) {
        int n = pool.size();
        return r.nextInt(3) == 0 ? pool.get(r.nextInt(n)) : pool.get(Math.max(0, n - 1 - r.nextInt(4)));
    }

    private static double constant(Random r) {
        return new double[] {2, -1, 0.5, 3, -2.5, 1e-3, 0, 1}[r.nextInt(8)];
    }

    private static double leaf(Random vals) {
        int k = vals.nextInt(40);
        switch (k) {
            case 0: return 0.0;
            case 1: return -0.0;
            case 2: return 1000;
            case 3: return -1000;
            case 4: return 1e-300;
            default: return vals.nextDouble() * 6 - 3;
        }
    }

    private static void assertBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                () -> what + ": expected " + expected + " but was " + actual);
    }

    /** Replays the tape (recorded from graph A) with graph B's leaf data and checks it against B bit for bit. */
    private static void checkReplay(Tape t, List<Value> topoA, List<Value> topoB, String what) {
        Map<Value, Integer> posA = new IdentityHashMap<>();
        for (int i = 0; i < topoA.size(); i++) {
            posA.put(topoA.get(i), i);
        }
        for (int s = 0; s < t.size(); s++) {
            if (t.isLeaf(s)) {
                Integer p = posA.get(t.value(s));
                if (p != null) {
                    t.setData(s, topoB.get(p).data());
                }
            }
        }
        t.zeroGrad();
        t.forward();
        t.backward();
        for (int s = 0; s < t.size(); s++) {
            Integer p = posA.get(t.value(s));
            if (p == null) {
                continue; // an extra output's node outside the root's graph
            }
            Value v = topoB.get(p);
            assertBits(v.data(), t.data(s), what + " data of slot " + s + " (" + v.op() + ")");
            assertBits(v.grad(), t.grad(s), what + " grad of slot " + s + " (" + v.op() + ")");
        }
    }

    @Test
    void randomGraphsEqualValuePathBitForBit() {
        int fusedTotal = 0;
        int slotsFused = 0;
        int slotsPlain = 0;
        for (long shape = 1; shape <= 4000; shape++) {
            Random va = new Random(shape * 31 + 7);
            Random vb = new Random(shape * 17 + 3);
            List<Value> poolA = new ArrayList<>();
            Value a = randomGraph(shape, va, poolA);
            Tape plain = Tape.record(a);
            Tape fused = Tape.recordFused(a);
            fusedTotal += fused.fusedDots();
            slotsFused += fused.size();
            slotsPlain += plain.size();
            List<Value> topoA = a.topo();
            assertEquals(topoA.size(), plain.size());

            // same leaf data: forward + backward equal the Value path
            a.backward();
            checkReplay(plain, topoA, topoA, "shape " + shape + " plain");
            checkReplay(fused, topoA, topoA, "shape " + shape + " fused");

            // new leaf data, replayed on the tapes recorded from graph a
            Value b = randomGraph(shape, vb, new ArrayList<>());
            b.backward();
            List<Value> topoB = b.topo();
            assertEquals(topoA.size(), topoB.size());
            checkReplay(plain, topoA, topoB, "shape " + shape + " plain replay");
            checkReplay(fused, topoA, topoB, "shape " + shape + " fused replay");
        }
        assertTrue(fusedTotal > 2000, "fused sums: " + fusedTotal);
        assertTrue(slotsFused < slotsPlain, slotsFused + " fused slots vs " + slotsPlain);
    }

    @Test
    void backwardAccumulatesLikeValue() {
        Value x = new Value(0.7);
        Value y = new Value(-1.3);
        Value z = x.mul(y).add(x.tanh()).pow(2).sigmoid();
        Tape t = Tape.record(z);
        z.backward();
        z.backward();
        t.backward();
        t.backward();
        assertBits(x.grad(), t.grad(t.slot(x)), "x grad after two backward()");
        assertBits(y.grad(), t.grad(t.slot(y)), "y grad after two backward()");
        t.zeroGrad();
        assertEquals(0.0, t.grad(t.slot(x)));
    }

    @Test
    void extraOutputsAreComputedAndDoNotTouchGrads() {
        Value x = new Value(0.5);
        Value w = new Value(2.0);
        Value loss = x.mul(w).tanh();
        Value other = w.exp().add(x.log());   // not in loss's graph
        Tape t = Tape.recordFused(loss, other);
        assertEquals(loss.topo().size() + 3, t.size());
        t.setData(t.slot(w), 3.0);
        t.zeroGrad();
        t.forward();
        t.backward();
        Value w2 = new Value(3.0);
        Value loss2 = x.mul(w2).tanh();
        Value other2 = w2.exp().add(x.log());
        x.setGrad(0);
        loss2.backward();
        assertBits(loss2.data(), t.data(t.root()), "loss");
        assertBits(other2.data(), t.data(t.slot(other)), "other output");
        assertBits(w2.grad(), t.grad(t.slot(w)), "w grad");
        assertBits(x.grad(), t.grad(t.slot(x)), "x grad");
    }

    @Test
    void fusedInteriorHasNoSlotAndSaysWhy() {
        Value b = new Value(0.1);
        Value w0 = new Value(0.2);
        Value x0 = new Value(0.3);
        Value w1 = new Value(0.4);
        Value x1 = new Value(0.5);
        Value p0 = w0.mul(x0);
        Value act = b.add(p0).add(w1.mul(x1));
        Tape t = Tape.recordFused(act);
        assertEquals(1, t.fusedDots());
        assertEquals(6, t.size()); // five leaves + one DOT
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.slot(p0));
        assertTrue(e.getMessage().contains("fused"), e.getMessage());
        // recording p0 as an output keeps it (and the sum is fused from p0 on, or not at all)
        Tape kept = Tape.recordFused(act, p0);
        assertBits(p0.data(), kept.data(kept.slot(p0)), "kept p0");
        assertThrows(IllegalArgumentException.class, () -> t.slot(new Value(1)));
    }

    @Test
    void millionNodeChainRecordsAndReplays() {
        Value x = new Value(0.999);
        Value v = x;
        for (int i = 0; i < 1_000_000; i++) {
            v = (i % 2 == 0) ? v.mul(1.0000001) : v.add(1e-7);
        }
        Tape t = Tape.recordFused(v);
        v.backward();
        t.zeroGrad();
        t.forward();
        t.backward();
        assertBits(v.data(), t.data(t.root()), "chain data");
        assertBits(x.grad(), t.grad(t.slot(x)), "chain grad");
    }

    /**
     * Layered nets with twists that must stop grouping sums side by side: a bias that is also an input, an
     * input repeated within a row, weights shared between neurons, a neuron's output reused as a bias.
     */
    static Value randomLayers(long shape, Random vals, List<Value> pool) {
        Random r = new Random(shape);
        int nin = 1 + r.nextInt(4);
        Value[] in = new Value[nin];
        for (int i = 0; i < nin; i++) {
            in[i] = new Value(leaf(vals));
            pool.add(in[i]);
        }
        if (nin > 1 && r.nextInt(4) == 0) {
            in[nin - 1] = in[0];
        }
        Value[] shared = null;
        for (int layer = 1 + r.nextInt(3); layer > 0; layer--) {
            Value[] out = new Value[1 + r.nextInt(9)];
            for (int j = 0; j < out.length; j++) {
                Value act;
                switch (r.nextInt(8)) {
                    case 0: act = in[r.nextInt(in.length)]; break;           // an input as the bias
                    case 1: act = j > 0 ? out[j - 1] : new Value(0.0); break; // another neuron as the bias
                    default: act = new Value(leaf(vals));
                }
                Value[] w = shared != null && r.nextInt(4) == 0 ? shared : new Value[in.length];
                for (int i = 0; i < in.length; i++) {
                    if (w[i] == null) {
                        w[i] = new Value(vals.nextDouble() * 2 - 1);
                    }
                    act = act.add(w[i].mul(in[i]));
                }
                shared = w;
                int f = r.nextInt(4);
                out[j] = f == 0 ? act.relu() : f == 1 ? act.tanh() : f == 2 ? act.sigmoid() : act;
                pool.add(out[j]);
            }
            in = out;
            shared = null;
        }
        Value root = in[0];
        for (int i = 1; i < in.length; i++) {
            root = root.add(in[i].mul(in[i]));
        }
        return root;
    }

    @Test
    void randomLayeredNetsEqualValuePathBitForBit() {
        for (long shape = 1; shape <= 1500; shape++) {
            List<Value> pool = new ArrayList<>();
            Value a = randomLayers(shape, new Random(shape * 13), pool);
            Tape fused = Tape.recordFused(a);
            List<Value> topoA = a.topo();
            a.backward();
            checkReplay(fused, topoA, topoA, "layers " + shape);
            Value b = randomLayers(shape, new Random(shape * 7 + 1), new ArrayList<>());
            b.backward();
            checkReplay(fused, topoA, b.topo(), "layers " + shape + " replay");
        }
    }

    /**
     * One random layered net applied at several data points (what the tape replays as batched layers), with
     * twists that must stop or reorder batching: an input that is also a weight, a bias shared with an
     * input, a weight pushed into between two points (an L2 term inside the sum over points), points whose
     * layers differ, sums with fewer than 4 neurons or terms.
     */
    static Value randomBatch(long shape, Random vals) {
        Random r = new Random(shape);
        int nin = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 4 + r.nextInt(5);
        int depth = 1 + r.nextInt(3);
        int[] sizes = new int[depth];
        Value[][][] w = new Value[depth][][];
        Value[][] bias = new Value[depth][];
        int in = nin;
        for (int l = 0; l < depth; l++) {
            sizes[l] = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 4 + r.nextInt(6);
            w[l] = new Value[sizes[l]][in];
            bias[l] = new Value[sizes[l]];
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < in; i++) {
                    w[l][j][i] = new Value(vals.nextDouble() * 2 - 1);
                }
                bias[l][j] = new Value(r.nextInt(10) == 0 ? 0.0 : vals.nextDouble() - 0.5);
            }
            in = sizes[l];
        }
        int twist = r.nextInt(6);
        int points = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 4 + r.nextInt(8);
        Value loss = null;
        for (int p = 0; p < points; p++) {
            Value[] x = new Value[nin];
            for (int i = 0; i < nin; i++) {
                x[i] = new Value(leaf(vals));
            }
            if (twist == 1 && p == points / 2) {
                x[0] = w[0][0][0];                      // a weight as an input
            }
            if (twist == 2 && p == points / 2) {
                bias[0][0] = x[nin - 1];                // a bias that is also an input
            }
            for (int l = 0; l < depth; l++) {
                Value[] out = new Value[sizes[l]];
                for (int j = 0; j < out.length; j++) {
                    Value act = bias[l][j];
                    int terms = twist == 3 && p == 0 ? 1 : x.length; // a point with a shorter sum
                    for (int i = 0; i < terms; i++) {
                        act = act.add(w[l][j][i].mul(x[i]));
                    }
                    out[j] = l == depth - 1 ? act : (l % 2 == 0 ? act.relu() : act.tanh());
                }
                x = out;
            }
            Value term = x[0];
            for (int i = 1; i < x.length; i++) {
                term = term.add(x[i].mul(x[i]));
            }
            loss = loss == null ? term : loss.add(term.relu());
            if (twist == 4 && p == points / 2) {
                Value q = w[depth - 1][0][0];
                loss = loss.add(q.mul(q));              // a weight's grad pushed into between points
            }
        }
        if (twist >= 4) {
            for (Value[][] layer : w) {
                for (Value[] row : layer) {
                    for (Value q : row) {
                        loss = loss.add(q.mul(q).mul(1e-4)); // L2 after the data loss
                    }
                }
            }
        }
        return loss;
    }

    @Test
    void randomBatchedNetsEqualValuePathBitForBit() {
        int batched = 0;
        for (long shape = 1; shape <= 600; shape++) {
            Value a = randomBatch(shape, new Random(shape * 17));
            Tape fused = Tape.recordFused(a);
            batched += fused.batchedLayers() > 0 ? 1 : 0;
            List<Value> topoA = a.topo();
            a.backward();
            checkReplay(fused, topoA, topoA, "batch " + shape);
            Value b = randomBatch(shape, new Random(shape * 5 + 3));
            b.backward();
            checkReplay(fused, topoA, b.topo(), "batch " + shape + " replay");
        }
        // most of the others are refused by the order check (a twist, or a layer's input also feeding the
        // loss chain, which must then run after the batched layer): those replay slot by slot
        assertTrue(batched > 50, "batched layers in " + batched + " of 600 nets");
    }

    @Test
    void moonsTapeBatchesItsHiddenLayer() {
        double[] ys = new double[100];
        double[][] xs = DemoNet.moons(100, 0.1, new Random(1), ys);
        DemoNet net = new DemoNet(2, new int[] {16, 16, 1}, new Random(1337));
        Tape t = Tape.recordFused(net.loss(xs, ys, null));
        assertEquals(1, t.batchedLayers()); // 16 x 16 at 100 points; layer 1 (2 terms) and 3 (1 neuron) stay
    }

    // ---- the moons demo network: Value path and tape, 100 SGD steps, bit for bit ----

    @Test
    void moonsTrainingEqualsValuePathAtEveryStep() {
        double[] ys = new double[100];
        double[][] xs = DemoNet.moons(100, 0.1, new Random(1), ys);
        DemoNet viaValue = new DemoNet(2, new int[] {16, 16, 1}, new Random(1337));
        DemoNet viaTape = new DemoNet(2, new int[] {16, 16, 1}, new Random(1337));
        int np = viaValue.params.size();
        assertEquals(337, np);

        Tape t = Tape.recordFused(viaTape.loss(xs, ys, null));
        // every neuron sum, the L2 sum, and data_loss + (reg * alpha) (a sum of one product)
        assertEquals(100 * 33 + 2, t.fusedDots());
        assertEquals(100 * 33 + 1, t.stridedDots()); // all but the L2 sum read no index array
        int[] ps = t.slots(viaTape.params);
        double[] w = new double[np];
        double[] g = new double[np];
        for (int i = 0; i < np; i++) {
            w[i] = viaTape.params.get(i).data();
        }
        for (int k = 0; k < 100; k++) {
            Value loss = viaValue.loss(xs, ys, null);
            for (Value p : viaValue.params) {
                p.setGrad(0);
            }
            loss.backward();
            double lr = 1.0 - 0.9 * k / 100;
            for (Value p : viaValue.params) {
                p.setData(p.data() - lr * p.grad());
            }

            t.set(ps, w);
            t.zeroGrad();
            t.forward();
            t.backward();
            t.getGrad(ps, g);
            for (int i = 0; i < np; i++) {
                w[i] = w[i] - lr * g[i];
            }

            assertBits(loss.data(), t.data(t.root()), "loss at step " + k);
            for (int i = 0; i < np; i++) {
                assertBits(viaValue.params.get(i).grad(), g[i], "grad of param " + i + " at step " + k);
                assertBits(viaValue.params.get(i).data(), w[i], "param " + i + " after step " + k);
            }
        }
    }
}
