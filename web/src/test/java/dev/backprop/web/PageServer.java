package dev.backprop.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves web/target/classes/public as the backend will (index.html for /, /s/{id} and /e/{id}) with a
 * strict Content-Security-Policy, plus an in-memory /api/snapshots that follows the backend's contract
 * ({id, url} on POST, the JSON back on GET) so the page's share/restore code runs for real.
 */
final class PageServer implements AutoCloseable {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'";
    private final HttpServer server;
    private final Path root;
    final Map<String, String> snapshots = new ConcurrentHashMap<>();

    PageServer(Path root) throws IOException {
        this.root = root;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        try {
            if (path.equals("/api/snapshots") && ex.getRequestMethod().equals("POST")) {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String id = Integer.toHexString(body.hashCode() & 0x7fffffff) + "ab";
                snapshots.put(id, body);
                send(ex, 201, "application/json", "{\"id\":\"" + id + "\",\"url\":\"/s/" + id + "\"}");
            } else if (path.startsWith("/api/snapshots/")) {
                String body = snapshots.get(path.substring("/api/snapshots/".length()));
                send(ex, body == null ? 404 : 200, "application/json", body == null ? "{\"error\":\"not found\"}" : body);
            } else {
                String file = path.equals("/") || path.startsWith("/s/") || path.startsWith("/e/") ? "index.html"
                        : path.substring(1);
                Path p = root.resolve(file).normalize();
                if (!p.startsWith(root) || !Files.isRegularFile(p)) {
                    send(ex, 404, "text/plain", "not found");
                    return;
                }
                String type = file.endsWith(".html") ? "text/html; charset=utf-8"
                        : file.endsWith(".js") ? "text/javascript" : file.endsWith(".css") ? "text/css" : file.endsWith(".svg") ? "image/svg+xml"
                        : file.endsWith(".py") ? "text/x-python; charset=utf-8" : "application/octet-stream";
                send(ex, 200, type, Files.readAllBytes(p));
            }
        } finally {
            ex.close();
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Content-Security-Policy", CSP);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
