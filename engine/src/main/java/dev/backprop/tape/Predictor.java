package dev.backprop.tape;

import dev.backprop.engine.Value;
import java.util.List;

/**
 * A model's forward pass for one input row on a {@link Tape}: built once from placeholder inputs, then
 * evaluated at many points without allocating (decision-boundary heatmaps, per-neuron thumbnails,
 * accuracy). Results are bitwise equal to calling the model on fresh {@code Value} leaves.
 *
 * <pre>{@code
 * Predictor p = new Predictor(model.parameters(), 2, x -> new Value[] {model.call(x)});
 * p.sync();                                // after each training step: read the parameters
 * double score = p.eval(new double[] {0.5, -0.2}, out)[0];
 * }</pre>
 */
public final class Predictor {

    /** The model's forward pass; returns the values to read (e.g. the output, or every hidden neuron). */
    public interface Net {
        Value[] apply(Value[] inputs);
    }

    private final Tape tape;
    private final List<Value> params;
    private final int[] paramSlots;
    private final int[] inputSlots;
    private final int[] outputSlots;

    public Predictor(List<Value> params, int nin, Net net) {
        Value[] x = new Value[nin];
        for (int j = 0; j < nin; j++) {
            x[j] = new Value(0.0);
        }
        Value[] outs = net.apply(x);
        if (outs.length == 0) {
            throw new IllegalArgumentException("Predictor: the net returned no values to read");
        }
        Value[] extra = new Value[outs.length - 1 + nin + params.size()];
        int e = 0;
        for (int i = 1; i < outs.length; i++) {
            extra[e++] = outs[i];
        }
        for (Value v : x) {
            extra[e++] = v;
        }
        for (Value p : params) {
            extra[e++] = p;
        }
        this.tape = Tape.recordFused(outs[0], extra);
        this.params = params;
        this.paramSlots = tape.slots(params);
        this.inputSlots = tape.slots(List.of(x));
        this.outputSlots = tape.slots(List.of(outs));
    }

    /** Reads the parameters' current data into the tape (call after they change). */
    public void sync() {
        for (int i = 0; i < paramSlots.length; i++) {
            tape.setData(paramSlots[i], params.get(i).data());
        }
    }

    /** Evaluates at {@code x}; writes the net's values into {@code out} and returns it. */
    public double[] eval(double[] x, double[] out) {
        if (x.length != inputSlots.length) {
            throw new IllegalArgumentException("Predictor.eval: got " + x.length + " inputs, the model takes "
                    + inputSlots.length);
        }
        for (int j = 0; j < x.length; j++) {
            tape.setData(inputSlots[j], x[j]);
        }
        tape.forward();
        for (int i = 0; i < outputSlots.length; i++) {
            out[i] = tape.data(outputSlots[i]);
        }
        return out;
    }

    /** Number of values {@link #eval} writes. */
    public int outputs() {
        return outputSlots.length;
    }
}
