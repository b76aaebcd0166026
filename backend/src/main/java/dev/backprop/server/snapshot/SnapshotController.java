package dev.backprop.server.snapshot;

import dev.backprop.lang.Program;
import dev.backprop.lang.Run;
import dev.backprop.server.Assets;
import dev.backprop.server.Html;
import dev.backprop.server.HttpError;
import dev.backprop.server.RateLimiter;
import dev.backprop.train.Caption;
import dev.backprop.train.TrainState;
import dev.backprop.train.Training;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The snapshot routes: create and read through the API, and the share and embed pages. */
public final class SnapshotController {

    public static final int MAX_BODY = 64 * 1024;
    /** A body must arrive whole within this time (a read deadline: a slow sender holds a thread no longer). */
    static final long BODY_MILLIS = 10_000;
    /** Bodies being received at once from one address, and in all: beyond them a POST is refused at once. */
    static final int BODIES_PER_ADDRESS = 4;
    static final int BODIES = 64;
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    private final SnapshotStore store;
    private final RateLimiter limiter;
    private final Assets assets;
    private final boolean trustProxy;
    private final String publicUrl;
    private final Function<Context, String> clientOf;
    private final ConcurrentHashMap<String, Integer> receiving = new ConcurrentHashMap<>();
    private final AtomicInteger receivingAll = new AtomicInteger();
    private final Preview previews = new Preview();
    private final Map<String, Assets.Page> pages = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Assets.Page> eldest) {
            return size() > 1024;
        }
    };

    /**
     * @param publicUrl the base of share links (PUBLIC_URL), or null to take it from the request
     */
    public SnapshotController(SnapshotStore store, RateLimiter limiter, Assets assets, boolean trustProxy,
                              String publicUrl, Function<Context, String> clientOf) {
        this.store = store;
        this.limiter = limiter;
        this.assets = assets;
        this.trustProxy = trustProxy;
        this.publicUrl = publicUrl;
        this.clientOf = clientOf;
    }

    /** POST /api/snapshots: 201 {id, url}; the same snapshot posted twice gets the same id. */
    public void create(Context ctx) {
        // a form or text/plain POST needs no CORS preflight: refusing them keeps other sites from creating
        // snapshots in a visitor's name (and spending the visitor's rate limit)
        if (!isJson(ctx.header("Content-Type"))) {
            throw new HttpError(415, "Content-Type must be application/json");
        }
        String client = clientOf.apply(ctx);
        byte[] body = receive(ctx, client);
        long wait = limiter.acquire(client);
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new HttpError(429, "too many snapshots from this address: try again in " + wait + " s");
        }
        Snapshot s;
        try {
            s = Snapshot.parse(body);
        } catch (SnapshotFormatException e) {
            throw new HttpError(400, e.field(), e.getMessage());
        }
        Optional<Run.Error> syntax = Program.check(s.program());
        if (syntax.isPresent()) {
            // the engine's own message: "line 3, col 7: SyntaxError: ..." plus the source line and a caret
            throw new HttpError(400, "program", "program: " + syntax.get().text());
        }
        String stored = store.put(s.id(), s.json());
        if (!stored.equals(s.json())) {
            // two different snapshots with the same 72-bit id prefix: refuse rather than hand out the wrong one
            throw new HttpError(409, "id " + s.id() + " is taken by a different snapshot; change anything and share again");
        }
        String url = baseUrl(ctx) + "/s/" + s.id();
        ctx.status(201);
        ctx.header("Location", "/api/snapshots/" + s.id());
        ctx.json(Map.of("id", s.id(), "url", url));
    }

    static boolean isJson(String contentType) {
        if (contentType == null) return false;
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().equalsIgnoreCase("application/json");
    }

    /** Reads the body under the per-address and total caps on bodies in flight (429/503 at once beyond them). */
    private byte[] receive(Context ctx, String client) {
        boolean[] admitted = {false};
        receiving.compute(client, (k, n) -> {
            int now = n == null ? 0 : n;
            if (now >= BODIES_PER_ADDRESS) return n;
            admitted[0] = true;
            return now + 1;
        });
        if (!admitted[0]) {
            ctx.header("Retry-After", "10");
            ctx.header("Connection", "close");
            throw new HttpError(429, "too many uploads in progress from this address");
        }
        try {
            int all;
            do {
                all = receivingAll.get();
                if (all >= BODIES) {
                    ctx.header("Retry-After", "10");
                    ctx.header("Connection", "close");
                    throw new HttpError(503, "too many uploads in progress, try again shortly");
                }
            } while (!receivingAll.compareAndSet(all, all + 1));
            try {
                return readBody(ctx, BODY_MILLIS);
            } finally {
                receivingAll.decrementAndGet();
            }
        } finally {
            receiving.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** GET /api/snapshots/{id}: the canonical JSON; snapshots never change, so it may be cached for good. */
    public void get(Context ctx) {
        String id = ctx.pathParam("id");
        String json = find(id).orElseThrow(() -> notFound(id));
        ctx.header("Cache-Control", IMMUTABLE);
        ctx.contentType("application/json");
        ctx.result(json);
    }

    /** GET /s/{id} (share) and /e/{id} (embed): the playground page with preview meta tags for the snapshot. */
    public void page(Context ctx, boolean embed) {
        String id = ctx.pathParam("id");
        String base = baseUrl(ctx);
        String key = (embed ? "e|" : "s|") + base + "|" + id;
        Assets.Page page;
        synchronized (pages) {
            page = pages.get(key);
        }
        if (page != null) {
            // snapshots never change or go away: a page built once is good for as long as the server runs
            Assets.sendPage(ctx, page);
            return;
        }
        Optional<String> json;
        try {
            json = find(id);
        } catch (StoreUnavailableException e) {
            // the page itself still loads (its script reports the API's 503), but the answer says the
            // snapshot could not be looked up: an unknown id must not look like a found one
            ctx.attribute("handled", true);
            ctx.status(503);
            ctx.header("Retry-After", "5");
            Assets.sendPage(ctx, assets.indexPage());
            ctx.header("Cache-Control", "no-store");
            return;
        }
        if (json.isEmpty()) {
            ctx.attribute("handled", true); // keep the page as the 404 body; its script shows "not found"
            ctx.status(404);
            Assets.sendPage(ctx, assets.indexPage());
            return;
        }
        // the page's own description gives way to the snapshot's: one <meta name=description>
        page = Assets.Page.of(Html.insertIntoHead(Html.withoutMeta(assets.indexHtml(), "name", "description"),
                metaTags(Snapshot.fromStored(id, json.get()), base, embed)));
        synchronized (pages) {
            pages.put(key, page);
        }
        Assets.sendPage(ctx, page);
    }

    private static String metaTags(Snapshot s, String base, boolean embed) {
        String id = s.id();
        String title = "Backprop Playground: " + summary(s.program(), 60);
        String description = summary(s.program(), 200);
        String alt = "The computation graph of this program";
        Training run = run(s.json());
        if (run != null) { // a Train share is described as its run, not as the program in the editor
            title = Caption.title(run);
            description = Caption.description(run);
            alt = "The decision boundary of this network on its data, and the network";
        }
        StringBuilder m = new StringBuilder();
        m.append(Html.meta("property", "og:type", "website"));
        m.append(Html.meta("property", "og:site_name", "Backprop Playground"));
        m.append(Html.meta("property", "og:title", title));
        m.append(Html.meta("property", "og:description", description));
        m.append(Html.meta("property", "og:url", base + "/s/" + id));
        m.append(Html.meta("property", "og:image", base + "/s/" + id + ".png"));
        m.append(Html.meta("property", "og:image:alt", alt));
        m.append(Html.meta("name", "twitter:card", "summary_large_image"));
        m.append(Html.meta("name", "twitter:title", title));
        m.append(Html.meta("name", "twitter:description", description));
        m.append(Html.meta("name", "twitter:image", base + "/s/" + id + ".png"));
        m.append(Html.meta("name", "description", description));
        if (embed) m.append(Html.meta("name", "robots", "noindex"));
        m.append("<link rel=\"canonical\" href=\"").append(Html.escape(base + "/s/" + id)).append("\">\n");
        return m.toString();
    }

    /** The training run of a share made on the Train tab, or null (also for a run this server cannot read). */
    static Training run(String json) {
        try {
            dev.backprop.snapshot.Snapshot s = dev.backprop.snapshot.Snapshot.fromJson(json);
            return Preview.isTrain(s) ? Training.of(TrainState.fromSnapshot(json)) : null;
        } catch (RuntimeException e) {
            return null; // described by its program, as before
        }
    }

    /**
     * GET /s/{id}.svg and /s/{id}.png: the snapshot's graph drawn on the server with the page's engine and
     * layout code. 404 when there is no such snapshot or its program draws nothing.
     */
    public void preview(Context ctx, boolean png) throws InterruptedException {
        String id = ctx.pathParam("id");
        // a preview made before is served without the database (and so through an outage)
        Preview.Image image = Snapshot.isId(id) ? previews.cached(id) : null;
        if (image == null) {
            String json = find(id).orElseThrow(() -> notFound(id));
            try {
                image = previews.of(id, json, store, gone(ctx));
            } catch (Preview.Abandoned e) {
                // nobody reads this answer; the connection is closed
                ctx.header("Connection", "close");
                throw new HttpError(503, "preview abandoned: the client left");
            }
        }
        if (image == null) {
            ctx.header("Retry-After", "5");
            throw new HttpError(503, "preview renderer busy, try again shortly");
        }
        if (!image.ok()) throw new HttpError(404, "no preview for " + id + ": " + image.problem());
        // a day, not a year: the snapshot never changes but the drawing code may improve
        ctx.header("Cache-Control", "public, max-age=86400");
        if (png) {
            ctx.contentType("image/png");
            ctx.result(image.png());
        } else {
            Assets.sendEncoded(ctx, "image/svg+xml", image.svg().getBytes(StandardCharsets.UTF_8), image.svgGzip());
        }
    }

    /**
     * True once the client has closed its connection. Jetty reads nothing while a handler runs, so this reads
     * one byte itself (at most every 100 ms): end of stream or a reset means the client left. Bytes of a
     * pipelined next request cannot be put back, so the answer then closes the connection (the client sends
     * that request again, as HTTP/1.1 clients must for unanswered pipelined requests).
     */
    static java.util.function.BooleanSupplier gone(Context ctx) {
        org.eclipse.jetty.io.EndPoint ep;
        try {
            ep = org.eclipse.jetty.ee10.servlet.ServletContextRequest.getServletContextRequest(ctx.req())
                    .getConnectionMetaData().getConnection().getEndPoint();
        } catch (RuntimeException e) {
            return () -> false;
        }
        java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
        long[] next = {0};
        boolean[] left = {false};
        return () -> {
            if (left[0]) return true;
            long now = System.nanoTime();
            if (now - next[0] < 0) return false;
            next[0] = now + 100_000_000L;
            try {
                org.eclipse.jetty.util.BufferUtil.clear(one); // empty in flush mode: fill appends after the limit
                int n = ep.fill(one);
                if (n > 0) ctx.header("Connection", "close");
                left[0] = n < 0 || !ep.isOpen();
            } catch (java.io.IOException | RuntimeException e) {
                left[0] = true;
            }
            return left[0];
        };
    }

    private Optional<String> find(String id) {
        return Snapshot.isId(id) ? store.find(id) : Optional.empty();
    }

    private static HttpError notFound(String id) {
        return new HttpError(404, "no snapshot with id '" + (id.length() > 40 ? id.substring(0, 40) + "..." : id) + "'");
    }

    /** The first non-blank lines of the program, whitespace collapsed, cut at {@code max} characters. */
    static String summary(String program, int max) {
        String s = program.strip().replaceAll("\\s+", " ");
        if (s.isEmpty()) return "an empty program";
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    /**
     * The base of share links: PUBLIC_URL when set; else, with TRUST_PROXY, the last X-Forwarded-Proto and
     * -Host entries (the ones the proxy added; earlier entries are whatever the client sent), else the Host.
     */
    private String baseUrl(Context ctx) {
        if (publicUrl != null) return publicUrl;
        String scheme = ctx.scheme();
        String host = ctx.header("Host");
        if (trustProxy) {
            String p = last(ctx.header("X-Forwarded-Proto"));
            if ("https".equals(p) || "http".equals(p)) scheme = p;
            String h = last(ctx.header("X-Forwarded-Host"));
            if (h != null && !h.isEmpty()) host = h;
        }
        if (host == null || !HOST.matcher(host).matches()) host = "localhost";
        return scheme + "://" + host;
    }

    static String last(String headerList) {
        if (headerList == null) return null;
        return headerList.substring(headerList.lastIndexOf(',') + 1).trim();
    }

    /**
     * Reads at most 64 KiB within {@code deadlineMillis}; larger bodies (declared or streamed) are 413, late
     * ones 408, broken ones (bad chunk framing, cut short) 400, and nothing is stored.
     */
    static byte[] readBody(Context ctx, long deadlineMillis) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY) throw tooLarge();
        long deadline = System.nanoTime() + deadlineMillis * 1_000_000L;
        byte[] buf = new byte[declared >= 0 ? (int) declared + 1 : 8192];
        int n = 0;
        try (InputStream in = ctx.req().getInputStream()) {
            while (true) {
                if (n == buf.length) buf = java.util.Arrays.copyOf(buf, Math.min(MAX_BODY + 1, buf.length * 2));
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) break;
                n += r;
                if (n > MAX_BODY) throw tooLarge();
                if (System.nanoTime() - deadline > 0) {
                    ctx.header("Connection", "close");
                    throw new HttpError(408, "request body not received within " + deadlineMillis / 1000 + " s");
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof HttpError) throw (HttpError) e;
            int status = e instanceof org.eclipse.jetty.http.HttpException h ? h.getCode() : 400;
            ctx.header("Connection", "close");
            throw new HttpError(status == 408 || status == 413 ? status : 400, "request body could not be read (malformed or cut short)");
        }
        if (declared >= 0 && n != declared) throw new HttpError(400, "request body could not be read (malformed or cut short)");
        return java.util.Arrays.copyOf(buf, n);
    }

    private static HttpError tooLarge() {
        return new HttpError(413, "snapshot body over " + MAX_BODY / 1024 + " KiB");
    }
}
