package dev.backprop.web;

import dev.backprop.py.Chars;
import dev.backprop.engine.Value;
import dev.backprop.lang.Limits;
import dev.backprop.lang.Program;
import dev.backprop.lang.Run;
import dev.backprop.lang.Wire;
import dev.backprop.layout.CallGroups;
import dev.backprop.layout.GraphView;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.core.JSString;
import org.teavm.jso.dom.events.ErrorEvent;
import org.teavm.jso.dom.events.MessageEvent;

/**
 * Runs a program with the playground language and hands back what the page shows, without ever freezing
 * the page: a first try on the page's thread with a small budget answers most programs at once; a program
 * that needs more is run again in a Web Worker ({@link Worker}) while the page stays responsive, and its
 * run comes back through {@link Wire}. At most one worker run is in flight: a new run or {@link #cancel}
 * terminates it (a fresh worker serves the next one) and answers from a stale run are dropped.
 */
final class Runner {
    /**
     * The first try, on the page's thread: every example needs under 50k steps and 10k Values; giving up
     * on a longer program costs about 8-23 ms on an idle machine (docs/BENCHMARKS.md, WorkerBenchmark).
     */
    static final Limits QUICK = Limits.DEFAULT.withMaxSteps(200_000L).withMaxNodes(40_000);
    /**
     * In the worker after Run: the page stays responsive and Stop ends a run sooner, so room for a training
     * loop (micrograd's demo: 6.6 million Values, 12 s in Chromium); an endless loop ends after about 4 s.
     */
    static final Limits EXPLICIT = Limits.DEFAULT.withMaxSteps(100_000_000L).withMaxNodes(8_000_000);
    /** In the worker for the automatic re-run while typing: a half-typed loop stops in about 1.5 s. */
    static final Limits WHILE_TYPING = Limits.DEFAULT;
    /** On the page's thread when no worker can start here (a runaway program freezes the page briefly). */
    static final Limits FALLBACK_EXPLICIT = Limits.DEFAULT.withMaxSteps(20_000_000L).withMaxNodes(1_000_000);
    static final Limits FALLBACK_TYPING = Limits.DEFAULT.withMaxSteps(3_000_000L).withMaxNodes(200_000);

    /** Receives a worker run's outcome. */
    interface Done {
        void done(Outcome o);
    }

    /** Receives what a worker run printed so far. */
    interface Printed {
        void printed(String text);
    }

    private final Printed printed;
    private org.teavm.jso.workers.Worker worker; // null until needed, and after a stop
    private boolean ready;    // the worker has started (it says "ready" first)
    private boolean noWorker; // a worker could not start here: run on the page's thread
    private int lastId;       // the id of the last run sent to the worker
    private int workerNo;     // which worker the listeners belong to
    private Done done;        // non-null while a worker run is in flight
    private String source;    // ... its program and kind, to run it here should the worker not start
    private boolean explicit;
    private double started;

    Runner(Printed printed) {
        this.printed = printed;
    }

    /** What the page needs from a run. */
    record Outcome(Run run, List<String> output, String error, int errorLine, List<Value> roots,
                   List<String> rootNames, GraphView.Groups groups, int[] sizes) {
        /** The source line that created {@code v}, or -1. */
        int lineOf(Value v) {
            Run.Origin o = run.origin(v);
            return o == null ? -1 : o.line();
        }

        /** The number of Values in drawn graph {@code i} (a worker sends a graph over Wire.MAX_VALUES as this only). */
        int size(int i) {
            if (sizes[i] < 0) {
                sizes[i] = roots.get(i).topo().size();
            }
            return sizes[i];
        }
    }

    /**
     * Starts running {@code source}, ending any run in flight. Returns the outcome when the quick try on
     * this thread settled it; otherwise returns null and hands the outcome to {@code then} later.
     */
    Outcome start(String source, boolean explicit, Done then) {
        cancel();
        Outcome quick = quick(source, explicit);
        if (quick != null) {
            return quick;
        }
        if (noWorker || worker == null && !spawn()) {
            return outcome(Program.run(source, explicit ? FALLBACK_EXPLICIT : FALLBACK_TYPING), null, explicit);
        }
        this.source = source;
        this.explicit = explicit;
        done = then;
        started = Performance.now();
        worker.postMessage(JSString.valueOf(Worker.request(++lastId, explicit ? EXPLICIT : WHILE_TYPING, source)));
        return null;
    }

    /**
     * What the page shows for {@code source}, computed synchronously: the quick try, else the worker's
     * answer made on this thread and decoded as the page decodes it. For JVM tests of the whole path.
     */
    static Outcome run(String source, boolean explicit) {
        Outcome quick = quick(source, explicit);
        if (quick != null) {
            return quick;
        }
        String answer = Worker.answer(Worker.request(1, explicit ? EXPLICIT : WHILE_TYPING, source));
        return decoded(answer.substring(answer.indexOf(',') + 1), explicit);
    }

