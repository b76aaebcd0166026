package dev.backprop.snapshot;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SnapshotTest {

    // what the server stores (its canonical form, docs/SNAPSHOTS.md): old share links hold exactly this
    static final String STORED = "{\"version\":1,\"program\":\"a = Value(2.0)\\nb = a * a\",\"view\":{\"direction\":\"TB\",\"root\":3,"
            + "\"collapsed\":[2,5],\"expanded\":[7],\"step\":4,\"nudges\":[{\"node\":0,\"data\":-0.125}],\"tab\":\"train\"},"
            + "\"train\":{\"lr\":0.05,\"seed\":42,\"weights\":[0.1,-2.5E-7,3]}}";

    @Test
    void readsTheStoredFormAndWritesThePagesForm() {
        Snapshot s = Snapshot.fromJson(STORED);
        assertEquals("a = Value(2.0)\nb = a * a", s.program());
        assertEquals(new Snapshot.View("TB", 3, List.of(2, 5), List.of(7), 4, List.of(new Snapshot.Nudge(0, -0.125)), "train"), s.view());
        assertEquals(List.of(0.1, -2.5e-7, 3.0), s.train().get("weights"));
        assertEquals("{\"version\":1,\"program\":\"a = Value(2.0)\\nb = a * a\",\"view\":{\"direction\":\"TB\",\"root\":3,"
                + "\"collapsed\":[2,5],\"expanded\":[7],\"step\":4,\"nudges\":[{\"node\":0,\"data\":-0.125}],\"tab\":\"train\"},"
                + "\"train\":{\"lr\":0.05,\"seed\":42.0,\"weights\":[0.1,-2.5e-07,3.0]}}", s.toJson());
        assertEquals(s, Snapshot.fromJson(s.toJson()), "round trip");
    }

    @Test
    void optionalFieldsOfEarlyLinksTakeTheirDefaults() {
        Snapshot s = Snapshot.fromJson("{\"version\":1,\"program\":\"x = 1\",\"view\":{\"direction\":\"LR\",\"root\":0}}");
        assertEquals(new Snapshot.View("LR", 0, List.of(), List.of(), 0, List.of(), "graph"), s.view());
        assertNull(s.train());
    }

    @Test
    void faultsNameTheField() {
        assertEquals("version: unsupported version 2.0 (this reads version 1)",
                assertThrows(IllegalArgumentException.class, () -> Snapshot.fromJson("{\"version\":2}")).getMessage());
        assertEquals("view.root: must be an integer", assertThrows(IllegalArgumentException.class,
                () -> Snapshot.fromJson("{\"version\":1,\"program\":\"\",\"view\":{\"root\":1.5}}")).getMessage());
        assertEquals("train: must be null or an object", assertThrows(IllegalArgumentException.class,
                () -> Snapshot.fromJson("{\"version\":1,\"program\":\"\",\"view\":{},\"train\":3}")).getMessage());
    }
}
