package dev.duet.experiments;

import dev.duet.web.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Handing an experiment's totals to the stats engine. */
class AnalysesTest {

    private static final Metric SIGNUPS = Metric.of(Json.tree("{\"type\": \"conversion\", \"event\": \"signup\"}"));
    private static final Metric REVENUE = Metric.of(Json.tree("{\"type\": \"custom\", \"event\": \"purchase\", \"aggregation\": \"sum\"}"));

    @Test
    void shares_a_person_typed_that_add_up_to_almost_one_are_compared_as_the_whole_they_mean() {
        var totals = List.of(new Analyses.Totals(0, "A", 300, 30, 30), new Analyses.Totals(1, "B", 300, 45, 45),
                new Analyses.Totals(2, "C", 300, 33, 33));

        var comparisons = Analyses.compare(SIGNUPS, totals, List.of(0.333, 0.333, 0.333), ResultsMethod.of(ExperimentResults.Engine.FREQUENTIST), null);

        assertThat(comparisons).extracting(ExperimentResult.Comparison::variation).containsExactly(1, 2);
        assertThat(comparisons.getFirst().lift()).isEqualTo(0.5, within(1e-9));
        assertThat(Analyses.normalized(List.of(0.333, 0.333, 0.333))).allSatisfy(w -> assertThat(w).isEqualTo(1 / 3.0, within(1e-12)));
    }

    @Test
    void a_metric_summing_values_is_a_mean_and_one_counting_visitors_a_proportion() {
        var totals = List.of(new Analyses.Totals(0, "A", 100, 500, 5000), new Analyses.Totals(1, "B", 100, 600, 6500));

        var mean = Analyses.compare(REVENUE, totals, List.of(0.5, 0.5), ResultsMethod.of(ExperimentResults.Engine.BAYESIAN), null).getFirst();

        assertThat(mean.lift()).isEqualTo(0.2, within(1e-9));
        assertThat(mean.chanceToWin()).isBetween(0.0, 1.0);
        assertThat(mean.pValue()).isNull();
    }

    @Test
    void a_variation_with_fewer_than_two_units_is_not_compared_and_the_note_says_why() {
        var totals = List.of(new Analyses.Totals(0, "A", 5, 1, 1), new Analyses.Totals(1, "B", 1, 0, 0));

        var comparison = Analyses.compare(SIGNUPS, totals, List.of(0.5, 0.5), ResultsMethod.of(ExperimentResults.Engine.BAYESIAN), null).getFirst();

        assertThat(comparison.lift()).isNull();
        assertThat(comparison.note()).isEqualTo("not enough data yet: B has 1 units (at least 2 needed)");
    }

    @Test
    void where_lower_is_better_the_chance_to_win_and_the_risk_are_those_of_lowering_it() {
        var totals = List.of(new Analyses.Totals(0, "A", 100, 500, 5000), new Analyses.Totals(1, "B", 100, 600, 6500));
        var refunds = Metric.of(Json.tree("{\"type\": \"custom\", \"event\": \"refund\", \"aggregation\": \"sum\", \"lower_is_better\": true}"));

        var higher = Analyses.compare(REVENUE, totals, List.of(0.5, 0.5), ResultsMethod.of(ExperimentResults.Engine.BAYESIAN), null).getFirst();
        var lower = Analyses.compare(refunds, totals, List.of(0.5, 0.5), ResultsMethod.of(ExperimentResults.Engine.BAYESIAN), null).getFirst();

        assertThat(lower.lift()).isEqualTo(higher.lift());
        assertThat(lower.chanceToWin()).isEqualTo(1 - higher.chanceToWin(), within(1e-12));
        assertThat(lower.risk()).isGreaterThan(higher.risk());
    }

    @Test
    void sequential_testing_is_tuned_for_the_planned_sample() {
        var totals = List.of(new Analyses.Totals(0, "A", 300, 30, 30), new Analyses.Totals(1, "B", 300, 45, 45));

        var fixed = Analyses.compare(SIGNUPS, totals, List.of(0.5, 0.5), ResultsMethod.of(ExperimentResults.Engine.FREQUENTIST), 600L).getFirst();
        var planned = Analyses.compare(SIGNUPS, totals, List.of(0.5, 0.5), ResultsMethod.of(ExperimentResults.Engine.SEQUENTIAL), 600L).getFirst();
        var unplanned = Analyses.compare(SIGNUPS, totals, List.of(0.5, 0.5), ResultsMethod.of(ExperimentResults.Engine.SEQUENTIAL), null).getFirst();

        assertThat(planned.pValue()).isGreaterThan(fixed.pValue());
        assertThat(planned.liftLower()).isLessThan(fixed.liftLower());
        assertThat(planned.liftLower()).isNotEqualTo(unplanned.liftLower());
    }

    @Test
    void a_proper_prior_pulls_a_small_sample_s_lift_toward_its_mean() {
        var totals = List.of(new Analyses.Totals(0, "A", 60, 6, 6), new Analyses.Totals(1, "B", 60, 12, 12));
        var cautious = new ResultsMethod(ExperimentResults.Engine.BAYESIAN, Correction.NONE, new ResultsMethod.Prior(0, 0.3));

        var flat = Analyses.compare(SIGNUPS, totals, List.of(0.5, 0.5), ResultsMethod.of(ExperimentResults.Engine.BAYESIAN), null).getFirst();
        var shrunk = Analyses.compare(SIGNUPS, totals, List.of(0.5, 0.5), cautious, null).getFirst();

        assertThat(flat.lift()).isEqualTo(1.0, within(1e-9));
        assertThat(shrunk.lift()).isBetween(0.0, 0.5);
        assertThat(shrunk.chanceToWin()).isLessThan(flat.chanceToWin());
        assertThat(shrunk.liftUpper() - shrunk.liftLower()).isLessThan(flat.liftUpper() - flat.liftLower());
    }
}
