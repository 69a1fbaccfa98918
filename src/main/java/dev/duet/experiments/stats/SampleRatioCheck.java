package dev.duet.experiments.stats;

import java.util.List;

/**
 * Sample ratio mismatch: a chi-squared goodness-of-fit test of the units each variation got against the planned
 * weights. A tiny p-value means assignment or tracking is broken, and no lift can be trusted until it is fixed.
 */
public record SampleRatioCheck(double pValue, boolean flagged) {

    /** GrowthBook's threshold: below it the mismatch is flagged. */
    public static final double THRESHOLD = 0.001;
    /** Flag only when every weighted variation expects this many units: below it the chi-squared approximation fails. */
    public static final double MIN_EXPECTED_UNITS = 8;

    /** The check for {@code units} per variation against {@code weights} (relative; empty for equal weights). */
    public static SampleRatioCheck of(List<Long> units, List<Double> weights) {
        var planned = weights.isEmpty() ? equal(units.size()) : weights;
        double p = pValue(units, planned);
        return new SampleRatioCheck(p, p < THRESHOLD && enoughExpected(units, planned));
    }

    /**
     * The p-value: variations with a weight of 0 (or missing from either list) are left out, the rest's weights
     * rescaled to add up to 1; with fewer than two such variations, or no units at all, it is 1.
     */
    public static double pValue(List<Long> units, List<Double> weights) {
        int size = Math.min(units.size(), weights.size());
        double totalWeight = 0;
        double totalUnits = 0;
        int counted = 0;
        for (int i = 0; i < size; i++) {
            if (weights.get(i) <= 0) continue;
            totalWeight += weights.get(i);
            totalUnits += units.get(i);
            counted++;
        }
        if (counted < 2 || totalUnits == 0) return 1;
        double statistic = 0;
        for (int i = 0; i < size; i++) {
            if (weights.get(i) <= 0) continue;
            double expected = weights.get(i) / totalWeight * totalUnits;
            double gap = units.get(i) - expected;
            statistic += gap * gap / expected;
        }
        return ChiSquared.survival(statistic, counted - 1);
    }

    private static boolean enoughExpected(List<Long> units, List<Double> weights) {
        int size = Math.min(units.size(), weights.size());
        double totalWeight = 0;
        double totalUnits = 0;
        for (int i = 0; i < size; i++) {
            if (weights.get(i) <= 0) continue;
            totalWeight += weights.get(i);
            totalUnits += units.get(i);
        }
        for (int i = 0; i < size; i++) {
            if (weights.get(i) > 0 && weights.get(i) / totalWeight * totalUnits < MIN_EXPECTED_UNITS) return false;
        }
        return true;
    }

    private static List<Double> equal(int count) {
        return java.util.Collections.nCopies(count, 1.0 / count);
    }
}
