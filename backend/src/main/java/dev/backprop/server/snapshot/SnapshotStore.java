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
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stored snapshots over plain JDBC and a HikariCP pool: an SQLite file (WAL mode) by default, PostgreSQL
 * when DATABASE_URL says so. Rows are immutable; the schema is versioned and migrated when the store opens.
 * Every database failure surfaces as {@link StoreUnavailableException} (503 on the snapshot routes).
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
            List.of("CREATE TABLE snapshots (id VARCHAR(16) PRIMARY KEY, body TEXT NOT NULL, created_at BIGINT NOT NULL)"));

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final String description;
    // SQLite has one writer at a time; queueing writers here is cheaper than its busy-wait retries
    private final ReentrantLock sqliteWriter = new ReentrantLock();

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
                    for (String sql : MIGRATIONS.get(v - 1)) s.execute(sql);
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
        boolean sqlite = dialect == Dialect.SQLITE;
        if (sqlite) sqliteWriter.lock();
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO snapshots (id, body, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            ps.setString(1, id);
            ps.setString(2, json);
            ps.setLong(3, System.currentTimeMillis());
            if (ps.executeUpdate() == 1) return json;
        } catch (SQLException e) {
            throw unavailable("storing " + id, e);
        } finally {
            if (sqlite) sqliteWriter.unlock();
        }
        return find(id).orElseThrow(() -> new StoreUnavailableException("snapshot " + id + " vanished after a conflicting insert", null));
    }

    public Optional<String> find(String id) {
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT body FROM snapshots WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw unavailable("reading " + id, e);
        }
    }

    public long count() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM snapshots")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw unavailable("counting", e);
        }
    }

    public int schemaVersion() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw unavailable("reading schema version", e);
        }
    }

    /** Round trip to the database; throws {@link StoreUnavailableException} when it does not answer. */
    public void ping() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
        } catch (SQLException e) {
            throw unavailable("ping", e);
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

    private StoreUnavailableException unavailable(String what, SQLException e) {
        return new StoreUnavailableException(dialect.name().toLowerCase() + " " + what + ": " + rootMessage(e), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
