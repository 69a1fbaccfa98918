package dev.duet.experiments;

import dev.duet.experiments.ExperimentResult.Comparison;
import dev.duet.experiments.ExperimentResult.MetricResult;
import dev.duet.experiments.stats.Interval;
import dev.duet.experiments.stats.MultipleTesting;
import dev.duet.experiments.stats.Options;

import java.util.ArrayList;
import java.util.List;

/**
 * A multiple-testing correction over the results' goal comparisons. With two variations and three goals, six p-values
 * are tested at once, and one of them falls under α by chance far more often than α of the time; a breakdown by
 * segment multiplies that by its slices. {@code HOLM} (Holm–Bonferroni) keeps the chance of any false winner at α;
 * {@code BH} (Benjamini–Hochberg) keeps the expected share of false winners among those declared at α, and so misses
 * fewer real ones. The family is every goal's comparison of every variation with control (in a breakdown, of every
 * slice). Guardrails are left alone: correcting them would make harm harder to see. The measured p-value stays;
 * the adjusted one, the interval (widened to match it) and significance follow the correction.
 */
public enum Correction {
    NONE(Options.Correction.NONE), HOLM(Options.Correction.HOLM_BONFERRONI), BH(Options.Correction.BENJAMINI_HOCHBERG);

    /** The statistics engine's correction this one applies, which also owns the names. */
    private final Options.Correction method;

    Correction(Options.Correction method) {
        this.method = method;
    }

    public String label() {
        return method.label();
    }

    /** The correction a query names (none, holm, bh, or their long names), or null when it names none of them. */
    static Correction parse(String raw) {
        var method = Options.Correction.parse(raw);
        if (method == null) return null;
        for (var correction : values()) {
            if (correction.method == method) return correction;
        }
        throw new IllegalStateException("no results correction for " + method);
    }

    /** {@code goalSets} (one list of goals per slice) with every tested comparison in them corrected as one family. */
    List<List<MetricResult>> apply(List<List<MetricResult>> goalSets) {
        if (this == NONE) return goalSets;
        var adjusted = MultipleTesting.adjust(method, pValues(goalSets)).iterator();
        var corrected = new ArrayList<List<MetricResult>>();
        for (var goals : goalSets) {
            var metrics = new ArrayList<MetricResult>();
            for (var goal : goals) {
                var comparisons = goal.comparisons().stream()
                        .map(comparison -> comparison.pValue() == null ? comparison : corrected(comparison, adjusted.next()))
                        .toList();
                metrics.add(goal.withComparisons(comparisons));
            }
            corrected.add(metrics);
        }
        return corrected;
    }

    private static List<Double> pValues(List<List<MetricResult>> goalSets) {
        return goalSets.stream().flatMap(List::stream).flatMap(goal -> goal.comparisons().stream())
                .map(Comparison::pValue).filter(p -> p != null).toList();
    }

    /**
     * The comparison with its adjusted p-value, and the interval and significance that go with it. An adjusted p-value
     * of 1 leaves the interval unbounded, written as null bounds (JSON has no infinity).
     */
    private static Comparison corrected(Comparison comparison, double adjustedPValue) {
        var unadjusted = new Interval(comparison.liftLower(), comparison.liftUpper());
        var interval = MultipleTesting.adjustedInterval(adjustedPValue, comparison.lift(), Options.DEFAULT_ALPHA, unadjusted);
        return new Comparison(comparison.variation(), comparison.name(), comparison.lift(), finite(interval.lower()),
                finite(interval.upper()), comparison.chanceToWin(), comparison.risk(), comparison.pValue(), adjustedPValue,
                interval.excludesZero(), comparison.note());
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
