package dev.duet.experiments;

import dev.duet.experiments.ExperimentResult.Comparison;
import dev.duet.experiments.ExperimentResult.MetricResult;
import dev.duet.experiments.ExperimentResult.Progress;
import dev.duet.experiments.ExperimentResult.SampleRatio;
import dev.duet.experiments.ExperimentResults.Engine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision results suggest, from the numbers alone. */
class DecisionsTest {

    private static final SampleRatio FINE = new SampleRatio(0.6, 0.001, false);
    private static final Progress DONE = new Progress(1000L, 1000, 1.0);

    @Test
    void nothing_is_decided_before_anyone_was_exposed() {
        var decision = Decisions.decide(new Progress(1000L, 0, 0.0), FINE, List.of(goal(bayesian(0.99, 0.2))), List.of(), Engine.BAYESIAN);
        assertThat(decision.action()).isEqualTo("keep_running");
    }

    @Test
    void a_sample_ratio_mismatch_stops_the_experiment_whatever_the_lift() {
        var decision = Decisions.decide(DONE, new SampleRatio(0.00001, 0.001, true), List.of(goal(bayesian(0.99, 0.2))), List.of(),
                Engine.BAYESIAN);
        assertThat(decision.action()).isEqualTo("stop");
        assertThat(decision.label()).isEqualTo("no winner: stop");
        assertThat(decision.reason()).startsWith("sample ratio mismatch (p = 1.000e-05)");
    }

    @Test
    void a_winner_waits_for_the_planned_sample() {
        var decision = Decisions.decide(new Progress(1000L, 400, 0.4), FINE, List.of(goal(bayesian(0.99, 0.2))), List.of(), Engine.BAYESIAN);
        assertThat(decision.action()).isEqualTo("keep_running");
        assertThat(decision.reason()).startsWith("400 of 1000 planned units");
    }

    @Test
    void under_sequential_testing_a_clear_winner_is_shipped_before_the_planned_sample_and_an_unclear_race_keeps_running() {
        var early = new Progress(1000L, 400, 0.4);
        var clear = goal(comparison(1, "B", 0.3, null, 0.001, true));
        var decision = Decisions.decide(early, FINE, List.of(clear), List.of(), Engine.SEQUENTIAL);
        assertThat(decision.action()).isEqualTo("ship");
        assertThat(decision.reason()).endsWith("before the planned 1000 units (sequential testing)");
        assertThat(Decisions.decide(early, FINE, List.of(clear), List.of(), Engine.FREQUENTIST).action()).isEqualTo("keep_running");
        var unclear = goal(comparison(1, "B", 0.3, null, 0.2, false));
        var waiting = Decisions.decide(early, FINE, List.of(unclear), List.of(), Engine.SEQUENTIAL);
        assertThat(waiting.action()).isEqualTo("keep_running");
        assertThat(waiting.reason()).endsWith("unless a winner is clear already");
        var harmful = new MetricResult("Revenue", "custom", "purchase", null, "sum", false, List.of("custom:purchase"), List.of(),
                List.of(comparison(1, "B", -0.2, null, 0.001, true)));
        var held = Decisions.decide(early, FINE, List.of(clear), List.of(harmful), Engine.SEQUENTIAL);
        assertThat(held.action()).isEqualTo("keep_running");
        assertThat(held.reason()).isEqualTo("B beats control on Sign-ups but lowers the guardrail Revenue; 400 of 1000 planned units so far");
    }

    @Test
    void the_variation_with_the_highest_lift_among_the_winners_is_shipped() {
        var goal = new MetricResult("Sign-ups", "conversion", "signup", null, "any", false, List.of("conversion:signup"), List.of(),
                List.of(comparison(1, "B", 0.10, 0.97, null, null), comparison(2, "C", 0.25, 0.99, null, null)));
        var decision = Decisions.decide(DONE, FINE, List.of(goal), List.of(), Engine.BAYESIAN);
        assertThat(decision.action()).isEqualTo("ship");
        assertThat(decision.variation()).isEqualTo(2);
        assertThat(decision.label()).isEqualTo("ship C");
        assertThat(decision.reason()).isEqualTo("C beats control on Sign-ups (lift +25.0%, chance to win 99.0%) and harms no guardrail");
    }

