package dev.backprop.server;

import dev.backprop.server.snapshot.SnapshotController;
import dev.backprop.server.snapshot.SnapshotStore;
import dev.backprop.server.snapshot.StoreUnavailableException;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The Backprop Playground server: every route, handler and error is declared in {@link #create}.
 *
 * <pre>
 * GET  /                      the playground page (index.html with content-hashed asset URLs)
 * GET  /app.js, /app.HASH.js  the web module's static files (plain: revalidated; hashed: cached a year)
 * GET  /health                app and database status
 * POST /api/snapshots         store a snapshot -> 201 {id, url}
 * GET  /api/snapshots/{id}    the snapshot's canonical JSON
 * GET  /s/{id}.svg, .png      the snapshot's graph drawn on the server (link previews)
 * GET  /s/{id}                the page for a shared snapshot, with OpenGraph/Twitter meta tags
 * GET  /e/{id}                the same page as an embed view; the only frameable route
 * </pre>
 */
public final class App {

    private static final Logger log = LoggerFactory.getLogger(App.class);

    /** No inline script or style anywhere; only the embed view may be framed (by anyone). */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    /** Connections silent for this long are closed. */
    static final long IDLE_MILLIS = 10_000;

    private App() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Config config = Config.fromEnv(System.getenv());
        Assets assets = Assets.load("public");
        SnapshotStore store = SnapshotStore.open(config.databaseUrl(), config.dataDir());
        log.info("snapshots in {} (schema v{})", store.description(), store.schemaVersion());
        // servers sharing one PostgreSQL share its buckets; an SQLite file has one server
        RateLimiter limiter = store.dialect() == SnapshotStore.Dialect.POSTGRES
                ? RateLimiter.shared(config.rateLimit(), store) : RateLimiter.perMinute(config.rateLimit());
        Javalin app = create(config, store, assets, limiter);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("SIGTERM: finishing in-flight requests");
            app.stop(); // graceful: stops accepting, waits for running requests (up to the stop timeout)
            store.close();
        }, "shutdown"));
        app.start(config.port());
    }

    public static Javalin create(Config config, SnapshotStore store, Assets assets, RateLimiter limiter) {
        SnapshotController snapshots = new SnapshotController(store, limiter, assets, config.trustProxy(), config.publicUrl(),
                ctx -> RateLimiter.key(clientIp(ctx, config.trustProxy()))); // limits count IPv6 clients by /64
        RequestLog requests = new RequestLog();
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.compressionStrategy = CompressionStrategy.GZIP;
            cfg.http.prefer405over404 = true;
            cfg.jetty.modifyServer(server -> {
                // Jetty stops gracefully only through a GracefulHandler: it waits for requests in flight.
                // Outside it, the Guard: our headers on every response, no method override
                Guard guard = new Guard();
                guard.setHandler(new GracefulHandler());
                server.setHandler(guard);
                server.setStopTimeout(20_000);
                // Jetty's own errors (bad URI, 414, 431, 505) in our JSON with our headers
                server.setErrorHandler(new JsonErrors());
                // a connection that sends nothing for this long is closed (with the body deadline, a slow
                // sender holds a thread for seconds, not minutes)
                server.addEventListener(new org.eclipse.jetty.util.component.LifeCycle.Listener() {
                    @Override
                    public void lifeCycleStarted(org.eclipse.jetty.util.component.LifeCycle event) {
                        for (var c : server.getConnectors()) {
                            if (c instanceof org.eclipse.jetty.server.AbstractConnector a) a.setIdleTimeout(IDLE_MILLIS);
                        }
                    }
                });
            });
            cfg.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrors()));
            cfg.requestLogger.http((ctx, ms) -> requests.add(ctx.method().name(), ctx.path(), ctx.statusCode(), ms,
                    clientIp(ctx, config.trustProxy())));
            cfg.events.serverStopped(requests::close);

            cfg.routes.before(ctx -> securityHeaders(ctx.path(), ctx::header));

            // every GET route answers HEAD too (crawlers check og:image that way); Jetty drops the body
            BiConsumer<String, Handler> get = (path, handler) -> {
                cfg.routes.get(path, handler);
                cfg.routes.head(path, handler);
            };
            cfg.routes.post("/api/snapshots", snapshots::create);
            get.accept("/health", ctx -> health(ctx, store));
            get.accept("/api/snapshots/{id}", snapshots::get);
            get.accept("/s/{id}.svg", ctx -> snapshots.preview(ctx, false));
            get.accept("/s/{id}.png", ctx -> snapshots.preview(ctx, true));
            get.accept("/s/{id}", ctx -> snapshots.page(ctx, false));
            get.accept("/e/{id}", ctx -> snapshots.page(ctx, true));
            get.accept("/", ctx -> Assets.sendPage(ctx, assets.indexPage()));
            get.accept("/index.html", ctx -> Assets.sendPage(ctx, assets.indexPage()));
            for (String path : assets.routes()) get.accept(path, assets::serve);

            cfg.routes.exception(HttpError.class, (e, ctx) -> error(ctx, e.status(), e.field(), e.getMessage()));
            cfg.routes.exception(StoreUnavailableException.class, (e, ctx) -> {
                log.warn("database unavailable: {}", e.getMessage());
                error(ctx, 503, null, "snapshot storage is unavailable, try again shortly");
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                log.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, null, "internal error");
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.attribute("handled") == null) error(ctx, 404, null, "not found: " + ctx.path());
            });
            cfg.routes.error(405, ctx -> {
                if (ctx.attribute("handled") == null) error(ctx, 405, null, ctx.method() + " is not allowed on " + ctx.path());
            });
        });
    }

    /** Security headers on every response, errors included (Jetty's own too: see {@link JsonErrors}). */
    static void securityHeaders(String path, BiConsumer<String, String> header) {
        boolean embed = path != null && path.startsWith("/e/");
        header.accept("Content-Security-Policy", CSP + (embed ? "" : "; frame-ancestors 'none'"));
        if (!embed) header.accept("X-Frame-Options", "DENY");
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Referrer-Policy", "strict-origin-when-cross-origin");
        header.accept("Cross-Origin-Opener-Policy", embed ? "unsafe-none" : "same-origin");
    }

    private static void health(Context ctx, SnapshotStore store) {
        String db;
        try {
            store.ping();
            db = "ok";
        } catch (StoreUnavailableException e) {
            db = "unavailable";
        }
        boolean ok = db.equals("ok");
        ctx.status(ok ? 200 : 503);
        ctx.header("Cache-Control", "no-store");
        Map<String, String> body = new LinkedHashMap<>();
        body.put("status", ok ? "ok" : "degraded");
        body.put("app", "ok");
        body.put("db", db);
        body.put("dialect", store.dialect().name().toLowerCase());
        ctx.json(body);
    }

    /** JSON errors everywhere: {"error": message[, "field": name]}. */
    private static void error(Context ctx, int status, String field, String message) {
        ctx.attribute("handled", true);
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.json(JsonErrors.body(message, field));
    }

    /**
     * The client's address: the TCP peer, or with TRUST_PROXY the last X-Forwarded-For entry (the one the
     * platform's router appended; earlier entries are whatever the client sent).
     */
    static String clientIp(Context ctx, boolean trustProxy) {
        if (trustProxy) {
            String xff = ctx.header("X-Forwarded-For");
            if (xff != null && !xff.isBlank()) {
                String last = xff.substring(xff.lastIndexOf(',') + 1).trim();
                if (!last.isEmpty()) return last;
            }
        }
        return ctx.ip();
    }
}
