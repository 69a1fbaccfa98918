package dev.duet.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (an API token, say): each key may make {@code perSecond} requests a second on average and up
 * to {@code burst} at once. Thread-safe and allocation-free once a key is known; keys idle for a minute are forgotten
 * lazily so the map cannot grow without bound.
 */
public final class RateLimiter {

    /** What a check decided; {@code retryAfterSeconds} is when a refused caller may try again. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision ALLOW = new Decision(true, 0);
    }

    private static final long NANOS = 1_000_000_000L;
    private static final long IDLE_NANOS = 60 * NANOS;
    private static final int SWEEP_EVERY = 4096;

    private static final class Bucket {
        private double tokens;
        private long updatedNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedNanos = now;
        }
    }

    private final double perSecond;
    private final double burst;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(double perSecond, double burst) {
        this(perSecond, burst, System::nanoTime);
    }

    RateLimiter(double perSecond, double burst, LongSupplier nanoClock) {
        if (perSecond <= 0 || burst < 1) throw new IllegalArgumentException("rate limits must be positive");
        this.perSecond = perSecond;
        this.burst = burst;
        this.clock = nanoClock;
    }

    public Decision check(String key) {
        long now = clock.getAsLong();
        if (java.util.concurrent.ThreadLocalRandom.current().nextInt(SWEEP_EVERY) == 0) sweep(now);
        var bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updatedNanos) * perSecond / NANOS);
            bucket.updatedNanos = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Decision.ALLOW;
            }
            return new Decision(false, Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perSecond)));
        }
    }

    private void sweep(long now) {
        buckets.entrySet().removeIf(entry -> now - entry.getValue().updatedNanos > IDLE_NANOS);
    }
}
