package dev.duet.collab.goals;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.duet.collab.goals.Direction.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GoalScoringTest {

    @Test
    void increasing_scores_the_share_of_the_way_from_start_to_target_clamped_to_0_and_1() {
        assertThat(GoalScoring.score(INCREASE_TO, 2.5, 4, 2.5)).isZero();
        assertThat(GoalScoring.score(INCREASE_TO, 2.5, 4, 3.25)).isCloseTo(0.5, within(1e-12));
        assertThat(GoalScoring.score(INCREASE_TO, 2.5, 4, 4)).isEqualTo(1);
        assertThat(GoalScoring.score(INCREASE_TO, 2.5, 4, 9)).as("overshooting").isEqualTo(1);
        assertThat(GoalScoring.score(INCREASE_TO, 2.5, 4, 1)).as("going backwards").isZero();
    }

    @Test
    void decreasing_scores_the_share_of_the_way_down() {
        assertThat(GoalScoring.score(DECREASE_TO, 400, 200, 400)).isZero();
        assertThat(GoalScoring.score(DECREASE_TO, 400, 200, 250)).isCloseTo(0.75, within(1e-12));
        assertThat(GoalScoring.score(DECREASE_TO, 400, 200, 120)).isEqualTo(1);
        assertThat(GoalScoring.score(DECREASE_TO, 400, 200, 500)).isZero();
    }

    @Test
    void a_target_equal_to_the_start_scores_1_once_reached_in_its_direction() {
        assertThat(GoalScoring.score(INCREASE_TO, 5, 5, 5)).isEqualTo(1);
        assertThat(GoalScoring.score(INCREASE_TO, 5, 5, 4.9)).isZero();
        assertThat(GoalScoring.score(DECREASE_TO, 5, 5, 5.1)).isZero();
    }

    @Test
    void thresholds_score_1_while_held_and_0_otherwise() {
        assertThat(GoalScoring.score(STAY_ABOVE, 0, 99.9, 99.9)).isEqualTo(1);
        assertThat(GoalScoring.score(STAY_ABOVE, 0, 99.9, 99.89)).isZero();
        assertThat(GoalScoring.score(STAY_BELOW, 0, 200, 200)).isEqualTo(1);
        assertThat(GoalScoring.score(STAY_BELOW, 0, 200, 200.1)).isZero();
    }

    @Test
    void reaching_follows_the_direction() {
        assertThat(GoalScoring.reached(INCREASE_TO, 4, 4)).isTrue();
        assertThat(GoalScoring.reached(INCREASE_TO, 4, 3.99)).isFalse();
        assertThat(GoalScoring.reached(DECREASE_TO, 200, 199)).isTrue();
        assertThat(GoalScoring.reached(DECREASE_TO, 200, 201)).isFalse();
        assertThat(INCREASE_TO.reachable()).isTrue();
        assertThat(STAY_ABOVE.reachable()).as("a threshold is held, never reached once and for all").isFalse();
    }

    @Test
    void bands_round_the_score_half_up_to_tenths() {
        assertThat(GoalScoring.band(0)).isEqualTo(Band.OFF_TRACK);
        assertThat(GoalScoring.band(0.3)).isEqualTo(Band.OFF_TRACK);
        assertThat(GoalScoring.band(0.349)).isEqualTo(Band.OFF_TRACK);
        assertThat(GoalScoring.band(0.35)).isEqualTo(Band.PROGRESSING);
        assertThat(GoalScoring.band(0.6)).isEqualTo(Band.PROGRESSING);
        assertThat(GoalScoring.band(0.649)).isEqualTo(Band.PROGRESSING);
        assertThat(GoalScoring.band(0.65)).isEqualTo(Band.ON_TRACK);
        assertThat(GoalScoring.band(1)).isEqualTo(Band.ON_TRACK);
    }

    @Test
    void progress_is_the_weighted_mean_with_missing_values_counting_0() {
        assertThat(GoalScoring.progress(List.of(new GoalScoring.Weighted(1.0, 3), new GoalScoring.Weighted(0.0, 1))))
                .isCloseTo(0.75, within(1e-12));
        assertThat(GoalScoring.progress(List.of(new GoalScoring.Weighted(1.0, 1), new GoalScoring.Weighted(null, 1))))
                .isCloseTo(0.5, within(1e-12));
        assertThat(GoalScoring.progress(List.of())).isNull();
    }

    @Test
    void quarters_cover_their_three_months() {
        var q4 = GoalPeriod.quarter("2026-Q4");
        assertThat(q4.start()).hasToString("2026-10-01");
        assertThat(q4.end()).hasToString("2026-12-31");
        assertThat(GoalPeriod.quarter("2027-Q1").end()).hasToString("2027-03-31");
    }
}
