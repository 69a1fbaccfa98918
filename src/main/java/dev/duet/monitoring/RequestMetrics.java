package dev.duet.monitoring;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Every answered HTTP request, counted by route group and status class, with its latency in a fixed-bucket histogram
 * per group (since start, for Prometheus) and in the {@link RecentWindow} (for current numbers). Counters are
 * {@link LongAdder}s created up front: recording a request is a few array reads and adds, without locks or allocation.
 */
public final class RequestMetrics {

    private static final int GROUPS = RouteGroup.values().length;
    /** Status classes 1xx to 5xx. */
    static final int CLASSES = 5;

    private final LongSupplier nanoClock;
    private final long startNanos;
    private final LongAdder[] requests = adders(GROUPS * CLASSES);
    private final LongAdder[] buckets = adders(GROUPS * LatencyBuckets.COUNT);
    private final LongAdder[] nanosSum = adders(GROUPS);
    private final RecentWindow window;

    public RequestMetrics() {
        this(System::nanoTime);
    }

    RequestMetrics(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.window = new RecentWindow(startNanos);
    }

    /** Now, on the clock latencies are measured with. */
    public long nanoTime() {
        return nanoClock.getAsLong();
    }

    /** Counts one answered request that started at {@code startNanos} (from {@link #nanoTime()}). */
    public void record(RouteGroup group, int status, long startNanos) {
        long now = nanoClock.getAsLong();
        long elapsed = Math.max(0, now - startNanos);
        int bucket = LatencyBuckets.of(elapsed);
        int g = group.ordinal();
        requests[g * CLASSES + statusClass(status)].increment();
        buckets[g * LatencyBuckets.COUNT + bucket].increment();
        nanosSum[g].add(elapsed);
        window.record(group, status, bucket, now);
    }

    long requests(RouteGroup group, int statusClassIndex) {
        return requests[group.ordinal() * CLASSES + statusClassIndex].sum();
    }

    long bucket(RouteGroup group, int bucket) {
        return buckets[group.ordinal() * LatencyBuckets.COUNT + bucket].sum();
    }

    double secondsSum(RouteGroup group) {
        return nanosSum[group.ordinal()].sum() / 1e9;
    }

    double uptimeSeconds() {
        return Math.max(0, nanoClock.getAsLong() - startNanos) / 1e9;
    }

    RecentWindow.Snapshot recent() {
        return window.snapshot(nanoClock.getAsLong());
    }

    /** 0 for 1xx up to 4 for 5xx; statuses outside 100–599 count as 5xx. */
    static int statusClass(int status) {
        int index = status / 100 - 1;
        return index < 0 || index >= CLASSES ? CLASSES - 1 : index;
    }

    private static LongAdder[] adders(int size) {
        var adders = new LongAdder[size];
        for (int i = 0; i < size; i++) adders[i] = new LongAdder();
        return adders;
    }
}
