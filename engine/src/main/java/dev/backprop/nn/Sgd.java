package dev.backprop.nn;

import dev.backprop.engine.Value;
import java.util.List;

/** Plain gradient descent as micrograd's demo: {@code p.data -= lr * p.grad} with {@code lr = schedule(k)}. */
public final class Sgd implements Optimizer {

    private final List<Value> parameters;
    private final Schedule schedule;
    private int k;

    public Sgd(List<Value> parameters, Schedule schedule) {
        this.parameters = List.copyOf(parameters);
        this.schedule = schedule;
    }

    public Sgd(List<Value> parameters, double lr) {
        this(parameters, Schedule.constant(lr));
    }

    @Override
    public void step() {
        double lr = schedule.lr(k++);
        for (Value p : parameters) {
            p.setData(p.data() - lr * p.grad());
        }
    }

    @Override
    public int steps() {
        return k;
    }

    /** Continues from step {@code k} (e.g. a shared training state): the schedule resumes there. */
    public void setSteps(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + k);
        }
        this.k = k;
    }

    @Override
    public void reset() {
        k = 0;
    }

    public Schedule schedule() {
        return schedule;
    }
}
