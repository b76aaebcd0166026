package dev.backprop.train;

import dev.backprop.data.DataSet;
import dev.backprop.data.Point;
import dev.backprop.data.Shape;
import dev.backprop.py.PyRandom;
import dev.backprop.engine.Value;
import dev.backprop.nn.Layer;
import dev.backprop.nn.MLP;
import dev.backprop.engine.Op;
import dev.backprop.nn.Activation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A live training run for the Train view: the data (generated from the config, plus points the user added),
 * the MLP, the optimiser state and the loss/accuracy history, stepped one forward + backward + update at a
 * time. Everything is a function of the config, the point edits and the number of steps: {@link #rewind()}
 * restores the initial weights (drawn from {@code PyRandom(config.seed())} as micrograd draws them) and
 * replaying gives the same curve, bit for bit.
 *
 * <p>Train loss and accuracy of step k are measured on the forward pass of step k (before its update), as
 * micrograd's demo prints them; the test numbers are measured on the same weights.
 */
public final class Training {

    /** Plot window without generated data (the user draws their own): every data set fits in it. */
    public static final double MIN = -2.25;
    public static final double MAX = 2.75;
    /** Space around the generated points in the fitted window, as a fraction of their larger extent. */
    static final double MARGIN = 0.12;

    /** One step's numbers (test numbers are NaN without test points). */
    public record Stat(int step, double loss, double accuracy, double testLoss, double testAccuracy) {}

    /** The forward + backward of one batch; the tape's trainer when available, else nn's Value path. */
    interface Stepper {
        dev.backprop.nn.Trainer.Step step();

        dev.backprop.nn.Trainer.Step evaluate(double[][] xs, double[] ys);

        void batches(int size, PyRandom rng);
    }

    private TrainConfig config;
    private boolean generated = true;
    private final List<Point> added = new ArrayList<>();
    private DataSet train;
    private double xLo = MIN;
    private double yLo = MIN;
    private double span = MAX - MIN;
    private DataSet test;
    private double[][] xs;
    private double[] ys;
    private double[][] testXs;
    private double[] testYs;
    private MLP model;
    private double[] initial;
    private Update update;
    private Stepper stepper;
    private int step;
    private double[] hLoss = new double[64];
    private double[] hAcc = new double[64];
    private double[] hTestLoss = new double[64];
    private double[] hTestAcc = new double[64];

    public Training(TrainConfig config) {
        this.config = config;
        buildData();
        buildModel();
    }

    /** micrograd's demo run. */
    public static Training micrograd() {
        return new Training(TrainConfig.micrograd());
    }

    // ---- configuration ----

    /** Applies a new config: new data and a fresh model from the config's seed, back at step 0. */
    public void configure(TrainConfig c) {
        this.config = c;
        buildData();
        buildModel();
    }

    /** Reset: a new random initialisation (the next init seed), back at step 0. */
    public void reset() {
        configure(config.withSeed(config.seed() + 1));
    }

    /** Rewind: the same initial weights, step 0, empty history; replaying gives the same curve. */
    public void rewind() {
        model.setWeights(initial);
        update.reset();
        step = 0;
    }

    /**
     * Adds a training point (the user clicked) of class {@code label}, or for a regression of value
     * {@code label} (+1 or -1, the ends of the colour scale); training continues from the current weights.
     */
    public void addPoint(double x, double y, int label) {
        added.add(new Point(x, y, label));
        buildData();
        buildStepper();
    }

    /** Removes every point, generated and added: the user draws their own data. */
    public void clearPoints() {
        generated = false;
        added.clear();
        buildData();
        buildStepper();
    }

    /** Back to the config's generated data (added points stay). */
    public void regenerate() {
        generated = true;
        buildData();
        buildStepper();
    }

    private void buildData() {
        List<Point> base = generated && config.points() > 0
                ? Shape.generate(config.shape(), config.points(), config.noise(), config.dataSeed()).points() : List.of();
        fit(base);
        gridIn = null; // the window or the features may have changed
        DataSet all = new DataSet(config.shape().label(), base);
        DataSet.Split split = all.split(config.testFraction(), config.dataSeed());
        List<Point> tr = new ArrayList<>(split.train().points());
        tr.addAll(added);
        train = new DataSet(all.name(), tr);
        test = split.test();
        xs = inputs(train);
        ys = train.labels();
        testXs = inputs(test);
        testYs = test.labels();
    }

    /** The network's input rows: the config's features of each point. */
    private double[][] inputs(DataSet d) {
        double[][] in = new double[d.size()][];
        for (int i = 0; i < in.length; i++) {
            in[i] = Feature.inputs(config.features(), d.get(i).x(), d.get(i).y());
        }
        return in;
    }

    /**
     * The square plot window fitted to the generated points with a margin (issue 15: circles, xor and
     * spiral filled 40% of a fixed window). It depends only on the config and whether the generated points
     * are shown, so clicked-in points and training never move it, and a restored run gets the same one.
     */
    private void fit(List<Point> base) {
        if (base.isEmpty()) {
            xLo = MIN;
            yLo = MIN;
            span = MAX - MIN;
            return;
        }
        double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (Point p : base) {
            x0 = Math.min(x0, p.x());
            x1 = Math.max(x1, p.x());
            y0 = Math.min(y0, p.y());
            y1 = Math.max(y1, p.y());
        }
        // square (one unit per pixel on both axes), each axis centred on its points
        span = Math.max(1.0, Math.max(x1 - x0, y1 - y0) * (1 + 2 * MARGIN));
        xLo = (x0 + x1 - span) * 0.5;
        yLo = (y0 + y1 - span) * 0.5;
    }

    /** The plot window's left edge: fixed while training, see {@link #fit}. */
    public double xLo() {
        return xLo;
    }

    /** The plot window's bottom edge. */
    public double yLo() {
        return yLo;
    }

    /** The plot window's width and height (it is square). */
    public double span() {
        return span;
    }

    private void buildModel() {
        model = new MLP(config.features().size(), config.sizes(), config.activation(), new PyRandom(config.seed()));
        initial = model.weights();
        update = new Update(config, model.parameters());
        step = 0;
        buildStepper();
    }

    private void buildStepper() {
        stepper = xs.length == 0 ? null : Steppers.create(model, xs, ys, config, update);
    }

    // ---- stepping ----

    /** One step (forward, backward, update) on the batch; null when there are no training points. */
    public Stat step() {
        if (stepper == null) {
            return null;
        }
        double tl = Double.NaN;
        double ta = Double.NaN;
        boolean classes = !config.shape().regression(); // a regression has no accuracy
        if (testXs.length > 0) {
            dev.backprop.nn.Trainer.Step t = stepper.evaluate(testXs, testYs);
            tl = t.loss();
            ta = classes ? t.accuracy() : Double.NaN;
        }
        if (config.batchSize() > 0 && config.batchSize() < xs.length) {
            stepper.batches(config.batchSize(), new PyRandom(batchSeed(config, step)));
        }
        dev.backprop.nn.Trainer.Step s = stepper.step();
        double acc = classes ? s.accuracy() : Double.NaN;
        record(step, s.loss(), acc, tl, ta);
        Stat out = new Stat(step, s.loss(), acc, tl, ta);
        step++;
        return out;
    }

    /** The seed of step k's batch draw: {@code random.seed(1000*seed + k)} in the generated program. */
    static long batchSeed(TrainConfig c, int k) {
        return 1000 * c.seed() + k;
    }

    /** {@code n} steps; returns the last one's numbers (null if none). */
    public Stat steps(int n) {
        Stat last = null;
        for (int i = 0; i < n; i++) {
            last = step();
        }
        return last;
    }

    private void record(int k, double loss, double acc, double tl, double ta) {
        if (k >= hLoss.length) {
            int n = Math.max(k + 1, hLoss.length * 2);
            hLoss = Arrays.copyOf(hLoss, n);
            hAcc = Arrays.copyOf(hAcc, n);
            hTestLoss = Arrays.copyOf(hTestLoss, n);
            hTestAcc = Arrays.copyOf(hTestAcc, n);
        }
        hLoss[k] = loss;
        hAcc[k] = acc;
        hTestLoss[k] = tl;
        hTestAcc[k] = ta;
    }

    /** Loss and accuracy of the current weights on the whole training set (no update). */
    public Stat evaluate() {
        if (stepper == null) {
            return new Stat(step, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        dev.backprop.nn.Trainer.Step s = stepper.evaluate(xs, ys);
        dev.backprop.nn.Trainer.Step t = testXs.length > 0 ? stepper.evaluate(testXs, testYs) : null;
        boolean classes = !config.shape().regression();
        return new Stat(step, s.loss(), classes ? s.accuracy() : Double.NaN, t == null ? Double.NaN : t.loss(),
                t == null || !classes ? Double.NaN : t.accuracy());
    }

    /**
     * The numbers the page shows for the run: the last step's (measured before its update), or before any
     * step those of the current weights.
     */
    public Stat shown() {
        int n = step;
        if (n == 0) {
            return evaluate();
        }
        return new Stat(n - 1, hLoss[n - 1], hAcc[n - 1], hTestLoss[n - 1], hTestAcc[n - 1]);
    }

    // ---- pictures ----

    /** Number of hidden neurons (the thumbnails). */
    public int hiddenNeurons() {
        int n = 0;
        for (int h : config.hidden()) {
            n += h;
        }
        return n;
    }

    /**
     * The network over an {@code n x n} grid of the plot window (row 0 at the top, {@code y = yLo() + span()}): for
     * each output o (0 = the score, then every hidden neuron, layer by layer), {@code out[o*n*n + row*n + col]}.
     * {@code out} must hold {@code (1 + hiddenNeurons()) * n * n} values.
     */
    public void field(int n, double[] out) {
        // A dense forward pass on plain arrays: the same sums in the same order as Value's (b + w0*x0 + ...)
        // and the same activation formulas, so every number equals the model's, without a graph.
        List<Layer> layers = model.layers();
        int nl = layers.size();
        double[][] w = new double[nl][];
        int[] nin = new int[nl];
        int[] nout = new int[nl];
        List<Feature> fs = config.features();
        int nf = fs.size();
        int width = nf;
        for (int l = 0; l < nl; l++) {
            Layer layer = layers.get(l);
            nin[l] = layer.nin();
            nout[l] = layer.nout();
            width = Math.max(width, nout[l]);
            w[l] = new double[nout[l] * (nin[l] + 1)];
            int k = 0;
            for (dev.backprop.nn.Neuron ne : layer.neurons()) {
                w[l][k++] = ne.b().data();
                for (Value wi : ne.w()) {
                    w[l][k++] = wi.data();
                }
            }
        }
        Activation act = config.activation();
        double[] a = new double[width];
        double[] b = new double[width];
        int nn = n * n;
        double[] in = gridInputs(n);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int at = r * n + c;
                System.arraycopy(in, at * nf, a, 0, nf);
                int o = 1;
                for (int l = 0; l < nl; l++) {
                    double[] wl = w[l];
                    int m = nin[l];
                    boolean last = l == nl - 1;
                    for (int j = 0; j < nout[l]; j++) {
                        int base = j * (m + 1);
                        double s = wl[base];
                        for (int i = 0; i < m; i++) {
                            s = s + wl[base + 1 + i] * a[i];
                        }
                        if (last) {
                            out[at] = s;
                        } else {
                            s = apply(act, s);
                            b[j] = s;
                            out[(o++) * nn + at] = s;
                        }
                    }
                    double[] t = a;
                    a = b;
                    b = t;
                }
            }
        }
    }

    private double[] gridIn;   // the features at every grid point, for field(): the window is fixed, sin costs
    private int gridN;

    /** The features of each grid point, row by row (kept until the data or features change). */
    private double[] gridInputs(int n) {
        if (gridIn != null && gridN == n) {
            return gridIn;
        }
        List<Feature> fs = config.features();
        int nf = fs.size();
        double[] in = new double[n * n * nf];
        for (int r = 0; r < n; r++) {
            double y = gridY(r, n);
            for (int c = 0; c < n; c++) {
                double x = gridX(c, n);
                for (int f = 0; f < nf; f++) {
                    in[(r * n + c) * nf + f] = fs.get(f).of(x, y);
                }
            }
        }
        gridIn = in;
        gridN = n;
        return in;
    }

    /** Feature {@code f} over the same grid as {@link #field}: an input neuron's picture, {@code out[row*n + col]}. */
    public void feature(Feature f, int n, double[] out) {
        for (int r = 0; r < n; r++) {
            double y = gridY(r, n);
            for (int c = 0; c < n; c++) {
                out[r * n + c] = f.of(gridX(c, n), y);
            }
        }
    }

    /** The x of grid column {@code c}'s centre (n columns over the window). */
    private double gridX(int c, int n) {
        return xLo + (c + 0.5) * span / n;
    }

    /** The y of grid row {@code r}'s centre (row 0 at the top). */
    private double gridY(int r, int n) {
        return yLo + span - (r + 0.5) * span / n;
    }

    /** The activation as {@link Value}'s ops compute it. */
    static double apply(Activation act, double x) {
        if (act == Activation.RELU) {
            return x < 0 ? 0.0 : x;
        }
        if (act == Activation.TANH) {
            return Op.forward(Op.TANH, x, 0);
        }
        if (act == Activation.SIGMOID) {
            return Op.forward(Op.SIGMOID, x, 0);
        }
        return x;
    }

    /** The score at one point (the network's output on the point's features). */
    public double score(double x, double y) {
        return model.score(Feature.inputs(config.features(), x, y)).data();
    }

    // ---- state ----

    public TrainConfig config() {
        return config;
    }

    /** Steps taken since the last rewind/reset. */
    public int steps() {
        return step;
    }

    public MLP model() {
        return model;
    }

    public double[] weights() {
        return model.weights();
    }

    /**
     * Sets parameter {@code index} (in {@link MLP#parameters()} order) to {@code value}: the user edited a
     * weight. Training continues from the edited weights (optimiser state and history stay); Rewind still
     * goes back to the initial ones.
     */
    public void setWeight(int index, double value) {
        List<Value> ps = model.parameters();
        if (index < 0 || index >= ps.size()) {
            throw new IllegalArgumentException("no weight " + index + ": this network has " + ps.size());
        }
        if (!Double.isFinite(value) || Math.abs(value) > 1000) {
            throw new IllegalArgumentException("a weight must be a number from -1000 to 1000");
        }
        ps.get(index).setData(value);
    }

    public double[] initialWeights() {
        return initial.clone();
    }

    public DataSet train() {
        return train;
    }

    public DataSet test() {
        return test;
    }

    public boolean generated() {
        return generated;
    }

    public List<Point> added() {
        return List.copyOf(added);
    }

    /** Train loss per step (length {@link #steps()}). */
    public double[] lossHistory() {
        return Arrays.copyOf(hLoss, step);
    }

    public double[] accuracyHistory() {
        return Arrays.copyOf(hAcc, step);
    }

    public double[] testLossHistory() {
        return Arrays.copyOf(hTestLoss, step);
    }

    public double[] testAccuracyHistory() {
        return Arrays.copyOf(hTestAcc, step);
    }

    /** History entry k without copying (k < steps()). */
    public double loss(int k) {
        return hLoss[k];
    }

    public double accuracy(int k) {
        return hAcc[k];
    }

    public double testLoss(int k) {
        return hTestLoss[k];
    }

    public double testAccuracy(int k) {
        return hTestAcc[k];
    }

    /** The whole state, to share. */
    public TrainState state() {
        return new TrainState(config, generated, added(), step, weights(), lossHistory(), accuracyHistory(),
                testLossHistory(), testAccuracyHistory(),
                update.firstMoments(),
                update.secondMoments(), TrainState.Display.initial());
    }

    /** A run in exactly this state (the initial weights come from the config's seed, so Rewind works). */
    public static Training of(TrainState s) {
        Training t = new Training(s.config());
        t.generated = s.generated();
        t.added.addAll(s.added());
        t.buildData();
        t.buildStepper();
        t.model.setWeights(s.weights());
        t.update.restore(s.step(), s.adamM(), s.adamV());
        t.step = 0;
        for (int k = 0; k < s.step(); k++) {
            t.record(k, at(s.loss(), k), at(s.accuracy(), k), at(s.testLoss(), k), at(s.testAccuracy(), k));
        }
        t.step = s.step();
        return t;
    }

    private static double at(double[] a, int k) {
        return a != null && k < a.length ? a[k] : Double.NaN;
    }

    // the model's parameters and the update, for Steppers
    Update update() {
        return update;
    }
}
