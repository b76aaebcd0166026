package dev.backprop.train;

import dev.backprop.engine.Value;
import dev.backprop.nn.Optimizer;
import java.util.Arrays;
import java.util.List;

/**
 * SGD or Adam with the config's learning-rate schedule, doing exactly {@link dev.backprop.nn.Sgd}'s and
 * {@link dev.backprop.nn.Adam}'s arithmetic (beta1 0.9, beta2 0.999, eps 1e-8), but with state that can be
 * saved and restored: the step count and Adam's moments, so a shared run continues exactly where it stopped.
 */
final class Update implements Optimizer {

    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPS = 1e-8;

    private final TrainConfig config;
    private final List<Value> params;
    final double[] m;
    final double[] v;
    double beta1t = 1;
    double beta2t = 1;
    int k;

    Update(TrainConfig config, List<Value> params) {
        this.config = config;
        this.params = params;
        this.m = new double[params.size()];
        this.v = new double[params.size()];
    }

    @Override
    public void step() {
        double lr = config.lr(k++);
        if (config.optimizer() == TrainConfig.Optimizer.SGD) {
            for (Value p : params) {
                p.setData(p.data() - lr * p.grad());
            }
            return;
        }
        beta1t *= BETA1;
        beta2t *= BETA2;
        double c1 = 1 - beta1t;
        double c2 = 1 - beta2t;
        for (int i = 0; i < m.length; i++) {
            Value p = params.get(i);
            double g = p.grad();
            m[i] = BETA1 * m[i] + (1 - BETA1) * g;
            v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
            double mhat = m[i] / c1;
            double vhat = v[i] / c2;
            p.setData(p.data() - lr * mhat / (Math.sqrt(vhat) + EPS));
        }
    }

    @Override
    public int steps() {
        return k;
    }

    @Override
    public void reset() {
        k = 0;
        beta1t = 1;
        beta2t = 1;
        Arrays.fill(m, 0);
        Arrays.fill(v, 0);
    }

    /** Restores the state after {@code k} steps with these Adam moments (ignored for SGD when null). */
    void restore(int k, double[] m, double[] v) {
        reset();
        this.k = k;
        if (config.optimizer() == TrainConfig.Optimizer.ADAM) {
            for (int i = 0; i < k; i++) { // the running products, multiplied as step() multiplies them
                beta1t *= BETA1;
                beta2t *= BETA2;
            }
            if (m != null && v != null && m.length == this.m.length && v.length == this.v.length) {
                System.arraycopy(m, 0, this.m, 0, m.length);
                System.arraycopy(v, 0, this.v, 0, v.length);
            }
        }
    }
}
