package dev.backprop.server;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RateLimiterTest {

    static final long SECOND = 1_000_000_000L;

    @Test
    void thirtyPerMinuteThenOneEveryTwoSeconds() {
        AtomicLong now = new AtomicLong(0);
        RateLimiter limiter = new RateLimiter(30, 60 * SECOND, now::get);
        for (int i = 0; i < 30; i++) assertEquals(0, limiter.acquire("a"), "request " + i);
        assertEquals(2, limiter.acquire("a"), "the 31st waits for the next token: 2 s");
        assertEquals(0, limiter.acquire("b"), "other clients have their own bucket");
        now.addAndGet(SECOND);
        assertEquals(1, limiter.acquire("a"));
        now.addAndGet(SECOND);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(2, limiter.acquire("a"));
        now.addAndGet(10 * 60 * SECOND);
        for (int i = 0; i < 30; i++) assertEquals(0, limiter.acquire("a"), "refilled to the limit, not beyond");
        assertEquals(2, limiter.acquire("a"));
    }
}
