package dev.duet.experiments.stats;

import dev.duet.failure.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What Analysis.of accepts, refuses, and answers when nothing can be concluded. */
class AnalysisTest {

    private static final VariationStats CONTROL = VariationStats.of(null, 3407, 1396.87, 52377.9767);
    private static final VariationStats TREATMENT = VariationStats.of(null, 3461, 2422.7, 134698.29);

    private static List<String> refusedPaths(MetricKind kind, List<VariationStats> variations, Options options) {
        var refusal = catchThrowableOfType(InvalidInput.class, () -> Analysis.of(kind, variations, options));
        assertThat(refusal).as("refused").isNotNull();
        return refusal.details().stream().map(problem -> ((InvalidInput.Problem) problem).path()).toList();
    }

    @Test
    void unnamed_variations_are_called_control_and_variation_n() {
        var analysis = Analysis.of(MetricKind.MEAN, List.of(CONTROL, TREATMENT, TREATMENT), Options.defaults());

        assertThat(analysis.variations()).extracting(VariationSummary::name).containsExactly("Control", "Variation 1", "Variation 2");
        assertThat(analysis.comparisons()).extracting(Comparison::variation).containsExactly(1, 2);
        assertThat(analysis.variations().getFirst().mean()).isEqualTo(1396.87 / 3407);
    }

    @Test
    void fewer_than_two_variations_are_refused() {
        assertThat(refusedPaths(MetricKind.MEAN, List.of(CONTROL), Options.defaults())).containsExactly("variations");
        assertThat(refusedPaths(MetricKind.MEAN, null, Options.defaults())).containsExactly("variations");
    }

    @Test
    void impossible_statistics_are_refused_naming_each_field() {
        var variations = List.of(
                VariationStats.of("a", 0, 1, 1),
                VariationStats.of("b", 10, 5, -1),
                VariationStats.of("c", 10, 50, 100),
                VariationStats.of("d", 10, Double.NaN, 1));

        assertThat(refusedPaths(MetricKind.MEAN, variations, Options.defaults()))
                .containsExactly("variations[0].n", "variations[1].sum_squares", "variations[2].sum_squares", "variations[3].sum");
    }

    @Test
    void a_proportion_cannot_convert_more_units_than_it_has() {
        var variations = List.of(VariationStats.conversions("a", 10, 11), VariationStats.conversions("b", 10, 3));

        assertThatThrownBy(() -> Analysis.of(MetricKind.PROPORTION, variations, Options.defaults()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("variations[0].sum").hasMessageContaining("between 0 and n");
    }

    @Test
    void pre_period_statistics_are_needed_for_every_variation_or_none() {
        var variations = List.of(CONTROL.withPrePeriod(10, 20, 30), TREATMENT);

        assertThat(refusedPaths(MetricKind.MEAN, variations, Options.defaults())).containsExactly("variations[1].pre_sum");
    }

    @Test
    void weights_must_match_the_variations_and_add_up_to_one() {
        var variations = List.of(CONTROL, TREATMENT);

        assertThat(refusedPaths(MetricKind.MEAN, variations, Options.defaults().withWeights(List.of(0.5, 0.4)))).containsExactly("weights");
        assertThat(refusedPaths(MetricKind.MEAN, variations, Options.defaults().withWeights(List.of(1.0)))).containsExactly("weights");
        assertThat(refusedPaths(MetricKind.MEAN, variations, Options.defaults().withWeights(List.of(1.5, -0.5)))).containsExactly("weights[1]");
        assertThat(Analysis.of(MetricKind.MEAN, variations, Options.defaults().withWeights(List.of(0.3, 0.7))).sampleRatio().flagged()).isTrue();
    }

    @Test
    void options_of_the_other_engine_are_refused() {
        var variations = List.of(CONTROL, TREATMENT);

        assertThat(refusedPaths(MetricKind.MEAN, variations, Options.bayesian().withSequential(5000))).containsExactly("options.sequential");
        assertThat(refusedPaths(MetricKind.MEAN, variations, Options.defaults().withPrior(0, 1))).containsExactly("options.prior");
        assertThat(refusedPaths(MetricKind.MEAN, variations, Options.bayesian().withCorrection(Options.Correction.HOLM_BONFERRONI)))
                .containsExactly("options.correction");
    }

    @Test
    void out_of_range_options_are_refused_all_at_once() {
        var options = Options.bayesian().withAlpha(1.5).withPrior(0, 0);

        assertThat(refusedPaths(MetricKind.MEAN, List.of(CONTROL, TREATMENT), options)).containsExactly("options.alpha", "options.prior.variance");
        assertThat(refusedPaths(MetricKind.MEAN, List.of(CONTROL, TREATMENT), Options.defaults().withSequential(0)))
                .containsExactly("options.sequential_tuning");
    }

    @Test
    void a_control_without_conversions_has_no_relative_lift_but_an_absolute_one() {
        var variations = List.of(VariationStats.conversions("a", 100, 0), VariationStats.conversions("b", 100, 5));
        var meanVariations = List.of(VariationStats.of("a", 4, 0, 8), VariationStats.of("b", 4, 4, 10));

        var relative = Analysis.of(MetricKind.MEAN, meanVariations, Options.defaults()).comparisons().getFirst();
        var absolute = Analysis.of(MetricKind.MEAN, meanVariations, Options.defaults().withDifference(Options.Difference.ABSOLUTE))
                .comparisons().getFirst();
        var noVariance = Analysis.of(MetricKind.PROPORTION, variations, Options.defaults()).comparisons().getFirst();

        assertThat(relative).isInstanceOfSatisfying(Comparison.Inconclusive.class, c -> assertThat(c.reason()).contains("control's mean is 0"));
        assertThat(absolute).isInstanceOfSatisfying(Comparison.Frequentist.class, c -> assertThat(c.lift().estimate()).isEqualTo(1));
        assertThat(noVariance).isInstanceOfSatisfying(Comparison.Inconclusive.class, c -> assertThat(c.reason()).contains("no variance"));
    }
}