    @Test
    void a_winner_that_lowers_a_guardrail_is_not_shipped() {
        var guardrail = new MetricResult("Revenue", "custom", "purchase", null, "sum", false, List.of("custom:purchase"), List.of(),
                List.of(comparison(1, "B", -0.2, 0.01, null, null)));
        var decision = Decisions.decide(DONE, FINE, List.of(goal(bayesian(0.99, 0.2))), List.of(guardrail), Engine.BAYESIAN);
        assertThat(decision.action()).isEqualTo("stop");
        assertThat(decision.reason()).isEqualTo("B beats control on Sign-ups but lowers the guardrail Revenue");
    }

    @Test
    void when_the_best_winner_harms_a_guardrail_the_next_best_that_harms_nothing_is_shipped() {
        var goal = new MetricResult("Sign-ups", "conversion", "signup", null, "any", false, List.of("conversion:signup"), List.of(),
                List.of(comparison(1, "B", 0.10, 0.97, null, null), comparison(2, "C", 0.25, 0.99, null, null)));
        var revenue = new MetricResult("Revenue", "custom", "purchase", null, "sum", false, List.of("custom:purchase"), List.of(),
                List.of(comparison(1, "B", 0.01, 0.6, null, null), comparison(2, "C", -0.2, 0.01, null, null)));
        var decision = Decisions.decide(DONE, FINE, List.of(goal), List.of(revenue), Engine.BAYESIAN);
        assertThat(decision.action()).isEqualTo("ship");
        assertThat(decision.variation()).isEqualTo(1);
    }

    @Test
    void a_further_goal_that_gets_worse_holds_the_winner_back() {
        var newsletter = new MetricResult("Newsletter", "conversion", "subscribe", null, "any", false,
                List.of("conversion:subscribe"), List.of(), List.of(comparison(1, "B", -0.15, null, 0.003, true)));
        var decision = Decisions.decide(DONE, FINE, List.of(goal(comparison(1, "B", 0.2, null, 0.001, true)), newsletter),
                List.of(), Engine.FREQUENTIST);
        assertThat(decision.action()).isEqualTo("stop");
        assertThat(decision.reason()).isEqualTo("B beats control on Sign-ups but lowers the goal Newsletter");
        var unchanged = new MetricResult("Newsletter", "conversion", "subscribe", null, "any", false,
                List.of("conversion:subscribe"), List.of(), List.of(comparison(1, "B", -0.05, null, 0.4, false)));
        var shipped = Decisions.decide(DONE, FINE, List.of(goal(comparison(1, "B", 0.2, null, 0.001, true)), unchanged),
                List.of(), Engine.FREQUENTIST);
        assertThat(shipped.action()).isEqualTo("ship");
        assertThat(shipped.reason()).endsWith("and harms no other goal or guardrail");
    }

    @Test
    void a_further_goal_alone_never_makes_a_winner() {
        var newsletter = new MetricResult("Newsletter", "conversion", "subscribe", null, "any", false,
                List.of("conversion:subscribe"), List.of(), List.of(comparison(1, "B", 0.4, null, 0.0001, true)));
        var decision = Decisions.decide(DONE, FINE, List.of(goal(comparison(1, "B", 0.01, null, 0.6, false)), newsletter),
                List.of(), Engine.FREQUENTIST);
        assertThat(decision.action()).isEqualTo("stop");
        assertThat(decision.reason()).startsWith("no variation beats control on Sign-ups");
    }

