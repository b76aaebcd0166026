package dev.backprop.engine;

import dev.backprop.py.Num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValueTest {

    /** micrograd's test_sanity_check, values from PyTorch. */
    @Test
    void microgradSanityCheck() {
        Value x = new Value(-4.0);
        Value z = x.rmul(2).add(2).add(x);
        Value q = z.relu().add(z.mul(x));
        Value h = z.mul(z).relu();
        Value y = h.add(q).add(q.mul(x));
        y.backward();
        assertEquals(-20.0, y.data(), 1e-12);
        assertEquals(46.0, x.grad(), 1e-12);
    }

    /** micrograd's test_more_ops, values from PyTorch. */
    @Test
    void microgradMoreOps() {
        Value a = new Value(-4.0);
        Value b = new Value(2.0);
        Value c = a.add(b);
        Value d = a.mul(b).add(b.pow(3));
        c = c.add(c.add(1));
        c = c.add(c.radd(1)).add(a.neg());
        d = d.add(d.mul(2).add(b.add(a).relu()));
        d = d.add(d.rmul(3).add(b.sub(a).relu()));
        Value e = c.sub(d);
        Value f = e.pow(2);
        Value g = f.div(2.0);
        g = g.add(f.rdiv(10.0));
        g.backward();
        assertEquals(24.70408163265306, g.data(), 1e-9);
        assertEquals(138.83381924198252, a.grad(), 1e-9);
        assertEquals(645.5772594752186, b.grad(), 1e-9);
    }

    // ---- finite differences on random expressions ----

    private static final int OPS = 20;
    private static final String[] OP_NAMES = {"add", "mul", "pow(int)", "pow(double)", "tanh", "exp", "log", "relu",
        "sigmoid", "neg", "sub", "div", "add(d)", "mul(d)", "sub(d)", "div(d)", "radd", "rmul", "rsub", "rdiv"};

    /** One step of a random program: node = op(nodes[a], nodes[b], c). */
    private record Step(int op, int a, int b, double c) {
    }

    private static Value apply(Step s, List<Value> nodes) {
        Value a = nodes.get(s.a);
        Value b = nodes.get(s.b);
        double c = s.c;
        switch (s.op) {
            case 0: return a.add(b);
            case 1: return a.mul(b);
            case 2: return a.pow((int) c);
            case 3: return a.pow(c);
            case 4: return a.tanh();
            case 5: return a.exp();
            case 6: return a.log();
            case 7: return a.relu();
            case 8: return a.sigmoid();
            case 9: return a.neg();
            case 10: return a.sub(b);
            case 11: return a.div(b);
            case 12: return a.add(c);
            case 13: return a.mul(c);
            case 14: return a.sub(c);
            case 15: return a.div(c);
            case 16: return a.radd(c);
            case 17: return a.rmul(c);
            case 18: return a.rsub(c);
            case 19: return a.rdiv(c);
            default: throw new IllegalArgumentException();
        }
    }

    /** Keeps the base point away from kinks and domain edges, and values moderate. */
    private static boolean valid(Step s, List<Value> nodes, Value out) {
        double a = nodes.get(s.a).data();
        double b = nodes.get(s.b).data();
        boolean ok;
        switch (s.op) {
            case 2: ok = s.c >= 0 || Math.abs(a) > 0.3; break;
            case 3: ok = a > 0.3; break;
            case 5: ok = a < 4; break;
            case 6: ok = a > 0.2; break;
            case 7: ok = Math.abs(a) > 0.05; break;
            case 11: ok = Math.abs(b) > 0.3; break;
            case 19: ok = Math.abs(a) > 0.3; break;
            default: ok = true;
        }
        return ok && Math.abs(out.data()) < 50 && Math.abs(out.data()) > 1e-3;
    }

    private static Value run(List<Step> program, double[] x, Value[] leaves) {
        List<Value> nodes = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            Value v = new Value(x[i], "x" + i);
            nodes.add(v);
            if (leaves != null) {
                leaves[i] = v;
            }
        }
        for (Step s : program) {
            nodes.add(apply(s, nodes));
        }
        return nodes.get(nodes.size() - 1);
    }

    @Test
    void gradientsMatchCentralDifferencesOnRandomExpressions() {
        Random rnd = new Random(20261126);
        int[] used = new int[OPS];
        int expressions = 0;
        int checked = 0;
        int shared = 0;
        double worst = 0;
        while (expressions < 3000) {
            int nin = 1 + rnd.nextInt(3);
            double[] x = new double[nin];
            for (int i = 0; i < nin; i++) {
                x[i] = rnd.nextDouble() * 4 - 2;
            }
            List<Step> program = new ArrayList<>();
            List<Value> nodes = new ArrayList<>();
            for (int i = 0; i < nin; i++) {
                nodes.add(new Value(x[i]));
            }
            int len = 2 + rnd.nextInt(20);
            for (int tries = 0; program.size() < len && tries < 500; tries++) {
                int n = nodes.size();
                // operands: mostly recent nodes, so chains get deep, but any earlier node may be reused
                int a = rnd.nextInt(3) == 0 ? rnd.nextInt(n) : Math.max(0, n - 1 - rnd.nextInt(3));
                int b = rnd.nextInt(4) == 0 ? a : rnd.nextInt(n);
                int op = rnd.nextInt(OPS);
                double c = op == 2 ? rnd.nextInt(7) - 3 : (rnd.nextDouble() * 5 - 2.5);
                if ((op == 15 || op == 13) && Math.abs(c) < 0.3) {
                    c = 0.7;
                }
                Step s = new Step(op, a, b, c);
                Value out = apply(s, nodes);
                if (valid(s, nodes, out)) {
                    program.add(s);
                    nodes.add(out);
                }
            }
            if (program.isEmpty()) {
                continue;
            }
            expressions++;
            Value[] leaves = new Value[nin];
            Value f = run(program, x, leaves);
            f.backward();
            int[] uses = new int[nodes.size()];
            for (Step s : program) {
                used[s.op]++;
                uses[s.a]++;
                if (s.op <= 1 || s.op == 10 || s.op == 11) {
                    uses[s.b]++;
                }
            }
            for (int u : uses) {
                if (u > 1) {
                    shared++;
                    break;
                }
            }
            for (int i = 0; i < nin; i++) {
                double h = 1e-6 * Math.max(1, Math.abs(x[i]));
                double[] xp = x.clone();
                double[] xm = x.clone();
                xp[i] += h;
                xm[i] -= h;
                double fd = (run(program, xp, null).data() - run(program, xm, null).data()) / (xp[i] - xm[i]);
                double g = leaves[i].grad();
                double err = Math.abs(g - fd) / Math.max(1, Math.max(Math.abs(g), Math.abs(fd)));
                worst = Math.max(worst, err);
                assertTrue(err < 1e-5, "d f/d x" + i + ": backward " + g + ", central difference " + fd
                        + " in " + describe(program) + " at " + java.util.Arrays.toString(x));
                checked++;
            }
        }
        for (int op = 0; op < OPS; op++) {
            assertTrue(used[op] > 200, OP_NAMES[op] + " used only " + used[op] + " times");
        }
        assertTrue(shared > 1000, "expressions with a shared subexpression: " + shared);
        assertTrue(checked > 5000, "gradients checked: " + checked);
        assertTrue(worst < 1e-5, "worst relative error " + worst);
    }

    private static String describe(List<Step> program) {
        StringBuilder sb = new StringBuilder();
        for (Step s : program) {
            sb.append(OP_NAMES[s.op]).append('(').append(s.a).append(',').append(s.b).append(',').append(s.c)
                    .append(") ");
        }
        return sb.toString();
    }

    // ---- the lecture's cases ----

    @Test
    void valueUsedTwiceGetsBothContributions() {
        Value a = new Value(3.0, "a");
        Value b = a.add(a);
        b.backward();
        assertEquals(6.0, b.data());
        assertEquals(2.0, a.grad());
        assertEquals(List.of(a, a), b.children());
    }

    @Test
    void lectureProductOfSumAndProduct() {
        Value a = new Value(-2.0, "a");
        Value b = new Value(3.0, "b");
        Value d = a.mul(b);
        Value e = a.add(b);
        Value f = d.mul(e);
        f.backward();
        assertEquals(-6.0, f.data());
        // df/da = b*(a+b) + a*b = 3*1 + (-6) = -3; df/db = a*(a+b) + a*b = -2*1 + (-6) = -8
        assertEquals(-3.0, a.grad());
        assertEquals(-8.0, b.grad());
        assertEquals(1.0, d.grad());  // = e.data
        assertEquals(-6.0, e.grad()); // = d.data
        assertEquals(1.0, f.grad());
    }

    /**
     * micrograd semantics: backward() sets the root's grad to 1 and adds into every other grad, interior
     * ones included, so a second call adds again on top: a leaf right under the root doubles, deeper ones
     * grow more because interior grads are not cleared (6 then 18 below; the seed's Value gives the same
     * in CPython).
     */
    @Test
    void backwardTwiceAccumulatesAndZeroGradResets() {
        Value a = new Value(3.0, "a");
        Value b = a.add(a);
        b.backward();
        b.backward();
        assertEquals(4.0, a.grad());
        assertEquals(1.0, b.grad());

        Value x = new Value(1.0, "x");
        Value y = x.mul(2);
        Value z = y.mul(3);
        z.backward();
        assertEquals(6.0, x.grad());
        z.backward();
        assertEquals(6.0, y.grad());  // 3 + 3
        assertEquals(18.0, x.grad()); // 6 + 2 * 6, as micrograd gives
        z.zeroGrad();
        for (Value v : z.topo()) {
            assertEquals(0.0, v.grad(), v.name());
        }
        z.backward();
        assertEquals(6.0, x.grad());
    }

    @Test
    void millionNodeChainNeedsNoRecursion() {
        Value x = new Value(0.5, "x");
        Value one = new Value(1.0);
        Value k = new Value(1.0000001);
        Value v = x;
        for (int i = 0; i < 500_000; i++) {
            v = v.add(one).mul(k); // two nodes per round: 1,000,000 in the chain
        }
        List<Value> order = v.topo();
        assertEquals(1_000_003, order.size());
        assertEquals(v, order.get(order.size() - 1));
        v.backward();
        assertEquals(Math.pow(1.0000001, 500_000), x.grad(), 1e-9);
        assertTrue(one.grad() > 500_000);
        v.zeroGrad();
        assertEquals(0.0, x.grad());
    }

    // ---- numerics: IEEE results, never an exception ----

    @Test
    void tanhSaturatesWithoutNaN() {
        for (double s : new double[] {1, -1}) {
            Value x = new Value(1000 * s);
            Value t = x.tanh();
            t.backward();
            assertEquals(s, t.data());
            assertEquals(0.0, x.grad());
        }
        Value x = new Value(-1000.0);
        Value s = x.sigmoid();
        s.backward();
        assertEquals(0.0, s.data());
        assertFalse(Double.isNaN(x.grad()));
    }

    @Test
    void overflowAndDomainErrorsAreIeeeValues() {
        Value x = new Value(1000.0);
        Value e = x.exp();
        e.backward();
        assertEquals(Double.POSITIVE_INFINITY, e.data());
        assertEquals(Double.POSITIVE_INFINITY, x.grad());

        Value n = new Value(-8.0);
        Value r = n.pow(1.0 / 3);
        r.backward();
        assertTrue(Double.isNaN(r.data()));
        assertTrue(Double.isNaN(n.grad()));

        Value z = new Value(0.0);
        Value l = z.log();
        l.backward();
        assertEquals(Double.NEGATIVE_INFINITY, l.data());
        assertEquals(Double.POSITIVE_INFINITY, z.grad());

        Value m = new Value(-1.0);
        Value lm = m.log();
        lm.backward();
        assertTrue(Double.isNaN(lm.data()));

        Value one = new Value(1.0);
        Value zero = new Value(0.0);
        Value q = one.div(zero);
        q.backward();
        assertEquals(Double.POSITIVE_INFINITY, q.data());
        assertEquals(Double.POSITIVE_INFINITY, one.grad());
        assertEquals(Double.POSITIVE_INFINITY, new Value(1.0).div(0.0).data());
        assertEquals(Double.NEGATIVE_INFINITY, new Value(-1.0).div(0.0).data());
        assertEquals(Double.POSITIVE_INFINITY, new Value(0.0).rdiv(2.0).data());
    }

    // ---- explanations as data ----

    @Test
    void localsExplainEachFactor() {
        Value a = new Value(2.0, "a");
        Value b = new Value(-3.0, "b");
        Value c = a.mul(b);
        c.setLabel("c");
        List<Value.Local> loc = c.locals();
        assertEquals(2, loc.size());
        assertEquals("dc/da = b.data = -3.0", loc.get(0).toString());
        assertEquals("dc/db = a.data = 2.0", loc.get(1).toString());
        assertEquals(a, loc.get(0).child());
        assertEquals(-3.0, loc.get(0).value());

        Value d = c.add(a);
        d.setLabel("d");
        assertEquals("dd/dc = 1 = 1.0", d.locals().get(0).toString());
        Value t = a.tanh();
        t.setLabel("t");
        assertEquals("dt/da = 1 - t.data**2 = " + Num.repr(1 - Math.tanh(2) * Math.tanh(2)), t.locals().get(0).toString());
        assertEquals(List.of(), a.locals());
    }

    /** A rebuilt node keeps kind, op, exponent and children and backpropagates like the original. */
    @Test
    void rebuildCopiesANodeWithoutRunningTheOp() {
        Value a = new Value(0.7);
        Value b = new Value(-1.5);
        Value o = a.mul(b).pow(2.0).tanh();
        Value a2 = new Value(a.data());
        Value b2 = new Value(b.data());
        Value m2 = Value.rebuild(Value.Kind.MUL, "*", 0, a2.data() * b2.data(), a2, b2);
        Value p0 = o.children().get(0);
        Value p2 = Value.rebuild(Value.Kind.POW, p0.op(), p0.exponent(), p0.data(), m2, null);
        Value o2 = Value.rebuild(Value.Kind.TANH, "tanh", o.exponent(), o.data(), p2, null);
        assertEquals("**2.0", p2.op());
        assertEquals(List.of(m2), p2.children());
        o.backward();
        o2.backward();
        assertEquals(Double.doubleToRawLongBits(a.grad()), Double.doubleToRawLongBits(a2.grad()));
        assertEquals(Double.doubleToRawLongBits(b.grad()), Double.doubleToRawLongBits(b2.grad()));
        assertTrue(o2.id() > p2.id());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Value.rebuild(Value.Kind.ADD, "+", 0, 1, a2, null));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Value.rebuild(Value.Kind.LEAF, "", 0, 1, a2, null));
        assertEquals("unknown node kind 9", org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Value.Kind.of(Op.SIGMOID + 1)).getMessage());
    }

    /** A rebuilt node of n children (a learner's n-ary sum or product): walked, differentiated and explained whole. */
    @Test
    void rebuiltNodeWithManyChildren() {
        Value a = new Value(2.0, "a");
        Value b = new Value(3.0, "b");
        Value c = new Value(5.0, "c");
        Value d = new Value(7.0, "d");
        Value sum = Value.rebuild(Value.Kind.ADD, "sum", 0, 17.0, List.of(a, b, c, d));
        assertEquals(List.of(a, b, c, d), sum.children());
        assertEquals(List.of(a, b, c, d, sum), sum.topo());
        sum.backward();
        assertEquals(List.of(1.0, 1.0, 1.0, 1.0), List.of(a.grad(), b.grad(), c.grad(), d.grad()));
        Value prod = Value.rebuild(Value.Kind.MUL, "*", 0, 70.0, List.of(a, b, c));
        prod.backward(); // accumulates on top of the sum's grads
        assertEquals(1.0 + 15.0, a.grad());
        assertEquals(1.0 + 10.0, b.grad());
        assertEquals(1.0 + 6.0, c.grad());
        assertEquals("b.data * c.data", prod.locals().get(0).formula());
        assertEquals("1", sum.locals().get(3).formula());
        // a two-child rebuild is the ordinary node
        assertEquals(2, Value.rebuild(Value.Kind.ADD, "+", 0, 5.0, List.of(a, b)).children().size());
        assertTrue(assertThrowsIae(() -> Value.rebuild(Value.Kind.TANH, "tanh", 0, 0.5, List.of(a, b, c))));
    }

    private static boolean assertThrowsIae(Runnable r) {
        try {
            r.run();
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
