package dev.backprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.py.PyRandom;
import dev.backprop.engine.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LossTest {

    static List<Value> values(double... xs) {
        List<Value> out = new ArrayList<>();
        for (double x : xs) {
            out.add(new Value(x));
        }
        return out;
    }

    @Test
    void svmIsMicrogradsMaxMarginMean() {
        List<Value> s = values(2.0, -0.5, 0.3);
        Value loss = Loss.of(Loss.SVM, s, new double[] {1, 1, -1});
        // relu(1 - 2) = 0, relu(1 + 0.5) = 1.5, relu(1 + 0.3) = 1.3; sum * (1/3)
        assertEquals((0.0 + 1.5 + 1.3) * (1.0 / 3), loss.data(), 1e-15);
        loss.backward();
        assertEquals(0.0, s.get(0).grad());
        assertEquals(-1.0 / 3, s.get(1).grad(), 1e-15);
        assertEquals(1.0 / 3, s.get(2).grad(), 1e-15);
        // built as micrograd builds it: (sum(losses)) * (1.0/n), sum starting with 0 + l0
        assertEquals("*", loss.op());
        assertEquals(1.0 / 3, loss.children().get(1).data());
        Value l0 = Loss.sum(values(7)).children().get(0);
        assertEquals(7.0, l0.data());
    }

    @Test
    void sumIsPythonsSum() {
        List<Value> vs = values(1, 2, 3);
        Value s = Loss.sum(vs);
        assertEquals(6.0, s.data());
        Value first = s.children().get(0).children().get(0); // ((v0 + 0) + v1) + v2
        assertSame(vs.get(0), first.children().get(0));
        assertEquals(0.0, first.children().get(1).data());
        assertTrue(first.children().get(1).isLeaf());
        assertEquals(0.0, Loss.sum(List.of()).data());
    }

    @Test
    void mseIsTheMeanSquare() {
        List<Value> s = values(0.5, -2.0);
        Value loss = Loss.of(Loss.MSE, s, new double[] {1, -1});
        assertEquals((0.25 + 1.0) * 0.5, loss.data(), 1e-15);
        loss.backward();
        assertEquals(2 * (0.5 - 1) / 2, s.get(0).grad(), 1e-15);
        assertEquals(2 * (-2.0 + 1) / 2, s.get(1).grad(), 1e-15);
    }

    @Test
    void bceMatchesTheStableFormulaAndItsGradientEverywhere() {
        double[] z = {0, 2, -3, 0, 1000, -1000, 40, -40};
        double[] y = {1, -1, 1, -1, -1, 1, 1, -1};
        List<Value> s = values(z);
        Value loss = Loss.of(Loss.BCE, s, y);
        double expected = 0;
        for (int i = 0; i < z.length; i++) {
            double t = y[i] > 0 ? 1 : 0;
            expected += Math.max(z[i], 0) - z[i] * t + Math.log1p(Math.exp(-Math.abs(z[i])));
        }
        expected /= z.length;
        assertEquals(expected, loss.data(), 1e-12);
        // logits of +-1000 on the wrong side cost 1000 each, on the right side 0: no overflow, no NaN
        assertEquals(1000.0, Loss.of(Loss.BCE, values(1000, -1000), new double[] {-1, 1}).data());
        assertEquals(0.0, Loss.of(Loss.BCE, values(1000, -1000), new double[] {1, -1}).data());
        loss.backward();
        for (int i = 0; i < z.length; i++) {
            double t = y[i] > 0 ? 1 : 0;
            double sigmoid = 1 / (1 + Math.exp(-z[i]));
            assertEquals((sigmoid - t) / z.length, s.get(i).grad(), 1e-15, "z=" + z[i]);
        }
        assertEquals(-0.5 / 8, s.get(0).grad(), 1e-17); // at z = 0: sigmoid(0) - 1
    }

    @Test
    void everyLossMatchesFiniteDifferences() {
        PyRandom r = new PyRandom(3);
        for (Loss kind : Loss.values()) {
            double[] z = new double[6];
            double[] y = new double[6];
            for (int i = 0; i < z.length; i++) {
                z[i] = r.uniform(-3, 3);
                y[i] = r.random() < 0.5 ? -1 : 1;
            }
            List<Value> s = values(z);
            Loss.of(kind, s, y).backward();
            Loss loss = kind;
            for (int i = 0; i < z.length; i++) {
                int at = i;
                double numeric = Reference.numeric(v -> {
                    double[] zz = z.clone();
                    zz[at] = v;
                    return Loss.of(loss, values(zz), y).data();
                }, z[i], 1e-6);
                assertEquals(numeric, s.get(i).grad(), 1e-8, kind.key() + " output " + i);
            }
        }
    }

    @Test
    void valueLabelsGiveTheSameLossAndGradients() {
        for (Loss kind : Loss.values()) {
            double[] z = {0.7, -1.2, 0.0, 2.5};
            double[] y = {1, -1, -1, 1};
            List<Value> a = values(z);
            List<Value> b = values(z);
            Value la = Loss.of(kind, a, y);
            Value lb = Loss.of(kind, b, values(y));
            assertEquals(la.data(), lb.data(), 1e-15, kind.key());
            la.backward();
            lb.backward();
            for (int i = 0; i < z.length; i++) {
                assertEquals(a.get(i).grad(), b.get(i).grad(), 1e-15, kind + " " + i);
            }
        }
    }

    @Test
    void l2IsAlphaTimesTheSumOfSquares() {
        List<Value> ps = values(1.0, -2.0, 3.0);
        Value reg = Loss.l2(ps, 1e-4);
        assertEquals(1e-4 * 14, reg.data(), 1e-18);
        reg.backward();
        assertEquals(2e-4 * -2.0, ps.get(1).grad(), 1e-18);
        assertEquals("*", reg.op()); // alpha * sum(...) is sum(...).__rmul__(alpha)
    }

    @Test
    void accuracyComparesSigns() {
        assertEquals(0.75, Loss.accuracy(values(0.1, -0.1, 0.0, 5), new double[] {1, -1, -1, -1}));
        assertEquals(0.5, Loss.accuracy(values(0.0, 0.0), new double[] {1, -1})); // a zero score is "not > 0"
    }

    @Test
    void errorsNameTheProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Loss.of(Loss.SVM, values(1, 2), new double[] {1}));
        assertEquals("SVM max-margin loss: 2 outputs but 1 labels", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Loss.of(Loss.MSE, List.of(), new double[0]));
        assertEquals("mean squared error loss of an empty batch", e.getMessage());
        assertEquals(Loss.BCE, Loss.parse("bce"));
        e = assertThrows(IllegalArgumentException.class, () -> Loss.parse("hinge"));
        assertEquals("unknown loss 'hinge': expected svm, mse or bce", e.getMessage());
    }

    @Test
    void l1IsRateTimesSumOfAbsoluteValuesWithSignGradients() {
        List<Value> ps = values(0.5, -2.0, 0.0);
        Value l1 = Loss.l1(ps, 0.1);
        assertEquals(0.1 * (0.5 + 2.0 + 0.0), l1.data(), 1e-15);
        l1.backward();
        assertEquals(0.1, ps.get(0).grad(), 1e-15);
        assertEquals(-0.1, ps.get(1).grad(), 1e-15);
        assertEquals(0.0, ps.get(2).grad(), "no pull at 0 (relu's derivative there is 0)");
    }

    @Test
    void penaltyAddsL2ThenL1AndIsNullWithoutEither() {
        List<Value> ps = values(0.5, -2.0);
        assertEquals(null, Loss.penalty(ps, 0, 0));
        assertEquals(Loss.l2(ps, 0.01).data(), Loss.penalty(ps, 0.01, 0).data(), 0.0);
        assertEquals(Loss.l1(ps, 0.2).data(), Loss.penalty(ps, 0, 0.2).data(), 0.0);
        Value both = Loss.penalty(ps, 0.01, 0.2);
        assertEquals(Loss.l2(ps, 0.01).data() + Loss.l1(ps, 0.2).data(), both.data(), 0.0);
        both.backward();
        assertEquals(2 * 0.01 * 0.5 + 0.2, ps.get(0).grad(), 1e-15);
        assertEquals(2 * 0.01 * -2.0 - 0.2, ps.get(1).grad(), 1e-15);
    }
}
