package dev.backprop.web;

import dev.backprop.engine.Value;
import dev.backprop.layout.Replay;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/** The "Backprop order" panel: backward's visiting order, the step reached; clicking an item steps to it. */
final class OrderPanel {
    /** Items shown in the list. */
    private static final int LIMIT = 400;

    /** Reports a click on item k as a step to k + 1. */
    interface Steps {
        void stepTo(int step);
    }

    private final HTMLElement list = Dom.el("order");
    private final HTMLElement info = Dom.el("step-info");

    OrderPanel(Steps steps) {
        list.addEventListener("click", e -> {
            int item = Dom.intAttr(e, "data-k", list);
            if (item >= 0 && item < LIMIT) { // not the "… more" line
                steps.stepTo(item + 1);
            }
        });
    }

    void render(Replay replay, int step) {
        if (replay == null) {
            info.setTextContent("No graph.");
            Dom.syncItems(list, new String[0], new String[0]);
            return;
        }
        List<Value> order = replay.order();
        info.setTextContent(step < 0
                ? "Backward visits these " + order.size() + " nodes in reverse topological order. Step ▶ seeds "
                        + replay.root().name() + ".grad = 1 and applies one node's rule at a time."
                : "Step " + step + " of " + order.size() + (step == 0 ? ": " + replay.root().name() + ".grad = 1"
                        : ": applied " + order.get(step - 1).name() + "'s rule"));
        int limit = Math.min(order.size(), LIMIT);
        int n = limit + (order.size() > limit ? 1 : 0);
        String[] texts = new String[n];
        String[] classes = new String[n];
        for (int k = 0; k < limit; k++) {
            Value v = order.get(k);
            texts[k] = v.name() + (v.isLeaf() ? " (leaf)" : " = " + v.op());
            classes[k] = step >= 0 && k < step ? "done" : step >= 0 && k == step ? "next" : "";
        }
        if (n > limit) {
            texts[limit] = "… " + (order.size() - limit) + " more";
            classes[limit] = "";
        }
        Dom.syncItems(list, texts, classes);
    }
}
