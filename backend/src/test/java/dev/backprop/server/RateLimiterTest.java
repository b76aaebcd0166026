package dev.backprop.server;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        // before: each of a subscriber's 2^64 addresses had its own bucket
        assertEquals("2001:db8:1:2::/64", RateLimiter.key("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals("2001:db8:1:2::/64", RateLimiter.key("2001:0db8:0001:0002::1"));
        assertEquals("2001:db8:1:2::/64", RateLimiter.key("[2001:db8:1:2::ffff]"));
        assertEquals("2001:db8:1:2::/64", RateLimiter.key("2001:db8:1:2::1%eth0"));
        assertEquals("0:0:0:0::/64", RateLimiter.key("::1"));
        assertEquals("2001:db8:1:3::/64", RateLimiter.key("2001:db8:1:3::1"));
        // IPv4, IPv4-mapped IPv6, and anything that is not an address literal (never looked up)
        assertEquals("203.0.113.7", RateLimiter.key("203.0.113.7"));
        assertEquals("203.0.113.7", RateLimiter.key("::ffff:203.0.113.7"));
        assertEquals("host.example:80", RateLimiter.key("host.example:80"));
        assertEquals("zz::1", RateLimiter.key("zz::1"));
        RateLimiter limiter = new RateLimiter(2, 60_000_000_000L, () -> 0L);
        assertEquals(0, limiter.acquire(RateLimiter.key("2001:db8::1")));
        assertEquals(0, limiter.acquire(RateLimiter.key("2001:db8::2")));
        assertTrue(limiter.acquire(RateLimiter.key("2001:db8::3")) > 0, "the third address of the same /64 waits");
        assertEquals(0, limiter.acquire(RateLimiter.key("2001:db8:0:1::3")), "another /64 is another client");
    }
}
