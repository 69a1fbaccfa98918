package dev.duet.experiments;

import dev.duet.failure.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ResultsMethodTest {

    @Test
    void nothing_asked_is_bayesian_with_a_flat_prior_and_no_correction() {
        assertThat(ResultsMethod.parse(null, null, null, null))
                .isEqualTo(new ResultsMethod(ExperimentResults.Engine.BAYESIAN, Correction.NONE, null));
    }

    @Test
    void a_prior_needs_its_spread_and_its_mean_defaults_to_no_lift() {
        assertThat(ResultsMethod.parse("bayesian", "", null, "0.3").prior()).isEqualTo(new ResultsMethod.Prior(0, 0.3));
        assertThat(ResultsMethod.parse(null, null, "0.05", " 0.2 ").prior()).isEqualTo(new ResultsMethod.Prior(0.05, 0.2));
        assertThat(problems(null, null, "0.1", null)).containsExactly("prior_sd: is required with prior_mean: how sure the belief is, like 0.3");
        assertThat(problems(null, null, null, "0")).containsExactly("prior_sd: must be above 0 (leave the prior out for a flat one), got 0");
        assertThat(problems(null, null, "much", "NaN")).containsExactly("prior_sd: must be a number, got NaN",
                "prior_mean: must be a number, got much");
    }

    @Test
    void each_engine_takes_only_what_it_can_use_and_every_problem_is_named() {
        assertThat(ResultsMethod.parse("Sequential", "BH", null, null))
                .isEqualTo(new ResultsMethod(ExperimentResults.Engine.SEQUENTIAL, Correction.BH, null));
        assertThat(problems("frequentist", null, null, "0.3")).containsExactly("prior_sd: a prior is a Bayesian belief; use it with engine=bayesian");
        assertThat(problems("bayesian", "holm", null, null))
                .containsExactly("correction: adjusts p-values, which only engine=frequentist or sequential gives");
        assertThat(problems("magic", "bonferroni", null, null)).containsExactly(
                "engine: must be bayesian, frequentist or sequential, got magic", "correction: must be none, holm or bh, got bonferroni");
    }

    private static java.util.List<String> problems(String engine, String correction, String mean, String sd) {
        var error = catchThrowableOfType(InvalidInput.class, () -> ResultsMethod.parse(engine, correction, mean, sd));
        return error.details().stream().map(Object::toString).toList();
    }
}
