package dev.backprop.web;

import dev.backprop.layout.Replay;
import dev.backprop.py.Num;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The "Gradient check" panel: each leaf's autograd grad next to central differences of the root. Its rows
 * are computed when the check is asked for and shown until the grads or the graph change.
 */
final class CheckPanel {
    private final HTMLElement table = Dom.el("check-table");
    private final HTMLElement body = Dom.el("check-body");
    private final HTMLElement summary = Dom.el("check-summary");

    CheckPanel(Runnable check) {
        Dom.onClick("check", e -> check.run());
    }

    void render(PageState.Check check, Replay replay) {
        body.clear();
        table.setHidden(check != PageState.Check.SHOWN || replay == null);
        if (check == PageState.Check.NONE) {
            summary.setTextContent("");
        } else if (check == PageState.Check.OUTDATED) {
            summary.setTextContent("The graph or its grads changed: press Check again.");
        } else if (replay == null) {
            summary.setTextContent("No graph to check.");
        } else {
            rows(replay);
        }
    }

    private void rows(Replay replay) {
        List<Replay.Check> rows = replay.gradCheck();
        // before any backward there is nothing to compare: every grad is 0 (the root's too), which is no mismatch
        boolean noGrads = replay.root().grad() == 0;
        for (Replay.Check c : rows) {
            noGrads &= c.autograd() == 0;
        }
        int bad = 0;
        for (Replay.Check c : rows) {
            HTMLElement tr = Dom.doc.createElement("tr");
            if (c.mismatch() && !noGrads) {
                tr.setClassName("bad");
                bad++;
            }
            Dom.append(tr, "td", c.leaf().name());
            Dom.append(tr, "td", Num.repr(c.autograd()));
            Dom.append(tr, "td", Num.repr(round(c.numeric())));
            Dom.append(tr, "td", noGrads ? "–" : sci(c.relError())); // no grads yet: an error of 1 would read as a fault
            Dom.append(tr, "td", noGrads ? "–" : c.mismatch() ? "✗ mismatch" : "✓").setClassName("flag");
            body.appendChild(tr);
        }
        summary.setTextContent(noGrads
                ? "No grads yet: press Backward (or step to the end), then run the check again. The numeric column is what backward should give."
                : bad == 0
                ? "All " + rows.size() + " leaves agree (relative error ≤ 1e-4)."
                : bad + " of " + rows.size() + " leaves disagree: were grads accumulated twice, or backward not run?");
    }

    private static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        double mag = Math.pow(10, 9 - Math.floor(Math.log10(Math.abs(x))));
        return Math.round(x * mag) / mag;
    }

    private static String sci(double x) {
        if (x == 0) {
            return "0";
        }
        if (Double.isNaN(x)) {
            return "nan";
        }
        int e = (int) Math.floor(Math.log10(x));
        return Num.fixed(x / Math.pow(10, e), 1) + "e" + e;
    }
}
