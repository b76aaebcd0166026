package dev.backprop.web;

import dev.backprop.engine.Value;
import dev.backprop.layout.GraphView;
import dev.backprop.layout.Replay;
import dev.backprop.py.Chars;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The "Nudge" panel: a slider for the selected leaf's data, with how far the root moved next to what the
 * gradient predicted (Σ grad·Δ over the nudged leaves).
 */
final class NudgePanel {
    /** What the slider and its Reset button report. */
    interface Nudges {
        /** Leaf {@code v} set to {@code data} (its own data: no nudge). */
        void nudge(Value v, double data);

        void reset();
    }

    private final HTMLElement box = Dom.el("nudge-box");
    private final HTMLInputElement slider = Dom.el("nudge").cast();
    private Value leaf; // the leaf the slider moves, or null

    NudgePanel(Nudges nudges) {
        slider.addEventListener("input", e -> {
            if (leaf != null) {
                nudges.nudge(leaf, leaf.data() + (int) Chars.parseLong(slider.getValue(), 10) / 100.0 * range(leaf));
            }
        });
        Dom.onClick("nudge-reset", e -> nudges.reset());
    }

    private static double range(Value v) {
        return Math.max(1, Math.abs(v.data()));
    }

    /** Shows leaf {@code v} (null: none selected) with the nudges and the data they give ({@code shown}, or null). */
    void render(Value v, Replay replay, Map<Integer, Double> nudges, double[] shown) {
        leaf = replay == null ? null : v;
        if (leaf == null) {
            box.setHidden(true);
            return;
        }
        box.setHidden(false);
        Dom.el("nudge-name").setTextContent(v.name());
        Double now = nudges.get(replay.indexOf(v));
        double x = now == null ? v.data() : now;
        String pos = String.valueOf((int) Math.round((x - v.data()) / range(v) * 100));
        if (!pos.equals(slider.getValue())) { // not while it is being dragged: the browser's value is the truth
            slider.setValue(pos);
        }
        Dom.el("nudge-val").setTextContent(GraphView.fmt(x));
        double actual = shown == null ? 0 : shown[replay.indexOf(replay.root())] - replay.root().data();
        double predicted = 0;
        for (Map.Entry<Integer, Double> e : nudges.entrySet()) {
            Value l = replay.values().get(e.getKey());
            predicted += l.grad() * (e.getValue() - l.data());
        }
        Dom.el("nudge-actual").setTextContent(signed(actual));
        Dom.el("nudge-pred").setTextContent(signed(predicted) + "  (Σ grad·Δ)");
    }

    private static String signed(double x) {
        String s = GraphView.fmt(x);
        return x > 0 ? "+" + s : s;
    }
}
