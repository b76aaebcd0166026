package dev.backprop.tape;

import dev.backprop.engine.Value;
import java.util.List;

/**
 * Training steps for a fixed architecture on a {@link Tape} (the engine of {@link Trainer}, usable for any
 * loss built from Values): the loss graph of one batch is built once
 * from placeholder leaves, recorded (with exact dot fusion), and every later step only writes the batch's
 * inputs and targets and the parameters' current data into the tape and replays it. Nothing is allocated
 * per step.
 *
 * <p>Bitwise contract: after {@link #step}, every parameter's grad (and the returned loss) is exactly what
 * building the same graph with {@code Value}s from fresh leaves holding the batch's data, zeroing the
 * parameters' grads and calling {@code loss.backward()} gives. The optimiser (SGD, Adam) stays on the
 * {@code Value} side and reads the grads from the parameters as usual, so the update is the same code too.
 *
 * <pre>{@code
 * LossTape tr = new LossTape(model.parameters(), 2, xs.length, (x, y, keep) -> svmLoss(model, x, y));
 * for (int k = 0; k < 100; k++) {
 *     double loss = tr.step(xs, ys);   // parameter grads are set
 *     sgd.step(k);                     // updates parameter data from their grads
 * }
 * }</pre>
 */
public final class LossTape {

    /**
     * Builds the loss of one batch. Use the given leaves as the inputs and targets (they become the tape's
     * input slots); build everything else, including the parameters' part (L2), as for a Value-path step.
     * Values added to {@code keep} (scores, the data loss) can be read after each step with {@link #kept}.
     */
    public interface BatchLoss {
        Value build(Value[][] inputs, Value[] targets, List<Value> keep);
    }

    private final Tape tape;
    private final List<Value> params;
    private final int[] paramSlots;
    private final int[][] inputSlots;
    private final int[] targetSlots;
    private final int[] keptSlots;

    /** Builds the loss graph once for batches of {@code batchSize} rows of {@code nin} inputs, and records it. */
    public LossTape(List<Value> params, int nin, int batchSize, BatchLoss loss) {
        if (batchSize < 1 || nin < 1) {
            throw new IllegalArgumentException("LossTape: need nin >= 1 and batchSize >= 1, got nin=" + nin
                    + ", batchSize=" + batchSize);
        }
        Value[][] x = new Value[batchSize][nin];
        Value[] y = new Value[batchSize];
        for (int i = 0; i < batchSize; i++) {
            for (int j = 0; j < nin; j++) {
                x[i][j] = new Value(0.0);
            }
            y[i] = new Value(0.0);
        }
        List<Value> keep = new java.util.ArrayList<>();
        Value root = loss.build(x, y, keep);
        // inputs or targets the loss ignores still get a slot, so a step can always write them
        Value[] extra = new Value[batchSize * (nin + 1) + params.size() + keep.size()];
        int e = 0;
        for (Value v : keep) {
            extra[e++] = v;
        }
        for (int i = 0; i < batchSize; i++) {
            for (int j = 0; j < nin; j++) {
                extra[e++] = x[i][j];
            }
            extra[e++] = y[i];
        }
        for (Value p : params) {
            extra[e++] = p;
        }
        this.tape = Tape.recordFused(root, extra);
        this.params = params;
        this.paramSlots = tape.slots(params);
        this.keptSlots = tape.slots(keep);
        this.inputSlots = new int[batchSize][nin];
        this.targetSlots = new int[batchSize];
        for (int i = 0; i < batchSize; i++) {
            for (int j = 0; j < nin; j++) {
                inputSlots[i][j] = tape.slot(x[i][j]);
            }
            targetSlots[i] = tape.slot(y[i]);
        }
    }

    /**
     * One forward and backward pass on this batch with the parameters' current data; sets every parameter's
     * grad (overwriting it, like zeroGrad + backward) and returns the loss.
     */
    public double step(double[][] xs, double[] ys) {
        load(xs, ys, null);
        return run(true);
    }

    /** Like {@link #step(double[][], double[])} on the rows {@code rows[0..batchSize)} of the data. */
    public double step(double[][] xs, double[] ys, int[] rows) {
        load(xs, ys, rows);
        return run(true);
    }

    /** The forward pass only (no grads touched); returns the loss. {@code rows} may be null (all rows). */
    public double forward(double[][] xs, double[] ys, int[] rows) {
        load(xs, ys, rows);
        return run(false);
    }

    /** The data of the i-th value the loss builder kept, as of the last step or forward. */
    public double kept(int i) {
        return tape.data(keptSlots[i]);
    }

    private void load(double[][] xs, double[] ys, int[] rows) {
        int n = targetSlots.length;
        int have = rows == null ? xs.length : rows.length;
        if (have != n || (rows == null && ys.length != n)) {
            throw new IllegalArgumentException("LossTape.step: the tape was recorded for batches of " + n
                    + " rows, got " + have);
        }
        for (int i = 0; i < n; i++) {
            int r = rows == null ? i : rows[i];
            double[] row = xs[r];
            int[] s = inputSlots[i];
            if (row.length != s.length) {
                throw new IllegalArgumentException("LossTape.step: row " + r + " has " + row.length
                        + " inputs, the model takes " + s.length);
            }
            for (int j = 0; j < s.length; j++) {
                tape.setData(s[j], row[j]);
            }
            tape.setData(targetSlots[i], ys[r]);
        }
    }

    private double run(boolean backward) {
        for (int i = 0; i < paramSlots.length; i++) {
            tape.setData(paramSlots[i], params.get(i).data());
        }
        tape.forward();
        if (!backward) {
            return tape.data(tape.root());
        }
        tape.zeroGrad();
        tape.backward();
        for (int i = 0; i < paramSlots.length; i++) {
            params.get(i).setGrad(tape.grad(paramSlots[i]));
        }
        return tape.data(tape.root());
    }

    /** The recorded tape (e.g. to read other outputs after a step). */
    public Tape tape() {
        return tape;
    }

    public int batchSize() {
        return targetSlots.length;
    }
}
