package dev.duet.experiments.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.duet.experiments.stats.Reference.FIVE_DECIMALS;
import static dev.duet.experiments.stats.Reference.NINE_DECIMALS;
import static dev.duet.experiments.stats.Reference.frequentist;
import static org.assertj.core.api.Assertions.assertThat;

/** Confidence sequences against the numbers published in GrowthBook's gbstats tests. */
class SequentialTest {

    private static final List<VariationStats> MEANS = List.of(
            VariationStats.of("A", 3000, 1396.87, 52377.9767), VariationStats.of("B", 3461, 2422.7, 134698.29));

    @Test
    void a_tuned_sequential_test_has_the_published_interval_and_a_p_value_of_one() {
        // packages/stats/tests/frequentist/test_tests.py, TestSequentialTTest.test_sequential_test_runs
        // (SequentialConfig(sequential_tuning_parameter=1000))
        var result = frequentist(Analysis.of(MetricKind.MEAN, MEANS, Options.defaults().withSequential(1000)));

        assertThat(result.sequential()).isTrue();
        assertThat(result.lift().estimate()).isCloseTo(0.50336, FIVE_DECIMALS);
        assertThat(result.lift().standardError()).isCloseTo(0.33341, FIVE_DECIMALS);
        assertThat(result.lift().interval().lower()).isCloseTo(-0.55844, FIVE_DECIMALS);
        assertThat(result.lift().interval().upper()).isCloseTo(1.56516, FIVE_DECIMALS);
        assertThat(result.pValue()).isEqualTo(1);
    }

    @Test
    void a_sequential_test_of_proportions_with_the_default_tuning_has_the_published_interval() {
        // packages/stats/tests/frequentist/test_tests.py, TestSequentialTTest.test_sequential_test_runs_prop
        var variations = List.of(VariationStats.conversions("A", 3000, 1396), VariationStats.conversions("B", 3461, 2422));
        var result = frequentist(Analysis.of(MetricKind.PROPORTION, variations, Options.defaults().withSequential(Options.DEFAULT_SEQUENTIAL_TUNING)));

        assertThat(result.lift().estimate()).isCloseTo(0.50386, FIVE_DECIMALS);
        assertThat(result.lift().standardError()).isCloseTo(0.03386, FIVE_DECIMALS);
        assertThat(result.lift().interval().lower()).isCloseTo(0.40098, FIVE_DECIMALS);
        assertThat(result.lift().interval().upper()).isCloseTo(0.60675, FIVE_DECIMALS);
        assertThat(result.pValue()).isCloseTo(0.0, FIVE_DECIMALS);
    }

    @Test
    void a_sequential_p_value_below_one_matches_the_published_pipeline_result() {
        // packages/stats/tests/test_gbstats.py, TestAnalyzeMetricDfSequential.test_analyze_metric_df_sequential
        // (MULTI_DIMENSION_STATISTICS_DF, dimension "one", sequential_tuning_parameter=600)
        var variations = List.of(VariationStats.of("zero", 100, 270, 848.79), VariationStats.of("one", 120, 300, 869));
        var result = frequentist(Analysis.of(MetricKind.MEAN, variations, Options.defaults().withSequential(600)));

        assertThat(result.lift().estimate()).isCloseTo(-0.074074074, NINE_DECIMALS);
        assertThat(result.pValue()).isCloseTo(0.892332229, NINE_DECIMALS);
        assertThat(result.lift().interval().lower()).isCloseTo(-0.233322085, NINE_DECIMALS);
    }

    @Test
    void the_interval_is_tightest_when_the_tuning_is_near_the_sample_size() {
        // packages/stats/tests/frequentist/test_tests.py, TestSequentialTTest.test_sequential_test_tuning_as_expected
        var below = frequentist(Analysis.of(MetricKind.MEAN, MEANS, Options.defaults().withSequential(10))).lift().interval();
        var near = frequentist(Analysis.of(MetricKind.MEAN, MEANS, Options.defaults().withSequential(6461))).lift().interval();
        var above = frequentist(Analysis.of(MetricKind.MEAN, MEANS, Options.defaults().withSequential(10000))).lift().interval();

        assertThat(below.lower()).isLessThan(above.lower());
        assertThat(below.upper()).isGreaterThan(above.upper());
        assertThat(below.lower()).isLessThan(near.lower());
        assertThat(below.upper()).isGreaterThan(near.upper());
        assertThat(above.lower()).isLessThan(near.lower());
        assertThat(above.upper()).isGreaterThan(near.upper());
    }

    @Test
    void a_sequential_interval_is_wider_than_the_fixed_horizon_one() {
        var fixed = frequentist(Analysis.of(MetricKind.MEAN, MEANS, Options.defaults()));
        var sequential = frequentist(Analysis.of(MetricKind.MEAN, MEANS, Options.defaults().withSequential(6461)));

        assertThat(sequential.lift().interval().lower()).isLessThan(fixed.lift().interval().lower());
        assertThat(sequential.lift().interval().upper()).isGreaterThan(fixed.lift().interval().upper());
        assertThat(sequential.pValue()).isGreaterThan(fixed.pValue());
    }
}
