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

    Process start(int port, Path log) throws Exception {
        String jar = System.getProperty("fatJar", "target/backprop-playground.jar");
        assertTrue(new File(jar).isFile(), "no fat jar at " + jar + ": run `mvn verify` (package builds it)");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", jar);
        pb.environment().put("PORT", Integer.toString(port));
        pb.environment().put("DATA_DIR", dataDir.toString());
        pb.environment().remove("DATABASE_URL");
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
}
