package dev.duet.experiments.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.duet.experiments.stats.Reference.NINE_DECIMALS;
import static org.assertj.core.api.Assertions.assertThat;

/** The SRM check against GrowthBook's published back-end test (packages/back-end/test/stats.test.ts). */
class SampleRatioCheckTest {

    @Test
    void calculates_srm_as_growthbook_publishes_it() {
        // packages/back-end/test/stats.test.ts, "calculates SRM correctly", every case in order
        assertThat(SampleRatioCheck.pValue(List.of(1000L, 1200L), List.of(0.5, 0.5))).isCloseTo(0.000020079, NINE_DECIMALS);
        assertThat(SampleRatioCheck.pValue(List.of(135L, 115L), List.of(0.5, 0.5))).isCloseTo(0.205903211, NINE_DECIMALS);
        assertThat(SampleRatioCheck.pValue(List.of(310L, 98L), List.of(0.75, 0.25))).isCloseTo(0.647434186, NINE_DECIMALS);
        assertThat(SampleRatioCheck.pValue(List.of(1000L), List.of(0.5, 0.5))).as("not enough valid variations").isEqualTo(1);
        assertThat(SampleRatioCheck.pValue(List.of(1000L, 900L, 800L), List.of(1.0, 0.0, 0.0))).as("not enough valid weights").isEqualTo(1);
        assertThat(SampleRatioCheck.pValue(List.of(1000L, 1200L, 900L), List.of(0.5, 0.5, 0.0))).as("skip empty weights")
                .isCloseTo(0.000020079, NINE_DECIMALS);
        assertThat(SampleRatioCheck.pValue(List.of(0L, 0L, 0L), List.of(0.34, 0.33, 0.33))).as("all users 0").isEqualTo(1);
        assertThat(SampleRatioCheck.pValue(List.of(0L, 10L, 10L), List.of(0.34, 0.33, 0.33))).as("empty users count")
                .isCloseTo(0.005790624, NINE_DECIMALS);
        assertThat(SampleRatioCheck.pValue(List.of(500L, 500L, 600L), List.of(0.34, 0.33, 0.33))).as("more than 2 variations")
                .isCloseTo(0.000592638, NINE_DECIMALS);
        assertThat(SampleRatioCheck.pValue(List.of(500L, 500L), List.of(0.5, 0.5))).as("completely equal").isCloseTo(1, NINE_DECIMALS);
    }

    @Test
    void an_older_published_two_way_case_holds_too() {
        // packages/back-end/test/stats.test.ts (earlier version), "calculates SRM correctly": srm([1025, 950], [0.5, 0.5])
        assertThat(SampleRatioCheck.pValue(List.of(1025L, 950L), List.of(0.5, 0.5))).isCloseTo(0.09148192105687125, within15());
    }

    @Test
    void a_mismatch_below_one_in_a_thousand_is_flagged() {
        var check = SampleRatioCheck.of(List.of(1000L, 1200L), List.of());

        assertThat(check.pValue()).isCloseTo(0.000020079, NINE_DECIMALS);
        assertThat(check.flagged()).isTrue();
        assertThat(SampleRatioCheck.of(List.of(135L, 115L), List.of()).flagged()).isFalse();
    }

    @Test
    void a_mismatch_is_not_flagged_while_a_variation_expects_fewer_than_eight_units() {
        // 0 against 12: p ≈ 0.0005, but with 6 units expected per variation the chi-squared approximation is not yet valid
        var early = SampleRatioCheck.of(List.of(0L, 12L), List.of(0.5, 0.5));
        var later = SampleRatioCheck.of(List.of(0L, 16L), List.of(0.5, 0.5));

        assertThat(early.pValue()).isLessThan(SampleRatioCheck.THRESHOLD);
        assertThat(early.flagged()).isFalse();
        assertThat(later.flagged()).isTrue();
    }

    private static org.assertj.core.data.Offset<Double> within15() {
        return org.assertj.core.api.Assertions.within(1e-12);
    }
}
