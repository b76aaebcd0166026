package dev.backprop.web;

import dev.backprop.engine.Value;
import dev.backprop.lang.Limits;
import dev.backprop.lang.Program;
import dev.backprop.lang.Run;
import dev.backprop.layout.CallGroups;
import dev.backprop.layout.GraphView;
import java.util.ArrayList;
import java.util.List;

/** Runs a program with the playground language and hands back what the page shows. */
final class Runner {
    /**
     * Budgets in the browser (one thread: a long run blocks the page). Explicit runs get more steps than
     * the automatic re-run while typing; both stop with a clear BudgetError instead of freezing.
     */
    static final Limits EXPLICIT = Limits.DEFAULT.withMaxSteps(20_000_000L).withMaxNodes(1_000_000);
    static final Limits WHILE_TYPING = Limits.DEFAULT.withMaxSteps(3_000_000L).withMaxNodes(200_000);

    private Runner() {
    }

    /** What the page needs from a run. */
    record Outcome(Run run, List<String> output, String error, int errorLine, List<Value> roots,
                   List<String> rootNames, GraphView.Groups groups) {
        /** The source line that created {@code v}, or -1. */
        int lineOf(Value v) {
            Run.Origin o = run.origin(v);
            return o == null ? -1 : o.line();
        }
    }

    static Outcome run(String source, boolean explicit) {
        Run run = Program.run(source, explicit ? EXPLICIT : WHILE_TYPING);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < run.drawn().size(); i++) {
            Value v = run.drawn().get(i);
            names.add((i + 1) + ": " + (v.label().isEmpty() ? "Value(data=" + GraphView.fmt(v.data()) + ")" : v.label()));
        }
        Run.Error e = run.error();
        return new Outcome(run, run.output(), e == null ? null : e.text(), e == null ? -1 : e.line(), run.drawn(),
                names, new CallGroups(run));
    }
}
