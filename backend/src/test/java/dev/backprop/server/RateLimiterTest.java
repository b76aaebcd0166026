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

    @Test
    void fullBucketsAreSweptOnceThereAreManyClients() {
        AtomicLong now = new AtomicLong(0);
        RateLimiter limiter = new RateLimiter(30, 60 * SECOND, now::get);
        for (int i = 0; i < 100_001; i++) limiter.acquire("c" + i);
        for (int i = 0; i < 30; i++) limiter.acquire("busy");
        assertEquals(100_002, limiter.clients(), "no sweep below the threshold");
        now.addAndGet(30 * SECOND); // every bucket but "busy" is full again (1 of 30 tokens refilled in 2 s)
        assertEquals(0, limiter.acquire("new"));
        assertEquals(2, limiter.clients(), "full buckets are forgotten: 'busy' and 'new' remain");
        assertEquals(0, limiter.acquire("busy"), "busy kept its refilled bucket (15 tokens)");
    }
}
