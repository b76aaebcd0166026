package dev.backprop.train;

import dev.backprop.engine.Value;
import dev.backprop.nn.Adam;
import dev.backprop.nn.Optimizer;
import dev.backprop.nn.Sgd;
import java.util.List;

/**
 * The config's optimiser: {@link Sgd} or {@link Adam} (beta1 0.9, beta2 0.999, eps 1e-8) on the config's
 * learning-rate schedule, with state that can be saved and restored (step count and Adam's moments) so a
 * shared run continues exactly where it stopped.
 */
final class Update implements Optimizer {

    private final Sgd sgd;
    private final Adam adam;

    Update(TrainConfig config, List<Value> params) {
        boolean isAdam = config.optimizer() == TrainConfig.Optimizer.ADAM;
        this.adam = isAdam ? new Adam(params, config::lr, 0.9, 0.999, 1e-8) : null;
        this.sgd = isAdam ? null : new Sgd(params, config::lr);
    }

    private Optimizer optimizer() {
        return adam != null ? adam : sgd;
    }

    @Override
    public void step() {
        optimizer().step();
    }

    @Override
    public int steps() {
        return optimizer().steps();
    }

    @Override
    public void reset() {
        optimizer().reset();
    }

    /** Adam's first moments (a copy), or null for SGD. */
    double[] firstMoments() {
        return adam == null ? null : adam.firstMoments();
    }

    /** Adam's second moments (a copy), or null for SGD. */
    double[] secondMoments() {
        return adam == null ? null : adam.secondMoments();
    }

    /** Restores the state after {@code k} steps with these Adam moments (zero moments when null or mis-sized). */
    void restore(int k, double[] m, double[] v) {
        if (sgd != null) {
            sgd.setSteps(k);
            return;
        }
        int n = adam.firstMoments().length;
        boolean fits = m != null && v != null && m.length == n && v.length == n;
        adam.restore(k, fits ? m : new double[n], fits ? v : new double[n]);
    }
}
