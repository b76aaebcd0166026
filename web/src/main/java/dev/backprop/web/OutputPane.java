package dev.backprop.web;

import dev.backprop.py.Num;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/** The output pane and the status line: a run's printed text, plots and error, and "Running… N s" meanwhile. */
final class OutputPane {
    private final HTMLElement output = Dom.el("output");
    private final HTMLElement status = Dom.el("status");
    private int runningTimer = -1; // ticks the status while a worker run is in flight

    /** Shows what run {@code o} printed, its figures in place, then its error. */
    void show(Runner.Outcome o) {
        output.clear();
        StringBuilder sb = new StringBuilder();
        for (String line : o.output()) {
            sb.append(line).append('\n');
        }
        Figures.render(Dom.doc, output, sb.toString(), o.run().figures()); // plots in order with the text (issue 13)
        if (o.error() != null) {
            Dom.error(output, o.error());
        }
    }

    /** Only {@code error} (a snapshot that did not load). */
    void error(String error) {
        output.clear();
        Dom.error(output, error);
    }

    /** What a worker run printed since its last message (the first piece replaces the last run's output). */
    void printed(String text) {
        if (!output.getClassList().contains("live")) {
            output.clear();
            output.getClassList().add("live");
        }
        output.appendChild(Dom.doc.createTextNode(text));
        output.setScrollTop(output.getScrollHeight());
    }

    /** The running state: status ticking "Running… N s", the Stop button, the output marked as stale. */
    void running(boolean on, Runner runner) {
        if (runningTimer >= 0) {
            Window.clearInterval(runningTimer);
            runningTimer = -1;
        }
        output.getClassList().remove("live");
        Dom.el("stop").setHidden(!on);
        if (on) {
            Dom.doc.getBody().getClassList().add("running");
            status.setTextContent("Running… 0 s");
            runningTimer = Window.setInterval(() -> {
                status.setAttribute("aria-busy", "true"); // screen readers: "Running" once, not every tick
                status.setTextContent("Running… " + Math.round(runner.seconds()) + " s");
            }, 1000);
        } else {
            Dom.doc.getBody().getClassList().remove("running");
            status.removeAttribute("aria-busy");
        }
    }

    /** The user stopped a run after {@code s} seconds: what it printed so far stays. */
    void stopped(long s, boolean printedSome) {
        if (!printedSome) {
            output.clear();
        }
        Dom.error(output, "Stopped by you after " + s + " s. (Still running then: an endless loop, or a long training run?)");
        status.setTextContent("stopped after " + s + " s");
    }

    boolean live() {
        return output.getClassList().contains("live");
    }

    /** The status after a run: what is drawn, how long the run and the drawing took (also as data-* for benchmarks). */
    void timing(String drawn, double runMs, double drawMs) {
        status.setTextContent(drawn + " · ran " + ms(runMs) + " · drawn " + ms(drawMs));
        Dom.doc.getBody().setAttribute("data-run-ms", Num.fixed(runMs, 2));
        Dom.doc.getBody().setAttribute("data-draw-ms", Num.fixed(drawMs, 2));
    }

    private static String ms(double v) {
        return (v < 10 ? Num.fixed(v, 1) : String.valueOf(Math.round(v))) + " ms";
    }
}
