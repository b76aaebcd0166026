package dev.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
