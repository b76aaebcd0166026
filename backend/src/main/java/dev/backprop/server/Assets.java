package dev.backprop.server;

import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The web module's static files, read once from a classpath folder (`public/` in the web jar) and kept in
 * memory with their gzip form and a content hash. Every file is served under its plain name (revalidated:
 * no-cache + ETag) and under a hashed name such as `/app.3f9c0a1b2d4e.js` (cached for a year, immutable);
 * index.html is rewritten at load time to reference the hashed names.
 */
public final class Assets {

    /** One static file. {@code gzip} is null when compressing does not pay. */
    public record Asset(String path, String hashedPath, String contentType, byte[] raw, byte[] gzip, String etag) {
    }

    private static final String YEAR = "public, max-age=31536000, immutable";

    private final Map<String, Asset> byPlainPath;
    private final Map<String, Asset> byHashedPath;
    private final String indexHtml;
    private final Page indexPage;

    private Assets(Map<String, Asset> byPlainPath, Map<String, Asset> byHashedPath, String indexHtml) {
        this.byPlainPath = byPlainPath;
        this.byHashedPath = byHashedPath;
        this.indexHtml = indexHtml;
        this.indexPage = Page.of(indexHtml);
    }

    /**
     * Loads every file under the classpath folder {@code root} (e.g. "public"). Fails naming the folder when
     * it has no index.html, the usual cause being a backend run without the web module built.
     */
    public static Assets load(String root) {
        ClassLoader loader = Assets.class.getClassLoader();
        URL index = loader.getResource(root + "/index.html");
        if (index == null) {
            throw new IllegalStateException("classpath:" + root + "/index.html not found: the web module's "
                    + "assets are missing (build with `mvn -q -DskipTests package` from the top folder)");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            if ("jar".equals(index.getProtocol())) {
                JarURLConnection conn = (JarURLConnection) index.openConnection();
                conn.setUseCaches(false);
                try (JarFile jar = conn.getJarFile()) {
                    List<JarEntry> entries = Collections.list(jar.entries());
                    for (JarEntry e : entries) {
                        if (!e.isDirectory() && e.getName().startsWith(root + "/")) {
                            try (InputStream in = jar.getInputStream(e)) {
                                files.put(e.getName().substring(root.length() + 1), in.readAllBytes());
                            }
                        }
                    }
                }
            } else {
                Path dir = Path.of(index.toURI()).getParent();
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading classpath:" + root + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return of(files);
    }

    /** Builds the table from file contents keyed by path relative to the folder ("index.html", "app.js"). */
    public static Assets of(Map<String, byte[]> files) {
        if (!files.containsKey("index.html")) throw new IllegalArgumentException("no index.html among " + files.keySet());
        Map<String, Asset> plain = new LinkedHashMap<>();
        Map<String, Asset> hashed = new LinkedHashMap<>();
        List<String[]> renames = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (f.getKey().equals("index.html")) continue;
            Asset a = asset(f.getKey(), f.getValue());
            plain.put("/" + a.path(), a);
            hashed.put("/" + a.hashedPath(), a);
            renames.add(new String[] {a.path(), a.hashedPath()});
        }
        String html = new String(files.get("index.html"), StandardCharsets.UTF_8);
        for (String[] r : renames) {
            // absolute and relative references alike become absolute hashed ones, so /s/{id} pages work too
            for (String q : new String[] {"\"", "'"}) {
                html = html.replace("=" + q + "/" + r[0] + q, "=" + q + "/" + r[1] + q)
                        .replace("=" + q + r[0] + q, "=" + q + "/" + r[1] + q);
            }
        }
        return new Assets(plain, hashed, html);
    }

    private static Asset asset(String path, byte[] raw) {
        String hash = hash(raw).substring(0, 12);
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String hashedPath = dot > slash ? path.substring(0, dot) + "." + hash + path.substring(dot) : path + "." + hash;
        String type = contentType(path);
        byte[] gz = compressible(type) ? gzip(raw) : null;
        if (gz != null && gz.length >= raw.length) gz = null;
        return new Asset(path, hashedPath, type, raw, gz, "\"" + hash + "\"");
    }

    /** The playground page with hashed asset references. */
    public String indexHtml() {
        return indexHtml;
    }

    /** Plain and hashed URL paths ("/app.js", "/app.3f9c0a1b2d4e.js") of every file except index.html. */
    public List<String> routes() {
        List<String> all = new ArrayList<>(byPlainPath.keySet());
        all.addAll(byHashedPath.keySet());
        return all;
    }

    /** The hashed URL path of a file, e.g. hashedUrl("app.js") = "/app.3f9c0a1b2d4e.js". */
    public String hashedUrl(String path) {
        Asset a = byPlainPath.get("/" + path);
        if (a == null) throw new IllegalArgumentException("no asset " + path);
        return "/" + a.hashedPath();
    }

    /** Serves the file at the request's path: hashed names cached for a year, plain names revalidated. */
    public void serve(Context ctx) {
        String path = ctx.path();
        Asset hashed = byHashedPath.get(path);
        Asset a = hashed != null ? hashed : byPlainPath.get(path);
        if (a == null) throw new IllegalStateException("no asset at " + path);
        ctx.header("Cache-Control", hashed != null ? YEAR : "no-cache");
        ctx.header("Vary", "Accept-Encoding");
        ctx.header("ETag", a.etag());
        if (notModified(ctx, a.etag())) return;
        ctx.contentType(a.contentType());
        if (a.gzip() != null && acceptsGzip(ctx)) {
            ctx.header("Content-Encoding", "gzip"); // Javalin leaves already encoded responses alone
            ctx.result(a.gzip());
        } else {
            ctx.result(a.raw());
        }
    }

    /**
     * An HTML page ready to send: its bytes, their gzip form and an ETag. Built once per distinct page
     * (compressing on every request would cost more than everything else a page request does).
     */
    public record Page(byte[] raw, byte[] gzip, String etag) {
        public static Page of(String html) {
            byte[] raw = html.getBytes(StandardCharsets.UTF_8);
            return new Page(raw, Assets.gzip(raw), "\"" + hash(raw).substring(0, 16) + "\"");
        }
    }

    /** The playground page itself, ready to send. */
    public Page indexPage() {
        return indexPage;
    }

    /** Sends an HTML page that must be revalidated on every load (no-cache + ETag). */
    public static void sendPage(Context ctx, Page page) {
        ctx.header("Cache-Control", "no-cache");
        ctx.header("Vary", "Accept-Encoding");
        ctx.header("ETag", page.etag());
        if (notModified(ctx, page.etag())) return;
        ctx.contentType("text/html; charset=utf-8");
        if (acceptsGzip(ctx)) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(page.gzip());
        } else {
            ctx.result(page.raw());
        }
    }

