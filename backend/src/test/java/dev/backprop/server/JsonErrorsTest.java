package dev.backprop.server;

import dev.backprop.server.snapshot.SnapshotStore;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The errors Jetty answers before any route runs carry our JSON body and security headers. */
class JsonErrorsTest {

    @TempDir
    static Path dataDir;
    static SnapshotStore store;
    static Javalin app;

    @BeforeAll
    static void start() {
        store = SnapshotStore.open(null, dataDir);
        app = App.create(Config.sqlite(dataDir), store, Assets.load("test-public"), RateLimiter.perMinute(100)).start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        store.close();
    }

    static String raw(String request) throws Exception {
        try (Socket s = new Socket("localhost", app.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    static void assertOurs(String response, int status, String error) {
        assertTrue(response.startsWith("HTTP/1.1 " + status + " "), response);
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        assertTrue(head.contains("\r\ncontent-type: application/json"), response);
        assertTrue(head.contains("\r\nx-content-type-options: nosniff"), response);
        assertTrue(head.contains("\r\nx-frame-options: deny"), response);
        assertTrue(head.contains("\r\ncontent-security-policy: default-src 'self'"), response);
        assertTrue(head.contains("\r\ncache-control: no-store"), response);
        assertTrue(response.endsWith("{\"error\":\"" + error + "\"}"), response);
        assertFalse(response.contains("<html") || response.contains("jetty") || response.contains("Jetty"), response);
    }

    @Test
    void ambiguousPathIs400() throws Exception {
        assertOurs(raw("GET /s/../../etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400, "bad request");
    }

    @Test
    void uriTooLongIs414() throws Exception {
        assertOurs(raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 414, "uri too long");
    }

    @Test
    void headersTooLargeAre431() throws Exception {
        assertOurs(raw("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000) + "\r\nConnection: close\r\n\r\n"),
                431, "request header fields too large");
    }

    @Test
    void unknownHttpVersionIs505() throws Exception {
        assertOurs(raw("GET / HTTP/7.0\r\nHost: localhost\r\n\r\n"), 505, "http version not supported");
    }
}
