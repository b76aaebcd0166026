package dev.backprop.tape;

import dev.backprop.py.Rng;
import dev.backprop.engine.Value;
import dev.backprop.nn.Loss;
import dev.backprop.nn.MLP;
import dev.backprop.nn.Optimizer;
import dev.backprop.nn.Schedule;
import dev.backprop.nn.Sgd;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link dev.backprop.nn.Trainer} on a {@link Tape}: the same constructor, batches, steps and numbers, bit
 * for bit, at a fraction of the cost. The batch's loss graph is built and recorded once per batch size;
 * each step writes the batch's inputs, labels and the current weights into the tape, replays forward and
 * backward (allocating nothing), sets every parameter's grad as {@code zero_grad(); loss.backward()} would,
 * and lets the optimiser update the weights as on the Value path.
 *
 * <p>The tape is built with the labels as leaves ({@link Loss#of(List, List)}); for labels +1/-1 (what
 * {@code nn} uses) every loss, score, accuracy and grad equals the Value path's exactly.
 */
public final class Trainer {

    private final MLP model;
    private final List<Value> params;
    private final double[][] xs;
    private final double[] ys;
    private final Loss loss;
    private final double alpha;
    private final double l1;
    private final Optimizer optimizer;
    private int batchSize;
    private Rng batchRng;
    private int k;
    private LossTape train;     // recorded for train.batchSize()
    private int[] all;
    private LossTape eval;      // for evaluate(): the graph's shape depends only on the number of points
    private int[] idx;          // batch draws, reused
    private int[] rows;

    public Trainer(MLP model, double[][] xs, double[] ys, Loss loss, double alpha, Optimizer optimizer) {
        this(model, xs, ys, loss, alpha, 0, optimizer);
    }

    /** With L2 rate {@code alpha} and L1 rate {@code l1}, as {@link dev.backprop.nn.Trainer}'s. */
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
        this.params = model.parameters();
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

    /** As {@link dev.backprop.nn.Trainer#batches}: random batches of {@code size} points (0 = full batch). */
    public Trainer batches(int size, Rng rng) {
        if (size < 0) {
            throw new IllegalArgumentException("batch size must be >= 0, got " + size);
        }
        this.batchSize = size;
        this.batchRng = rng;
        return this;
    }

    /** One forward, backward and update on the batch; the numbers are measured before the update. */
    public dev.backprop.nn.Trainer.Step step() {
        int[] rows = batch();
        if (train == null || train.batchSize() != rows.length) {
            train = record(model.nin(), rows.length, true);
        }
        double total = train.step(xs, ys, rows);
        double dataLoss = train.kept(rows.length);
        double acc = accuracy(train, ys, rows);
        optimizer.step();
        return new dev.backprop.nn.Trainer.Step(k++, total, dataLoss, acc);
    }

    /** Loss (data loss + L2) and accuracy on other points, e.g. a test set. No update, no grads touched. */
    public dev.backprop.nn.Trainer.Step evaluate(double[][] xs, double[] ys) {
        if (xs.length == 0) {
            return new dev.backprop.nn.Trainer.Step(k, Double.NaN, Double.NaN, Double.NaN);
        }
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(xs.length + " inputs but " + ys.length + " labels");
        }
        if (eval == null || eval.batchSize() != xs.length) {
            eval = record(model.nin(), xs.length, false);
        }
        double dataLoss = eval.forward(xs, ys, null);
        double reg = alpha == 0 && l1 == 0 ? 0 : eval.kept(xs.length);
        return new dev.backprop.nn.Trainer.Step(k, dataLoss + reg, dataLoss, accuracy(eval, ys, null));
    }

    /**
     * Training tape: root = total loss; kept = scores..., data loss. Evaluation tape: root = data loss;
     * kept = scores..., L2 term (the Value path adds the two as doubles).
     */
    private LossTape record(int nin, int n, boolean training) {
        return new LossTape(params, nin, n, (x, y, keep) -> {
            List<Value> scores = new ArrayList<>(n);
            for (Value[] row : x) {
                scores.add(model.score(List.of(row)));
            }
            keep.addAll(scores);
            Value data = Loss.of(loss, scores, List.of(y));
            Value reg = Loss.penalty(params, alpha, l1);
            if (training) {
                keep.add(data);
                return reg == null ? data : data.add(reg);
            }
            keep.add(reg == null ? data : reg);
            return data;
        });
    }

    /** {@link Loss#accuracy} on the kept scores. */
    private static double accuracy(LossTape t, double[] ys, int[] rows) {
        int n = t.batchSize();
        int right = 0;
        for (int i = 0; i < n; i++) {
            double y = ys[rows == null ? i : rows[i]];
            if ((y > 0) == (t.kept(i) > 0)) {
                right++;
            }
        }
        return (double) right / n;
    }

    /** The same batches as {@link dev.backprop.nn.Trainer}: partial Fisher-Yates from the same draws. */
    private int[] batch() {
        int n = xs.length;
        if (batchSize == 0 || batchSize >= n) {
            if (all == null) {
                all = new int[n];
                for (int i = 0; i < n; i++) {
                    all[i] = i;
                }
            }
            return all;
        }
        if (idx == null || rows.length != batchSize) {
            idx = new int[n];
            rows = new int[batchSize];
        }
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        for (int i = 0; i < batchSize; i++) {
            int j = i + (int) (batchRng.random() * (n - i));
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        System.arraycopy(idx, 0, rows, 0, batchSize);
        return rows;
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

    /** The tape of the last training step (null before the first step). */
    public LossTape tape() {
        return train;
    }
}