    /** Sends bytes in their gzip form when the client takes gzip and there is one (Vary says so either way). */
    public static void sendEncoded(Context ctx, String contentType, byte[] raw, byte[] gzip) {
        ctx.header("Vary", "Accept-Encoding");
        ctx.contentType(contentType);
        if (gzip != null && acceptsGzip(ctx)) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(gzip);
        } else {
            ctx.result(raw);
        }
    }

    private static boolean notModified(Context ctx, String etag) {
        String inm = ctx.header("If-None-Match");
        if (inm == null) return false;
        for (String candidate : inm.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) c = c.substring(2);
            if (c.equals(etag) || c.equals("*")) {
                ctx.status(304);
                return true;
            }
        }
        return false;
    }

    private static boolean acceptsGzip(Context ctx) {
        String ae = ctx.header("Accept-Encoding");
        return ae != null && ae.toLowerCase().contains("gzip");
    }

    static String contentType(String path) {
        String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase();
        switch (ext) {
            case "html": return "text/html; charset=utf-8";
            case "js": case "mjs": return "text/javascript; charset=utf-8";
            case "css": return "text/css; charset=utf-8";
            case "json": case "map": return "application/json";
            case "svg": return "image/svg+xml";
            case "png": return "image/png";
            case "ico": return "image/x-icon";
            case "txt": return "text/plain; charset=utf-8";
            case "py": return "text/x-python; charset=utf-8"; // the engine's modules, fetched when first imported
            case "wasm": return "application/wasm";
            case "woff2": return "font/woff2";
            case "webmanifest": return "application/manifest+json";
            default: return "application/octet-stream";
        }
    }

    private static boolean compressible(String type) {
        return type.startsWith("text/") || type.startsWith("application/json") || type.equals("image/svg+xml")
                || type.equals("application/manifest+json") || type.equals("application/wasm");
    }

    public static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {{ def.setLevel(9); }}) {
            gz.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
