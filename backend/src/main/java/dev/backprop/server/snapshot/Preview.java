package dev.backprop.server.snapshot;

import dev.backprop.engine.Value;
import dev.backprop.lang.Limits;
import dev.backprop.lang.Program;
import dev.backprop.lang.Run;
import dev.backprop.layout.CallGroups;
import dev.backprop.layout.GraphView;
import dev.backprop.layout.Layered;
import dev.backprop.layout.Layout;
import dev.backprop.layout.Replay;
import dev.backprop.layout.Svg;

import dev.backprop.server.Assets;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Server-side drawing of a snapshot's graph with the page's own engine code: run the program
 * ({@link Program#run}), pick the drawn root, collapse groups as the page does, apply the backprop step,
 * lay out ({@link GraphView#layout}) and export ({@link Svg}, {@link Png}). Snapshots are immutable, so
 * each drawing is made once and kept: in a small LRU here and in the database (shared by every server on it).
 *
 * <p>A render has budgets (steps, Values, work, and {@link #BUDGET_MILLIS} of wall-clock time) and stops when
 * one runs out; a failed render is kept like a good one, so no snapshot costs more than one budget per
 * database, and none holds the renderer longer than one budget.
 */
public final class Preview {

    /** Same rule as the page: graphs with more values start with every call collapsed. */
    static final int COLLAPSE_ABOVE = 250;
    /** Larger drawings are not rendered on the server (the page still draws them). */
    static final int MAX_NODES = 4000;
    /** Tighter than the page's budget: the server runs other people's programs. */
    static final Limits LIMITS = Limits.DEFAULT.withMaxSteps(5_000_000L).withMaxNodes(200_000).withMaxWork(50_000_000L);
    /** Wall-clock budget of one render (run, layout, export). */
    static final long BUDGET_MILLIS = 3_000;

    /**
     * A rendered preview, or why there is none (program error, no Value, too large, over budget). The SVG is
     * kept gzipped too: compressing a dense 4 MB drawing on every request would cost more than serving it.
     */
    public record Image(String svg, byte[] svgGzip, byte[] png, String problem) {
        public Image(String svg, byte[] png, String problem) {
            this(svg, svg == null ? null : Assets.gzip(svg.getBytes(StandardCharsets.UTF_8)), png, problem);
        }

        public boolean ok() {
            return problem == null;
        }

        static Image of(SnapshotStore.StoredPreview p) {
            return new Image(p.svg() == null ? null : new String(p.svg(), StandardCharsets.UTF_8), p.png(), p.problem());
        }

        SnapshotStore.StoredPreview stored() {
            return new SnapshotStore.StoredPreview(svg == null ? null : svg.getBytes(StandardCharsets.UTF_8), png, problem);
        }
    }

    private static final int CACHE = 256;

    // two renders at a time: a burst of previews must not take every core from page and API requests
    // one render at a time: Value ids (and the run's provenance keyed by them) come from one unsynchronised counter
    private final Semaphore renders = new Semaphore(1);
    private final Map<String, Image> cache = new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > CACHE;
        }
    };

    /** The preview kept here for a snapshot, if any: answered without the database (also during an outage). */
    public Image cached(String id) {
        synchronized (cache) {
            return cache.get(id);
        }
    }

    /** The preview of a stored snapshot, rendered once; null when the server is too busy to render right now. */
    public Image of(String id, String canonicalJson) throws InterruptedException {
        return of(id, canonicalJson, null);
    }

    /**
     * As {@link #of(String, String)}, looking in and adding to the previews stored in {@code store} (null:
     * this server's LRU only). A database failure while storing leaves the preview in the LRU.
     */
    public Image of(String id, String canonicalJson, SnapshotStore store) throws InterruptedException {
        Image hit = cached(id);
        if (hit != null) return hit;
        if (store != null) {
            Optional<SnapshotStore.StoredPreview> stored = store.findPreview(id);
            if (stored.isPresent()) return remember(id, Image.of(stored.get()));
        }
        // a request waits at most about one render's budget for its turn
        if (!renders.tryAcquire(BUDGET_MILLIS + 1_000, TimeUnit.MILLISECONDS)) return null;
        try {
            hit = cached(id);
            if (hit != null) return hit;
            Image image = render(canonicalJson, BUDGET_MILLIS);
            if (store != null) {
                try {
                    store.putPreview(id, image.stored());
                } catch (StoreUnavailableException e) {
                    // kept in the LRU; another server may render it once more
                }
            }
            return remember(id, image);
        } finally {
            renders.release();
        }
    }

    private Image remember(String id, Image image) {
        synchronized (cache) {
            cache.put(id, image);
        }
        return image;
    }

    static Image render(String canonicalJson) {
        return render(canonicalJson, BUDGET_MILLIS);
    }

    /** Draws a snapshot within {@code budgetMillis} of wall-clock time, else answers why not. */
    static Image render(String canonicalJson, long budgetMillis) {
        long deadline = System.nanoTime() + budgetMillis * 1_000_000L;
        BooleanSupplier late = () -> System.nanoTime() - deadline > 0;
        try {
            return render(canonicalJson, LIMITS.withCancel(late), late);
        } catch (OverBudget e) {
            return new Image(null, null, "drawing took more than the preview budget of " + budgetMillis + " ms");
        }
    }

    /** Thrown between the stages of a render when its time is up. */
    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(null, null, false, false);
        }
    }

    private static void check(BooleanSupplier late) {
        if (late.getAsBoolean()) throw new OverBudget();
    }

    private static Image render(String canonicalJson, Limits limits, BooleanSupplier late) {
        // the engine's snapshot model, as the page reads it
        dev.backprop.snapshot.Snapshot s = dev.backprop.snapshot.Snapshot.fromJson(canonicalJson);
        dev.backprop.snapshot.Snapshot.View view = s.view();
        Run run = Program.run(s.program(), limits);
        check(late);
        List<Value> roots = run.drawn();
        if (roots.isEmpty()) {
            return new Image(null, null, run.ok() ? "the program creates no Value to draw" : "the program fails: " + firstLine(run.error().text()));
        }
        int rootIndex = view.root();
        Value root = roots.get(rootIndex >= 0 && rootIndex < roots.size() ? rootIndex : 0);
        Replay replay = new Replay(root);
        GraphView.Groups groups = new CallGroups(run);
        Set<Integer> collapsed = new HashSet<>();
        collapsed.addAll(view.collapsed());
        if (replay.values().size() > COLLAPSE_ABOVE) collapsed.addAll(GraphView.allGroups(replay.values(), groups));
        collapsed.removeAll(view.expanded());
        // grads as the shared view shows them, before the view copies their texts
        int step = view.step();
        if (step >= 0) replay.stepTo(step);
        nudge(replay, view.nudges());
        check(late);
        GraphView graph = GraphView.of(List.of(root), groups, collapsed);
        if (graph.nodes().size() > MAX_NODES) {
            return new Image(null, null, "the graph has " + graph.nodes().size() + " nodes, more than a preview draws (" + MAX_NODES + ")");
        }
        check(late);
        Layout layout = graph.layout("TB".equals(view.direction()) ? Layered.Direction.TB : Layered.Direction.LR);
        check(late);
        String svg = Svg.of(graph, layout);
        check(late);
        return new Image(svg, Png.of(graph, layout), null);
    }

    /**
     * Nudged leaves as the page shows them: the leaf's new data and the forward pass rerun through every value
     * that depends on it (grads stay as they were, stale, as on the page). These Values belong to this
     * render's own run, so setting their data changes nothing else.
     */
    static void nudge(Replay replay, List<dev.backprop.snapshot.Snapshot.Nudge> nudges) {
        List<Value> values = replay.values();
        int n = values.size();
        double[] over = new double[n];
        boolean[] set = new boolean[n];
        boolean any = false;
        for (dev.backprop.snapshot.Snapshot.Nudge u : nudges) {
            int i = u.node();
            if (i >= 0 && i < n && values.get(i).isLeaf()) {
                over[i] = u.data();
                set[i] = true;
                any = true;
            }
        }
        if (!any) return;
        double[] data = replay.forward(over, set);
        for (int i = 0; i < n; i++) values.get(i).setData(data[i]);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
