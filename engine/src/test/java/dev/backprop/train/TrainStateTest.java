package dev.backprop.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.data.Shape;
import dev.backprop.nn.Activation;
import dev.backprop.nn.Loss;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainStateTest {

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
        assertEquals(a.loss(24), b.loss(24), Math.abs(a.loss(24)) * 1e-3, "history to 4 digits");
        a.steps(10);
        b.steps(10);
        assertArrayEquals(a.weights(), b.weights(), "Adam's moments and the batch draws continue exactly");
        b.rewind();
        assertArrayEquals(a.initialWeights(), b.weights(), "Rewind after a restore");
        assertEquals(json, TrainState.fromJson(json).toJson().substring(0, json.indexOf("\"every\"")) + json.substring(json.indexOf("\"every\"")));
    }

    @Test
    void longRunsStaySmall() {
        Training t = Training.micrograd();
        t.steps(1000);
        String json = t.state().toJson();
        assertTrue(json.length() < 30_000, json.length() + " chars");
        TrainState s = TrainState.fromJson(json);
        assertEquals(1000, s.loss().length);
        assertArrayEquals(t.weights(), s.weights());
        assertEquals(t.loss(990), s.loss()[990], Math.abs(t.loss(990)) * 0.2);
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
}
