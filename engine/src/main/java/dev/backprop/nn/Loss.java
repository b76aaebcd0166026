package dev.backprop.nn;

import dev.backprop.py.Chars;
import dev.backprop.engine.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Data losses over a batch of network outputs, built from {@link Value} ops so that {@code backward()}
 * reaches every weight, plus Python's {@code sum}, L2 regularisation and accuracy. Labels are +1/-1
 * (a label {@code > 0} is the positive class).
 */
public enum Loss {
    /**
     * micrograd's demo: {@code mean((1 + -yi*scorei).relu())}, built exactly as micrograd builds it
     * ({@code sum(losses) * (1.0 / len(losses))}).
     */
    SVM("svm", "SVM max-margin"),
    /** Mean squared error {@code mean((out - y)**2)} against the labels as targets. */
    MSE("mse", "mean squared error"),
    /**
     * Binary cross-entropy on logits, {@code mean(softplus(z) - z*t)} with {@code t = 1 if y > 0 else 0} and
     * {@code softplus(z) = 0.5*(z + |z|) + log(1 + exp(-|z|))}, {@code |z| = relu(z) + relu(-z)}: exp never
     * overflows, and the gradient is {@code sigmoid(z) - t} everywhere, also at z = 0 (where ReLU's
     * derivative is 0). One graph shape for every z, so a recorded tape replays it correctly.
     */
    BCE("bce", "binary cross-entropy");

    private final String key;
    private final String label;

    Loss(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** SVM max-margin, mean squared error or binary cross-entropy. */
    public String label() {
        return label;
    }

    /** svm, mse or bce: the name in snapshots and menus. */
    public String key() {
        return key;
    }

    /** The mean loss over the batch: {@code outputs[i]} is the network's output for the point labelled {@code ys[i]}. */
    public static Value of(Loss loss, List<Value> outputs, double[] ys) {
        if (outputs.size() != ys.length) {
            throw new IllegalArgumentException(loss.label + " loss: " + outputs.size() + " outputs but "
                    + ys.length + " labels");
        }
        if (ys.length == 0) {
            throw new IllegalArgumentException(loss.label + " loss of an empty batch");
        }
        List<Value> losses = new ArrayList<>(ys.length);
        for (int i = 0; i < ys.length; i++) {
            Value z = outputs.get(i);
            double y = ys[i];
            if (loss == SVM) {
                losses.add(z.mul(-y).add(1.0).relu()); // (1 + -yi*scorei).relu()
            } else if (loss == MSE) {
                losses.add(z.sub(y).pow(2));
            } else {
                losses.add(bce(z, y > 0 ? 1.0 : 0.0));
            }
        }
        return mean(losses);
    }

    /**
     * The same loss with the labels as {@link Value}s (+1/-1 in their data), so a recorded tape can take
     * new labels: SVM {@code (1 + score*(-y)).relu()}, MSE {@code (out - y)**2}, BCE with
     * {@code t = y*0.5 + 0.5}.
     */
    public static Value of(Loss loss, List<Value> outputs, List<Value> ys) {
        if (outputs.size() != ys.size()) {
            throw new IllegalArgumentException(loss.label + " loss: " + outputs.size() + " outputs but "
                    + ys.size() + " labels");
        }
        if (ys.isEmpty()) {
            throw new IllegalArgumentException(loss.label + " loss of an empty batch");
        }
        List<Value> losses = new ArrayList<>(ys.size());
        for (int i = 0; i < ys.size(); i++) {
            Value z = outputs.get(i);
            Value y = ys.get(i);
            if (loss == SVM) {
                losses.add(z.mul(y.neg()).add(1.0).relu());
            } else if (loss == MSE) {
                losses.add(z.sub(y).pow(2));
            } else {
                losses.add(bce(z, y.mul(0.5).add(0.5)));
            }
        }
        return mean(losses);
    }

    private static Value softplusPart(Value z) {
        Value abs = z.relu().add(z.neg().relu());
        return z.add(abs).mul(0.5).add(abs.neg().exp().add(1.0).log());
    }

    private static Value bce(Value z, double t) {
        return softplusPart(z).sub(z.mul(t));
    }

    private static Value bce(Value z, Value t) {
        return softplusPart(z).sub(z.mul(t));
    }

    /** Python's {@code sum(vs)}: {@code 0 + v0} (that is {@code v0.radd(0)}), then {@code + v1 + ...}. */
    public static Value sum(List<Value> vs) {
        if (vs.isEmpty()) {
            return new Value(0);
        }
        Value acc = vs.get(0).radd(0);
        for (int i = 1; i < vs.size(); i++) {
            acc = acc.add(vs.get(i));
        }
        return acc;
    }

    /** micrograd's mean: {@code sum(vs) * (1.0 / len(vs))}. */
    public static Value mean(List<Value> vs) {
        return sum(vs).mul(1.0 / vs.size());
    }

    /** L2 regularisation as micrograd's demo: {@code alpha * sum((p*p for p in parameters))}. */
    public static Value l2(List<Value> parameters, double alpha) {
        List<Value> squares = new ArrayList<>(parameters.size());
        for (Value p : parameters) {
            squares.add(p.mul(p));
        }
        return sum(squares).rmul(alpha);
    }

    /**
     * L1 regularisation: {@code alpha * sum((p.relu() + (-p).relu() for p in parameters))}, i.e.
     * {@code alpha * sum(|p|)} from micrograd's ops (its gradient is sign(p), 0 at 0, as TF Playground's).
     */
    public static Value l1(List<Value> parameters, double alpha) {
        List<Value> abs = new ArrayList<>(parameters.size());
        for (Value p : parameters) {
            abs.add(p.relu().add(p.neg().relu()));
        }
        return sum(abs).rmul(alpha);
    }

    /**
     * The regularisation term: L2 {@code + } L1 (each only when its rate is not 0, in that order, as the
     * generated program adds them), or null when both rates are 0.
     */
    public static Value penalty(List<Value> parameters, double l2, double l1) {
        Value a = l2 == 0 ? null : l2(parameters, l2);
        Value b = l1 == 0 ? null : l1(parameters, l1);
        return a == null ? b : b == null ? a : a.add(b);
    }

    /** The fraction of points where the output's sign matches the label: {@code (yi > 0) == (scorei.data > 0)}. */
    public static double accuracy(List<Value> outputs, double[] ys) {
        if (outputs.size() != ys.length) {
            throw new IllegalArgumentException("accuracy: " + outputs.size() + " outputs but " + ys.length + " labels");
        }
        int right = 0;
        for (int i = 0; i < ys.length; i++) {
            if ((ys[i] > 0) == (outputs.get(i).data() > 0)) {
                right++;
            }
        }
        return ys.length == 0 ? 0 : (double) right / ys.length;
    }

    /** The loss named {@code name}: svm, mse or bce (any case). */
    public static Loss parse(String name) {
        for (Loss l : values()) {
            if (Chars.equalsIgnoreCase(l.key, name)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown loss '" + name + "': expected svm, mse or bce");
    }
}
