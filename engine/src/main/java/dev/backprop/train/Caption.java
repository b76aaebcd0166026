package dev.backprop.train;

import dev.backprop.py.Num;
import java.util.List;

/**
 * A run in words, one home for the page's readouts and the server's link previews (og:title, og:description):
 * {@code 2-16-16-1 ReLU on moons, step 376, accuracy 100%}.
 */
public final class Caption {

    private Caption() {
    }

    /** A loss as the page shows it (4 decimals; – for none). */
    public static String loss(double x) {
        return x != x ? "–" : Num.format(x, ".4f");
    }

    /** An accuracy as the page shows it (whole percent; – for none). */
    public static String percent(double x) {
        return x != x ? "–" : Num.format(x * 100, ".0f") + "%";
    }

    /** The layer sizes, inputs to output: {@code 2-16-16-1}. */
    public static String sizes(TrainConfig c) {
        StringBuilder sb = new StringBuilder().append(c.features().size());
        for (int n : c.sizes()) {
            sb.append('-').append(n);
        }
        return sb.toString();
    }

    /**
     * {@code 2-16-16-1 ReLU on moons, step 376, accuracy 100%}: the numbers the page shows (a regression has no
     * accuracy: its loss instead; a network without hidden layers is linear).
     */
    public static String title(Training t) {
        TrainConfig c = t.config();
        Training.Stat s = t.shown();
        String act = c.hidden().isEmpty() ? "linear" : c.activation().label();
        return sizes(c) + " " + act + " on " + c.shape().label() + ", step " + t.steps() + ", "
                + (c.shape().regression() ? "loss " + loss(s.loss()) : "accuracy " + percent(s.accuracy()));
    }

    /** A sentence or two on the run: network, data, objective, optimiser, then the shown numbers. */
    public static String description(Training t) {
        TrainConfig c = t.config();
        Training.Stat s = t.shown();
        StringBuilder sb = new StringBuilder("An MLP ").append(sizes(c));
        sb.append(c.hidden().isEmpty() ? "" : " with " + c.activation().label() + " hidden neurons");
        List<Feature> fs = c.features();
        sb.append(" (inputs ");
        for (int i = 0; i < fs.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(fs.get(i).label());
        }
        int n = t.train().size() + t.test().size();
        sb.append(") trained on ").append(n).append(n == 1 ? " point of " : " points of ").append(c.shape().label())
                .append(" with ").append(c.loss().label()).append(" loss, ")
                .append(c.optimizer() == TrainConfig.Optimizer.ADAM ? "Adam" : "SGD")
                .append(", learning rate ").append(Num.repr(c.lr())).append(c.decay() ? " decaying" : "");
        if (c.l2() > 0) {
            sb.append(", L2 ").append(Num.repr(c.l2()));
        }
        if (c.l1() > 0) {
            sb.append(", L1 ").append(Num.repr(c.l1()));
        }
        sb.append(". Step ").append(t.steps()).append(": train loss ").append(loss(s.loss()));
        if (!c.shape().regression()) {
            sb.append(", accuracy ").append(percent(s.accuracy()));
        }
        if (t.test().size() > 0) {
            sb.append(", test loss ").append(loss(s.testLoss()));
            if (!c.shape().regression()) {
                sb.append(", test accuracy ").append(percent(s.testAccuracy()));
            }
        }
        return sb.append(". Open it to watch the decision boundary and train on.").toString();
    }
}
