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
import dev.backprop.train.Picture;
import dev.backprop.train.TrainState;

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
 * lay out ({@link GraphView#layout}) and export ({@link Svg}, {@link Png}); a Train share is drawn as its
 * run ({@link Picture}). Snapshots are immutable, so
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
    /**
     * Bytes one render may allocate (a quarter of the heap, at most 1 GiB): live memory can be no larger, so one
     * program cannot fill the heap that every request shares. A legitimate training preview allocates ~80 MB.
     */
    static final long MAX_ALLOCATED = Math.max(64L << 20, Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 4));
    private static final BooleanSupplier NEVER = () -> false;

    /** Tighter than the page's budget: the server runs other people's programs. */
    static final Limits LIMITS = Limits.DEFAULT.withMaxSteps(5_000_000L).withMaxNodes(200_000).withMaxWork(50_000_000L);
    /** Wall-clock budget of one render (run, layout, export). */
    static final long BUDGET_MILLIS = 3_000;
    /**
     * Characters of text (labels, ops, data and grad cells) a preview draws at most: a 10 MB label drawn on two
     * nodes made a 20 MB SVG in 8.6 s (layout and export run after the program and cannot be cancelled midway).
     */
    static final int MAX_TEXT = 200_000;

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

    // one render at a time: the interpreter's inline caches live in AST nodes, and the preludes' ASTs are parsed
    // once and shared (as is PyClass.epoch); two interpreters at once could read each other's cached methods
    private final Semaphore renders = new Semaphore(1);
    private final long budgetMillis;

    public Preview() {
        this(BUDGET_MILLIS);
    }

    /** With a wall-clock budget of {@code budgetMillis} per render (tests use a long one). */
    Preview(long budgetMillis) {
        this.budgetMillis = budgetMillis;
    }

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
        return of(id, canonicalJson, null, NEVER);
    }

    /**
     * As {@link #of(String, String)}, looking in and adding to the previews stored in {@code store} (null:
     * this server's LRU only). A database failure while storing leaves the preview in the LRU. {@code gone}
     * answers true once the client has left: the render then stops, nothing is kept, and {@link Abandoned}
     * is thrown (nobody is left to answer).
     */
    public Image of(String id, String canonicalJson, SnapshotStore store, BooleanSupplier gone) throws InterruptedException {
        Image hit = cached(id);
        if (hit != null) return hit;
        if (store != null) {
            Optional<SnapshotStore.StoredPreview> stored = store.findPreview(id);
            if (stored.isPresent()) return remember(id, Image.of(stored.get()));
        }
        // a request waits at most about one render's budget for its turn
        if (!renders.tryAcquire(budgetMillis + 1_000, TimeUnit.MILLISECONDS)) return null;
        try {
            hit = cached(id);
            if (hit != null) return hit;
            if (gone.getAsBoolean()) throw new Abandoned();
            Image image = render(canonicalJson, budgetMillis, MAX_ALLOCATED, gone);
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

    static Image render(String canonicalJson, long budgetMillis) {
        return render(canonicalJson, budgetMillis, MAX_ALLOCATED, NEVER);
    }

    /**
     * Draws a snapshot within {@code budgetMillis} of wall-clock time and {@code maxAllocated} bytes allocated,
     * else answers why not; throws {@link Abandoned} as soon as {@code gone} answers true.
     */
    static Image render(String canonicalJson, long budgetMillis, long maxAllocated, BooleanSupplier gone) {
        long deadline = System.nanoTime() + budgetMillis * 1_000_000L;
        long allocatedAtStart = allocated();
        int[] why = {0};
        BooleanSupplier stop = () -> {
            if (why[0] != 0) return true;
            if (System.nanoTime() - deadline > 0) why[0] = 1;
            else if (allocated() - allocatedAtStart > maxAllocated) why[0] = 2;
            else if (gone.getAsBoolean()) why[0] = 3;
            return why[0] != 0;
        };
        try {
            return render(canonicalJson, LIMITS.withCancel(stop), stop);
        } catch (OverBudget e) {
            if (why[0] == 3) throw new Abandoned();
            return new Image(null, null, why[0] == 2
                    ? "drawing allocated more than the preview budget of " + (maxAllocated >> 20) + " MiB"
                    : "drawing took more than the preview budget of " + budgetMillis + " ms");
        } catch (OutOfMemoryError e) {
            // kept like any failed render, so the same snapshot does not try again on every request
            return new Image(null, null, "drawing needed more memory than the server has for a preview");
        }
    }

    /** Bytes this thread has allocated so far (0 where the JVM does not count them: no allocation budget). */
    private static long allocated() {
        return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    }

    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private static com.sun.management.ThreadMXBean threads() {
        try {
            java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
            if (t instanceof com.sun.management.ThreadMXBean s && s.isThreadAllocatedMemorySupported()) {
                s.setThreadAllocatedMemoryEnabled(true);
                return s;
            }
        } catch (RuntimeException | LinkageError e) {
            // no allocation budget on this JVM: the other budgets still hold
        }
        return null;
    }

    /** The client left while its preview was drawn: the render was stopped and nothing was kept. */
    public static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("the client left before its preview was drawn", null, false, false);
        }
    }

    /** Thrown between the stages of a render when a budget ran out or the client left. */
    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(null, null, false, false);
        }
    }

    private static void check(BooleanSupplier stop) {
        if (stop.getAsBoolean()) throw new OverBudget();
    }

    private static Image render(String canonicalJson, Limits limits, BooleanSupplier stop) {
        // the engine's snapshot model, as the page reads it
        dev.backprop.snapshot.Snapshot s = dev.backprop.snapshot.Snapshot.fromJson(canonicalJson);
        dev.backprop.snapshot.Snapshot.View view = s.view();
        if (isTrain(s)) {
            // shared from the Train tab: the run's boundary, data and network from its stored weights
            Picture picture = Picture.of(TrainState.fromSnapshot(canonicalJson));
            check(stop);
            return new Image(picture.svg(), Png.of(picture), null);
        }
        Run run = Program.run(s.program(), limits);
        check(stop);
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
        check(stop);
        GraphView graph = GraphView.of(List.of(root), groups, collapsed);
        if (graph.nodes().size() > MAX_NODES) {
            return new Image(null, null, "the graph has " + graph.nodes().size() + " nodes, more than a preview draws (" + MAX_NODES + ")");
        }
        long text = text(graph);
        if (text > MAX_TEXT) {
            return new Image(null, null, "the graph's texts are " + text + " characters long, more than a preview draws (" + MAX_TEXT + ")");
        }
        check(stop);
        Layout layout = graph.layout("TB".equals(view.direction()) ? Layered.Direction.TB : Layered.Direction.LR);
        check(stop);
        String svg = Svg.of(graph, layout);
        check(stop);
        return new Image(svg, Png.of(graph, layout), null);
    }

    /** A share made on the Train tab with its run: previewed (and described) as that run, not as the program. */
    static boolean isTrain(dev.backprop.snapshot.Snapshot s) {
        return s.train() != null && "train".equals(s.view().tab());
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

    /** Characters drawn in the nodes' cells (labels can be any length: the node count alone does not bound them). */
    static long text(GraphView graph) {
        long n = 0;
        for (GraphView.Node node : graph.nodes()) {
            for (String cell : node.cells()) n += cell == null ? 0 : cell.length();
        }
        return n;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
