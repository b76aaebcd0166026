package dev.backprop.web;

import static dev.backprop.web.Dom.n;

import dev.backprop.layout.Layout;
import dev.backprop.py.Num;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSProperty;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.events.WheelEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The graph's stage: the {@link Drawing} in it, pan and zoom (drag, wheel, pinch), fitting, and the tip that
 * explains the node under the pointer. It reports clicks on nodes and asks for tips through {@link Events}.
 */
final class GraphPane {
    /** What the stage asks of the page. */
    interface Events {
        void clicked(int node);

        /** The explanation of drawn node {@code i}, one line each. */
        List<String> tip(int node);
    }

    final HTMLElement stage = Dom.el("stage");
    final HTMLElement svg = Dom.el("graph");
    private final HTMLElement viewport = Dom.el("viewport");
    private final HTMLElement tip = Dom.el("tip");
    final Drawing drawing = new Drawing(viewport);
    private final Events events;
    private Layout layout; // the drawn layout, or null
    private double tx = 20;
    private double ty = 20;
    private double scale = 1;
    private final Map<Integer, double[]> pointers = new HashMap<>();
    private double pinchDist;

    GraphPane(Events events) {
        this.events = events;
        svg.addEventListener("pointerdown", this::pointerDown);
        svg.addEventListener("pointermove", this::pointerMove);
        svg.addEventListener("pointerup", e -> pointerUp(e, false));
        svg.addEventListener("pointercancel", e -> pointerUp(e, false));
        svg.addEventListener("pointerleave", e -> pointerUp(e, true));
        svg.addEventListener("click", e -> events.clicked(nodeAt(e)));
        svg.addEventListener("keydown", this::key);
        svg.addEventListener("wheel", e -> {
            WheelEvent w = e.cast();
            e.preventDefault();
            double px = w.getClientX() - stage.getBoundingClientRect().getLeft();
            double py = w.getClientY() - stage.getBoundingClientRect().getTop();
            zoomAt(px, py, Math.exp(-w.getDeltaY() * 0.0015));
        });
        Window.current().addEventListener("resize", e -> {
            if (layout != null) {
                applyTransform();
            }
        });
    }

    /** Draws {@code l} (null: nothing) and applies the current pan and zoom. */
    void draw(dev.backprop.layout.GraphView view, Layout l) {
        layout = l;
        if (l == null) {
            drawing.clear();
        } else {
            drawing.draw(view, l);
            applyTransform();
        }
    }

    /** Makes drawn node {@code i} the graph's Tab stop. */
    void tabStop(int i) {
        if (layout != null && i >= 0) {
            drawing.tabStop(i);
        }
    }

    void fit() {
        fit(stage.getClientWidth(), stage.getClientHeight());
    }

    /** Fits the drawing into a stage of w x h (read before the drawing changed: reading after forces a layout). */
    void fit(double w, double h) {
        if (layout == null) {
            return;
        }
        double s = Math.min((w - 40) / Math.max(1, layout.width()), (h - 40) / Math.max(1, layout.height()));
        scale = Math.max(0.05, Math.min(1.6, s));
        tx = (w - layout.width() * scale) / 2;
        ty = (h - layout.height() * scale) / 2;
        applyTransform();
    }

    private void applyTransform() {
        viewport.setAttribute("transform", "translate(" + n(tx) + "," + n(ty) + ") scale(" + Num.fixed(scale, 4) + ")");
    }

    private void zoomAt(double px, double py, double factor) {
        double s = Math.max(0.03, Math.min(6, scale * factor));
        tx = px - (px - tx) * s / scale;
        ty = py - (py - ty) * s / scale;
        scale = s;
        applyTransform();
    }

    /** On a focused node: arrow keys move the focus to the next node that way, Enter or Space shows its tip. */
    private void key(Event e) {
        int i = nodeAt(e);
        if (i < 0 || layout == null) {
            return;
        }
        String k = e.<KeyboardEvent>cast().getKey();
        int dx = k.equals("ArrowLeft") ? -1 : k.equals("ArrowRight") ? 1 : 0;
        int dy = k.equals("ArrowUp") ? -1 : k.equals("ArrowDown") ? 1 : 0;
        if (dx != 0 || dy != 0) {
            e.preventDefault();
            int j = drawing.neighbour(i, dx, dy);
            drawing.focus(j);
            show(j);
            hideTip();
        } else if (k.equals("Enter") || k.equals(" ")) {
            e.preventDefault();
            events.clicked(i);
            double[] c = drawing.centre(i);
            placeTip(events.tip(i), tx + c[0] * scale, ty + c[1] * scale);
        }
    }

