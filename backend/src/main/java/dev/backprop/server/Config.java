package dev.backprop.server;

import java.nio.file.Path;
import java.util.Map;

/**
 * Server configuration, read once from the environment in {@link App#main}.
 *
 * @param port        PORT, default 7070 (0 picks a free port, used by tests)
 * @param databaseUrl DATABASE_URL: postgres://user:pass@host:port/db, or a jdbc: URL; null means SQLite in dataDir
 * @param dataDir     DATA_DIR, default ./data: where the SQLite file lives
 * @param trustProxy  TRUST_PROXY: take the client address from X-Forwarded-For (only behind a router that sets it)
 * @param publicUrl   PUBLIC_URL, e.g. https://backprop.example.org: the base of share links; null means the
 *                    request's Host (or, with TRUST_PROXY, the last X-Forwarded-Host/-Proto entries)
 * @param rateLimit   RATE_LIMIT, default 30: snapshots per client per minute (shared through PostgreSQL by
 *                    every server on one database)
 */
public record Config(int port, String databaseUrl, Path dataDir, boolean trustProxy, String publicUrl, int rateLimit) {

    public static final int DEFAULT_PORT = 7070;

    public static Config fromEnv(Map<String, String> env) {
        return new Config(
                port(env.get("PORT")),
                blankToNull(env.get("DATABASE_URL")),
                Path.of(orDefault(env.get("DATA_DIR"), "./data")),
                flag("TRUST_PROXY", env.get("TRUST_PROXY")),
                publicUrl(env.get("PUBLIC_URL")),
                positive("RATE_LIMIT", env.get("RATE_LIMIT"), 30));
    }

    /** SQLite in the given directory, no proxy: what tests and a plain `java -jar` use. */
    public static Config sqlite(Path dataDir) {
        return new Config(0, null, dataDir, false, null, 30);
    }

    public Config withTrustProxy(boolean trust) {
        return new Config(port, databaseUrl, dataDir, trust, publicUrl, rateLimit);
    }

    public Config withPublicUrl(String url) {
        return new Config(port, databaseUrl, dataDir, trustProxy, publicUrl(url), rateLimit);
    }

    /** scheme://host[:port] without a trailing slash; a path, query or other scheme is refused. */
    private static String publicUrl(String value) {
        String v = blankToNull(value);
        if (v == null) return null;
        while (v.endsWith("/")) v = v.substring(0, v.length() - 1);
        java.net.URI u;
        try {
            u = new java.net.URI(v);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("PUBLIC_URL is not a URL: '" + value + "'");
        }
        if (!("https".equals(u.getScheme()) || "http".equals(u.getScheme())) || u.getHost() == null
                || !(u.getRawPath() == null || u.getRawPath().isEmpty()) || u.getRawQuery() != null || u.getRawUserInfo() != null) {
            throw new IllegalArgumentException("PUBLIC_URL must be http(s)://host[:port], got '" + value + "'");
        }
        return v;
    }

    private static int positive(String name, String value, int fallback) {
        if (blankToNull(value) == null) return fallback;
        try {
            int n = Integer.parseInt(value.trim());
            if (n > 0) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive integer, got '" + value + "'");
    }

    private static int port(String value) {
        if (blankToNull(value) == null) return DEFAULT_PORT;
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) return port;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("PORT must be an integer 0..65535, got '" + value + "'");
    }

    private static boolean flag(String name, String value) {
        if (blankToNull(value) == null) return false;
        switch (value.trim().toLowerCase()) {
            case "1": case "true": case "yes": case "on": return true;
            case "0": case "false": case "no": case "off": return false;
            default: throw new IllegalArgumentException(name + " must be true or false, got '" + value + "'");
        }
    }

    private static String orDefault(String value, String fallback) {
        String v = blankToNull(value);
        return v == null ? fallback : v;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
