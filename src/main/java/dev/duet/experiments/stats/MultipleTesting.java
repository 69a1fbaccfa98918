package dev.duet.experiments.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Corrections for testing several hypotheses at once (several variations, several goal metrics), as GrowthBook
 * applies them: adjusted p-values in the order given, and intervals widened to match an adjusted p-value.
 * Pure functions; thread-safe.
 */
public final class MultipleTesting {

    private MultipleTesting() {
    }

    /** {@code pValues} adjusted by {@code correction}, in the order given (as given for {@code NONE}). */
    public static List<Double> adjust(Options.Correction correction, List<Double> pValues) {
        return switch (correction) {
            case NONE -> pValues;
            case HOLM_BONFERRONI -> holmBonferroni(pValues);
            case BENJAMINI_HOCHBERG -> benjaminiHochberg(pValues);
        };
    }

    /** Holm–Bonferroni (controls the family-wise error rate): step-down p·(m − rank + 1), kept monotone, at most 1. */
    public static List<Double> holmBonferroni(List<Double> pValues) {
        int m = pValues.size();
        var order = order(pValues, Comparator.naturalOrder());
        var adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int index = order.get(rank);
            running = Math.max(running, Math.min(pValues.get(index) * (m - rank), 1));
            adjusted[index] = running;
        }
        return toList(adjusted);
    }

    /** Benjamini–Hochberg (controls the false discovery rate): step-up p·m / rank, kept monotone, at most 1. */
    public static List<Double> benjaminiHochberg(List<Double> pValues) {
        int m = pValues.size();
        var order = order(pValues, Comparator.reverseOrder());
        var adjusted = new double[m];
        double running = 1;
        for (int i = 0; i < m; i++) {
            int index = order.get(i);
            running = Math.min(running, Math.min(pValues.get(index) * m / (m - i), 1));
            adjusted[index] = running;
        }
        return toList(adjusted);
    }

    /**
     * The interval around {@code estimate} that a normal test at level {@code alpha} would give if its p-value were
     * {@code adjustedPValue}: the standard error implied by the adjusted p-value, times the usual multiplier.
     */
    public static Interval adjustedInterval(double adjustedPValue, double estimate, double alpha) {
        if (estimate == 0) return new Interval(0, 0);
        double impliedError = Math.abs(estimate / Normal.quantile(1 - adjustedPValue / 2));
        double width = Normal.quantile(1 - alpha / 2) * impliedError;
        return new Interval(estimate - width, estimate + width);
    }

    /**
     * The interval to show after a correction: unbounded when the adjusted p-value is 1, the adjusted one when it is
     * wider on both sides, otherwise the unadjusted one (a correction never makes an interval narrower).
     */
    public static Interval adjustedInterval(double adjustedPValue, double estimate, double alpha, Interval unadjusted) {
        if (adjustedPValue > 0.999999) return new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        var adjusted = adjustedInterval(adjustedPValue, estimate, alpha);
        boolean wider = adjusted.lower() < unadjusted.lower() && adjusted.upper() > unadjusted.upper();
        return wider ? adjusted : unadjusted;
    }

    private static List<Integer> order(List<Double> values, Comparator<Double> by) {
        return IntStream.range(0, values.size()).boxed().sorted((i, j) -> by.compare(values.get(i), values.get(j))).toList();
    }

    private static List<Double> toList(double[] values) {
        var list = new ArrayList<Double>(values.length);
        for (double value : values) list.add(value);
        return List.copyOf(list);
    }
}