    /** Pans node i into the stage when it is outside. */
    private void show(int i) {
        double[] c = drawing.centre(i);
        double x = tx + c[0] * scale;
        double y = ty + c[1] * scale;
        double w = stage.getClientWidth();
        double h = stage.getClientHeight();
        if (x < 40 || x > w - 40 || y < 30 || y > h - 30) {
            tx += w / 2 - x;
            ty += h / 2 - y;
            applyTransform();
        }
    }

    private int nodeAt(Event e) {
        return Dom.intAttr(e, "data-i", svg);
    }

    private void pointerDown(Event e) {
        PointerEvent p = e.cast();
        pointers.put(p.getPointerId(), new double[] {p.getClientX(), p.getClientY()});
        if (pointers.size() == 2) {
            pinchDist = pinchDistance();
        }
        if (nodeAt(e) < 0) {
            svg.getClassList().add("dragging"); // the list: "stepping" may be on too
        }
    }

    private void pointerUp(Event e, boolean left) {
        PointerEvent p = e.cast();
        pointers.remove(p.getPointerId());
        svg.getClassList().remove("dragging");
        if (left) {
            hideTip();
        }
    }

    private void pointerMove(Event e) {
        PointerEvent p = e.cast();
        double[] last = pointers.get(p.getPointerId());
        if (last == null) {
            int i = nodeAt(e);
            if (i >= 0) {
                showTip(events.tip(i), p);
            } else {
                hideTip();
            }
            return;
        }
        if (pointers.size() == 2) {
            last[0] = p.getClientX();
            last[1] = p.getClientY();
            double d = pinchDistance();
            if (pinchDist > 0 && d > 0) {
                double[] mid = pinchMid();
                zoomAt(mid[0], mid[1], d / pinchDist);
            }
            pinchDist = d;
            return;
        }
        tx += p.getClientX() - last[0];
        ty += p.getClientY() - last[1];
        if (Math.abs(p.getClientX() - last[0]) + Math.abs(p.getClientY() - last[1]) > 0) {
            hideTip();
        }
        last[0] = p.getClientX();
        last[1] = p.getClientY();
        applyTransform();
    }

    private double pinchDistance() {
        double[][] p = pointers.values().toArray(new double[0][]);
        return p.length < 2 ? 0 : Math.hypot(p[0][0] - p[1][0], p[0][1] - p[1][1]);
    }

    private double[] pinchMid() {
        double[][] p = pointers.values().toArray(new double[0][]);
        double left = stage.getBoundingClientRect().getLeft();
        double top = stage.getBoundingClientRect().getTop();
        return new double[] {(p[0][0] + p[1][0]) / 2 - left, (p[0][1] + p[1][1]) / 2 - top};
    }

    private void showTip(List<String> lines, MouseEvent e) {
        placeTip(lines, e.getClientX() - stage.getBoundingClientRect().getLeft() + 14,
                e.getClientY() - stage.getBoundingClientRect().getTop() + 14);
    }

    /** Shows the tip at (x, y) in the stage, left of that when it would run off the right edge. */
    private void placeTip(List<String> lines, double x, double y) {
        tip.clear();
        for (String s : lines) {
            Dom.append(tip, "div", s);
        }
        tip.setHidden(false);
        if (x > stage.getClientWidth() - 300) {
            x = Math.max(4, x - 320);
        }
        tip.getStyle().setProperty("left", n(x) + "px");
        tip.getStyle().setProperty("top", n(y) + "px");
    }

    void hideTip() {
        tip.setHidden(true);
    }

    /** A pointer event (mouse, pen or touch). */
    interface PointerEvent extends MouseEvent {
        @JSProperty
        int getPointerId();
    }
}
