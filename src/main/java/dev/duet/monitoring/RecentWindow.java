package dev.duet.monitoring;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The last five minutes of requests, for "current" numbers: a ring of 30 slots of 10 seconds, each holding a latency
 * histogram per route group and a count of 5xx answers. A slot is claimed for its 10 seconds by the first request
 * that lands in it (a compare-and-set on its epoch) and cleared then; requests racing that clear may be lost, which a
 * five-minute estimate can afford. Lock-free; records allocate nothing.
 */
final class RecentWindow {

    static final long SLOT_NANOS = 10_000_000_000L;
    static final int SLOTS = 30;
    private static final int GROUPS = RouteGroup.values().length;
    /** Per slot: a histogram per group, then the 5xx count. */
    private static final int SLOT_WIDTH = GROUPS * LatencyBuckets.COUNT + 1;

    private final long startNanos;
    private final AtomicLongArray epochs = new AtomicLongArray(SLOTS);
    private final AtomicLongArray cells = new AtomicLongArray(SLOTS * SLOT_WIDTH);

    RecentWindow(long startNanos) {
        this.startNanos = startNanos;
        for (int slot = 0; slot < SLOTS; slot++) epochs.set(slot, -1);
    }

    void record(RouteGroup group, int status, int bucket, long nowNanos) {
        int base = claim(epoch(nowNanos)) * SLOT_WIDTH;
        cells.incrementAndGet(base + group.ordinal() * LatencyBuckets.COUNT + bucket);
        if (status >= 500) cells.incrementAndGet(base + SLOT_WIDTH - 1);
    }

    /** What the window saw up to {@code nowNanos}. */
    Snapshot snapshot(long nowNanos) {
        long current = epoch(nowNanos);
        var histograms = new long[GROUPS][LatencyBuckets.COUNT];
        long errors = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            long epoch = epochs.get(slot);
            if (epoch < 0 || epoch > current || current - epoch >= SLOTS) continue;
            int base = slot * SLOT_WIDTH;
            for (int g = 0; g < GROUPS; g++) {
                for (int b = 0; b < LatencyBuckets.COUNT; b++) histograms[g][b] += cells.get(base + g * LatencyBuckets.COUNT + b);
            }
            errors += cells.get(base + SLOT_WIDTH - 1);
        }
        double covered = Math.min(SLOTS * SLOT_NANOS, Math.max(1, nowNanos - startNanos)) / 1e9;
        return new Snapshot(histograms, errors, covered);
    }

    /** The window's histograms per group (by ordinal), its 5xx answers and how many seconds it covers. */
    record Snapshot(long[][] histograms, long serverErrors, double seconds) {
        long requests(RouteGroup group) {
            long sum = 0;
            for (long count : histograms[group.ordinal()]) sum += count;
            return sum;
        }

        long requests() {
            long sum = 0;
            for (var group : RouteGroup.values()) sum += requests(group);
            return sum;
        }
    }

    private long epoch(long nowNanos) {
        return Math.max(0, nowNanos - startNanos) / SLOT_NANOS;
    }

    private int claim(long epoch) {
        int slot = (int) (epoch % SLOTS);
        long seen = epochs.get(slot);
        if (seen != epoch && seen < epoch && epochs.compareAndSet(slot, seen, epoch)) {
            int base = slot * SLOT_WIDTH;
            for (int i = 0; i < SLOT_WIDTH; i++) cells.set(base + i, 0);
        }
        return slot;
    }
}
