package dev.duet.experiments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The slices of [0, 1) each variation owns, GrowthBook's way: weighted, and each shrunk to {@code coverage}. */
public record BucketRanges(List<Range> ranges) {

    /** [start, end) of one variation. */
    public record Range(double start, double end) {
        boolean contains(double n) {
            return n >= start && n < end;
        }
    }

    public BucketRanges {
        ranges = List.copyOf(ranges);
    }

    /**
     * Ranges for {@code variations} with {@code weights} (equal when missing, of the wrong length, or not summing to 1
     * within 0.01) and {@code coverage} clamped to [0, 1].
     */
    public static BucketRanges of(int variations, double coverage, List<Double> weights) {
        var clamped = Math.max(0, Math.min(1, coverage));
        var used = usable(weights, variations) ? weights : equalWeights(variations);
        var ranges = new ArrayList<Range>(variations);
        var cumulative = 0.0;
        for (var weight : used) {
            var start = cumulative;
            cumulative += weight;
            ranges.add(new Range(start, start + clamped * weight));
        }
        return new BucketRanges(ranges);
    }

    public static List<Double> equalWeights(int variations) {
        return variations <= 0 ? List.of() : Collections.nCopies(variations, 1.0 / variations);
    }

    private static boolean usable(List<Double> weights, int variations) {
        if (weights == null || weights.size() != variations) return false;
        double total = 0;
        for (int i = 0; i < variations; i++) total += weights.get(i);
        return total >= 0.99 && total <= 1.01;
    }

    /**
     * The same as {@code of(variations, coverage, weights).choose(n)}, without building the ranges: assignment runs
     * per visitor and experiment on every delivery request, so it allocates nothing.
     */
    public static int choose(double n, int variations, double coverage, List<Double> weights) {
        var clamped = Math.max(0, Math.min(1, coverage));
        boolean given = usable(weights, variations);
        double cumulative = 0;
        for (int i = 0; i < variations; i++) {
            double weight = given ? weights.get(i) : 1.0 / variations;
            double start = cumulative;
            cumulative += weight;
            if (n >= start && n < start + clamped * weight) return i;
        }
        return -1;
    }

    /** The first i with {@code starts[i] <= n < ends[i]}, or -1: {@link #choose(double)} over prepared arrays. */
    static int choose(double n, double[] starts, double[] ends) {
        for (int i = 0; i < starts.length; i++) {
            if (n >= starts[i] && n < ends[i]) return i;
        }
        return -1;
    }

    /** The variation whose range holds {@code n}, or -1 when none does (outside the coverage). */
    public int choose(double n) {
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i).contains(n)) return i;
        }
        return -1;
    }
}
