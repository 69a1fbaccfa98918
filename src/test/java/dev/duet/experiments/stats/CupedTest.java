package dev.duet.experiments.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.duet.experiments.stats.Reference.FIVE_DECIMALS;
import static dev.duet.experiments.stats.Reference.NINE_DECIMALS;
import static dev.duet.experiments.stats.Reference.frequentist;
import static org.assertj.core.api.Assertions.assertThat;

/** CUPED (regression adjustment with pre-exposure values) against the numbers published in GrowthBook's gbstats tests. */
class CupedTest {

    // packages/stats/tests/test_gbstats.py, RA_STATISTICS_DF: variation "zero" is control, "one" the treatment
    private static final VariationStats CONTROL = VariationStats.of("zero", 3001, 300, 600).withPrePeriod(210, 415, -20);
    private static final VariationStats TREATMENT = VariationStats.of("one", 3000, 222, 555).withPrePeriod(120, 405, -10);

    @Test
    void a_regression_adjusted_mean_metric_has_the_published_lift_and_p_value() {
        // packages/stats/tests/test_gbstats.py, TestAnalyzeMetricDfRegressionAdjustment.test_analyze_metric_df_ra, as
        // published since gbstats takes the Welch degrees of freedom from the adjusted variances (0.003732549; older
        // versions of the test printed 0.003736297)
        var analysis = Analysis.of(MetricKind.MEAN, List.of(CONTROL, TREATMENT), Options.defaults());
        var result = frequentist(analysis);

        assertThat(result.cuped()).isTrue();
        assertThat(analysis.variations().get(0).mean()).as("means shown are unadjusted").isCloseTo(0.099966678, NINE_DECIMALS);
        assertThat(analysis.variations().get(1).mean()).isCloseTo(0.074, NINE_DECIMALS);
        assertThat(result.lift().estimate()).isCloseTo(-0.281707154, NINE_DECIMALS);
        assertThat(result.pValue()).isCloseTo(0.003732549, NINE_DECIMALS);
    }

    @Test
    void a_regression_adjusted_proportion_metric_has_the_published_lift_and_p_value() {
        // packages/stats/tests/test_gbstats.py, TestAnalyzeMetricDfRegressionAdjustment.test_analyze_metric_df_ra_proportion
        // (the same sums with main and covariate binomial: sum of squares = sum), as published since gbstats uses the
        // binomial covariance n·E[xy] − E[x]E[y] for proportions (older versions printed -0.316211568 and 0.00000035)
        var control = VariationStats.conversions("zero", 3001, 300).withPrePeriod(210, 210, -20);
        var treatment = VariationStats.conversions("one", 3000, 222).withPrePeriod(120, 120, -10);
        var result = frequentist(Analysis.of(MetricKind.PROPORTION, List.of(control, treatment), Options.defaults()));

        assertThat(result.lift().estimate()).isCloseTo(-0.31620216, NINE_DECIMALS);
        assertThat(result.pValue()).isCloseTo(0.000000353, NINE_DECIMALS);
    }

    @Test
    void a_sequential_test_with_cuped_has_the_published_interval() {
        // packages/stats/tests/frequentist/test_tests.py, TestSequentialTTest.test_sequential_test_runs_ra
        // (post_pre_sum_of_products=1, default SequentialConfig)
        var control = VariationStats.of("a", 3000, 1396.87, 52377.9767).withPrePeriod(16.87, 527.9767, 1);
        var treatment = VariationStats.of("b", 3461, 2422.7, 134698.29).withPrePeriod(22.7, 1348.29, 1);
        var result = frequentist(Analysis.of(MetricKind.MEAN, List.of(control, treatment),
                Options.defaults().withSequential(Options.DEFAULT_SEQUENTIAL_TUNING)));

        assertThat(result.cuped()).isTrue();
        assertThat(result.lift().estimate()).isCloseTo(0.50338, FIVE_DECIMALS);
        assertThat(result.lift().standardError()).isCloseTo(0.33341, FIVE_DECIMALS);
        assertThat(result.lift().interval().lower()).isCloseTo(-0.50969, FIVE_DECIMALS);
        assertThat(result.lift().interval().upper()).isCloseTo(1.51646, FIVE_DECIMALS);
        assertThat(result.pValue()).isEqualTo(1);
    }

    @Test
    void a_pre_period_that_predicts_the_outcome_narrows_the_interval() {
        // each unit's value after exposure is close to its value before
        double[] controlPre = {1, 2, 3, 4, 5, 6}, controlPost = {1.1, 2.3, 2.9, 4.2, 5.1, 6.3};
        double[] treatmentPre = {1.5, 2, 3.5, 4, 5, 6.5}, treatmentPost = {1.9, 2.6, 3.8, 4.7, 5.4, 7.1};
        var plain = List.of(units("a", controlPost, null), units("b", treatmentPost, null));
        var withPre = List.of(units("a", controlPost, controlPre), units("b", treatmentPost, treatmentPre));

        var unadjusted = frequentist(Analysis.of(MetricKind.MEAN, plain, Options.defaults()));
        var adjusted = frequentist(Analysis.of(MetricKind.MEAN, withPre, Options.defaults()));

        assertThat(unadjusted.cuped()).isFalse();
        assertThat(adjusted.cuped()).isTrue();
        assertThat(adjusted.lift().standardError()).isLessThan(unadjusted.lift().standardError() / 3);
    }

    @Test
    void without_variance_in_the_pre_period_the_comparison_falls_back_to_no_adjustment() {
        var control = VariationStats.of("a", 100, 270, 848.79).withPrePeriod(100, 100, 270);
        var treatment = VariationStats.of("b", 120, 300, 869).withPrePeriod(120, 120, 300);
        var result = frequentist(Analysis.of(MetricKind.MEAN, List.of(control, treatment), Options.defaults()));

        assertThat(result.cuped()).isFalse();
        assertThat(result.pValue()).isCloseTo(0.145219005, NINE_DECIMALS);
    }

    /** The sufficient statistics of these units' values (and pre-period values, when given). */
    private static VariationStats units(String name, double[] post, double[] pre) {
        double sum = 0, squares = 0, preSum = 0, preSquares = 0, cross = 0;
        for (int i = 0; i < post.length; i++) {
            sum += post[i];
            squares += post[i] * post[i];
            if (pre == null) continue;
            preSum += pre[i];
            preSquares += pre[i] * pre[i];
            cross += post[i] * pre[i];
        }
        var stats = VariationStats.of(name, post.length, sum, squares);
        return pre == null ? stats : stats.withPrePeriod(preSum, preSquares, cross);
    }
}
