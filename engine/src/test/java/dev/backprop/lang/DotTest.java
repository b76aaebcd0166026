package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.engine.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class DotTest {
    @Test
    void recordNodesOpNodesAndEdgesLikeTheLecture() {
        Value a = new Value(2.0, "a");
        Value b = new Value(-3.0, "b");
        Value c = a.mul(b);
        c.setLabel("c");
        Value d = c.add(a);
        d.setLabel("d");
        d.backward();
        String dot = Dot.render(List.of(d));
        String expected = "digraph {\n\tgraph [rankdir=LR]\n"
                + "\tn" + a.id() + " [label=\"{ a | data 2.0000 | grad -2.0000 }\" shape=record]\n"
                + "\tn" + b.id() + " [label=\"{ b | data -3.0000 | grad 2.0000 }\" shape=record]\n"
                + "\tn" + c.id() + " [label=\"{ c | data -6.0000 | grad 1.0000 }\" shape=record]\n"
                + "\tn" + c.id() + "op [label=\"*\"]\n"
                + "\tn" + c.id() + "op -> n" + c.id() + "\n"
                + "\tn" + a.id() + " -> n" + c.id() + "op\n"
                + "\tn" + b.id() + " -> n" + c.id() + "op\n"
                + "\tn" + d.id() + " [label=\"{ d | data -4.0000 | grad 1.0000 }\" shape=record]\n"
                + "\tn" + d.id() + "op [label=\"+\"]\n"
                + "\tn" + d.id() + "op -> n" + d.id() + "\n"
                + "\tn" + c.id() + " -> n" + d.id() + "op\n"
                + "\tn" + a.id() + " -> n" + d.id() + "op\n"
                + "}\n";
        assertEquals(expected, dot);
    }

    @Test
    void nodesOfSeveralRootsOnceEachWithoutRecursion() {
        Value x = new Value(1.0);
        Value chain = x;
        for (int i = 0; i < 200_000; i++) {
            chain = chain.mul(1.0);
        }
        Value other = x.add(2.0);
        List<Value> nodes = Dot.nodes(List.of(chain, other));
        assertEquals(400_001 + 2, nodes.size());
        assertTrue(Dot.render(List.of(new Value(Double.NaN, "q\"{|}"))).contains("{ q\\\"\\{\\|\\} | data nan | grad 0.0000 }"));
    }
}
