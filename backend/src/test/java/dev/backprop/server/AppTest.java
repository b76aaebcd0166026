package dev.backprop.server;

import dev.backprop.server.snapshot.Snapshot;
import dev.backprop.server.snapshot.SnapshotStore;
import io.javalin.Javalin;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every route and error against the real app on a free port, over real HTTP, on a real SQLite file. */
class AppTest {

    static final String SNAPSHOT = "{\"version\":1,\"program\":\"a = Value(2.0, label='a')\\nb = a * a\\nb.backward()\","
            + "\"view\":{\"direction\":\"LR\",\"root\":1,\"collapsed\":[],\"expanded\":[],\"step\":0,"
            + "\"nudges\":[{\"node\":0,\"data\":2.5}],\"tab\":\"graph\"},\"train\":null}";

    @TempDir
    Path dataDir;

    SnapshotStore store;
    Javalin app;
    String base;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() {
        store = SnapshotStore.open(null, dataDir);
        start(Config.sqlite(dataDir), RateLimiter.perMinute(1000));
    }

    void start(Config config, RateLimiter limiter) {
        if (app != null) app.stop();
        app = App.create(config, store, Assets.load("test-public"), limiter).start(0);
        base = "http://localhost:" + app.port();
    }

    @AfterEach
    void stop() {
        if (app != null) app.stop();
        store.close();
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/snapshots"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertTrue(m.find(), () -> "no " + name + " in " + json);
        return m.group(1);
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    // ---- page and static files

    @Test
    void pageReferencesHashedAssetsAndIsRevalidated() throws Exception {
        HttpResponse<String> r = get("/");
        assertEquals(200, r.statusCode());
        assertEquals("text/html;charset=utf-8", header(r, "Content-Type").replace(" ", ""));
        assertEquals("no-cache", header(r, "Cache-Control"));
        Matcher app = Pattern.compile("src=\"/app\\.[0-9a-f]{12}\\.js\"").matcher(r.body());
        assertTrue(app.find(), r.body());
        assertTrue(Pattern.compile("src=\"/boot\\.[0-9a-f]{12}\\.js\"").matcher(r.body()).find(), r.body());
        assertTrue(Pattern.compile("href=\"/style\\.[0-9a-f]{12}\\.css\"").matcher(r.body()).find(), r.body());
        assertFalse(r.body().contains("\"app.js\"") || r.body().contains("\"/app.js\""), r.body());

        String etag = header(r, "ETag");
        assertNotNull(etag);
        HttpResponse<String> again = get("/", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(200, get("/index.html").statusCode());
    }

    @Test
    void hashedAssetsAreCachedForAYearAndGzipped() throws Exception {
        String page = get("/").body();
        Matcher m = Pattern.compile("src=\"(/app\\.[0-9a-f]{12}\\.js)\"").matcher(page);
        assertTrue(m.find());
        HttpResponse<byte[]> r = getBytes(m.group(1), "Accept-Encoding", "gzip");
        assertEquals(200, r.statusCode());
        assertEquals("public, max-age=31536000, immutable", header(r, "Cache-Control"));
        assertEquals("gzip", header(r, "Content-Encoding"));
        assertEquals("text/javascript;charset=utf-8", header(r, "Content-Type").replace(" ", ""));
        byte[] original = Files.readAllBytes(Path.of(getClass().getResource("/test-public/app.js").toURI()));
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
        assertEquals(new String(original, StandardCharsets.UTF_8), new String(unzipped, StandardCharsets.UTF_8));
        assertTrue(r.body().length < original.length / 2, "gzip should shrink the script");

        HttpResponse<byte[]> plain = getBytes(m.group(1));
        assertNull(header(plain, "Content-Encoding"));
        assertEquals(original.length, plain.body().length);
    }

    @Test
    void plainAssetNamesAreRevalidatedWithEtags() throws Exception {
        HttpResponse<String> r = get("/style.css");
        assertEquals(200, r.statusCode());
        assertEquals("no-cache", header(r, "Cache-Control"));
        assertEquals("text/css;charset=utf-8", header(r, "Content-Type").replace(" ", ""));
        assertTrue(r.body().contains("font-family"));
        assertEquals(304, get("/style.css", "If-None-Match", header(r, "ETag")).statusCode());
        assertEquals(200, get("/style.css", "If-None-Match", "\"stale\"").statusCode());
        assertEquals(200, get("/img/dot.svg").statusCode());
    }

    @Test
    void securityHeadersOnEveryResponse() throws Exception {
        String id = field(post(SNAPSHOT).body(), "id");
        for (String path : List.of("/", "/style.css", "/health", "/api/snapshots/" + id, "/api/snapshots/AAAAAAAAAAAA",
                "/s/" + id, "/nope")) {
            HttpResponse<String> r = get(path);
            String csp = header(r, "Content-Security-Policy");
            assertNotNull(csp, path);
            assertTrue(csp.contains("default-src 'self'"), path + ": " + csp);
            assertTrue(csp.contains("script-src 'self'"), path + ": " + csp);
            assertTrue(csp.contains("style-src 'self'"), path + ": " + csp);
            assertTrue(csp.contains("img-src 'self' data: blob:"), path + ": " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), path + ": " + csp);
            assertEquals("DENY", header(r, "X-Frame-Options"), path);
            assertEquals("nosniff", header(r, "X-Content-Type-Options"), path);
            assertEquals("strict-origin-when-cross-origin", header(r, "Referrer-Policy"), path);
        }
    }

    @Test
    void embedViewIsTheOnlyFrameablePage() throws Exception {
        String id = field(post(SNAPSHOT).body(), "id");
        HttpResponse<String> r = get("/e/" + id);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<main id=\"app\">"), r.body());
        assertNull(header(r, "X-Frame-Options"));
        String csp = header(r, "Content-Security-Policy");
        assertTrue(csp.contains("default-src 'self'") && !csp.contains("frame-ancestors"), csp);
        assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        assertTrue(r.body().contains("<meta name=\"robots\" content=\"noindex\">"), r.body());
        assertTrue(r.body().contains("<link rel=\"canonical\" href=\"" + base + "/s/" + id + "\">"), r.body());
    }

    @Test
    void responsesAreGzippedWhenAsked() throws Exception {
        String program = "x = Value(1.0)\\n".repeat(300);
        String id = field(post(SNAPSHOT.replace("b.backward()", program)).body(), "id");
        HttpResponse<byte[]> r = getBytes("/api/snapshots/" + id, "Accept-Encoding", "gzip");
        assertEquals("gzip", header(r, "Content-Encoding"));
        String json = new String(new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(json.contains("x = Value(1.0)"));

        for (String page : List.of("/", "/s/" + id, "/e/" + id)) {
            HttpResponse<byte[]> z = getBytes(page, "Accept-Encoding", "gzip");
            assertEquals("gzip", header(z, "Content-Encoding"), page);
            String html = new String(new GZIPInputStream(new ByteArrayInputStream(z.body())).readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(get(page).body(), html, page);
        }
    }

    // ---- snapshots API

    @Test
    void postStoresAndGetReturnsTheCanonicalSnapshot() throws Exception {
        HttpResponse<String> r = post(SNAPSHOT);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("application/json", header(r, "Content-Type"));
        String id = field(r.body(), "id");
        assertTrue(id.matches("[A-Za-z0-9_-]{12}"), id);
        assertEquals(base + "/s/" + id, field(r.body(), "url"));
        assertEquals("/api/snapshots/" + id, header(r, "Location"));

        HttpResponse<String> g = get("/api/snapshots/" + id);
        assertEquals(200, g.statusCode());
        assertEquals("application/json", header(g, "Content-Type"));
        assertEquals("public, max-age=31536000, immutable", header(g, "Cache-Control"));
        assertEquals(SNAPSHOT, g.body(), "the page's own form is already canonical");
        assertEquals(1, store.count());
    }

    @Test
    void sameSnapshotSameIdWhateverTheSpelling() throws Exception {
        String id = field(post(SNAPSHOT).body(), "id");
        String respelled = "{ \"train\": null, \"view\": {\"tab\":\"graph\",\"nudges\":[{\"data\":2.50,\"node\":0}],\"step\":0,"
                + "\"expanded\":[],\"collapsed\":[],\"root\":1,\"direction\":\"LR\"},\n \"program\": \"a = Value(2.0, label='a')\\nb = a * a\\nb.backward()\","
                + " \"version\": 1 }";
        HttpResponse<String> again = post(respelled);
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(id, field(again.body(), "id"));
        assertEquals(1, store.count());
        String other = field(post(SNAPSHOT.replace("a * a", "a + a")).body(), "id");
        assertNotEquals(id, other);
        assertEquals(2, store.count());
    }

    @Test
    void unknownIdsAre404JsonErrors() throws Exception {
        for (String id : List.of("AAAAAAAAAAAA", "short", "..%2F..%2Fetc")) {
            HttpResponse<String> r = get("/api/snapshots/" + id);
            assertEquals(404, r.statusCode(), id);
            assertEquals("application/json", header(r, "Content-Type"));
            assertTrue(r.body().startsWith("{\"error\":\"no snapshot with id"), r.body());
        }
        HttpResponse<String> page = get("/s/AAAAAAAAAAAA");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("<main id=\"app\">"), "the page loads and reports the missing snapshot itself");
        HttpResponse<String> other = get("/no/such/route");
        assertEquals(404, other.statusCode());
        assertEquals("{\"error\":\"not found: /no/such/route\"}", other.body());
    }

    @Test
    void malformedJsonIs400WithLineAndColumn() throws Exception {
        HttpResponse<String> r = post("{\"version\":1,\n \"program\": oops}");
        assertEquals(400, r.statusCode());
        assertEquals("body", field(r.body(), "field"));
        assertTrue(r.body().contains("malformed JSON at line 2, col "), r.body());
        assertEquals(0, store.count());
    }

    @Test
    void wrongTypesAre400NamingTheField() throws Exception {
        Map<String, String> cases = Map.of(
                "view.direction", SNAPSHOT.replace("\"LR\"", "\"RL\""),
                "view.root", SNAPSHOT.replace("\"root\":1", "\"root\":\"1\""),
                "view.nudges[0].data", SNAPSHOT.replace("\"data\":2.5", "\"data\":\"2.5\""),
                "program", SNAPSHOT.replace("\"program\":\"a = Value(2.0, label='a')\\nb = a * a\\nb.backward()\"", "\"program\":42"),
                "version", SNAPSHOT.replace("\"version\":1", "\"version\":2"),
                "train", SNAPSHOT.replace("\"train\":null", "\"train\":[1]"),
                "view.colour", SNAPSHOT.replace("\"tab\":\"graph\"", "\"tab\":\"graph\",\"colour\":1"),
                "view.collapsed[1]", SNAPSHOT.replace("\"collapsed\":[]", "\"collapsed\":[1,1.5]"));
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> r = post(c.getValue());
            assertEquals(400, r.statusCode(), c.getKey() + ": " + r.body());
            assertEquals(c.getKey(), field(r.body(), "field"), r.body());
            assertTrue(field(r.body(), "error").startsWith(c.getKey() + ": "), r.body());
        }
        assertTrue(post(SNAPSHOT.replace("\"version\":1", "\"version\":2")).body().contains("unsupported version 2"));
        assertEquals(0, store.count(), "nothing is stored from a rejected request");
    }

    @Test
    void bodiesOver64KiBAre413() throws Exception {
        String big = SNAPSHOT.replace("b.backward()", "#".repeat(64 * 1024));
        HttpResponse<String> r = post(big);
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("over 64 KiB"), r.body());

        // streamed without a Content-Length: the server counts what arrives
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(base + "/api/snapshots"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> c = http.send(chunked, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, c.statusCode(), c.body());

        String justFits = SNAPSHOT.replace("b.backward()", "#".repeat(64 * 1024 - SNAPSHOT.length() + "b.backward()".length()));
        assertEquals(64 * 1024, justFits.length());
        assertEquals(201, post(justFits).statusCode());
        assertEquals(1, store.count());
    }

    @Test
    void snapshotCreationIsRateLimitedPerClient() throws Exception {
        start(Config.sqlite(dataDir), RateLimiter.perMinute(3));
        for (int i = 0; i < 3; i++) assertEquals(201, post(SNAPSHOT.replace("a * a", "a * " + i)).statusCode());
        HttpResponse<String> limited = post(SNAPSHOT);
        assertEquals(429, limited.statusCode());
        long retry = Long.parseLong(header(limited, "Retry-After"));
        assertTrue(retry >= 1 && retry <= 20, "one token comes back every 20 s at 3/min: " + retry);
        assertTrue(field(limited.body(), "error").startsWith("too many snapshots"));
        // without TRUST_PROXY a forged X-Forwarded-For changes nothing
        assertEquals(429, post(SNAPSHOT, "X-Forwarded-For", "10.0.0.9").statusCode());
        assertEquals(200, get("/api/snapshots/" + Snapshot.parse(SNAPSHOT.replace("a * a", "a * 0").getBytes(StandardCharsets.UTF_8)).id()).statusCode(), "reads are not limited");
    }

    @Test
    void behindAProxyTheForwardedAddressIsTheClient() throws Exception {
        start(Config.sqlite(dataDir).withTrustProxy(true), RateLimiter.perMinute(2));
        // the router appends the real client address last; anything before it came from the client
        assertEquals(201, post(SNAPSHOT, "X-Forwarded-For", "6.6.6.6, 1.1.1.1").statusCode());
        assertEquals(201, post(SNAPSHOT, "X-Forwarded-For", "7.7.7.7, 1.1.1.1").statusCode());
        assertEquals(429, post(SNAPSHOT, "X-Forwarded-For", "8.8.8.8, 1.1.1.1").statusCode());
        assertEquals(201, post(SNAPSHOT, "X-Forwarded-For", "2.2.2.2").statusCode());
        HttpResponse<String> r = post(SNAPSHOT, "X-Forwarded-For", "3.3.3.3", "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "backprop.example");
        assertEquals("https://backprop.example/s/" + field(r.body(), "id"), field(r.body(), "url"));
    }

    // ---- share page

    @Test
    void sharePageCarriesEscapedPreviewMetaTags() throws Exception {
        String evil = SNAPSHOT.replace("b.backward()", "# </title><script>alert(\\\"x\\\")</script> & 'q'");
        String id = field(post(evil).body(), "id");
        HttpResponse<String> r = get("/s/" + id);
        assertEquals(200, r.statusCode());
        assertEquals("no-cache", header(r, "Cache-Control"));
        String html = r.body();
        int head = html.indexOf("</head>");
        int og = html.indexOf("<meta property=\"og:title\" content=\"Backprop Playground: a = Value(2.0, label=&#39;a&#39;) b = a * a");
        assertTrue(og > 0 && og < head, html);
        assertTrue(html.contains("<meta property=\"og:url\" content=\"" + base + "/s/" + id + "\">"), html);
        assertTrue(html.contains("<meta name=\"twitter:card\""), html);
        assertTrue(html.contains("&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"), html);
        assertFalse(html.contains("<script>alert"), html);
        assertEquals(2, count(html, "<script"), "only the page's own two script tags: " + html);
        assertTrue(Pattern.compile("src=\"/app\\.[0-9a-f]{12}\\.js\"").matcher(html).find());
        assertEquals(304, get("/s/" + id, "If-None-Match", header(r, "ETag")).statusCode());
    }

    @Test
    void aProgramThatDoesNotParseIs400WithTheEnginesLineAndColumn() throws Exception {
        HttpResponse<String> r = post(SNAPSHOT.replace("b = a * a", "b = a * * a"));
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("program", field(r.body(), "field"));
        assertTrue(r.body().startsWith("{\"error\":\"program: line 2, col "), r.body());
        assertTrue(r.body().contains("SyntaxError"), r.body());
        assertEquals(0, store.count());
    }

    // ---- previews drawn on the server

    @Test
    void previewsAreDrawnWithTheEnginesLayout() throws Exception {
        String unnudged = SNAPSHOT.replace("[{\"node\":0,\"data\":2.5}]", "[]");
        String lecture = "a = Value(2.0, label='a')\\nb = Value(-3.0, label='b')\\nc = Value(10.0, label='c')\\n"
                + "e = a*b\\ne.label = 'e'\\nd = e + c\\nd.label = 'd'\\nf = Value(-2.0, label='f')\\nL = d * f\\nL.label = 'L'\\nL.backward()";
        // step -1: grads as the program left them (it ran backward itself)
        String id = field(post(unnudged.replace("a = Value(2.0, label='a')\\nb = a * a\\nb.backward()", lecture)
                .replace("\"step\":0", "\"step\":-1")).body(), "id");

        HttpResponse<String> svg = get("/s/" + id + ".svg");
        assertEquals(200, svg.statusCode(), svg.body());
        assertEquals("image/svg+xml", header(svg, "Content-Type"));
        assertTrue(svg.body().startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg.body());
        for (String text : List.of(">L</text>", ">data -8.0000</text>", ">grad 6.0000</text>", ">grad -4.0000</text>")) {
            assertTrue(svg.body().contains(text), text + " in " + svg.body());
        }

        HttpResponse<byte[]> png = getBytes("/s/" + id + ".png");
        assertEquals(200, png.statusCode());
        assertEquals("image/png", header(png, "Content-Type"));
        assertEquals("public, max-age=86400", header(png, "Cache-Control"));
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new ByteArrayInputStream(png.body()));
        assertEquals(2.0, (double) img.getWidth() / img.getHeight(), 0.01);

        // the shared backprop step decides the grads drawn: no backward in the program, all steps applied
        String stepped = unnudged.replace("a = Value(2.0, label='a')\\nb = a * a\\nb.backward()", lecture.replace("\\nL.backward()", ""))
                .replace("\"step\":0", "\"step\":100");
        String steppedSvg = get("/s/" + field(post(stepped).body(), "id") + ".svg").body();
        assertTrue(steppedSvg.contains(">grad 6.0000</text>") && steppedSvg.contains(">grad -4.0000</text>"), steppedSvg);
        String unstepped = get("/s/" + field(post(stepped.replace("\"step\":100", "\"step\":-1")).body(), "id") + ".svg").body();
        assertFalse(unstepped.contains(">grad 6.0000</text>"), unstepped);
        assertTrue(unstepped.contains(">grad 0.0000</text>"), unstepped);

        String page = get("/s/" + id).body();
        assertTrue(page.contains("<meta property=\"og:image\" content=\"" + base + "/s/" + id + ".png\">"), page);
        assertTrue(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"), page);
    }

    /** A share made on the Train tab: previewed and described as its run (issue 15), with one description. */
    @Test
    void trainSharePreviewShowsTheBoundaryAndDescribesTheRun() throws Exception {
        dev.backprop.train.Training t = dev.backprop.train.Training.micrograd();
        t.steps(100);
        dev.backprop.train.TrainState s = t.state().withDisplay(new dev.backprop.train.TrainState.Display(true, true, false));
        String json = SNAPSHOT.replace("\"tab\":\"graph\"},\"train\":null", "\"tab\":\"train\"},\"train\":" + s.toJson());
        String id = field(post(json).body(), "id");

        String html = get("/s/" + id).body();
        String title = dev.backprop.train.Caption.title(t);
        assertTrue(title.startsWith("2-16-16-1 ReLU on moons, step 100, accuracy "), title);
        assertTrue(html.contains("<meta property=\"og:title\" content=\"" + Html.escape(title) + "\">"), html);
        String description = Html.escape(dev.backprop.train.Caption.description(t));
        assertTrue(html.contains("<meta property=\"og:description\" content=\"" + description + "\">"), html);
        assertEquals(1, count(html, "<meta name=\"description\""), html);
        assertTrue(html.contains("<meta name=\"description\" content=\"" + description + "\">"), html);
        assertFalse(html.contains("a = Value(2.0"), "the run, not the program: " + html);
        assertEquals(1, count(get("/").body(), "<meta name=\"description\""), "the plain page keeps its own");

        String svg = get("/s/" + id + ".svg").body();
        assertTrue(svg.contains(">" + Html.escape(title) + "</text>"), svg);
        HttpResponse<byte[]> png = getBytes("/s/" + id + ".png");
        assertEquals(200, png.statusCode());
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new ByteArrayInputStream(png.body()));
        assertEquals(2.0, (double) img.getWidth() / img.getHeight(), 0.01);
        // discretized output: the plot is the two ends of the scale, blue where the score is positive
        int[] scale = dev.backprop.train.Palette.scale();
        int blue = 0;
        int orange = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth() / 2; x++) {
                int c = img.getRGB(x, y) & 0xffffff;
                blue += c == scale[255] ? 1 : 0;
                orange += c == scale[0] ? 1 : 0;
            }
        }
        // the plot is 500 x 500 px of the 1200 x 600 image; each side of the moons' boundary covers a good part of it
        assertTrue(blue > 30_000 && orange > 30_000, "boundary colours: " + blue + " blue, " + orange + " orange px");

        // from the graph tab, the same run is previewed as the program's graph
        String graph = field(post(json.replace("\"tab\":\"train\"", "\"tab\":\"graph\"")).body(), "id");
        assertTrue(get("/s/" + graph + ".svg").body().contains(">data "), "a graph preview");
        assertTrue(get("/s/" + graph).body().contains("og:title\" content=\"Backprop Playground: a = Value(2.0"));
    }

    @Test
    void noGraphNoPreview() throws Exception {
        String id = field(post(SNAPSHOT.replace("a = Value(2.0, label='a')\\nb = a * a\\nb.backward()", "x = 1 + 2\\nprint(x)")).body(), "id");
        HttpResponse<String> r = get("/s/" + id + ".png");
        assertEquals(404, r.statusCode());
        assertEquals("no preview for " + id + ": the program creates no Value to draw", field(r.body(), "error"));
        String failing = field(post(SNAPSHOT.replace("b = a * a", "b = a * zz")).body(), "id");
        HttpResponse<String> f = get("/s/" + failing + ".svg");
        assertEquals(200, f.statusCode(), "the graph up to the error is still drawn: " + f.body());
        assertEquals(404, get("/s/AAAAAAAAAAAA.png").statusCode());
    }

    // ---- health, logging, shutdown

    @Test
    void healthReportsAppAndDatabase() throws Exception {
        HttpResponse<String> r = get("/health");
        assertEquals(200, r.statusCode());
        assertEquals("{\"status\":\"ok\",\"app\":\"ok\",\"db\":\"ok\",\"dialect\":\"sqlite\"}", r.body());
        assertEquals("no-store", header(r, "Cache-Control"));
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        String id = field(post(SNAPSHOT).body(), "id");
        for (String path : List.of("/", "/s/" + id, "/e/" + id, "/s/" + id + ".png", "/api/snapshots/" + id, "/style.css")) {
            HttpResponse<String> get = get(path);
            HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, head.statusCode(), path);
            assertEquals(header(get, "Content-Type"), header(head, "Content-Type"), path);
            assertEquals("", head.body(), path);
        }
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(base + "/api/snapshots/AAAAAAAAAAAA"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
    }

    @Test
    void wrongMethodIs405() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/snapshots/AAAAAAAAAAAA"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
        assertTrue(r.body().contains("DELETE is not allowed"), r.body());
    }

    /** A step that may throw. */
    interface Step {
        void run() throws Exception;
    }

    /** The request log while {@code step} runs, until a line containing {@code last} was written (up to 10 s). */
    static String logged(String last, Step step) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            step.run();
            // the lines are written by a background thread
            awaitTrue(() -> captured.toString(StandardCharsets.UTF_8).contains(last));
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void logsOneLinePerRequest() throws Exception {
        String log = logged("POST /api/snapshots 400 ", () -> {
            get("/health");
            get("/style.css");
            post("{");
        });
        assertEquals(1, count(log, "GET /health 200 "), log);
        assertEquals(1, count(log, "GET /style.css 200 "), log);
        assertEquals(1, count(log, "POST /api/snapshots 400 "), log);
    }

    /** Waits (up to 10 s) for a condition; fails if it never holds. */
    static void awaitTrue(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within 10 s");
            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
        }
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
        return n;
    }

    @Test
    void stopLetsInFlightRequestsFinish() throws Exception {
        byte[] body = SNAPSHOT.getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket("localhost", app.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/snapshots HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 10);
            out.flush();
            // wait until the request is in flight (dispatched, waiting for the rest of its body)
            GracefulHandler graceful = app.jettyServer().server().getDescendant(GracefulHandler.class);
            awaitTrue(() -> graceful.getCurrentRequestCount() == 1);
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> app.stop());
            assertThrows(TimeoutException.class, () -> stopping.get(500, TimeUnit.MILLISECONDS),
                    "stop waits for the request in flight");
            out.write(body, 10, body.length - 10);
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 201"), response);
            stopping.get(10, TimeUnit.SECONDS);
        }
        app = null;
        assertEquals(1, store.count());
        assertThrows(java.io.IOException.class, () -> new Socket("localhost", URI.create(base).getPort()).close());
    }

    // ---- hardening (issue 16)

    @Test
    void hugeExponentsAre400AndStoreNothing() throws Exception {
        HttpResponse<String> r = post("{\"version\":1,\"program\":\"x=1\",\"view\":{\"direction\":\"LR\",\"root\":0},\"train\":{\"w\":1e10000000}}");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("train.w", field(r.body(), "field"));
        assertEquals(0, store.count());
    }

    @Test
    void onlyJsonBodiesCreateSnapshots() throws Exception {
        // text/plain, form and no type need no CORS preflight: another site could post them from a visitor
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/snapshots")).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(SNAPSHOT)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(415, r.statusCode(), type + ": " + r.body());
            assertEquals("Content-Type must be application/json", field(r.body(), "error"));
        }
        HttpResponse<String> none = http.send(HttpRequest.newBuilder(URI.create(base + "/api/snapshots"))
                .POST(HttpRequest.BodyPublishers.ofString(SNAPSHOT)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, none.statusCode());
        assertEquals(0, store.count());
        assertEquals(201, http.send(HttpRequest.newBuilder(URI.create(base + "/api/snapshots"))
                .header("Content-Type", "application/json; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(SNAPSHOT)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void aLoneSurrogateGetsOneStableAnswer() throws Exception {
        String body = SNAPSHOT.replace("b.backward()", "s = '\\ud800'");
        HttpResponse<String> first = post(body);
        HttpResponse<String> again = post(body);
        assertEquals(400, first.statusCode(), first.body());
        assertEquals(first.body(), again.body());
        assertEquals("program", field(first.body(), "field"));
        String pair = SNAPSHOT.replace("b.backward()", "s = '\\ud83d\\ude00'");
        assertEquals(201, post(pair).statusCode());
        assertEquals(201, post(pair).statusCode(), "the same body again: the same snapshot");
    }

    @Test
    void shareUrlsComeFromPublicUrlOrTheProxysOwnEntries() throws Exception {
        start(Config.sqlite(dataDir).withTrustProxy(true), RateLimiter.perMinute(100));
        // the client's own entries come first; the proxy appends the true ones
        HttpResponse<String> r = post(SNAPSHOT, "X-Forwarded-Host", "evil.example, backprop.example",
                "X-Forwarded-Proto", "http, https");
        assertEquals("https://backprop.example/s/" + field(r.body(), "id"), field(r.body(), "url"));
        String page = get("/s/" + field(r.body(), "id"), "X-Forwarded-Host", "evil.example, backprop.example").body();
        assertFalse(page.contains("evil.example"), page);

        start(Config.sqlite(dataDir).withTrustProxy(true).withPublicUrl("https://bp.example.org/"), RateLimiter.perMinute(100));
        HttpResponse<String> p = post(SNAPSHOT, "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "http");
        assertEquals("https://bp.example.org/s/" + field(p.body(), "id"), field(p.body(), "url"));
    }

    /** Sends raw bytes and answers the whole response (the server closes the connection). */
    String raw(String request) throws Exception {
        try (Socket s = new Socket("localhost", app.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            s.shutdownOutput();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void brokenBodiesAre400Not500() throws Exception {
        String head = "POST /api/snapshots HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n";
        String badChunk = raw(head + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
        assertTrue(badChunk.startsWith("HTTP/1.1 400 "), badChunk);
        assertTrue(badChunk.contains("{\"error\":"), badChunk);
        String cut = raw(head + "Content-Length: 100\r\n\r\n{\"version\":1");
        assertTrue(cut.startsWith("HTTP/1.1 400 "), cut);
        assertTrue(cut.contains("\"error\":\"request body could not be read (malformed or cut short)\""), cut);
        assertEquals(0, store.count());
    }

    @Test
    void slowBodiesAreCappedPerAddressAndHealthStillAnswers() throws Exception {
        // each sends its head and then nothing: the body's bytes would trickle in
        List<Socket> slow = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                Socket s = new Socket("localhost", app.port());
                s.setSoTimeout(10_000);
                s.getOutputStream().write(("POST /api/snapshots HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 60000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            // beyond the cap (4), the server answers at once instead of holding a thread for each; which 4
            // were admitted depends on dispatch order
            awaitTrue(() -> slow.stream().filter(AppTest::hasData).count() >= 8);
            List<Socket> answered = slow.stream().filter(AppTest::hasData).toList();
            assertEquals(8, answered.size());
            for (Socket s : answered) {
                String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                assertTrue(response.startsWith("HTTP/1.1 429 "), response);
                assertTrue(response.contains("too many uploads in progress from this address"), response);
            }
            long t0 = System.nanoTime();
            assertEquals(200, get("/health").statusCode());
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 2_000);
        } finally {
            for (Socket s : slow) s.close();
        }
    }

    static boolean hasData(Socket s) {
        try {
            return s.getInputStream().available() > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void aPreviewWhoseClientLeftIsStoppedAndNotKept() throws Exception {
        // slow steps (upper() of 100,000 characters each, not counted as work): only the wall clock ends it
        String endless = "{\"version\":1,\"program\":\"s = 'x' * 100000\\nwhile True:\\n    t = s.upper()\",\"view\":{\"direction\":\"LR\",\"root\":0}}";
        String id = field(post(endless).body(), "id");
        // the client leaves as soon as it asked; the handler sees it gone (before or during the render) and
        // ends with a 503 nobody reads. Unstopped, the render would end at its 3 s budget and be stored.
        logged("GET /s/" + id + ".svg 503 ", () -> {
            try (Socket s = new Socket("127.0.0.1", app.port())) {
                s.getOutputStream().write(("GET /s/" + id + ".svg HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
            }
        });
        assertTrue(store.findPreview(id).isEmpty(), "an abandoned render is not kept");
        // a client that stays gets the full render: over its time (or, on a fast machine, allocation) budget, kept
        HttpResponse<String> r = get("/s/" + id + ".svg");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("more than the preview budget of"), r.body());
        assertTrue(store.findPreview(id).isPresent());
    }

    @Test
    void svgPreviewsAreSentPrecompressedWithVary() throws Exception {
        String id = field(post(SNAPSHOT).body(), "id");
        HttpResponse<byte[]> gz = getBytes("/s/" + id + ".svg", "Accept-Encoding", "gzip");
        assertEquals(200, gz.statusCode());
        assertEquals("gzip", header(gz, "Content-Encoding"));
        assertEquals("Accept-Encoding", header(gz, "Vary"));
        String svg = new String(new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes(), StandardCharsets.UTF_8);
        HttpResponse<String> plain = get("/s/" + id + ".svg");
        assertNull(header(plain, "Content-Encoding"));
        assertEquals("Accept-Encoding", header(plain, "Vary"));
        assertEquals(plain.body(), svg);
        assertTrue(svg.startsWith("<svg"), svg);
        // the same compressed bytes every time: made once, not per request
        HttpResponse<byte[]> again = getBytes("/s/" + id + ".svg", "Accept-Encoding", "gzip");
        assertEquals(java.util.Arrays.toString(gz.body()), java.util.Arrays.toString(again.body()));
    }

    // ---- database outage, on a real PostgreSQL that goes away

    @Test
    void databaseOutageIs503OnSnapshotRoutesWhileThePageLoads() throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.start();
        SnapshotStore pgStore = SnapshotStore.open(pg.getJdbcUrl("postgres", "postgres"), dataDir);
        Javalin pgApp = App.create(Config.sqlite(dataDir), pgStore, Assets.load("test-public"), RateLimiter.perMinute(100)).start(0);
        String pgBase = "http://localhost:" + pgApp.port();
        try {
            base = pgBase;
            String id = field(post(SNAPSHOT).body(), "id");
            assertEquals(200, get("/api/snapshots/" + id).statusCode());
            assertTrue(get("/health").body().contains("\"dialect\":\"postgres\""));
            String other = field(post(SNAPSHOT.replace("a * a", "a * 5")).body(), "id");
            assertEquals(200, get("/s/" + other).statusCode()); // its page is now built
            assertEquals(200, get("/s/" + other + ".svg").statusCode()); // and its preview drawn
            pg.close(); // the database goes away

            HttpResponse<String> p = post(SNAPSHOT.replace("a * a", "a * 3"));
            assertEquals(503, p.statusCode(), p.body());
            assertEquals("{\"error\":\"snapshot storage is unavailable, try again shortly\"}", p.body());
            assertEquals(503, get("/api/snapshots/" + id).statusCode());
            HttpResponse<String> h = get("/health");
            assertEquals(503, h.statusCode());
            assertTrue(h.body().contains("\"app\":\"ok\",\"db\":\"unavailable\""), h.body());
            assertEquals(200, get("/").statusCode());
            assertEquals(200, get("/style.css").statusCode());
            HttpResponse<String> share = get("/s/" + id);
            assertEquals(503, share.statusCode(), "not found and not looked up are different answers");
            assertEquals("5", header(share, "Retry-After"));
            assertTrue(share.body().contains("<main id=\"app\">"), "the page still loads and reports the outage");
            assertEquals(503, get("/s/AAAAAAAAAAAA").statusCode(), "an unknown id is not a 200 page while the database is down");
            HttpResponse<String> preview = get("/s/" + other + ".svg");
            assertEquals(200, preview.statusCode(), "a preview drawn before the outage is served through it: " + preview.body());
            assertTrue(preview.body().startsWith("<svg"), preview.body());
            // the circuit is open: requests fail at once instead of each waiting 3 s for a connection
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                assertEquals(503, get("/api/snapshots/" + id).statusCode());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(ms < 1_500, "fast fail while the database is down, took " + ms + " ms");
            }
            assertFalse(share.body().contains("og:title"), "without the database: the plain page");
            HttpResponse<String> built = get("/s/" + other);
            assertEquals(200, built.statusCode());
            assertTrue(built.body().contains("<meta property=\"og:url\" content=\"" + base + "/s/" + other + "\">"),
                    "a page built before the outage is still served whole");
        } finally {
            pgApp.stop();
            pgStore.close();
            pg.close();
        }
    }
}
