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
 */
public record Config(int port, String databaseUrl, Path dataDir, boolean trustProxy) {

    public static final int DEFAULT_PORT = 7070;

    public static Config fromEnv(Map<String, String> env) {
        return new Config(
                port(env.get("PORT")),
                blankToNull(env.get("DATABASE_URL")),
                Path.of(orDefault(env.get("DATA_DIR"), "./data")),
                flag("TRUST_PROXY", env.get("TRUST_PROXY")));
    }

    /** SQLite in the given directory, no proxy: what tests and a plain `java -jar` use. */
    public static Config sqlite(Path dataDir) {
        return new Config(0, null, dataDir, false);
    }

    public Config withDatabaseUrl(String url) {
        return new Config(port, url, dataDir, trustProxy);
    }

    public Config withTrustProxy(boolean trust) {
        return new Config(port, databaseUrl, dataDir, trust);
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