    @Test
    void where_lower_is_better_a_significant_drop_wins_and_a_rise_harms_the_guardrail() {
        var fewerRefunds = new MetricResult("Refunds", "custom", "refund", null, "sum", true, List.of("custom:refund"), List.of(),
                List.of(comparison(1, "B", -0.3, null, 0.002, true), comparison(2, "C", -0.1, null, 0.01, true)));
        var decision = Decisions.decide(DONE, FINE, List.of(fewerRefunds), List.of(), Engine.FREQUENTIST);
        assertThat(decision.action()).isEqualTo("ship");
        assertThat(decision.variation()).isEqualTo(1);
        var moreRefunds = new MetricResult("Refunds", "custom", "refund", null, "sum", true, List.of("custom:refund"), List.of(),
                List.of(comparison(1, "B", 0.3, 0.02, null, null)));
        var harmed = Decisions.decide(DONE, FINE, List.of(goal(bayesian(0.99, 0.2))), List.of(moreRefunds), Engine.BAYESIAN);
        assertThat(harmed.action()).isEqualTo("stop");
        assertThat(harmed.reason()).isEqualTo("B beats control on Sign-ups but raises the guardrail Refunds");
        var higherIsNoHarm = Decisions.decide(DONE, FINE, List.of(goal(comparison(1, "B", 0.2, null, 0.001, true))),
                List.of(new MetricResult("Refunds", "custom", "refund", null, "sum", true, List.of("custom:refund"), List.of(),
                        List.of(comparison(1, "B", -0.3, null, 0.001, true)))), Engine.FREQUENTIST);
        assertThat(higherIsNoHarm.action()).isEqualTo("ship");
    }

    @Test
    void the_frequentist_engine_ships_a_significant_positive_lift_only() {
        var significantLoss = goal(comparison(1, "B", -0.2, null, 0.001, true));
        assertThat(Decisions.decide(DONE, FINE, List.of(significantLoss), List.of(), Engine.FREQUENTIST).action()).isEqualTo("stop");
        var significantGain = goal(comparison(1, "B", 0.2, null, 0.001, true));
        var decision = Decisions.decide(DONE, FINE, List.of(significantGain), List.of(), Engine.FREQUENTIST);
        assertThat(decision.action()).isEqualTo("ship");
        assertThat(decision.reason()).contains("p = 0.001000");
    }

    @Test
    void without_a_plan_an_open_race_keeps_running_and_with_one_it_stops() {
        var close = List.of(goal(bayesian(0.7, 0.02)));
        assertThat(Decisions.decide(new Progress(null, 5000, null), FINE, close, List.of(), Engine.BAYESIAN).action()).isEqualTo("keep_running");
        assertThat(Decisions.decide(DONE, FINE, close, List.of(), Engine.BAYESIAN).reason())
                .isEqualTo("no variation beats control on Sign-ups after the planned 1000 units; keep the control");
        assertThat(Decisions.decide(DONE, FINE, List.of(), List.of(), Engine.BAYESIAN).action()).isEqualTo("keep_running");
    }

    @Test
    void comparisons_without_a_lift_never_win() {
        var thin = goal(comparison(1, "B", null, null, null, null));
        assertThat(Decisions.decide(DONE, FINE, List.of(thin), List.of(), Engine.BAYESIAN).action()).isEqualTo("stop");
    }

    private static MetricResult goal(Comparison comparison) {
        return new MetricResult("Sign-ups", "conversion", "signup", null, "any", false, List.of("conversion:signup"), List.of(), List.of(comparison));
    }

    private static Comparison bayesian(double chanceToWin, double lift) {
        return comparison(1, "B", lift, chanceToWin, null, null);
    }

    private static Comparison comparison(int variation, String name, Double lift, Double chanceToWin, Double pValue, Boolean significant) {
        return new Comparison(variation, name, lift, lift == null ? null : lift - 0.1, lift == null ? null : lift + 0.1,
                chanceToWin, chanceToWin == null ? null : 0.01, pValue, null, significant, lift == null ? "not enough data yet" : null);
    }
}
