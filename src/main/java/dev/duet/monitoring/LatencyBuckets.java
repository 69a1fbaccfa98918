package dev.duet.monitoring;

/**
 * The fixed latency buckets of every histogram: upper bounds from 1 ms to 10 s (Prometheus' usual spread, with finer
 * steps below 10 ms where delivery reads land), plus an overflow bucket above the last bound.
 */
final class LatencyBuckets {

    static final double[] BOUNDS_SECONDS = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    /** Bounds and the overflow bucket. */
    static final int COUNT = BOUNDS_SECONDS.length + 1;
    private static final long[] BOUNDS_NANOS = new long[BOUNDS_SECONDS.length];

    static {
        for (int i = 0; i < BOUNDS_SECONDS.length; i++) BOUNDS_NANOS[i] = Math.round(BOUNDS_SECONDS[i] * 1e9);
    }

    private LatencyBuckets() {
    }

    /** The bucket a latency falls in: the first whose bound it does not exceed, else the overflow bucket. */
    static int of(long nanos) {
        for (int i = 0; i < BOUNDS_NANOS.length; i++) {
            if (nanos <= BOUNDS_NANOS[i]) return i;
        }
        return BOUNDS_NANOS.length;
    }

    /**
     * The latency in milliseconds below which {@code quantile} of the counted requests fall, interpolated linearly
     * inside the bucket that holds it (as Prometheus' histogram_quantile does); the last bound when it lies in the
     * overflow bucket. NaN when nothing was counted.
     */
    static double quantileMillis(long[] counts, double quantile) {
        long total = 0;
        for (long count : counts) total += count;
        if (total == 0) return Double.NaN;
        double rank = quantile * total;
        long below = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && below + counts[i] >= rank) {
                if (i == BOUNDS_SECONDS.length) return BOUNDS_SECONDS[i - 1] * 1000;
                double lower = i == 0 ? 0 : BOUNDS_SECONDS[i - 1];
                double upper = BOUNDS_SECONDS[i];
                return (lower + (upper - lower) * ((rank - below) / counts[i])) * 1000;
            }
            below += counts[i];
        }
        return BOUNDS_SECONDS[BOUNDS_SECONDS.length - 1] * 1000;
    }
}
