package dev.backprop.layout;

import dev.backprop.engine.Value;
import dev.backprop.lang.Run;

/**
 * A run's function and method calls as collapsible groups: the one numbering the page and the server's
 * previews share, so a shared view's collapsed group ids mean the same on both. {@link Run.Call} ids are
 * 1-based; module level (call 0) is group -1.
 */
public final class CallGroups implements GraphView.Groups {
    private final Run run;

    public CallGroups(Run run) {
        this.run = run;
    }

    @Override
    public int groupOf(Value v) {
        Run.Origin o = run.origin(v);
        return o == null || o.call() == null ? -1 : o.call().id();
    }

    @Override
    public int parentOf(int group) {
        if (group < 1 || group > run.calls().size()) {
            return -1;
        }
        int p = run.calls().get(group - 1).parent();
        return p <= 0 ? -1 : p;
    }

    @Override
    public String name(int group) {
        if (group < 1 || group > run.calls().size()) {
            return "call " + group;
        }
        Run.Call c = run.calls().get(group - 1);
        return c.name() + " (line " + c.line() + ")";
    }
}
