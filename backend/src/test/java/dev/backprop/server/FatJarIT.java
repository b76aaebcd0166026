package dev.backprop.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end against the real fat jar (built by `package`, run by failsafe in `integration-test`): the way
 * the README and the Procfile start it, with the web module's real assets inside.
 */
class FatJarIT {

    @TempDir
    Path dataDir;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        for (Process p : started) p.destroyForcibly();
    }

    static String jar() {
        String jar = System.getProperty("fatJar", "target/backprop-playground.jar");
        assertTrue(new File(jar).isFile(), "no fat jar at " + jar + ": run `mvn verify` (package builds it)");
        return jar;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    Process start(int port, Path log) throws Exception {
        return start(port, log, Map.of());
    }

    /** The jar on SQLite in dataDir, or with {@code env}'s DATABASE_URL etc.; returns once /health is 200. */
    Process start(int port, Path log, Map<String, String> env) throws Exception {
        return start(new ProcessBuilder(java(), "-Djava.awt.headless=true", "-XX:+UseSerialGC", "-jar", jar()), port, log, env);
    }

    Process start(ProcessBuilder pb, int port, Path log, Map<String, String> env) throws Exception {
        pb.environment().put("PORT", Integer.toString(port));
        pb.environment().put("DATA_DIR", dataDir.toString());
        pb.environment().remove("DATABASE_URL");
        pb.environment().putAll(env);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        started.add(p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertTrue(p.isAlive(), () -> "server exited early:\n" + read(log));
            try {
                if (get(port, "/health").statusCode() == 200) return p;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("server did not answer /health within 90 s:\n" + read(log));
    }

    HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void shareSurvivesARestartOnTheSameDataDir() throws Exception {
        int port = freePort();
        Path log1 = dataDir.resolve("first.log");
        Process first = start(port, log1);

        // the real page, with the web module's assets under content-hashed URLs
        HttpResponse<String> page = get(port, "/");
        assertEquals(200, page.statusCode());
        Matcher scripts = Pattern.compile("src=\"(/[^\"]+\\.[0-9a-f]{12}\\.js)\"").matcher(page.body());
        int n = 0;
        while (scripts.find()) {
            HttpResponse<String> js = get(port, scripts.group(1));
            assertEquals(200, js.statusCode(), scripts.group(1));
            assertEquals("public, max-age=31536000, immutable", js.headers().firstValue("Cache-Control").orElse(""));
            assertFalse(js.body().isEmpty());
            n++;
        }
        assertTrue(n >= 1, "the page loads at least one hashed script:\n" + page.body());
        // the engine's Python modules, fetched by the page when a program first imports one (PySource)
        HttpResponse<String> numpy = get(port, "/py/numpy.py");
        assertEquals(200, numpy.statusCode());
        assertEquals("no-cache", numpy.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(numpy.headers().firstValue("ETag").isPresent());
        assertTrue(numpy.body().contains("def linspace("), numpy.body());

        String snapshot = "{\"version\":1,\"program\":\"a = Value(2.0, label='a')\\nb = a.tanh()\\nb.backward()\","
                + "\"view\":{\"direction\":\"TB\",\"root\":1,\"collapsed\":[],\"expanded\":[],\"step\":1,\"nudges\":[],"
                + "\"tab\":\"graph\"},\"train\":null}";
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/snapshots"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(snapshot)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        Matcher id = Pattern.compile("\"id\":\"([A-Za-z0-9_-]{12})\"").matcher(created.body());
        assertTrue(id.find(), created.body());
        String sid = id.group(1);
        assertEquals(snapshot, get(port, "/api/snapshots/" + sid).body());
        assertTrue(get(port, "/s/" + sid).body().contains("<meta property=\"og:title\" content=\"Backprop Playground: a = Value(2.0, label=&#39;a&#39;)"));

        // SIGTERM: graceful stop, then exit
        first.destroy();
        assertTrue(first.waitFor(30, TimeUnit.SECONDS), "no exit 30 s after SIGTERM:\n" + read(log1));
        String log = read(log1);
        assertTrue(log.contains("SIGTERM: finishing in-flight requests"), log);
        assertTrue(log.contains("POST /api/snapshots 201 "), "one line per request:\n" + log);
        assertTrue(log.contains("GET /s/" + sid + " 200 "), log);

        Path log2 = dataDir.resolve("second.log");
        start(port, log2);
        HttpResponse<String> again = get(port, "/api/snapshots/" + sid);
        assertEquals(200, again.statusCode(), read(log2));
        assertEquals(snapshot, again.body());
        HttpResponse<String> share = get(port, "/s/" + sid);
        assertEquals(200, share.statusCode());
        assertTrue(share.body().contains("<meta property=\"og:url\" content=\"http://localhost:" + port + "/s/" + sid + "\">"), share.body());
        HttpResponse<String> embed = get(port, "/e/" + sid);
        assertEquals(200, embed.statusCode());
        assertTrue(embed.headers().firstValue("X-Frame-Options").isEmpty());
    }

    HttpResponse<String> post(int port, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/snapshots"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String snapshot(String program) {
        return "{\"version\":1,\"program\":\"" + program + "\",\"view\":{\"direction\":\"LR\",\"root\":0},\"train\":null}";
    }

    static String idOf(HttpResponse<String> created) {
        Matcher id = Pattern.compile("\"id\":\"([A-Za-z0-9_-]{12})\"").matcher(created.body());
        assertTrue(id.find(), created.body());
        return id.group(1);
    }

    /**
     * kill -9 while four clients write: every snapshot answered 201 is there after a restart (SQLite with
     * synchronous=FULL commits before the answer goes out).
     */
    @Test
    void sigkillLosesNoAcknowledgedSnapshot() throws Exception {
        int port = freePort();
        Process server = start(port, dataDir.resolve("killed.log"), Map.of("RATE_LIMIT", "1000000"));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            int client = c;
            clients.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    try {
                        HttpResponse<String> r = post(port, snapshot("x = " + client + " * 1000000 + " + i));
                        if (r.statusCode() == 201) acknowledged.add(idOf(r));
                    } catch (Exception killed) {
                        return null;
                    }
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < 200 && System.nanoTime() < deadline) Thread.sleep(10);
        server.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful stop
        server.waitFor(30, TimeUnit.SECONDS);
        stop.set(true);
        clients.shutdown();
        assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
        assertTrue(acknowledged.size() >= 200, "writes acknowledged before the kill: " + acknowledged.size());

        start(port, dataDir.resolve("restarted.log"));
        int missing = 0;
        for (String id : acknowledged) if (get(port, "/api/snapshots/" + id).statusCode() != 200) missing++;
        assertEquals(0, missing, "of " + acknowledged.size() + " acknowledged snapshots");
    }

    /**
     * Two servers on one PostgreSQL: the rate limit is one limit between them, and a preview drawn by one is
     * served by the other from the database.
     */
    @Test
    void twoServersOnOnePostgresShareTheRateLimitAndThePreviews() throws Exception {
        try (io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.start()) {
            String url = "postgres://postgres:x@localhost:" + pg.getPort() + "/postgres";
            Map<String, String> env = Map.of("DATABASE_URL", url, "RATE_LIMIT", "5");
            int a = freePort();
            int b = freePort();
            start(a, dataDir.resolve("a.log"), env);
            start(b, dataDir.resolve("b.log"), env);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> r = post(i % 2 == 0 ? a : b, snapshot("a = Value(" + i + ".0)\\nb = a * a"));
                assertEquals(201, r.statusCode(), r.body());
                ids.add(idOf(r));
            }
            assertEquals(429, post(a, snapshot("c = 1")).statusCode(), "5 per minute in all, not 5 per server");
            assertEquals(429, post(b, snapshot("c = 2")).statusCode());

            HttpResponse<String> drawn = get(a, "/s/" + ids.get(0) + ".svg");
            assertEquals(200, drawn.statusCode(), drawn.body());
            // mark the stored drawing: if b rendered it again, it would not carry the mark
            try (java.sql.Connection c = pg.getPostgresDatabase().getConnection();
                 java.sql.PreparedStatement ps = c.prepareStatement("UPDATE previews SET svg = ? WHERE id = ?")) {
                ps.setBytes(1, "<svg>stored by a</svg>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                ps.setString(2, ids.get(0));
                assertEquals(1, ps.executeUpdate());
            }
            assertEquals("<svg>stored by a</svg>", get(b, "/s/" + ids.get(0) + ".svg").body());
        }
    }

    /**
     * No container engine runs here, so the Dockerfile is checked by doing what it says with the jar it
     * copies: its ENV, its non-root user, its port and volume, its ENTRYPOINT, and its HEALTHCHECK URL.
     */
    @Test
    void startsAsTheDockerfileSays() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("../Dockerfile"));
        String copy = only(lines, "COPY --from=build ");
        String[] parts = copy.substring("COPY --from=build ".length()).trim().split("\\s+");
        assertEquals("/src/backend/target/backprop-playground.jar", parts[0], "the jar the build stage makes (WORKDIR /src)");
        assertTrue(only(lines, "WORKDIR /src").length() > 0);
        assertTrue(Path.of(jar()).toAbsolutePath().normalize().endsWith(Path.of("backend/target/backprop-playground.jar")));
        assertEquals("FROM eclipse-temurin:17-jre", only(lines, "FROM eclipse-temurin"));

        assertEquals("ENV PORT=7070 DATA_DIR=/data", only(lines, "ENV "));
        assertEquals(Integer.toString(Config.DEFAULT_PORT), only(lines, "EXPOSE ").substring(7));
        assertEquals("VOLUME /data", only(lines, "VOLUME "));
        String user = only(lines, "USER ").substring(5);
        assertFalse(user.equals("root") || user.equals("0"), user);
        assertTrue(lines.stream().anyMatch(l -> l.contains("useradd --system --uid 10001") && l.contains(" " + user)), "the user is created");
        assertTrue(lines.stream().anyMatch(l -> l.contains("chown " + user + ":" + user + " /data")), "and owns the volume");
        String health = lines.get(lines.indexOf(only(lines, "HEALTHCHECK ")) + 1).trim();
        assertEquals("CMD curl -fsS \"http://localhost:${PORT}/health\" || exit 1", health);

        // ENTRYPOINT as written, with the container's jar path mapped to the built jar
        String entry = only(lines, "ENTRYPOINT ");
        List<String> command = new ArrayList<>();
        Matcher arg = Pattern.compile("\"([^\"]*)\"").matcher(entry);
        while (arg.find()) command.add(arg.group(1).equals("/app/backprop-playground.jar") ? jar() : arg.group(1));
        assertEquals("java", command.get(0));
        command.set(0, java());
        int port = freePort();
        Path volume = dataDir.resolve("volume");
        start(new ProcessBuilder(command), port, dataDir.resolve("docker.log"), Map.of("DATA_DIR", volume.toString()));
        HttpResponse<String> h = get(port, "/health");
        assertEquals(200, h.statusCode(), h.body());
        assertEquals(201, post(port, snapshot("a = Value(1.0)")).statusCode());
        assertTrue(Files.exists(volume.resolve("snapshots.db")), "the SQLite file is in the volume");
    }

    /** The one line starting with {@code prefix}. */
    static String only(List<String> lines, String prefix) {
        List<String> found = lines.stream().map(String::trim).filter(l -> l.startsWith(prefix)).toList();
        assertEquals(1, found.size(), prefix + ": " + found);
        return found.get(0);
    }
}
