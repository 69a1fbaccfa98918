package dev.duet.experiments.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.duet.experiments.stats.Reference.FIVE_DECIMALS;
import static dev.duet.experiments.stats.Reference.NINE_DECIMALS;
import static dev.duet.experiments.stats.Reference.frequentist;
import static org.assertj.core.api.Assertions.assertThat;

/** Welch's t-test against the numbers published in GrowthBook's gbstats tests (STATS_REFERENCE.md). */
class WelchTestTest {

    private static final VariationStats A = VariationStats.of("A", 3407, 1396.87, 52377.9767);
    private static final VariationStats B = VariationStats.of("B", 3461, 2422.7, 134698.29);

    @Test
    void a_relative_lift_of_means_has_the_published_estimate_error_interval_and_p_value() {
        // packages/stats/tests/frequentist/test_tests.py, TestTwoSidedTTest.test_two_sided_ttest
        var result = frequentist(Analysis.of(MetricKind.MEAN, List.of(A, B), Options.defaults()));

        assertThat(result.lift().estimate()).isCloseTo(0.70732, FIVE_DECIMALS);
        assertThat(result.lift().standardError()).isCloseTo(0.37879, FIVE_DECIMALS);
        assertThat(result.lift().interval().lower()).isCloseTo(-0.03526, FIVE_DECIMALS);
        assertThat(result.lift().interval().upper()).isCloseTo(1.44989, FIVE_DECIMALS);
        assertThat(result.pValue()).isCloseTo(0.06191, FIVE_DECIMALS);
        assertThat(result.significant()).isFalse();
    }

    @Test
    void an_absolute_difference_of_means_has_the_published_estimate_error_interval_and_p_value() {
        // packages/stats/tests/frequentist/test_tests.py, TestTwoSidedTTest.test_two_sided_ttest_absolute
        var options = Options.defaults().withDifference(Options.Difference.ABSOLUTE);
        var result = frequentist(Analysis.of(MetricKind.MEAN, List.of(A, B), options));

        assertThat(result.lift().estimate()).isCloseTo(0.29, FIVE_DECIMALS);
        assertThat(result.lift().standardError()).isCloseTo(0.12478, FIVE_DECIMALS);
        assertThat(result.lift().interval().lower()).isCloseTo(0.04538, FIVE_DECIMALS);
        assertThat(result.lift().interval().upper()).isCloseTo(0.53462, FIVE_DECIMALS);
        assertThat(result.pValue()).isCloseTo(0.02016, FIVE_DECIMALS);
        assertThat(result.significant()).isTrue();
    }

    @Test
    void a_relative_lift_of_proportions_uses_p_times_one_minus_p_as_the_variance() {
        // packages/stats/tests/frequentist/test_tests.py, TestTwoSidedTTest.test_two_sided_ttest_binom
        var variations = List.of(VariationStats.conversions("A", 28, 14), VariationStats.conversions("B", 30, 16));
        var result = frequentist(Analysis.of(MetricKind.PROPORTION, variations, Options.defaults()));

        assertThat(result.lift().estimate()).isCloseTo(0.06667, FIVE_DECIMALS);
        assertThat(result.lift().standardError()).isCloseTo(0.2717, FIVE_DECIMALS);
        assertThat(result.lift().interval().lower()).isCloseTo(-0.47767, FIVE_DECIMALS);
        assertThat(result.lift().interval().upper()).isCloseTo(0.61101, FIVE_DECIMALS);
        assertThat(result.pValue()).isCloseTo(0.80707, FIVE_DECIMALS);
    }

    @Test
    void a_small_mean_test_matches_the_published_pipeline_result() {
        // packages/stats/tests/test_gbstats.py, TestAnalyzeMetricDfFrequentist.test_get_metric_df_frequentist
        // (MULTI_DIMENSION_STATISTICS_DF, dimension "one": zero = 270 / 848.79 / 100, one = 300 / 869 / 120)
        var variations = List.of(VariationStats.of("zero", 100, 270, 848.79), VariationStats.of("one", 120, 300, 869));
        var analysis = Analysis.of(MetricKind.MEAN, variations, Options.defaults());

        assertThat(analysis.variations().get(0).mean()).isCloseTo(2.7, NINE_DECIMALS);
        assertThat(analysis.variations().get(1).mean()).isCloseTo(2.5, NINE_DECIMALS);
        assertThat(frequentist(analysis).lift().estimate()).isCloseTo(-0.074074074, NINE_DECIMALS);
        assertThat(frequentist(analysis).pValue()).isCloseTo(0.145219005, NINE_DECIMALS);
    }

    @Test
    void a_smaller_alpha_widens_the_interval_but_leaves_the_p_value() {
        var at95 = frequentist(Analysis.of(MetricKind.MEAN, List.of(A, B), Options.defaults()));
        var at99 = frequentist(Analysis.of(MetricKind.MEAN, List.of(A, B), Options.defaults().withAlpha(0.01)));

        assertThat(at99.lift().interval().lower()).isLessThan(at95.lift().interval().lower());
        assertThat(at99.lift().interval().upper()).isGreaterThan(at95.lift().interval().upper());
        assertThat(at99.pValue()).isEqualTo(at95.pValue());
    }
}
