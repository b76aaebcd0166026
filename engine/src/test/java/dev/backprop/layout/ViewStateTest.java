package dev.backprop.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViewStateTest {
    @Test
    void snapshotJsonV1() {
        ViewState s = new ViewState("a = Value(2.0, label='a\"')\n\tprint(a)\u0001", Layered.Direction.TB, 1,
                List.of(7, 3), List.of(), -1, List.of(new ViewState.Nudge(4, 2.5), new ViewState.Nudge(0, 3.0),
                        new ViewState.Nudge(1, Double.NaN), new ViewState.Nudge(2, 1e-5)));
        assertEquals("{\"version\":1,\"program\":\"a = Value(2.0, label='a\\\"')\\n\\tprint(a)\\u0001\","
                + "\"view\":{\"direction\":\"TB\",\"root\":1,\"collapsed\":[3,7],\"expanded\":[],\"step\":-1,"
                + "\"nudges\":[{\"node\":0,\"data\":3.0},{\"node\":2,\"data\":1e-05},{\"node\":4,\"data\":2.5}],"
                + "\"tab\":\"graph\"},\"train\":null}", s.toJson());
    }
}
