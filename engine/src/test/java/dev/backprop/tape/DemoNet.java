package dev.backprop.tape;

import dev.backprop.engine.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * micrograd's MLP and demo loss written directly against the Value API (the tape's tests and benchmark
 * must not wait for dev.backprop.nn): Neuron = sum((wi*xi for ...), b), relu on all layers but the last,
 * SVM max-margin loss + alpha * sum(p*p), built exactly as micrograd's demo notebook builds them.
 */
public final class DemoNet {
    public final List<List<Value[]>> layers = new ArrayList<>(); // layer -> neuron -> [w..., b]
    public final List<Value> params = new ArrayList<>();

    public DemoNet(int nin, int[] nouts, Random rng) {
        int in = nin;
        for (int nout : nouts) {
            List<Value[]> layer = new ArrayList<>();
            for (int j = 0; j < nout; j++) {
                Value[] neuron = new Value[in + 1];
                for (int i = 0; i < in; i++) {
                    neuron[i] = new Value(rng.nextDouble() * 2 - 1);
                }
                neuron[in] = new Value(0.0);
                for (Value p : neuron) {
                    params.add(p);
                }
                layer.add(neuron);
            }
            layers.add(layer);
            in = nout;
        }
    }

    /** The network's output for one input row. */
    public Value call(Value[] x) {
        Value[] in = x;
        for (int l = 0; l < layers.size(); l++) {
            boolean nonlin = l != layers.size() - 1;
            List<Value[]> layer = layers.get(l);
            Value[] out = new Value[layer.size()];
            for (int j = 0; j < out.length; j++) {
                Value[] w = layer.get(j);
                Value act = w[w.length - 1];                 // sum(..., self.b): b + w0*x0 + ...
                for (int i = 0; i < in.length; i++) {
                    act = act.add(w[i].mul(in[i]));
                }
                out[j] = nonlin ? act.relu() : act;
            }
            in = out;
        }
        return in[0];
    }

    /** micrograd demo's loss(): mean SVM max-margin loss + 1e-4 * sum(p*p). Inputs are fresh leaves. */
    public Value loss(double[][] xs, double[] ys, List<Value[]> inputsOut) {
        Value sum = null;
        for (int k = 0; k < xs.length; k++) {
            Value[] in = {new Value(xs[k][0]), new Value(xs[k][1])};
            if (inputsOut != null) {
                inputsOut.add(in);
            }
            Value score = call(in);
            Value l = score.rmul(-ys[k]).radd(1).relu();   // (1 + -yi*scorei).relu()
            sum = sum == null ? l.radd(0) : sum.add(l);      // sum(losses): 0 + l0 + l1 ...
        }
        Value dataLoss = sum.mul(1.0 / xs.length);
        Value reg = null;
        for (Value p : params) {
            Value sq = p.mul(p);
            reg = reg == null ? sq.radd(0) : reg.add(sq);
        }
        return dataLoss.add(reg.rmul(1e-4));
    }

    /** The same loss over leaf inputs and targets (for LossTape): {@code (1 + score * -y).relu()} per row. */
    public Value loss(Value[][] xs, Value[] ys, List<Value> keep) {
        Value sum = null;
        for (int k = 0; k < xs.length; k++) {
            Value score = call(xs[k]);
            if (keep != null) {
                keep.add(score);
            }
            Value l = score.mul(ys[k].neg()).radd(1).relu();
            sum = sum == null ? l.radd(0) : sum.add(l);
        }
        Value dataLoss = sum.mul(1.0 / xs.length);
        Value reg = null;
        for (Value p : params) {
            Value sq = p.mul(p);
            reg = reg == null ? sq.radd(0) : reg.add(sq);
        }
        return dataLoss.add(reg.rmul(1e-4));
    }

    /** sklearn's make_moons shape (not its random stream): n points, labels -1/+1, gaussian noise. */
    public static double[][] moons(int n, double noise, Random rng, double[] ys) {
        double[][] xs = new double[n][];
        int outer = n / 2;
        for (int i = 0; i < n; i++) {
            boolean first = i < outer;
            int k = first ? i : i - outer;
            int m = first ? outer : n - outer;
            double t = Math.PI * k / Math.max(1, m - 1);
            double x = first ? Math.cos(t) : 1 - Math.cos(t);
            double y = first ? Math.sin(t) : 1 - Math.sin(t) - 0.5;
            xs[i] = new double[] {x + rng.nextGaussian() * noise, y + rng.nextGaussian() * noise};
            ys[i] = first ? -1 : 1;
        }
        return xs;
    }
}
