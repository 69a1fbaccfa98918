package dev.duet.experiments;

import dev.duet.experiments.ExperimentResult.Comparison;
import dev.duet.experiments.ExperimentResult.MetricResult;
import dev.duet.experiments.stats.MultipleTesting;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CorrectionTest {

    /** Two slices: the first with goals of p 0.01 and 0.04, the second with one of p 0.03 and an untested comparison. */
    private static final List<List<MetricResult>> SLICES = List.of(
            List.of(goal("Sign-ups", tested(1, 0.01)), goal("Demos", tested(1, 0.04))),
            List.of(goal("Sign-ups", tested(1, 0.03), untested(2))));

    @Test
    void holm_adjusts_every_tested_comparison_of_every_slice_as_one_family() {
        var corrected = Correction.HOLM.apply(SLICES);

        // sorted 0.01, 0.03, 0.04: times 3, 2, 1, kept monotone
        assertThat(adjusted(corrected, 0, 0, 0)).isCloseTo(0.03, within(1e-12));
        assertThat(adjusted(corrected, 1, 0, 0)).isCloseTo(0.06, within(1e-12));
        assertThat(adjusted(corrected, 0, 1, 0)).isCloseTo(0.06, within(1e-12));
        assertThat(comparison(corrected, 0, 0, 0).significant()).isTrue();
        assertThat(comparison(corrected, 1, 0, 0).significant()).isFalse();
        assertThat(comparison(corrected, 0, 1, 0).pValue()).isEqualTo(0.04);
    }

    @Test
    void benjamini_hochberg_loses_less_power_than_holm() {
        var corrected = Correction.BH.apply(SLICES);

        // sorted 0.04, 0.03, 0.01 from the top: times 3/3, 3/2, 3/1, kept monotone
        assertThat(adjusted(corrected, 0, 1, 0)).isCloseTo(0.04, within(1e-12));
        assertThat(adjusted(corrected, 1, 0, 0)).isCloseTo(0.04, within(1e-12));
        assertThat(adjusted(corrected, 0, 0, 0)).isCloseTo(0.03, within(1e-12));
        assertThat(comparison(corrected, 1, 0, 0).significant()).isTrue();
    }

    @Test
    void the_interval_widens_to_match_the_adjusted_p_value_and_untested_comparisons_stay_as_they_are() {
        var corrected = Correction.HOLM.apply(SLICES);

        var before = comparison(SLICES, 1, 0, 0);
        var after = comparison(corrected, 1, 0, 0);
        assertThat(after.lift()).isEqualTo(before.lift());
        assertThat(after.liftLower()).isLessThan(before.liftLower()).isNegative();
        assertThat(after.liftUpper()).isGreaterThan(before.liftUpper());
        assertThat(comparison(corrected, 1, 0, 1)).isEqualTo(comparison(SLICES, 1, 0, 1));
        assertThat(Correction.NONE.apply(SLICES)).isSameAs(SLICES);
    }

    @Test
    void an_adjusted_p_value_of_one_leaves_the_interval_unbounded() {
        var corrected = Correction.HOLM.apply(List.of(List.of(goal("Sign-ups", tested(1, 0.6), tested(2, 0.7)))));

        var unbounded = comparison(corrected, 0, 0, 0);
        assertThat(unbounded.pValueAdjusted()).isEqualTo(1.0);
        assertThat(unbounded.liftLower()).isNull();
        assertThat(unbounded.liftUpper()).isNull();
        assertThat(unbounded.significant()).isFalse();
    }

    @Test
    void names_are_read_short_or_long_and_anything_else_is_not_a_correction() {
        assertThat(Correction.parse(null)).isEqualTo(Correction.NONE);
        assertThat(Correction.parse(" Holm ")).isEqualTo(Correction.HOLM);
        assertThat(Correction.parse("holm-bonferroni")).isEqualTo(Correction.HOLM);
        assertThat(Correction.parse("benjamini-hochberg")).isEqualTo(Correction.BH);
        assertThat(Correction.parse("bonferroni")).isNull();
        assertThat(Correction.BH.label()).isEqualTo("bh");
    }

    /** A lift of 0.2 whose 95 % interval matches the p-value, as a normal test gives it. */
    private static Comparison tested(int variation, double pValue) {
        var interval = MultipleTesting.adjustedInterval(pValue, 0.2, 0.05);
        return new Comparison(variation, "B", 0.2, interval.lower(), interval.upper(), null, null, pValue, null,
                interval.excludesZero(), null);
    }

    private static Comparison untested(int variation) {
        return new Comparison(variation, "C", null, null, null, null, null, null, null, null, "not enough data yet");
    }

    private static MetricResult goal(String name, Comparison... comparisons) {
        return new MetricResult(name, "conversion", "signup", null, "any", false, List.of("conversion:signup"),
                List.of(), List.of(comparisons));
    }

    private static Comparison comparison(List<List<MetricResult>> slices, int slice, int goal, int index) {
        return slices.get(slice).get(goal).comparisons().get(index);
    }

    private static double adjusted(List<List<MetricResult>> slices, int slice, int goal, int index) {
        return comparison(slices, slice, goal, index).pValueAdjusted();
    }
}
