package dev.backprop.server;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code limit} requests, refilled evenly over {@code windowNanos} (30 per minute
 * means a burst of 30, then one every 2 s). {@link #acquire} answers 0 when the request may go ahead, else
 * how many seconds to wait (for Retry-After).
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

    public RateLimiter(int limit, long windowNanos, LongSupplier clock) {
        if (limit < 1 || windowNanos < 1) throw new IllegalArgumentException("limit and window must be positive");
        this.limit = limit;
        this.windowNanos = windowNanos;
        this.clock = clock;
    }

    /** 30 per minute on the system clock. */
    public static RateLimiter perMinute(int limit) {
        return new RateLimiter(limit, 60_000_000_000L, System::nanoTime);
    }

    /** Takes one token for {@code client}: 0 if allowed, else the whole seconds until a token is free (>= 1). */
    public long acquire(String client) {
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

    int clients() {
        return buckets.size();
    }
}
