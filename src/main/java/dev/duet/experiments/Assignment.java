package dev.duet.experiments;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An experiment's bucketing, prepared once when its block is read so that assigning a visitor, which delivery does per
 * request and experiment, costs only the hash of the visitor id: the FNV-1a state after the seed (hash version 2
 * hashes the seed first), and the bucket ranges with weights and coverage applied. Equal to another when it assigns
 * every visitor alike.
 *
 * @param seedState FNV-1a state after the seed's code units (version 2)
 * @param seed      the seed itself (version 1 hashes it after the visitor)
 * @param starts    where each variation's range starts
 * @param ends      where each ends (start + coverage × weight)
 */
public record Assignment(boolean running, int hashVersion, String seed, int seedState, Namespace namespace,
                         double[] starts, double[] ends) {

    public Assignment {
        starts = starts.clone();
        ends = ends.clone();
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
        return new Assignment(status == ExperimentStatus.RUNNING && variations >= 2, hashVersion, seed,
                Hashing.seedState(seed), namespace, starts, ends);
    }

    /** The variation {@code visitor} sees, or -1 for none (not running, no visitor, outside namespace or coverage). */
    public int variation(String visitor) {
        if (!running || visitor == null || visitor.isEmpty()) return -1;
        if (namespace != null && !namespace.contains(visitor)) return -1;
        double n = hashVersion == 2 ? Hashing.hashAfterSeed(seedState, visitor) : Hashing.hash(seed, visitor, hashVersion);
        if (Double.isNaN(n)) return -1;
        for (int i = 0; i < starts.length; i++) {
            if (n >= starts[i] && n < ends[i]) return i;
        }
        return -1;
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
