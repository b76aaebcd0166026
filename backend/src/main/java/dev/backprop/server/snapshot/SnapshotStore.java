package dev.backprop.server.snapshot;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stored snapshots over plain JDBC and a HikariCP pool: an SQLite file (WAL mode) by default, PostgreSQL
 * when DATABASE_URL says so. Rows are immutable; the schema is versioned and migrated when the store opens.
 * Every database failure surfaces as {@link StoreUnavailableException} (503 on the snapshot routes), and opens a
 * circuit: for {@link #RETRY_MILLIS} every call fails at once instead of waiting seconds for a connection, then
 * one call at a time probes the database until it answers again.
 *
 * <p>Besides snapshots the database holds what several servers on one PostgreSQL must share: rendered
 * previews ({@link #putPreview}) and the rate limiter's buckets ({@link #takeToken}).
 */
public final class SnapshotStore implements AutoCloseable {

    public enum Dialect { SQLITE, POSTGRES }

    /** Where to connect, parsed from DATABASE_URL; the password never appears in {@link #describe()}. */
    public record Target(Dialect dialect, String jdbcUrl, String user, String password) {

        /**
         * Accepts postgres://user:pass@host:port/db?params (what hosting platforms set), postgresql://...,
         * jdbc:postgresql:... and jdbc:sqlite:...
         */
        public static Target parse(String databaseUrl) {
            String u = databaseUrl.trim();
            if (u.startsWith("jdbc:postgresql:")) return new Target(Dialect.POSTGRES, u, null, null);
            if (u.startsWith("jdbc:sqlite:")) return new Target(Dialect.SQLITE, u, null, null);
            if (u.startsWith("postgres://") || u.startsWith("postgresql://")) {
                URI uri;
                try {
                    uri = new URI(u);
                } catch (URISyntaxException e) {
                    throw new IllegalArgumentException("DATABASE_URL is not a valid URL: " + e.getReason());
                }
                if (uri.getHost() == null) throw new IllegalArgumentException("DATABASE_URL has no host");
                String db = uri.getRawPath() == null || uri.getRawPath().length() <= 1 ? "" : uri.getRawPath().substring(1);
                if (db.isEmpty()) throw new IllegalArgumentException("DATABASE_URL names no database (postgres://user:pass@host:port/DB)");
                String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort()) + "/" + db
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                String user = null;
                String password = null;
                String info = uri.getRawUserInfo();
                if (info != null) {
                    int colon = info.indexOf(':');
                    user = decode(colon < 0 ? info : info.substring(0, colon));
                    password = colon < 0 ? null : decode(info.substring(colon + 1));
                }
                return new Target(Dialect.POSTGRES, jdbc, user, password);
            }
            int scheme = u.indexOf("://");
            throw new IllegalArgumentException("DATABASE_URL must start with postgres://, postgresql://, jdbc:postgresql: or jdbc:sqlite:, got '"
                    + (scheme > 0 ? u.substring(0, scheme + 3) + "..." : "(no scheme)") + "'");
        }

        public String describe() {
            int q = jdbcUrl.indexOf('?');
            return (q < 0 ? jdbcUrl : jdbcUrl.substring(0, q)) + (user == null ? "" : " as " + user);
        }

        private static String decode(String s) {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        }
    }

    /** Schema versions in order; version N is MIGRATIONS.get(N - 1). Append only: released ones never change. */
    private static final List<List<String>> MIGRATIONS = List.of(
            List.of("CREATE TABLE snapshots (id VARCHAR(16) PRIMARY KEY, body TEXT NOT NULL, created_at BIGINT NOT NULL)"),
            // BLOB is BYTEA on PostgreSQL (see migrate)
            List.of("CREATE TABLE previews (id VARCHAR(16) PRIMARY KEY, svg BLOB, png BLOB, problem TEXT, created_at BIGINT NOT NULL)",
                    "CREATE TABLE rate_limits (client VARCHAR(80) PRIMARY KEY, tokens DOUBLE PRECISION NOT NULL, updated BIGINT NOT NULL, "
                            + "taken BOOLEAN NOT NULL)"));

    /** How long the circuit stays open after a failure before one call probes the database again. */
    public static final long RETRY_MILLIS = 2_000;

    /** A stored preview: SVG and PNG bytes, or why there is none. */
    public record StoredPreview(byte[] svg, byte[] png, String problem) {
    }

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final String description;
    // SQLite has one writer at a time; queueing writers here is cheaper than its busy-wait retries
    private final ReentrantLock sqliteWriter = new ReentrantLock();
    // circuit: 0 while closed; else the time (ms) after which one call may probe the database
    private final AtomicLong openUntil = new AtomicLong();
    private final AtomicBoolean probing = new AtomicBoolean();

    private SnapshotStore(HikariDataSource pool, Dialect dialect, String description) {
        this.pool = pool;
        this.dialect = dialect;
        this.description = description;
    }

    /** DATABASE_URL when set, else the SQLite file DATA_DIR/snapshots.db (created with its folder). */
    public static SnapshotStore open(String databaseUrl, Path dataDir) {
        if (databaseUrl == null) return sqlite(dataDir.resolve("snapshots.db"));
        Target t = Target.parse(databaseUrl);
        if (t.dialect() == Dialect.SQLITE) return sqliteUrl(t.jdbcUrl());
        return postgres(t);
    }

    public static SnapshotStore sqlite(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory for " + file + ": " + e.getMessage(), e);
        }
        return sqliteUrl("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static SnapshotStore sqliteUrl(String url) {
        SQLiteConfig sc = new SQLiteConfig();
        sc.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a commit is on disk before the 201 goes out, so nothing acknowledged is lost even on power loss
        sc.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sc.setBusyTimeout(10_000);
        SQLiteDataSource ds = new SQLiteDataSource(sc);
        ds.setUrl(url);
        HikariConfig hc = baseConfig("sqlite");
        hc.setDataSource(ds);
        hc.setMaximumPoolSize(8);
        return start(hc, Dialect.SQLITE, url);
    }

    public static SnapshotStore postgres(Target t) {
        HikariConfig hc = baseConfig("postgres");
        hc.setJdbcUrl(t.jdbcUrl());
        if (t.user() != null) hc.setUsername(t.user());
        if (t.password() != null) hc.setPassword(t.password());
        hc.setMaximumPoolSize(10);
        // fail a request within seconds when the database is gone, rather than hanging it
        hc.addDataSourceProperty("connectTimeout", "3");
        hc.addDataSourceProperty("socketTimeout", "15");
        return start(hc, Dialect.POSTGRES, t.describe());
    }

    private static HikariConfig baseConfig(String name) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("snapshots-" + name);
        hc.setConnectionTimeout(3_000);
        hc.setValidationTimeout(2_000);
        return hc;
    }

    private static SnapshotStore start(HikariConfig hc, Dialect dialect, String description) {
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot connect to " + description + ": " + rootMessage(e), e);
        }
        SnapshotStore store = new SnapshotStore(pool, dialect, description);
        try {
            store.migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return store;
    }

    /** Brings the schema to the newest version in one transaction; several servers may start at once. */
    private void migrate() {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                if (dialect == Dialect.POSTGRES) s.execute("SELECT pg_advisory_xact_lock(727170)");
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
                int current = 0;
                try (ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
                    if (rs.next()) current = rs.getInt(1);
                }
                if (current > MIGRATIONS.size()) {
                    throw new StoreUnavailableException("database schema version " + current + " is newer than this server knows ("
                            + MIGRATIONS.size() + "): run the newer server", null);
                }
                for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
                    for (String sql : MIGRATIONS.get(v - 1)) {
                        s.execute(dialect == Dialect.POSTGRES ? sql.replace(" BLOB", " BYTEA") : sql);
                    }
                    s.execute("INSERT INTO schema_version (version) VALUES (" + v + ")");
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreUnavailableException("migrating " + description + ": " + e.getMessage(), e);
        }
    }

    /** Stores a snapshot unless its id exists; answers the body stored under the id (ours or the earlier one). */
    public String put(String id, String json) {
        boolean inserted = write("storing " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO snapshots (id, body, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                ps.setString(1, id);
                ps.setString(2, json);
                ps.setLong(3, System.currentTimeMillis());
                return ps.executeUpdate() == 1;
            }
        });
        if (inserted) return json;
        return find(id).orElseThrow(() -> new StoreUnavailableException("snapshot " + id + " vanished after a conflicting insert", null));
    }

    public Optional<String> find(String id) {
        return call("reading " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT body FROM snapshots WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The preview stored for a snapshot by this or another server, if any. */
    public Optional<StoredPreview> findPreview(String id) {
        return call("reading preview " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT svg, png, problem FROM previews WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredPreview(rs.getBytes(1), rs.getBytes(2), rs.getString(3))) : Optional.empty();
                }
            }
        });
    }

    /** Keeps a rendered preview (or why there is none) so no server renders this snapshot again. */
    public void putPreview(String id, StoredPreview p) {
        write("storing preview " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO previews (id, svg, png, problem, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                ps.setString(1, id);
                ps.setBytes(2, p.svg());
                ps.setBytes(3, p.png());
                ps.setString(4, p.problem());
                ps.setLong(5, System.currentTimeMillis());
                return ps.executeUpdate();
            }
        });
    }

    /**
     * A token bucket per client kept in the database, so servers sharing it share one limit: {@code limit}
     * tokens, refilled evenly over {@code windowMillis}. Answers 0 when a token was taken, else the whole
     * seconds until one is free (>= 1). One statement: concurrent servers serialise on the client's row.
     */
    public long takeToken(String client, int limit, long windowMillis, long nowMillis) {
        double perMilli = (double) limit / windowMillis;
        String refilled = dialect == Dialect.POSTGRES
                ? "LEAST(" + limit + ", r.tokens + GREATEST(0, EXCLUDED.updated - r.updated) * " + perMilli + ")"
                : "MIN(" + limit + ", r.tokens + MAX(0, EXCLUDED.updated - r.updated) * " + perMilli + ")";
        String later = dialect == Dialect.POSTGRES ? "GREATEST" : "MAX";
        // every SET expression sees the row as it was, so `taken` and `tokens` agree
        String sql = "INSERT INTO rate_limits AS r (client, tokens, updated, taken) VALUES (?, ?, ?, TRUE) ON CONFLICT (client) DO UPDATE SET "
                + "tokens = CASE WHEN " + refilled + " >= 1 THEN " + refilled + " - 1 ELSE " + refilled + " END, "
                + "taken = " + refilled + " >= 1, "
                + "updated = " + later + "(r.updated, EXCLUDED.updated) RETURNING tokens, taken";
        double[] left = write("rate limit", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, client);
                ps.setDouble(2, limit - 1);
                ps.setLong(3, nowMillis);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new double[] {rs.getDouble(1), rs.getBoolean(2) ? 1 : 0};
                }
            }
        });
        if (left[1] == 1) return 0;
        return Math.max(1, (long) Math.ceil((1 - left[0]) / perMilli / 1000));
    }

    /** Forgets rate-limit buckets untouched for {@code windowMillis}: they are full again. */
    public int sweepTokens(long windowMillis, long nowMillis) {
        return write("rate limit sweep", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM rate_limits WHERE updated < ?")) {
                ps.setLong(1, nowMillis - windowMillis);
                return ps.executeUpdate();
            }
        });
    }

    public long count() {
        return call("counting", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM snapshots")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public int schemaVersion() {
        return call("reading schema version", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Round trip to the database; throws {@link StoreUnavailableException} when it does not answer. */
    public void ping() {
        call("ping", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                return rs.next();
            }
        });
    }

    /** A setting of a pooled connection, e.g. SQLite's "synchronous" (2 = FULL): what writes really use. */
    String pragma(String name) {
        return call("reading " + name, c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    /** True while the circuit is open: calls fail at once without asking the database. */
    public boolean circuitOpen() {
        return openUntil.get() != 0;
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** A write: on SQLite queued behind the one writer lock. */
    private <T> T write(String what, Work<T> work) {
        if (dialect != Dialect.SQLITE) return call(what, work);
        sqliteWriter.lock();
        try {
            return call(what, work);
        } finally {
            sqliteWriter.unlock();
        }
    }

    /** Runs one database call through the circuit (see the class comment). */
    private <T> T call(String what, Work<T> work) {
        long until = openUntil.get();
        boolean probe = false;
        if (until != 0) {
            if (System.currentTimeMillis() < until || !probing.compareAndSet(false, true)) {
                throw new StoreUnavailableException(dialect.name().toLowerCase() + " " + what + ": database unavailable (retrying shortly)", null);
            }
            probe = true;
        }
        try (Connection c = pool.getConnection()) {
            T result = work.run(c);
            openUntil.set(0);
            return result;
        } catch (SQLException e) {
            if (lostConnection(e)) openUntil.set(System.currentTimeMillis() + RETRY_MILLIS);
            throw unavailable(what, e);
        } finally {
            if (probe) probing.set(false);
        }
    }

    public static int latestSchemaVersion() {
        return MIGRATIONS.size();
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Database and location without credentials, for logs and /health. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
    }

    /** No connection (pool timeout, refused, closed, server shutting down), not a fault in one statement. */
    private static boolean lostConnection(SQLException e) {
        String state = e.getSQLState();
        return e instanceof java.sql.SQLTransientConnectionException || e instanceof java.sql.SQLNonTransientConnectionException
                || state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    private StoreUnavailableException unavailable(String what, SQLException e) {
        return new StoreUnavailableException(dialect.name().toLowerCase() + " " + what + ": " + rootMessage(e), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
