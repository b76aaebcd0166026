package dev.backprop.server;

import dev.backprop.server.snapshot.SnapshotStore;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outermost handler, over raw HTTP/1.1 against the real app on SQLite. */
class GuardTest {

    @TempDir
    Path dataDir;

    SnapshotStore store;
    Javalin app;

    @BeforeEach
    void start() {
        store = SnapshotStore.open(null, dataDir);
        app = App.create(Config.sqlite(dataDir), store, Assets.load("test-public"), RateLimiter.perMinute(1000)).start(0);
    }

    @AfterEach
    void stop() {
        app.stop();
        store.close();
    }

    /** Sends one request on its own connection (Connection: close) and answers the whole response. */
    String send(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", app.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void hasOurHeaders(String response) {
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        assertTrue(head.contains("\r\ncontent-security-policy: default-src 'self'"), response);
        assertTrue(head.contains("\r\nx-content-type-options: nosniff"), response);
        assertTrue(head.contains("\r\nx-frame-options: deny"), response);
    }

    @Test
    void optionsAsteriskCarriesOurHeaders() throws Exception {
        // before: Jetty answered it itself, 404 with no CSP, nosniff or frame options
        String r = send("OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        hasOurHeaders(r);
    }

    @Test
    void methodOverrideIsRefused() throws Exception {
        String page = send("GET /s/AAAAAAAAAAAA HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(page.startsWith("HTTP/1.1 404 "), page);
        // before: a POST with X-HTTP-Method-Override: GET was routed as GET (200, the page)
        String post = send("POST /s/AAAAAAAAAAAA HTTP/1.1\r\nHost: x\r\nX-HTTP-Method-Override: GET\r\nContent-Length: 0\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(post.startsWith("HTTP/1.1 400 "), post);
        assertTrue(post.endsWith("{\"error\":\"bad request\"}"), post);
        hasOurHeaders(post);
        // and a GET cannot become the POST that creates a snapshot
        String body = AppTest.SNAPSHOT;
        String get = send("GET /api/snapshots HTTP/1.1\r\nHost: x\r\nX-HTTP-Method-Override: POST\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);
        assertTrue(get.startsWith("HTTP/1.1 400 "), get);
        assertFalse(get.contains("\"id\""), get);
        // without the header, the same POST is the method it says
        String plain = send("POST /s/AAAAAAAAAAAA HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertTrue(plain.startsWith("HTTP/1.1 405 "), plain);
        hasOurHeaders(plain);
    }
}
