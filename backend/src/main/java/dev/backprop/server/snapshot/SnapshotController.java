package dev.backprop.server.snapshot;

import dev.backprop.lang.Program;
import dev.backprop.lang.Run;
import dev.backprop.server.Assets;
import dev.backprop.server.Html;
import dev.backprop.server.HttpError;
import dev.backprop.server.Json;
import dev.backprop.server.RateLimiter;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The snapshot routes: create and read through the API, and the share and embed pages. */
public final class SnapshotController {

    public static final int MAX_BODY = 64 * 1024;
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    private final SnapshotStore store;
    private final RateLimiter limiter;
    private final Assets assets;
    private final boolean trustProxy;
    private final Function<Context, String> clientOf;
    private final Preview previews = new Preview();
    private final Map<String, Assets.Page> pages = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Assets.Page> eldest) {
            return size() > 1024;
        }
    };

    public SnapshotController(SnapshotStore store, RateLimiter limiter, Assets assets, boolean trustProxy,
                              Function<Context, String> clientOf) {
        this.store = store;
        this.limiter = limiter;
        this.assets = assets;
        this.trustProxy = trustProxy;
        this.clientOf = clientOf;
    }

    /** POST /api/snapshots: 201 {id, url}; the same snapshot posted twice gets the same id. */
    public void create(Context ctx) {
        long wait = limiter.acquire(clientOf.apply(ctx));
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new HttpError(429, "too many snapshots from this address: try again in " + wait + " s");
        }
        Snapshot s;
        try {
            s = Snapshot.parse(readBody(ctx));
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
        ctx.contentType("application/json");
        ctx.result("{\"id\":\"" + s.id() + "\",\"url\":" + Json.quote(url) + "}");
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
            // the page itself still loads; its script reports the API's 503 where it fetches the snapshot
            Assets.sendPage(ctx, assets.indexPage());
            return;
        }
        if (json.isEmpty()) {
            ctx.attribute("handled", true); // keep the page as the 404 body; its script shows "not found"
            ctx.status(404);
            Assets.sendPage(ctx, assets.indexPage());
            return;
        }
        page = Assets.Page.of(Html.insertIntoHead(assets.indexHtml(), metaTags(Snapshot.fromStored(id, json.get()), base, embed)));
        synchronized (pages) {
            pages.put(key, page);
        }
        Assets.sendPage(ctx, page);
    }

    private static String metaTags(Snapshot s, String base, boolean embed) {
        String id = s.id();
        String title = "Backprop Playground: " + summary(s.program(), 60);
        String description = summary(s.program(), 200);
        StringBuilder m = new StringBuilder();
        m.append(Html.meta("property", "og:type", "website"));
        m.append(Html.meta("property", "og:site_name", "Backprop Playground"));
        m.append(Html.meta("property", "og:title", title));
        m.append(Html.meta("property", "og:description", description));
        m.append(Html.meta("property", "og:url", base + "/s/" + id));
        m.append(Html.meta("property", "og:image", base + "/s/" + id + ".png"));
        m.append(Html.meta("property", "og:image:alt", "The computation graph of this program"));
        m.append(Html.meta("name", "twitter:card", "summary_large_image"));
        m.append(Html.meta("name", "twitter:title", title));
        m.append(Html.meta("name", "twitter:description", description));
        m.append(Html.meta("name", "twitter:image", base + "/s/" + id + ".png"));
        m.append(Html.meta("name", "description", description));
        if (embed) m.append(Html.meta("name", "robots", "noindex"));
        m.append("<link rel=\"canonical\" href=\"").append(Html.escape(base + "/s/" + id)).append("\">\n");
        return m.toString();
    }

    /**
     * GET /s/{id}.svg and /s/{id}.png: the snapshot's graph drawn on the server with the page's engine and
     * layout code. 404 when there is no such snapshot or its program draws nothing.
     */
    public void preview(Context ctx, boolean png) throws InterruptedException {
        String id = ctx.pathParam("id");
        String json = find(id).orElseThrow(() -> notFound(id));
        Preview.Image image = previews.of(id, json);
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
            ctx.contentType("image/svg+xml");
            ctx.result(image.svg());
        }
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

    private String baseUrl(Context ctx) {
        String scheme = ctx.scheme();
        String host = ctx.header("Host");
        if (trustProxy) {
            String p = first(ctx.header("X-Forwarded-Proto"));
            if ("https".equals(p) || "http".equals(p)) scheme = p;
            String h = first(ctx.header("X-Forwarded-Host"));
            if (h != null) host = h;
        }
        if (host == null || !HOST.matcher(host).matches()) host = "localhost";
        return scheme + "://" + host;
    }

    private static String first(String headerList) {
        if (headerList == null) return null;
        int comma = headerList.indexOf(',');
        return (comma < 0 ? headerList : headerList.substring(0, comma)).trim();
    }

    /** Reads at most 64 KiB; larger bodies (declared or streamed) are 413 and nothing is stored. */
    static byte[] readBody(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY) throw tooLarge();
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) throw tooLarge();
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("reading request body: " + e.getMessage(), e);
        }
    }

    private static HttpError tooLarge() {
        return new HttpError(413, "snapshot body over " + MAX_BODY / 1024 + " KiB");
    }
}
