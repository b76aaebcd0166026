package dev.backprop.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backprop.data.Shape;
import dev.backprop.nn.Loss;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainConfigTest {

    @Test
    void featuresAreKeptOnceInTfPlaygroundsOrder() {
        TrainConfig c = TrainConfig.micrograd().withFeatures(List.of(Feature.SIN2, Feature.X1, Feature.SIN2, Feature.X1SQ));
        assertEquals(List.of(Feature.X1, Feature.X1SQ, Feature.SIN2), c.features());
        assertEquals(TrainConfig.micrograd().withFeatures(List.of(Feature.X2, Feature.X1)), TrainConfig.micrograd());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainConfig.micrograd().withFeatures(List.of()));
        assertEquals("train config: at least one input feature is needed", e.getMessage());
    }

    @Test
    void regressionNeedsTheSquaredLoss() {
        TrainConfig c = TrainConfig.micrograd().withShape(Shape.PLANE);
        assertEquals(Loss.MSE, c.loss(), "a regression set brings its loss");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.withLoss(Loss.SVM));
        assertEquals("train config: plane is a regression: it needs the squared loss (mse), got svm", e.getMessage());
        assertEquals(Loss.MSE, c.withShape(Shape.MOONS).loss(), "back to classes: the loss stays what it was");
    }

    @Test
    void l1RateIsChecked() {
        assertEquals(0.003, TrainConfig.micrograd().withL1(0.003).l1());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainConfig.micrograd().withL1(-1));
        assertEquals("train config: L1 must be 0 to 10, got -1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrainConfig.micrograd().withL1(Double.NaN));
    }
}
