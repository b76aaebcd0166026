package dev.backprop.web;

import dev.backprop.layout.Layered;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * Everything the graph page shows, as one value (no DOM): the program text and its run, the view settings,
 * the backward step, the nudges, the gradient check and the selection. {@link Page} derives every pixel from
 * it. A change of the program text makes a new state ({@link #of}): nudges, step and check belong to the run
 * that made them. Sets and maps are never changed after construction.
 */
final class PageState {
    /** The gradient check: not asked for, shown, or asked for but the grads or graph changed since. */
    enum Check { NONE, SHOWN, OUTDATED }

    final String source;             // the program text whose run is shown
    final Runner.Outcome out;        // its run, or null before the first
    final int root;                  // which drawn graph
    final Layered.Direction dir;
    final Set<Integer> collapsed;    // groups the user collapsed
    final Set<Integer> expanded;     // ... and expanded (over the start-collapsed default of a big graph)
    final int step;                  // backward steps applied, -1: the program's own grads
    final Map<Integer, Double> nudges; // replay index of a leaf -> its nudged data
    final Check check;
    final int selected;              // the selected drawn node, or -1
    final String notCurrent;         // why the shown run is not the editor's program now, or null

    PageState(String source, Runner.Outcome out, int root, Layered.Direction dir, Set<Integer> collapsed,
              Set<Integer> expanded, int step, Map<Integer, Double> nudges, Check check, int selected, String notCurrent) {
        this.source = source;
        this.out = out;
        this.root = root;
        this.dir = dir;
        this.collapsed = collapsed;
        this.expanded = expanded;
        this.step = step;
        this.nudges = nudges;
        this.check = check;
        this.selected = selected;
        this.notCurrent = notCurrent;
    }

    /** A new program's run, drawn in {@code dir}: nothing of the last run's view but the direction. */
    static PageState of(String source, Runner.Outcome out, Layered.Direction dir) {
        return new PageState(source, out, 0, dir, Collections.emptySet(), Collections.emptySet(), -1, Collections.emptyMap(), Check.NONE, -1, null);
    }

    /** The same program run again: its step and nudges stay, on the new run's values. */
    PageState rerun(Runner.Outcome o) {
        return new PageState(source, o, root, dir, collapsed, expanded, step, nudges, outdated(), selected, null);
    }

    /** Another drawn graph of the same run: a fresh view of it. */
    PageState withRoot(int r) {
        return new PageState(source, out, r, dir, Collections.emptySet(), Collections.emptySet(), -1, Collections.emptyMap(), Check.NONE, -1, notCurrent);
    }

    PageState withDir(Layered.Direction d) {
        return new PageState(source, out, root, d, collapsed, expanded, step, nudges, check, selected, notCurrent);
    }

    PageState withGroups(Set<Integer> c, Set<Integer> e) {
        return new PageState(source, out, root, dir, c, e, step, nudges, check, -1, notCurrent);
    }

    /** Grads change with the step: a shown check is outdated. */
    PageState withStep(int s) {
        return new PageState(source, out, root, dir, collapsed, expanded, s, nudges, s == step ? check : outdated(),
                selected, notCurrent);
    }

    PageState withNudges(Map<Integer, Double> n) {
        return new PageState(source, out, root, dir, collapsed, expanded, step, n, check, selected, notCurrent);
    }

    PageState withCheck(Check c) {
        return new PageState(source, out, root, dir, collapsed, expanded, step, nudges, c, selected, notCurrent);
    }

    PageState withSelected(int i) {
        return new PageState(source, out, root, dir, collapsed, expanded, step, nudges, check, i, notCurrent);
    }

    PageState withNotCurrent(String why) {
        return new PageState(source, out, root, dir, collapsed, expanded, step, nudges, check, selected, why);
    }

    private Check outdated() {
        return check == Check.NONE ? Check.NONE : Check.OUTDATED;
    }

    /** The Value drawn as the root, or null. */
    dev.backprop.engine.Value rootValue() {
        return out == null || out.roots().isEmpty() ? null : out.roots().get(root);
    }
}
