package dev.duet.experiments.stats;

import org.assertj.core.data.Offset;

import static org.assertj.core.api.Assertions.within;

/** Tolerances for published reference numbers: equal when rounded to the precision they were printed with. */
final class Reference {

    /** Printed with 5 decimals (gbstats' DECIMALS = 5). */
    static final Offset<Double> FIVE_DECIMALS = within(0.000005);
    /** Printed with 9 decimals (test_gbstats.py's DECIMALS = 9, the back-end's toFixed(9)). */
    static final Offset<Double> NINE_DECIMALS = within(0.0000000005);
    /** Printed with 8 decimals (the back-end's toFixed(8)). */
    static final Offset<Double> EIGHT_DECIMALS = within(0.000000005);

    private Reference() {
    }

    static Comparison.Frequentist frequentist(Analysis analysis) {
        return (Comparison.Frequentist) analysis.comparisons().getFirst();
    }

    static Comparison.Bayesian bayesian(Analysis analysis) {
        return (Comparison.Bayesian) analysis.comparisons().getFirst();
    }
}
