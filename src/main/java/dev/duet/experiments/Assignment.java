package dev.duet.experiments;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An experiment's bucketing, prepared once when its block is read so that assigning a visitor, which delivery does per
 * request and experiment, costs little more than the hash of the visitor id: the FNV-1a state after the seed (hash
 * version 2 hashes the seed first), and each variation's range as whole buckets. Version 2 hashes to one of 10,000
 * buckets ({@code hash = bucket / 10000}), so a range [start, end) of GrowthBook's doubles holds exactly the buckets
 * from the first whose hash is at least {@code start} to the first whose hash is at least {@code end}: comparing
 * integers gives the same answer as comparing the doubles, without a branch the processor would mispredict half the
 * time. Equal to another when it assigns every visitor alike.
 */
public final class Assignment {

    private static final int BUCKETS = 10_000;

    private final boolean running;
    private final int hashVersion;
    private final String seed;
    /** FNV-1a state after the seed's code units (version 2). */
    private final int seedState;
    private final Namespace namespace;
    /** Where each variation's range starts and ends (start + coverage × weight), as GrowthBook computes them. */
    private final double[] starts;
    private final double[] ends;
    /** The same ranges in buckets: [firstBuckets[i], endBuckets[i]). */
    private final int[] firstBuckets;
    private final int[] endBuckets;
    /** Whether the ranges are disjoint and in order, which only negative weights break. */
    private final boolean ordered;

    private Assignment(boolean running, int hashVersion, String seed, Namespace namespace, double[] starts,
                       double[] ends) {
        this.running = running;
        this.hashVersion = hashVersion;
        this.seed = seed;
        this.seedState = Hashing.seedState(seed);
        this.namespace = namespace;
        this.starts = starts;
        this.ends = ends;
        this.firstBuckets = new int[starts.length];
        this.endBuckets = new int[starts.length];
        for (int i = 0; i < starts.length; i++) {
            firstBuckets[i] = firstBucketAtLeast(starts[i]);
            endBuckets[i] = firstBucketAtLeast(ends[i]);
        }
        this.ordered = ordered(firstBuckets, endBuckets);
    }

    static Assignment of(ExperimentStatus status, int variations, List<Double> weights, double coverage, String seed,
                         int hashVersion, Namespace namespace) {
        var ranges = BucketRanges.of(variations, coverage, weights).ranges();
        var starts = new double[ranges.size()];
        var ends = new double[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            starts[i] = ranges.get(i).start();
            ends[i] = ranges.get(i).end();
        }
        return new Assignment(status == ExperimentStatus.RUNNING && variations >= 2, hashVersion, seed, namespace,
                starts, ends);
    }

    /** The first bucket b in 0..10000 with {@code b / 10000.0 >= bound}, by the same double comparison GrowthBook makes. */
    private static int firstBucketAtLeast(double bound) {
        int bucket = (int) Math.max(0, Math.min(BUCKETS, Math.ceil(bound * BUCKETS)));
        while (bucket > 0 && (bucket - 1) / (double) BUCKETS >= bound) bucket--;
        while (bucket < BUCKETS && bucket / (double) BUCKETS < bound) bucket++;
        return bucket;
    }

    /** The variation {@code visitor} sees, or -1 for none (not running, no visitor, outside namespace or coverage). */
    public int variation(String visitor) {
        if (!running || visitor == null || visitor.isEmpty()) return -1;
        if (namespace != null && !namespace.contains(visitor)) return -1;
        if (hashVersion != 2 || !ordered) {
            return BucketRanges.choose(Hashing.hash(seed, visitor, hashVersion), starts, ends);
        }
        return variationOfBucket(Hashing.bucketAfterSeed(seedState, visitor));
    }

    /** Whether the ranges are disjoint and in order, each ending where or before the next starts (not so only for negative weights). */
    private static boolean ordered(int[] firstBuckets, int[] endBuckets) {
        for (int i = 0; i < firstBuckets.length; i++) {
            if (endBuckets[i] < firstBuckets[i]) return false;
            if (i > 0 && firstBuckets[i] < endBuckets[i - 1]) return false;
        }
        return true;
    }

    /**
     * The variation whose buckets hold {@code bucket}, or -1, without branches: ranges are sorted and do not overlap,
     * so the candidate is the last range starting at or before the bucket, and it holds the bucket if it ends after it.
     */
    int variationOfBucket(int bucket) {
        int started = 0;
        for (int first : firstBuckets) started += (first - bucket - 1) >>> 31;
        int candidate = Math.max(0, started - 1);
        int holds = (bucket - endBuckets[candidate]) >>> 31;
        return holds * started - 1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Assignment that && running == that.running && hashVersion == that.hashVersion
                && seed.equals(that.seed) && Objects.equals(namespace, that.namespace)
                && Arrays.equals(starts, that.starts) && Arrays.equals(ends, that.ends);
    }

    @Override
    public int hashCode() {
        return Objects.hash(running, hashVersion, seed, namespace, Arrays.hashCode(starts), Arrays.hashCode(ends));
    }

    @Override
    public String toString() {
        return "Assignment[running=" + running + ", hashVersion=" + hashVersion + ", seed=" + seed + ", namespace="
                + namespace + ", starts=" + Arrays.toString(starts) + ", ends=" + Arrays.toString(ends) + "]";
    }
}
