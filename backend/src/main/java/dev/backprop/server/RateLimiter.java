package dev.backprop.server;

import dev.backprop.server.snapshot.SnapshotStore;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code limit} requests, refilled evenly over {@code windowNanos} (30 per minute
 * means a burst of 30, then one every 2 s). {@link #acquire} answers 0 when the request may go ahead, else
 * how many seconds to wait (for Retry-After). The buckets live in this server's memory, or with {@link #shared}
 * in the database, so that several servers on one PostgreSQL hold one limit between them (not one each).
 */
public final class RateLimiter {

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    private static final int MAX_CLIENTS_BEFORE_SWEEP = 100_000;

    private final int limit;
    private final long windowNanos;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final SnapshotStore store;
    private final AtomicLong calls = new AtomicLong();

    public RateLimiter(int limit, long windowNanos, LongSupplier clock) {
        this(limit, windowNanos, clock, null);
    }

    private RateLimiter(int limit, long windowNanos, LongSupplier clock, SnapshotStore store) {
        if (limit < 1 || windowNanos < 1) throw new IllegalArgumentException("limit and window must be positive");
        this.limit = limit;
        this.windowNanos = windowNanos;
        this.clock = clock;
        this.store = store;
    }

    /** {@code limit} per minute with the buckets in {@code store} (on the wall clock, which servers share). */
    public static RateLimiter shared(int limit, SnapshotStore store) {
        return new RateLimiter(limit, 60_000_000_000L, System::currentTimeMillis, store);
    }

    /** 30 per minute on the system clock. */
    public static RateLimiter perMinute(int limit) {
        return new RateLimiter(limit, 60_000_000_000L, System::nanoTime);
    }

    /** Takes one token for {@code client}: 0 if allowed, else the whole seconds until a token is free (>= 1). */
    public long acquire(String client) {
        if (store != null) {
            long nowMillis = clock.getAsLong();
            long windowMillis = windowNanos / 1_000_000;
            if (calls.incrementAndGet() % 1000 == 0) store.sweepTokens(windowMillis, nowMillis);
            return store.takeToken(client, limit, windowMillis, nowMillis);
        }
        long now = clock.getAsLong();
        if (buckets.size() > MAX_CLIENTS_BEFORE_SWEEP) sweep(now);
        Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(limit, now));
        synchronized (b) {
            refill(b, now);
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            double nanosPerToken = (double) windowNanos / limit;
            double wait = (1 - b.tokens) * nanosPerToken;
            return Math.max(1, (long) Math.ceil(wait / 1e9));
        }
    }

    private void refill(Bucket b, long now) {
        long elapsed = now - b.updated;
        if (elapsed > 0) {
            b.tokens = Math.min(limit, b.tokens + elapsed * (double) limit / windowNanos);
            b.updated = now;
        }
    }

    /** Forgets clients whose bucket is full again: they are indistinguishable from new ones. */
    private void sweep(long now) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                refill(e.getValue(), now);
                return e.getValue().tokens >= limit;
            }
        });
    }

    /**
     * The key a client is counted under: an IPv4 address as it is, an IPv6 address by its /64 network. One
     * subscriber usually holds a whole /64 (2^64 addresses), so counting single IPv6 addresses limited nothing.
     * An IPv4-mapped IPv6 address counts as its IPv4 address. Anything else is kept as given.
     */
    public static String key(String address) {
        if (address == null || address.indexOf(':') < 0) return address;
        String a = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        int zone = a.indexOf('%');
        if (zone >= 0) a = a.substring(0, zone);
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            // a literal only: InetAddress must never be handed a host name (it would look it up)
            if (!(c == ':' || c == '.' || Character.digit(c, 16) >= 0)) return address;
        }
        try {
            java.net.InetAddress ip = java.net.InetAddress.getByName(a);
            if (ip instanceof java.net.Inet4Address) return ip.getHostAddress();
            byte[] b = ip.getAddress();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                sb.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
            }
            return sb.append(":/64").toString();
        } catch (java.net.UnknownHostException e) {
            return address;
        }
    }

    int clients() {
        return buckets.size();
    }
}
