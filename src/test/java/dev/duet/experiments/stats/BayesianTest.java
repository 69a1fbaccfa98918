package dev.duet.experiments.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.duet.experiments.stats.Reference.FIVE_DECIMALS;
import static dev.duet.experiments.stats.Reference.NINE_DECIMALS;
import static dev.duet.experiments.stats.Reference.bayesian;
import static org.assertj.core.api.Assertions.assertThat;

/** The Gaussian-posterior engine against the numbers published in GrowthBook's gbstats tests (STATS_REFERENCE.md). */
class BayesianTest {

    private static final List<VariationStats> MEANS = List.of(
            VariationStats.of("A", 10, 100, 1002.25), VariationStats.of("B", 10, 105, 1111.5));

    @Test
    void proportions_give_the_published_posterior_chance_to_win_and_risk() {
        // packages/stats/tests/bayesian/test_tests.py, TestBinom.test_bayesian_binomial_ab_test
        var variations = List.of(VariationStats.conversions("A", 100, 49), VariationStats.conversions("B", 100, 51));
        var result = bayesian(Analysis.of(MetricKind.PROPORTION, variations, Options.bayesian()));

        assertThat(result.lift().estimate()).isCloseTo(0.04082, FIVE_DECIMALS);
        assertThat(result.lift().standardError()).isCloseTo(0.14725, FIVE_DECIMALS);
        assertThat(result.lift().interval().lower()).isCloseTo(-0.24779, FIVE_DECIMALS);
        assertThat(result.lift().interval().upper()).isCloseTo(0.32943, FIVE_DECIMALS);
        assertThat(result.chanceToWin()).isCloseTo(0.60918, FIVE_DECIMALS);
        assertThat(result.riskControl()).isCloseTo(0.0814, FIVE_DECIMALS);
        assertThat(result.riskTreatment()).isCloseTo(0.04058, FIVE_DECIMALS);
    }

    @Test
    void means_with_a_flat_prior_give_the_published_posterior_chance_to_win_and_risk() {
        // packages/stats/tests/bayesian/test_tests.py, TestNorm.test_bayesian_gaussian_ab_test
        var result = bayesian(Analysis.of(MetricKind.MEAN, MEANS, Options.bayesian()));

        assertThat(result.lift().estimate()).isCloseTo(0.05, FIVE_DECIMALS);
        assertThat(result.lift().standardError()).isCloseTo(0.03572, FIVE_DECIMALS);
        assertThat(result.lift().interval().lower()).isCloseTo(-0.02, FIVE_DECIMALS);
        assertThat(result.lift().interval().upper()).isCloseTo(0.12, FIVE_DECIMALS);
        assertThat(result.chanceToWin()).isCloseTo(0.91923, FIVE_DECIMALS);
        assertThat(result.riskControl()).isCloseTo(0.05131, FIVE_DECIMALS);
        assertThat(result.riskTreatment()).isCloseTo(0.00131, FIVE_DECIMALS);
    }

    @Test
    void an_informative_prior_pulls_the_posterior_towards_its_mean() {
        // packages/stats/tests/bayesian/test_tests.py, TestNorm.test_bayesian_gaussian_ab_test_informative
        // (GaussianPrior(mean=0.1, variance=0.1, proper=True))
        var result = bayesian(Analysis.of(MetricKind.MEAN, MEANS, Options.bayesian().withPrior(0.1, 0.1)));

        assertThat(result.lift().estimate()).isCloseTo(0.05063, FIVE_DECIMALS);
        assertThat(result.lift().standardError()).isCloseTo(0.03549, FIVE_DECIMALS);
        assertThat(result.lift().interval().lower()).isCloseTo(-0.01893, FIVE_DECIMALS);
        assertThat(result.lift().interval().upper()).isCloseTo(0.12019, FIVE_DECIMALS);
        assertThat(result.chanceToWin()).isCloseTo(0.92315, FIVE_DECIMALS);
        assertThat(result.riskControl()).isCloseTo(0.05186, FIVE_DECIMALS);
        assertThat(result.riskTreatment()).isCloseTo(0.00123, FIVE_DECIMALS);
    }

    @Test
    void a_losing_variation_has_a_small_chance_to_win_and_a_large_risk() {
        // packages/stats/tests/test_gbstats.py, TestAnalyzeMetricDfBayesian.test_get_metric_df_new
        // (MULTI_DIMENSION_STATISTICS_DF, dimension "one"; v1_risk[1] is the risk of shipping the variation)
        var variations = List.of(VariationStats.of("zero", 100, 270, 848.79), VariationStats.of("one", 120, 300, 869));
        var result = bayesian(Analysis.of(MetricKind.MEAN, variations, Options.bayesian()));

        assertThat(result.lift().estimate()).isCloseTo(-0.074074074, NINE_DECIMALS);
        assertThat(result.chanceToWin()).isCloseTo(0.071834168, NINE_DECIMALS);
        assertThat(result.riskTreatment()).isCloseTo(0.075691131, NINE_DECIMALS);
    }

    @Test
    void an_absolute_analysis_rescales_the_relative_prior_by_the_control_mean() {
        // packages/stats/tests/bayesian/test_tests.py, TestGaussianEffectRelativeAbsolutePriors: chance to win stays
        // close (2 places) whether the same relative prior is used for a relative or an absolute analysis
        var variations = List.of(VariationStats.of("c", 100, 1000, 200000), VariationStats.of("t", 100, 1100, 200005));
        var relative = bayesian(Analysis.of(MetricKind.MEAN, variations, Options.bayesian().withPrior(1, 1)));
        var absolute = bayesian(Analysis.of(MetricKind.MEAN, variations,
                Options.bayesian().withPrior(1, 1).withDifference(Options.Difference.ABSOLUTE)));

        assertThat(absolute.chanceToWin()).isCloseTo(relative.chanceToWin(), org.assertj.core.api.Assertions.within(0.005));
        assertThat(absolute.lift().estimate()).isCloseTo(relative.lift().estimate() * 10, org.assertj.core.api.Assertions.within(0.5));
    }
}
