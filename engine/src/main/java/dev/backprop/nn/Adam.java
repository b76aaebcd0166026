package dev.backprop.nn;

import dev.backprop.py.Num;

import dev.backprop.engine.Value;
import java.util.List;

/**
 * Adam (Kingma and Ba), bias-corrected: at step t = k + 1,
 * {@code m = b1*m + (1-b1)*g; v = b2*v + (1-b2)*g*g; p -= lr * (m/(1-b1^t)) / (sqrt(v/(1-b2^t)) + eps)}.
 * {@code b^t} is kept as a running product (plain multiplications: the same bits on the JVM and in JS).
 */
public final class Adam implements Optimizer {

    private final List<Value> parameters;
    private final Schedule schedule;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double[] m;
    private final double[] v;
    private double beta1t;
    private double beta2t;
    private int k;

    public Adam(List<Value> parameters, Schedule schedule, double beta1, double beta2, double eps) {
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam needs 0 <= beta < 1, got beta1=" + Num.repr(beta1) + ", beta2=" + Num.repr(beta2));
        }
        this.parameters = List.copyOf(parameters);
        this.schedule = schedule;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.m = new double[this.parameters.size()];
        this.v = new double[this.parameters.size()];
        reset();
    }

    /** The usual defaults: beta1 0.9, beta2 0.999, eps 1e-8. */
    public Adam(List<Value> parameters, double lr) {
        this(parameters, Schedule.constant(lr), 0.9, 0.999, 1e-8);
    }

    @Override
    public void step() {
        double lr = schedule.lr(k++);
        beta1t *= beta1;
        beta2t *= beta2;
        double c1 = 1 - beta1t;
        double c2 = 1 - beta2t;
        for (int i = 0; i < m.length; i++) {
            Value p = parameters.get(i);
            double g = p.grad();
            m[i] = beta1 * m[i] + (1 - beta1) * g;
            v[i] = beta2 * v[i] + (1 - beta2) * g * g;
            double mhat = m[i] / c1;
            double vhat = v[i] / c2;
            // mhat * lr: a compound operand stays on the left of * (TeaVM 0.16 drops such parentheses, see PyMath)
            p.setData(p.data() - mhat * lr / (Math.sqrt(vhat) + eps));
        }
    }

    @Override
    public int steps() {
        return k;
    }

    /** Continues from step {@code k} with zero moments; see {@link #restore} to bring the moments too. */
    public void setSteps(int k) {
        restore(k, new double[m.length], new double[v.length]);
    }

    /**
     * Restores a saved state (step count and both moments, as {@link #firstMoments()} and
     * {@link #secondMoments()} gave them): the next step continues exactly as the saved optimiser would.
     */
    public void restore(int k, double[] firstMoments, double[] secondMoments) {
        if (k < 0 || firstMoments.length != m.length || secondMoments.length != v.length) {
            throw new IllegalArgumentException("Adam state for " + m.length + " parameters needs k >= 0 and "
                    + m.length + " moments each, got k=" + k + ", " + firstMoments.length + " and "
                    + secondMoments.length);
        }
        reset();
        for (int i = 0; i < k; i++) { // the same running products a run of k steps computes
            beta1t *= beta1;
            beta2t *= beta2;
        }
        this.k = k;
        System.arraycopy(firstMoments, 0, m, 0, m.length);
        System.arraycopy(secondMoments, 0, v, 0, v.length);
    }

    @Override
    public void reset() {
        k = 0;
        beta1t = 1;
        beta2t = 1;
        java.util.Arrays.fill(m, 0);
        java.util.Arrays.fill(v, 0);
    }

    /** The first moments, in parameter order (a copy). */
    public double[] firstMoments() {
        return m.clone();
    }

    /** The second moments, in parameter order (a copy). */
    public double[] secondMoments() {
        return v.clone();
    }
}
