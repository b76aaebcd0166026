package h;

import dev.backprop.data.DataSet;
import dev.backprop.data.Point;
import dev.backprop.data.Shape;
import dev.backprop.py.PyRandom;
import dev.backprop.nn.Activation;
import dev.backprop.nn.Adam;
import dev.backprop.nn.Loss;
import dev.backprop.nn.MLP;
import dev.backprop.nn.Schedule;
import dev.backprop.nn.Sgd;
import dev.backprop.nn.Trainer;

/**
 * Prints every data set's points and three training runs as raw double bits. run.js runs this on the JVM
 * and compiled by TeaVM in node and compares. Lines starting "exp" use Value.exp/log (BCE, sigmoid), which
 * call Math.exp/Math.log: HotSpot's intrinsics and V8 differ in the last bit on some inputs, so run.js
 * counts those lines apart instead of failing on them.
 */
public class NnHarness {
    static String hex(double x) {
        String h = Long.toHexString(Double.doubleToRawLongBits(x));
        while (h.length() < 16) {
            h = "0" + h;
        }
        return h;
    }

    public static void main(String[] args) {
        StringBuilder out = new StringBuilder();
        for (Shape s : Shape.values()) {
            for (int n : new int[] {1, 100, 301}) {
                DataSet d = s.generate(n, 0.1, 1337);
                for (Point p : d.points()) {
                    out.append(s.label()).append(' ').append(n).append(' ').append(hex(p.x())).append(' ')
                            .append(hex(p.y())).append(' ').append(p.label()).append('\n');
                }
            }
        }
        DataSet.Split split = Shape.XOR.generate(50, 0.1, 2).split(0.3, 5);
        out.append("split ").append(split.test().points()).append('\n');

        // micrograd's demo: relu, SVM + L2, SGD
        DataSet moons = Shape.MOONS.generate(100, 0.1, 1337);
        MLP model = new MLP(2, new int[] {16, 16, 1}, 1337);
        Trainer t = Trainer.micrograd(model, moons.inputs(), moons.labels());
        long t0 = System.currentTimeMillis();
        for (int k = 0; k < 100; k++) {
            Trainer.Step s = t.step();
            out.append("demo ").append(k).append(' ').append(hex(s.loss())).append(' ').append(s.accuracy()).append('\n');
        }
        long t1 = System.currentTimeMillis();
        for (double w : model.weights()) {
            out.append("demo w ").append(hex(w)).append('\n');
        }

        // tanh, MSE, Adam, minibatches
        DataSet c = Shape.CIRCLES.generate(80, 0.05, 3);
        MLP m2 = new MLP(2, new int[] {8, 8, 1}, Activation.TANH, new PyRandom(3));
        Trainer t2 = new Trainer(m2, c.inputs(), c.labels(), Loss.MSE, 1e-4, new Adam(m2.parameters(), 0.02))
                .batches(20, new PyRandom(4));
        for (int k = 0; k < 60; k++) {
            out.append("tanh ").append(k).append(' ').append(hex(t2.step().loss())).append('\n');
        }

        // BCE (exp, log) and a sigmoid layer
        DataSet sp = Shape.SPIRAL.generate(100, 0.05, 3);
        MLP m3 = new MLP(2, new int[] {8, 8, 1}, Activation.SIGMOID, new PyRandom(5));
        Trainer t3 = new Trainer(m3, sp.inputs(), sp.labels(), Loss.BCE, 1e-4,
                new Sgd(m3.parameters(), Schedule.decay(0.5, 40)));
        for (int k = 0; k < 60; k++) {
            out.append("exp ").append(k).append(' ').append(hex(t3.step().loss())).append('\n');
        }
        // the engine's tanh everywhere (TeaVM's own Math.tanh is NaN beyond |x| 710)
        out.append("tanh(+-1000) ").append(new dev.backprop.engine.Value(1000).tanh().data()).append(' ')
                .append(new dev.backprop.engine.Value(-1000).tanh().data()).append('\n');
        PyRandom r = new PyRandom(11);
        for (int i = 0; i < 20000; i++) {
            double x = (r.random() - 0.5) * (i % 2 == 0 ? 5 : 80);
            out.append("fdlibm ").append(hex(x)).append(' ').append(hex(dev.backprop.py.PyMath.tanh(x))).append(' ')
                    .append(hex(dev.backprop.py.PyMath.expm1(x))).append('\n');
        }
        out.append("demo ms/step ").append((t1 - t0) / 100.0).append('\n');
        System.out.print(out);
    }
}
