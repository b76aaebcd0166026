package dev.backprop.nn;

import dev.backprop.py.Rng;
import dev.backprop.engine.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * micrograd's demo training loop on the {@link Value} path: each {@link #step()} builds the forward graph
 * of the batch (inputs as leaf Values, {@code list(map(Value, xrow))}), the data loss plus
 * {@code alpha * sum(p*p)}, then {@code zero_grad}, {@code backward} and the optimiser's update.
 */
public final class Trainer {

    /** One step's numbers, measured on the forward pass before the update (as the demo prints them). */
    public record Step(int k, double loss, double dataLoss, double accuracy) {}

    private final MLP model;
    private final double[][] xs;
    private final double[] ys;
    private final Loss loss;
    private final double alpha;
    private final double l1;
    private final Optimizer optimizer;
    private int batchSize;
    private Rng batchRng;
    private int k;

    public Trainer(MLP model, double[][] xs, double[] ys, Loss loss, double alpha, Optimizer optimizer) {
        this(model, xs, ys, loss, alpha, 0, optimizer);
    }

    /** With L2 rate {@code alpha} and L1 rate {@code l1} ({@link Loss#penalty}). */
    public Trainer(MLP model, double[][] xs, double[] ys, Loss loss, double alpha, double l1, Optimizer optimizer) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(xs.length + " inputs but " + ys.length + " labels");
        }
        if (xs.length == 0) {
            throw new IllegalArgumentException("nothing to train on: no data points");
        }
        if (loss == null) {
            throw new IllegalArgumentException("a trainer needs a loss (Loss.SVM, MSE or BCE)");
        }
        this.model = model;
        this.xs = xs;
        this.ys = ys;
        this.loss = loss;
        this.alpha = alpha;
        this.l1 = l1;
        this.optimizer = optimizer;
    }

    /** micrograd's demo: SVM loss, L2 1e-4, SGD with {@code lr = 1.0 - 0.9*k/100}. */
    public static Trainer micrograd(MLP model, double[][] xs, double[] ys) {
        return new Trainer(model, xs, ys, Loss.SVM, 1e-4, new Sgd(model.parameters(), Schedule.micrograd()));
    }

    /**
     * Train on random batches of {@code size} points (drawn without replacement from {@code rng} each step)
     * instead of the full batch; a size of 0 or at least the data size means full batch.
     */
    public Trainer batches(int size, Rng rng) {
        if (size < 0) {
            throw new IllegalArgumentException("batch size must be >= 0, got " + size);
        }
        this.batchSize = size;
        this.batchRng = rng;
        return this;
    }

    /** One forward, backward and update on the batch. */
    public Step step() {
        int[] batch = batch();
        double[] by = new double[batch.length];
        List<Value> scores = new ArrayList<>(batch.length);
        for (int i = 0; i < batch.length; i++) {
            double[] row = xs[batch[i]];
            List<Value> in = new ArrayList<>(row.length);
            for (double x : row) {
                in.add(new Value(x));
            }
            scores.add(model.score(in));
            by[i] = ys[batch[i]];
        }
        Value dataLoss = Loss.of(loss, scores, by);
        Value reg = Loss.penalty(model.parameters(), alpha, l1);
        Value total = reg == null ? dataLoss : dataLoss.add(reg);
        double acc = Loss.accuracy(scores, by);
        model.zeroGrad();
        total.backward();
        optimizer.step();
        return new Step(k++, total.data(), dataLoss.data(), acc);
    }

    /**
     * The loss graph of one batch from leaves holding its inputs and labels: the model's outputs, the data
     * loss (labels as Values, see {@link Loss#of(List, List)}) plus the L2 term, so a tape can record it once
     * and replay it per step ({@code dev.backprop.tape.LossTape}); for +1/-1 labels its data and grads equal
     * {@link #step()}'s.
     */
    public Value loss(Value[][] inputs, Value[] labels) {
        if (inputs.length != labels.length) {
            throw new IllegalArgumentException(inputs.length + " inputs but " + labels.length + " labels");
        }
        List<Value> scores = new ArrayList<>(inputs.length);
        for (Value[] row : inputs) {
            scores.add(model.score(java.util.Arrays.asList(row)));
        }
        Value dataLoss = Loss.of(loss, scores, java.util.Arrays.asList(labels));
        Value reg = Loss.penalty(model.parameters(), alpha, l1);
        return reg == null ? dataLoss : dataLoss.add(reg);
    }

    private int[] batch() {
        int n = xs.length;
        if (batchSize == 0 || batchSize >= n) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        for (int i = 0; i < batchSize; i++) { // partial Fisher-Yates: the first batchSize are the batch
            int j = i + (int) (batchRng.random() * (n - i));
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        return java.util.Arrays.copyOf(idx, batchSize);
    }

    /** Loss (data loss + L2) and accuracy of the current model on other points, e.g. a test set. No update. */
    public Step evaluate(double[][] xs, double[] ys) {
        List<Value> scores = new ArrayList<>(xs.length);
        for (double[] row : xs) {
            scores.add(model.score(row));
        }
        if (xs.length == 0) {
            return new Step(k, Double.NaN, Double.NaN, Double.NaN);
        }
        double dataLoss = Loss.of(loss, scores, ys).data();
        Value penalty = Loss.penalty(model.parameters(), alpha, l1);
        double reg = penalty == null ? 0 : penalty.data();
        return new Step(k, dataLoss + reg, dataLoss, Loss.accuracy(scores, ys));
    }

    /** Steps taken so far. */
    public int steps() {
        return k;
    }

    public MLP model() {
        return model;
    }

    public Optimizer optimizer() {
        return optimizer;
    }
}
