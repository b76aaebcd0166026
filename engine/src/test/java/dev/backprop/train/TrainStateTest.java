package dev.backprop.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.data.Shape;
import dev.backprop.nn.Activation;
import dev.backprop.nn.Loss;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainStateTest {

    /** KEYS and CONFIG_KEYS are the server's list of what a shared train object may hold: they must be what toJson writes. */
    @Test
    void keysListWhatToJsonWrites() {
        TrainConfig c = TrainConfig.micrograd().withFeatures(List.of(Feature.X1, Feature.X2, Feature.SIN1))
                .withOptimizer(TrainConfig.Optimizer.ADAM, 0.02, true, 50).withL1(0.001).withL2(0.001);
        Training t = new Training(c);
        t.addPoint(0.5, 0.25, 1);
        t.steps(3);
        Map<?, ?> m = (Map<?, ?>) dev.backprop.snapshot.Json.parse(t.state().toJson());
        assertEquals(new java.util.TreeSet<>(TrainState.KEYS), new java.util.TreeSet<>(stringKeys(m)));
        assertEquals(new java.util.TreeSet<>(TrainState.CONFIG_KEYS), new java.util.TreeSet<>(stringKeys((Map<?, ?>) m.get("config"))));
    }

    private static List<String> stringKeys(Map<?, ?> m) {
        List<String> out = new java.util.ArrayList<>();
        for (Object k : m.keySet()) {
            out.add((String) k);
        }
        return out;
    }

    /** Show test data, discretize and log scale are shared with the run; shares made before them get the page's defaults. */
    @Test
    void displaySettingsTravelWithTheRun() {
        Training t = Training.micrograd();
        t.steps(2);
        TrainState.Display d = new TrainState.Display(false, true, true);
        String json = t.state().withDisplay(d).toJson();
        assertTrue(json.endsWith(",\"showTest\":false,\"discrete\":true,\"logScale\":true}"), json);
        assertEquals(d, TrainState.fromJson(json).display());
        String old = json.replace(",\"showTest\":false,\"discrete\":true,\"logScale\":true", "");
        assertEquals(TrainState.Display.initial(), TrainState.fromJson(old).display());
        assertEquals(new TrainState.Display(true, false, false), TrainState.Display.initial());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainState.fromJson(json.replace("\"discrete\":true", "\"discrete\":1")));
        assertEquals("train.discrete: expected true or false", e.getMessage());
    }

    @Test
    void jsonRoundTripKeepsWeightsExactlyAndContinuesBitForBit() {
        TrainConfig c = TrainConfig.micrograd().withShape(Shape.CIRCLES).withData(50, 0.1, 0.2, 3)
                .withHidden(List.of(6, 4)).withActivation(Activation.TANH).withLoss(Loss.BCE)
                .withOptimizer(TrainConfig.Optimizer.ADAM, 0.02, true, 50).withL2(0.001).withBatchSize(10);
        Training a = new Training(c);
        a.addPoint(0.1234, -0.5, 1);
        a.steps(25);
        String json = a.state().toJson();
        TrainState s = TrainState.fromJson(json);
        assertEquals(c, s.config());
        assertEquals(25, s.step());
        assertEquals(a.added(), s.added());
        Training b = Training.of(s);
        assertArrayEquals(a.weights(), b.weights());
        assertEquals(25, b.steps());
        for (int k = 0; k < 25; k++) {
            assertEquals(Double.doubleToLongBits(a.loss(k)), Double.doubleToLongBits(b.loss(k)), "loss " + k + " exact");
            assertEquals(Double.doubleToLongBits(a.accuracy(k)), Double.doubleToLongBits(b.accuracy(k)), "accuracy " + k);
            assertEquals(Double.doubleToLongBits(a.testLoss(k)), Double.doubleToLongBits(b.testLoss(k)), "test loss " + k);
            assertEquals(Double.doubleToLongBits(a.testAccuracy(k)), Double.doubleToLongBits(b.testAccuracy(k)), "test acc " + k);
        }
        a.steps(10);
        b.steps(10);
        assertArrayEquals(a.weights(), b.weights(), "Adam's moments and the batch draws continue exactly");
        assertArrayEquals(a.lossHistory(), b.lossHistory(), "the next steps' numbers too");
        assertArrayEquals(a.testLossHistory(), b.testLossHistory());
        b.rewind();
        assertArrayEquals(a.initialWeights(), b.weights(), "Rewind after a restore");
        assertEquals(json, TrainState.fromJson(json).toJson().substring(0, json.indexOf("\"every\"")) + json.substring(json.indexOf("\"every\"")));
    }

    @Test
    void longRunsStaySmall() {
        Training t = Training.micrograd();
        t.steps(1000);
        String json = t.state().toJson();
        assertTrue(json.length() < 40_000, json.length() + " chars");
        TrainState s = TrainState.fromJson(json);
        assertEquals(1000, s.loss().length);
        assertArrayEquals(t.weights(), s.weights());
        int every = TrainState.every(1000);
        assertEquals(4, every);
        int kept = 0;
        for (int k = 0; k < 1000; k++) {
            if (k % every == 0 || k == 999) {
                kept++;
                assertEquals(Double.doubleToLongBits(t.loss(k)), Double.doubleToLongBits(s.loss()[k]), "kept entry " + k + " exact");
            } else {
                assertTrue(Double.isNaN(s.loss()[k]), "no duplicated entry at " + k);
            }
        }
        assertEquals(TrainState.keptCount(1000, every), kept);
        Training back = Training.of(s);
        assertEquals(t.loss(999), back.loss(999), "the last step's loss is the sender's");
    }

    @Test
    void badJsonNamesTheField() {
        String json = Training.micrograd().state().toJson();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainState.fromJson(json.replace("\"relu\"", "\"swish\"")));
        assertTrue(e.getMessage().contains("swish"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TrainState.fromJson(json.replace("\"step\":0", "\"step\":\"x\"")));
        assertTrue(e.getMessage().contains("train.step"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TrainState.fromJson("{\"config\":"));
        assertTrue(e.getMessage().contains("char"), e.getMessage());
    }

    /** Issue 18: hostile shared runs get a message naming the field, never another exception or an OOM. */
    @Test
    void hostileSnapshotsAreRejectedWithTheField() {
        Training t = Training.micrograd();
        t.steps(3);
        String json = t.state().toJson();
        assertHostile(json.replace("\"step\":3", "\"step\":-1"), "train.step: expected a whole number from 0 to 500000, got -1");
        assertHostile(json.replace("\"step\":3", "\"step\":2e9"), "train.step: expected a whole number from 0 to 500000, got 2000000000");
        assertHostile(json.replace("\"step\":3", "\"step\":2.5"), "train.step: expected a whole number from 0 to 500000, got 2.5");
        assertHostile(json.replace("\"step\":3", "\"step\":4"), "train.loss: expected 4 numbers, got 3");
        assertHostile(json.replace("\"hidden\":[16,16]", "\"hidden\":[16,16,16,16,16,16,16]"),
                "train.config.hidden: at most 6 hidden layers, got 7");
        assertHostile(json.replace("\"hidden\":[16,16]", "\"hidden\":[16,1e12]"),
                "train.config.hidden: expected a whole number from 1 to 16, got 1000000000000");
        assertHostile(json.replace("\"hidden\":[16,16]", "\"hidden\":[16,8]"),
                "train.weights: expected " + (3 * 16 + 17 * 8 + 9) + " numbers, got " + t.weights().length);
        assertHostile(json.replace("\"points\":100", "\"points\":1e9"),
                "train.points: expected a whole number from 0 to 1000, got 1000000000");
        assertHostile(json.replace("\"batch\":0", "\"batch\":-5"), "train.batch: expected a whole number from 0 to 1000, got -5");
        assertHostile(json.replace("\"seed\":1337", "\"seed\":1e300"), "train.config.seed: expected a whole number up to 2**53, got 1e+300");
        assertHostile(json.replace("\"added\":[]", "\"added\":[[1e308,0,1]]"), "train.added.x: expected a number from -1000 to 1000, got 1e+308");
        assertHostile(json.replace("\"added\":[]", "\"added\":[[0,0,7]]"), "train.added.label: expected 1 or -1, got 7");
        assertHostile(json.replace("\"weights\":[", "\"weights\":[null,"), "train.weights: expected 337 numbers, got 338");
        String w0 = json.substring(json.indexOf("\"weights\":[") + 11);
        w0 = w0.substring(0, w0.indexOf(','));
        assertHostile(json.replace("\"weights\":[" + w0, "\"weights\":[null"), "train.weights: every weight must be a finite number");
    }

    private static void assertHostile(String json, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainState.fromJson(json));
        assertEquals(message, e.getMessage());
    }

    /** Features, L1 and a regression's added values travel with the share; the run continues bit for bit. */
    @Test
    void featuresL1AndRegressionRoundTrip() {
        TrainConfig c = TrainConfig.micrograd().withShape(Shape.MULTI).withData(60, 0.1, 0.25, 8)
                .withFeatures(List.of(Feature.X1, Feature.X2, Feature.X1X2, Feature.SIN2)).withHidden(List.of(5, 3))
                .withActivation(Activation.TANH).withOptimizer(TrainConfig.Optimizer.ADAM, 0.03, false, 100).withL1(0.002);
        Training a = new Training(c);
        a.addPoint(0.5, -0.25, -1);
        a.steps(12);
        String json = a.state().toJson();
        assertTrue(json.contains("\"features\":[\"x1\",\"x2\",\"x1*x2\",\"sin(x2)\"]") && json.contains("\"l1\":0.002")
                && json.contains("\"data\":\"multi-gaussian\"") && json.contains("\"added\":[[0.5,-0.25,-1.0]]"), json);
        TrainState s = TrainState.fromJson(json);
        assertEquals(c, s.config());
        assertEquals(-1.0, s.added().get(0).value());
        Training b = Training.of(s);
        assertArrayEquals(a.weights(), b.weights());
        a.steps(5);
        b.steps(5);
        assertArrayEquals(a.weights(), b.weights());
        assertArrayEquals(a.lossHistory(), b.lossHistory());
        assertHostile(json.replace("\"sin(x2)\"", "\"cos(x2)\""),
                "unknown feature 'cos(x2)': expected x1, x2, x1*x1, x2*x2, x1*x2, sin(x1) or sin(x2)");
        assertHostile(json.replace("[0.5,-0.25,-1.0]", "[0.5,-0.25,3]"), "train.added.value: expected a number from -1 to 1, got 3");
        assertHostile(json.replace("\"l1\":0.002", "\"l1\":-1"), "train config: L1 must be 0 to 10, got -1.0");
        assertHostile(json.replace("\"loss\":\"mse\"", "\"loss\":\"svm\""),
                "train config: multi-gaussian is a regression: it needs the squared loss (mse), got svm");
    }

    /** A share made before features and L1 existed opens as x1, x2 without L1. */
    @Test
    void sharesWithoutFeaturesOrL1AreTheOldRun() {
        Training t = Training.micrograd();
        t.steps(2);
        String json = t.state().toJson().replace("\"features\":[\"x1\",\"x2\"],", "").replace(",\"l1\":0.0", "");
        assertTrue(!json.contains("features") && !json.contains("l1"), json.substring(0, 300));
        TrainState s = TrainState.fromJson(json);
        assertEquals(TrainConfig.micrograd(), s.config());
        assertArrayEquals(t.weights(), s.weights());
    }
}
