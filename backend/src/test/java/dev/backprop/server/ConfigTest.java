package dev.backprop.server;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigTest {

    @Test
    void defaults() {
        Config c = Config.fromEnv(Map.of());
        assertEquals(7070, c.port());
        assertNull(c.databaseUrl());
        assertEquals(Path.of("./data"), c.dataDir());
        assertFalse(c.trustProxy());
    }

    @Test
    void readsTheEnvironment() {
        Config c = Config.fromEnv(Map.of("PORT", "8080", "DATABASE_URL", "postgres://u:p@h/db", "DATA_DIR", "/var/lib/bp",
                "TRUST_PROXY", "true"));
        assertEquals(8080, c.port());
        assertEquals("postgres://u:p@h/db", c.databaseUrl());
        assertEquals(Path.of("/var/lib/bp"), c.dataDir());
        assertTrue(c.trustProxy());
        assertTrue(Config.fromEnv(Map.of("TRUST_PROXY", "1")).trustProxy());
        assertFalse(Config.fromEnv(Map.of("TRUST_PROXY", "false")).trustProxy());
        assertNull(Config.fromEnv(Map.of("DATABASE_URL", "  ")).databaseUrl(), "blank means unset");
    }

    @Test
    void badValuesFailNamingTheVariable() {
        assertEquals("PORT must be an integer 0..65535, got 'http'",
                assertThrows(IllegalArgumentException.class, () -> Config.fromEnv(Map.of("PORT", "http"))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Config.fromEnv(Map.of("PORT", "70000")));
        assertEquals("TRUST_PROXY must be true or false, got 'maybe'",
                assertThrows(IllegalArgumentException.class, () -> Config.fromEnv(Map.of("TRUST_PROXY", "maybe"))).getMessage());
    }

    @Test
    void publicUrlAndRateLimit() {
        Config c = Config.fromEnv(Map.of("PUBLIC_URL", "https://bp.example.org/", "RATE_LIMIT", "12"));
        assertEquals("https://bp.example.org", c.publicUrl());
        assertEquals(12, c.rateLimit());
        assertNull(Config.fromEnv(Map.of()).publicUrl());
        assertEquals(30, Config.fromEnv(Map.of()).rateLimit());
        assertEquals("PUBLIC_URL must be http(s)://host[:port], got 'https://bp.example.org/x'",
                assertThrows(IllegalArgumentException.class, () -> Config.fromEnv(Map.of("PUBLIC_URL", "https://bp.example.org/x"))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Config.fromEnv(Map.of("PUBLIC_URL", "javascript:alert(1)")));
        assertEquals("RATE_LIMIT must be a positive integer, got '0'",
                assertThrows(IllegalArgumentException.class, () -> Config.fromEnv(Map.of("RATE_LIMIT", "0"))).getMessage());
    }
}
