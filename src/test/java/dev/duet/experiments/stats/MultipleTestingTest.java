package dev.duet.experiments.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.duet.experiments.stats.Reference.EIGHT_DECIMALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Holm–Bonferroni, Benjamini–Hochberg and adjusted intervals against GrowthBook's published tests. */
class MultipleTestingTest {

    @Test
    void holm_bonferroni_adjusts_as_published() {
        // packages/shared/test/experiments.test.ts, "pvalue correction method" / "does HB procedure correctly":
        // [0.01, 0.04, 0.03, 0.005, 0.55, 0.6] -> by rank [0.03, 0.05, 0.12, 0.12, 1, 1] at indexes [3, 0, 2, 1, 4, 5]
        var adjusted = MultipleTesting.holmBonferroni(List.of(0.01, 0.04, 0.03, 0.005, 0.55, 0.6));

        assertThat(adjusted).usingComparatorForType((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b), Double.class)
                .containsExactly(0.05, 0.12, 0.12, 0.03, 1.0, 1.0);
    }

    @Test
    void benjamini_hochberg_adjusts_as_published() {
        // packages/shared/test/experiments.test.ts, "does BH procedure correctly" (toFixed(8)):
        // [0.898, 0.138, 0.007, 0.964, 0.538, 0.006, 0.138] -> [0.964, 0.964, 0.7532, 0.2415, 0.2415, 0.0245, 0.0245]
        // at indexes [3, 0, 4, 1, 6, 2, 5]
        var adjusted = MultipleTesting.benjaminiHochberg(List.of(0.898, 0.138, 0.007, 0.964, 0.538, 0.006, 0.138));
        var expected = List.of(0.964, 0.2415, 0.0245, 0.964, 0.7532, 0.0245, 0.2415);

        for (int i = 0; i < expected.size(); i++) assertThat(adjusted.get(i)).as("index " + i).isCloseTo(expected.get(i), EIGHT_DECIMALS);
    }

    @Test
    void two_metrics_are_adjusted_as_published_for_results() {
        // packages/shared/test/experiments.test.ts, "pvalue correction on results" / "pvals and CIs adjusted in place"
        assertThat(MultipleTesting.holmBonferroni(List.of(0.025, 0.03))).containsExactly(0.05, 0.05);
        assertThat(MultipleTesting.benjaminiHochberg(List.of(0.025, 0.03))).containsExactly(0.03, 0.03);
    }

    @Test
    void adjusted_intervals_match_the_published_ones() {
        // packages/shared/test/experiments.test.ts, "adjusts CIs as we expect" (toFixed(8))
        var at95 = MultipleTesting.adjustedInterval(0.049999999, 0.1, 0.05);
        assertThat(at95.lower()).isGreaterThan(0).isCloseTo(0, EIGHT_DECIMALS);
        assertThat(at95.upper()).isLessThan(0.2).isCloseTo(0.2, EIGHT_DECIMALS);

        var at99 = MultipleTesting.adjustedInterval(0.0099999999, 0.1, 0.01);
        assertThat(at99.lower()).isCloseTo(0, EIGHT_DECIMALS);
        assertThat(at99.upper()).isCloseTo(0.2, EIGHT_DECIMALS);
    }

    @Test
    void an_adjusted_interval_is_unbounded_at_an_adjusted_p_value_of_one_and_never_narrower() {
        var unadjusted = new Interval(-0.1, 0.3);

        assertThat(MultipleTesting.adjustedInterval(1, 0.1, 0.05, unadjusted))
                .isEqualTo(new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertThat(MultipleTesting.adjustedInterval(0.0001, 0.1, 0.05, unadjusted)).as("narrower: kept").isEqualTo(unadjusted);
        var wider = MultipleTesting.adjustedInterval(0.9, 0.1, 0.05, unadjusted);
        assertThat(wider.lower()).isLessThan(-0.1);
        assertThat(wider.upper()).isGreaterThan(0.3);
        assertThat((wider.lower() + wider.upper()) / 2).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void an_analysis_with_a_correction_adjusts_every_variation_against_control() {
        var variations = List.of(VariationStats.of("A", 3407, 1396.87, 52377.9767), VariationStats.of("B", 3461, 2422.7, 134698.29),
                VariationStats.of("C", 3400, 1500, 60000));
        var plain = Analysis.of(MetricKind.MEAN, variations, Options.defaults());
        var holm = Analysis.of(MetricKind.MEAN, variations, Options.defaults().withCorrection(Options.Correction.HOLM_BONFERRONI));

        var raw = plain.comparisons().stream().map(c -> ((Comparison.Frequentist) c).pValue()).toList();
        var expected = MultipleTesting.holmBonferroni(raw);
        for (int i = 0; i < 2; i++) {
            var comparison = (Comparison.Frequentist) holm.comparisons().get(i);
            assertThat(comparison.pValue()).isEqualTo(raw.get(i));
            assertThat(comparison.pValueAdjusted()).isEqualTo(expected.get(i));
            assertThat(comparison.adjustedInterval()).isNotNull();
            assertThat(((Comparison.Frequentist) plain.comparisons().get(i)).pValueAdjusted()).isNull();
        }
    }
}
