package dev.backprop.train;

import dev.backprop.py.Chars;
import dev.backprop.py.Num;

import dev.backprop.data.Shape;
import dev.backprop.nn.Activation;
import dev.backprop.nn.Loss;
import java.util.List;

/**
 * Everything that decides a training run: the data (shape, points, noise, test split, data seed), the model
 * (input features, hidden layer sizes, activation; the output is one linear neuron), the objective (loss, L2,
 * L1; regression data needs the squared loss) and the
 * optimiser (SGD or Adam, learning rate, micrograd's decaying schedule, batch size, init seed). Two runs with
 * equal configs (and equal added points) produce the same weights and the same loss curve, bit for bit.
 * {@link #micrograd()} is micrograd's demo notebook.
 */
public record TrainConfig(Shape shape, int points, double noise, double testFraction, long dataSeed,
                          List<Feature> features, List<Integer> hidden, Activation activation, Loss loss,
                          Optimizer optimizer, double lr, boolean decay, int decaySteps, double l2, double l1,
                          int batchSize, long seed) {

    /** The optimiser's update rule. */
    public enum Optimizer {
        SGD, ADAM;

        /** sgd or adam, as in snapshots and the Train view's menu. */
        public String key() {
            return this == ADAM ? "adam" : "sgd";
        }

        public static Optimizer parse(String s) {
            if (Chars.equalsIgnoreCase(s, "sgd")) {
                return SGD;
            }
            if (Chars.equalsIgnoreCase(s, "adam")) {
                return ADAM;
            }
            throw new IllegalArgumentException("unknown optimiser '" + s + "': expected sgd or adam");
        }
    }

    public static final int MAX_LAYERS = 6;
    public static final int MAX_NEURONS = 16;
    public static final int MAX_POINTS = 1000;

    public TrainConfig {
        if (shape == null || activation == null || loss == null || optimizer == null || hidden == null
                || features == null) {
            throw new IllegalArgumentException("train config: shape, features, activation, loss, optimiser and layers are required");
        }
        hidden = List.copyOf(hidden);
        features = inOrder(features);
        if (features.isEmpty()) {
            throw new IllegalArgumentException("train config: at least one input feature is needed");
        }
        if (shape.regression() && loss != Loss.MSE) {
            throw new IllegalArgumentException("train config: " + shape.label()
                    + " is a regression: it needs the squared loss (mse), got " + loss.key());
        }
        if (hidden.size() > MAX_LAYERS) {
            throw new IllegalArgumentException("train config: at most " + MAX_LAYERS + " hidden layers, got " + hidden.size());
        }
        for (int i = 0; i < hidden.size(); i++) {
            int n = hidden.get(i);
            if (n < 1 || n > MAX_NEURONS) {
                throw new IllegalArgumentException("train config: hidden layer " + (i + 1) + " needs 1 to "
                        + MAX_NEURONS + " neurons, got " + n);
            }
        }
        if (points < 0 || points > MAX_POINTS) {
            throw new IllegalArgumentException("train config: points must be 0 to " + MAX_POINTS + ", got " + points);
        }
        if (!(noise >= 0 && noise <= 2)) {
            throw new IllegalArgumentException("train config: noise must be 0 to 2, got " + Num.repr(noise));
        }
        if (!(testFraction >= 0 && testFraction <= 0.9)) {
            throw new IllegalArgumentException("train config: test fraction must be 0 to 0.9, got " + Num.repr(testFraction));
        }
        if (!(lr > 0 && lr <= 100)) {
            throw new IllegalArgumentException("train config: learning rate must be > 0 and <= 100, got " + Num.repr(lr));
        }
        if (decaySteps < 1) {
            throw new IllegalArgumentException("train config: decay steps must be >= 1, got " + decaySteps);
        }
        if (!(l2 >= 0 && l2 <= 10)) {
            throw new IllegalArgumentException("train config: L2 must be 0 to 10, got " + Num.repr(l2));
        }
        if (!(l1 >= 0 && l1 <= 10)) {
            throw new IllegalArgumentException("train config: L1 must be 0 to 10, got " + Num.repr(l1));
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("train config: batch size must be >= 0 (0 = full batch), got " + batchSize);
        }
    }

    /**
     * micrograd's demo: 100 moons (noise 0.1, seed 1337), all for training, MLP(2, [16, 16, 1]) with ReLU,
     * SVM loss + 1e-4 L2, SGD with {@code lr = 1.0 - 0.9*k/100} (then 0.1), full batch, weights from
     * {@code random.seed(1337)}.
     */
    public static TrainConfig micrograd() {
        return new TrainConfig(Shape.MOONS, 100, 0.1, 0, 1337, xy(), List.of(16, 16), Activation.RELU, Loss.SVM,
                Optimizer.SGD, 1.0, true, 100, 1e-4, 0, 0, 1337);
    }

    /** The plain inputs x1, x2 (micrograd's demo). A method, not a constant: no static initialiser in the page script. */
    public static List<Feature> xy() {
        return List.of(Feature.X1, Feature.X2);
    }

    /** The features once each, in {@link Feature}'s order (TF Playground's): equal sets give equal configs. */
    private static List<Feature> inOrder(List<Feature> fs) {
        java.util.ArrayList<Feature> out = new java.util.ArrayList<>();
        for (Feature f : Feature.values()) {
            if (fs.contains(f)) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /** The layer sizes of the MLP: the hidden layers, then the one output. */
    public int[] sizes() {
        int[] s = new int[hidden.size() + 1];
        for (int i = 0; i < hidden.size(); i++) {
            s[i] = hidden.get(i);
        }
        s[hidden.size()] = 1;
        return s;
    }

    /** The most neurons in one column of the network, inputs included (the diagrams' height). */
    public int widest() {
        int n = features.size();
        for (int h : hidden) {
            n = Math.max(n, h);
        }
        return n;
    }

    /** The learning rate of step {@code k}: constant, or micrograd's decay {@code lr*(1 - 0.9*k/steps)}, then {@code lr*0.1}. */
    public double lr(int k) {
        if (!decay) {
            return lr;
        }
        return k < decaySteps ? lr * (1.0 - 0.9 * k / decaySteps) : lr * 0.1;
    }

    /** Another data set; a regression set brings the squared loss it needs. */
    public TrainConfig withShape(Shape v) {
        return new TrainConfig(v, points, noise, testFraction, dataSeed, features, hidden, activation, v.regression() ? Loss.MSE : loss, optimizer, lr, decay, decaySteps, l2, l1, batchSize, seed);
    }

    public TrainConfig withData(int points, double noise, double testFraction, long dataSeed) {
        return new TrainConfig(shape, points, noise, testFraction, dataSeed, features, hidden, activation, loss, optimizer, lr, decay, decaySteps, l2, l1, batchSize, seed);
    }

    public TrainConfig withFeatures(List<Feature> v) {
        return new TrainConfig(shape, points, noise, testFraction, dataSeed, v, hidden, activation, loss, optimizer, lr, decay, decaySteps, l2, l1, batchSize, seed);
    }

    public TrainConfig withHidden(List<Integer> v) {
        return new TrainConfig(shape, points, noise, testFraction, dataSeed, features, v, activation, loss, optimizer, lr, decay, decaySteps, l2, l1, batchSize, seed);
    }

    public TrainConfig withActivation(Activation v) {
        return new TrainConfig(shape, points, noise, testFraction, dataSeed, features, hidden, v, loss, optimizer, lr, decay, decaySteps, l2, l1, batchSize, seed);
    }

    public TrainConfig withLoss(Loss v) {
        return new TrainConfig(shape, points, noise, testFraction, dataSeed, features, hidden, activation, v, optimizer, lr, decay, decaySteps, l2, l1, batchSize, seed);
    }

    public TrainConfig withOptimizer(Optimizer v, double lr, boolean decay, int decaySteps) {
        return new TrainConfig(shape, points, noise, testFraction, dataSeed, features, hidden, activation, loss, v, lr, decay, decaySteps, l2, l1, batchSize, seed);
    }

    public TrainConfig withL2(double v) {
        return new TrainConfig(shape, points, noise, testFraction, dataSeed, features, hidden, activation, loss, optimizer, lr, decay, decaySteps, v, l1, batchSize, seed);
    }

    public TrainConfig withL1(double v) {
        return new TrainConfig(shape, points, noise, testFraction, dataSeed, features, hidden, activation, loss, optimizer, lr, decay, decaySteps, l2, v, batchSize, seed);
    }

    public TrainConfig withBatchSize(int v) {
        return new TrainConfig(shape, points, noise, testFraction, dataSeed, features, hidden, activation, loss, optimizer, lr, decay, decaySteps, l2, l1, v, seed);
    }

    public TrainConfig withSeed(long v) {
        return new TrainConfig(shape, points, noise, testFraction, dataSeed, features, hidden, activation, loss, optimizer, lr, decay, decaySteps, l2, l1, batchSize, v);
    }
}
