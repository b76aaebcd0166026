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

    /**
     * {@code source}: the program. When it has rules of its own ({@code _backward}: its own Value class, or a built-in
     * Value's rule replaced), the check re-runs it with each leaf nudged (lang.Check: the grads its own backward()
     * left against central differences, with a hint); otherwise the drawn graph is replayed.
     */
    void render(PageState.Check check, Replay replay, String source) {
        body.clear();
        table.setHidden(check != PageState.Check.SHOWN || replay == null);
        if (check == PageState.Check.NONE) {
            summary.setTextContent("");
        } else if (check == PageState.Check.OUTDATED) {
            summary.setTextContent("The graph or its grads changed: press Check again.");
        } else if (replay == null) {
            summary.setTextContent("No graph to check.");
        } else if (source != null && source.contains("_backward")) {
            rows(dev.backprop.lang.Check.gradients(source, Runner.QUICK, 50));
        } else {
            rows(replay);
        }
    }

    private void rows(dev.backprop.lang.Check.Result r) {
        if (r.error() != null) {
            table.setHidden(true);
            summary.setTextContent("The check could not run: " + r.error());
            return;
        }
        int bad = 0;
        String hint = "";
        for (dev.backprop.lang.Check.Row c : r.rows()) {
            HTMLElement tr = Dom.doc.createElement("tr");
            if (!c.ok()) {
                tr.setClassName("bad");
                bad++;
                hint = hint.isEmpty() ? c.label() + ": " + c.hint() : hint;
            }
            Dom.append(tr, "td", c.label());
            Dom.append(tr, "td", Num.repr(c.grad()));
            Dom.append(tr, "td", Num.repr(round(c.expected())));
            double rel = Math.abs(c.grad() - c.expected()) / Math.max(1, Math.abs(c.expected()));
            Dom.append(tr, "td", sci(rel));
            Dom.append(tr, "td", c.ok() ? "✓" : "✗ " + c.hint()).setClassName("flag");
            body.appendChild(tr);
        }
        summary.setTextContent(bad == 0
                ? "All " + r.rows().size() + " leaves agree with their own backward() (relative error ≤ 1e-4)."
                : bad + " of " + r.rows().size() + " leaves disagree. " + hint);
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
