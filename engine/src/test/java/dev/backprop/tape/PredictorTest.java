package dev.backprop.tape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backprop.engine.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PredictorTest {

    @Test
    void evalEqualsTheModelOnFreshLeavesAfterEveryParameterChange() {
        DemoNet net = new DemoNet(2, new int[] {8, 8, 1}, new Random(7));
        // the output and every hidden neuron of the first layer (thumbnails)
        Predictor p = new Predictor(net.params, 2, x -> hiddenAndOut(net, x));
        assertEquals(9, p.outputs());
        Random r = new Random(3);
        double[] out = new double[p.outputs()];
        for (int round = 0; round < 5; round++) {
            for (Value w : net.params) {
                w.setData(w.data() + r.nextGaussian() * 0.1);
            }
            p.sync();
            for (int k = 0; k < 200; k++) {
                double[] x = {r.nextDouble() * 4 - 2, r.nextDouble() * 4 - 2};
                p.eval(x, out);
                Value[] expected = hiddenAndOut(net, new Value[] {new Value(x[0]), new Value(x[1])});
                for (int i = 0; i < out.length; i++) {
                    assertEquals(Double.doubleToLongBits(expected[i].data()), Double.doubleToLongBits(out[i]),
                            "value " + i + " at " + x[0] + ", " + x[1]);
                }
            }
        }
    }

    private static Value[] hiddenAndOut(DemoNet net, Value[] x) {
        List<Value> vs = new ArrayList<>();
        vs.add(net.call(x));
        for (Value[] w : net.layers.get(0)) {
            Value act = w[w.length - 1];
            for (int i = 0; i < x.length; i++) {
                act = act.add(w[i].mul(x[i]));
            }
            vs.add(act.relu());
        }
        return vs.toArray(new Value[0]);
    }
}