    /** The try on the page's thread with the small budget; null when the program needs more. */
    private static Outcome quick(String source, boolean explicit) {
        Run quick = Program.run(source, QUICK);
        Run.Error e = quick.error();
        if (e == null || !e.kind().equals("BudgetError") || e.message().startsWith("output")) {
            return outcome(quick, null, explicit);
        }
        return null;
    }

    private static Outcome decoded(String wire, boolean explicit) {
        Wire.Decoded w = Wire.decode(wire);
        return outcome(w.run(), w.sizes(), explicit);
    }

    /** True while a worker run is in flight. */
    boolean busy() {
        return done != null;
    }

    /** Seconds since the run in flight started. */
    double seconds() {
        return (Performance.now() - started) / 1000;
    }

    /**
     * Ends the run in flight, if any, by terminating its worker (its outcome never arrives) and starts a
     * fresh one at once: whoever stops a long run is likely to start another, and loading app.js into a
     * new worker takes a few hundred ms.
     */
    void cancel() {
        if (done == null) {
            return;
        }
        done = null;
        worker.terminate();
        worker = null;
        spawn();
    }

    private boolean spawn() {
        String url = workerUrl();
        if (url == null) {
            noWorker = true;
            return false;
        }
        org.teavm.jso.workers.Worker w;
        try {
            w = new org.teavm.jso.workers.Worker(url);
        } catch (RuntimeException ex) {
            noWorker = true;
            return false;
        }
        worker = w;
        ready = false;
        // answers of a worker that was replaced meanwhile are dropped; the listeners know their worker by
        // number (a captured JS object may be a wrapper, never == the field)
        int no = ++workerNo;
        w.addEventListener("message", e -> {
            if (worker != null && no == workerNo) {
                answered(e.<MessageEvent>cast().getDataAsString());
            }
        });
        w.addEventListener("error", e -> {
            if (worker != null && no == workerNo) {
                failed(e.cast());
            }
        });
        return true;
    }

    private void answered(String msg) {
        if (msg.equals("ready")) {
            ready = true;
            return;
        }
        int comma = msg.indexOf(',');
        if (done == null || (int) Chars.parseLong(msg.substring(0, comma), 10) != lastId) {
            return; // a run that was replaced meanwhile
        }
        if (msg.startsWith("p,", comma + 1)) {
            printed.printed(msg.substring(comma + 3)); // printed so far; the run goes on
            return;
        }
        Done d = done;
        done = null;
        d.done(decoded(msg.substring(comma + 1), explicit));
    }

    /** The worker did not start (blocked or missing: run here from now on) or it crashed during a run. */
    private void failed(ErrorEvent ev) {
        ev.preventDefault();
        worker.terminate();
        worker = null;
        Done d = done;
        done = null;
        if (!ready) {
            noWorker = true;
            if (d != null) {
                d.done(outcome(Program.run(source, explicit ? FALLBACK_EXPLICIT : FALLBACK_TYPING), null, explicit));
            }
        } else if (d != null) {
            String why = ev.getMessage() == null || ev.getMessage().isEmpty() ? "out of memory?" : ev.getMessage();
            Outcome o = outcome(Program.run(""), null, true);
            d.done(new Outcome(o.run(), o.output(), "The run failed in the background (" + why + ").", -1, o.roots(),
                    o.rootNames(), o.groups(), o.sizes()));
        }
    }

    static Outcome outcome(Run run, int[] sizes, boolean explicit) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < run.drawn().size(); i++) {
            Value v = run.drawn().get(i);
            names.add((i + 1) + ": " + (v.label().isEmpty() ? "Value(data=" + GraphView.fmt(v.data()) + ")" : v.label()));
        }
        if (sizes == null) {
            sizes = new int[run.drawn().size()];
            java.util.Arrays.fill(sizes, -1);
        }
        Run.Error e = run.error();
        String error = e == null ? null : e.text();
        if (e != null && !explicit && e.kind().equals("BudgetError") && !e.message().startsWith("output")) {
            error += "\n(runs while you type stop sooner: press Run for the full budget)";
        }
        return new Outcome(run, run.output(), error, e == null ? -1 : e.line(), run.drawn(), names,
                new CallGroups(run), sizes);
    }

    /** The worker script's URL with app.js's as ?app= (both content-hashed by the server), or null. */
    @JSBody(script = "var s = document.querySelector('script[data-worker]');"
            + " return s ? s.getAttribute('data-worker') + '?app=' + encodeURIComponent(s.getAttribute('src')) : null;")
    private static native String workerUrl();
}
