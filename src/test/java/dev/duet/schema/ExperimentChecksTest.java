package dev.duet.schema;

import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules an experiment block must meet before it is saved, checked without a database. */
class ExperimentChecksTest {

    private static final String VARIANTS = """
            "variants": [{"component": "hero", "_uid": "a", "headline": "Hi"}, {"component": "hero", "_uid": "b", "headline": "Hello"}]""";
    private static final String GOALS = """
            "goals": [{"type": "conversion", "event": "signup"}]""";

    @Test
    void a_complete_running_experiment_is_accepted() {
        assertThat(problems(experiment("""
                "key": "hero-test_2", "status": "running", %s, %s, "variant_names": ["Control", "Shorter"],
                "weights": [0.333, 0.667], "coverage": 0.8, "seed": "s", "hash_version": 1, "namespace": ["home", 0, 0.5],
                "planned_units": 2000, "guardrails": [{"type": "click", "block": "b", "aggregation": "sum", "name": "Clicks"},
                                                      {"type": "custom", "event": "revenue", "aggregation": "sum"}]
                """.formatted(VARIANTS, GOALS)))).isEmpty();
    }

    @Test
    void a_draft_needs_no_goal_and_no_optional_setting() {
        assertThat(problems(experiment("\"key\": \"hero\", " + VARIANTS))).isEmpty();
    }

    @Test
    void the_key_is_required_and_a_lowercase_slug_of_at_most_64_characters() {
        assertThat(problems(experiment(VARIANTS))).singleElement().asString().startsWith("body[0].key: required");
        assertThat(problems(experiment("\"key\": \"Hero Test\", " + VARIANTS))).singleElement().asString()
                .startsWith("body[0].key: must be 1 to 64 lowercase letters");
        assertThat(problems(experiment("\"key\": \"" + "k".repeat(65) + "\", " + VARIANTS))).hasSize(1);
        assertThat(problems(experiment("\"key\": 7, " + VARIANTS))).hasSize(1);
    }

    @Test
    void a_key_used_twice_in_one_story_is_refused_naming_the_first() {
        var one = "{\"component\": \"duet_experiment\", \"key\": \"same\", " + VARIANTS + "}";
        assertThat(problems(page(one + ", " + one)))
                .containsExactly("body[1].key: \"same\" is also the key of the experiment at body[0]");
    }

    @Test
    void the_status_is_draft_running_or_stopped() {
        assertThat(problems(experiment("\"key\": \"k\", \"status\": \"paused\", " + VARIANTS)))
                .containsExactly("body[0].status: must be draft, running or stopped, got \"paused\"");
    }

    @Test
    void weights_give_one_non_negative_share_per_variant_summing_to_one() {
        assertThat(problems(experiment("\"key\": \"k\", \"weights\": [0.5, 0.4], " + VARIANTS)))
                .containsExactly("body[0].weights: must sum to 1 (they sum to 0.9)");
        assertThat(problems(experiment("\"key\": \"k\", \"weights\": [1], " + VARIANTS)))
                .containsExactly("body[0].weights: must give one weight per variant: 2 variants, 1 weights");
        assertThat(problems(experiment("\"key\": \"k\", \"weights\": [1.5, -0.5], " + VARIANTS)))
                .containsExactly("body[0].weights[1]: must be a number of 0 or more, got -0.5");
        assertThat(problems(experiment("\"key\": \"k\", \"weights\": [0.3334, 0.6666], " + VARIANTS))).isEmpty();
    }

    @Test
    void coverage_hash_version_and_planned_units_have_their_ranges() {
        assertThat(problems(experiment("\"key\": \"k\", \"coverage\": 1.2, \"hash_version\": 3, \"planned_units\": 0, " + VARIANTS)))
                .containsExactly("body[0].coverage: must be a number from 0 to 1 (the share of visitors in the experiment), got 1.2",
                        "body[0].hash_version: must be 1 or 2 (GrowthBook's hash versions), got 3",
                        "body[0].planned_units: must be a whole number of visitors, 1 or more, got 0");
        assertThat(problems(experiment("\"key\": \"k\", \"planned_units\": 10.5, \"hash_version\": \"2\", " + VARIANTS))).hasSize(2);
    }

    @Test
    void a_namespace_is_a_name_and_a_slice_of_zero_to_one() {
        assertThat(problems(experiment("\"key\": \"k\", \"namespace\": [\"home\", 0.5, 0.5], " + VARIANTS)))
                .containsExactly("body[0].namespace: needs 0 <= start < end <= 1, got start 0.5 and end 0.5");
        assertThat(problems(experiment("\"key\": \"k\", \"namespace\": [\"home\", 0, 1.5], " + VARIANTS))).hasSize(1);
        assertThat(problems(experiment("\"key\": \"k\", \"namespace\": [\"home\", 0], " + VARIANTS))).singleElement().asString()
                .startsWith("body[0].namespace: must be [\"name\", start, end]");
    }

    @Test
    void the_planned_analysis_names_an_engine_a_correction_for_p_values_and_a_bayesian_prior() {
        assertThat(problems(experiment("\"key\": \"k\", \"analysis\": {\"engine\": \"frequentist\", \"correction\": \"holm\"}, " + VARIANTS))).isEmpty();
        assertThat(problems(experiment("\"key\": \"k\", \"analysis\": {\"prior_mean\": 0.05, \"prior_sd\": 0.3}, " + VARIANTS))).isEmpty();
        assertThat(problems(experiment("\"key\": \"k\", \"analysis\": {\"engine\": \"magic\", \"correction\": \"sidak\"}, " + VARIANTS)))
                .containsExactly("body[0].analysis.engine: must be one of bayesian, frequentist, sequential, got \"magic\"",
                        "body[0].analysis.correction: must be one of bh, holm, none, got \"sidak\"");
        assertThat(problems(experiment("\"key\": \"k\", \"analysis\": {\"correction\": \"bh\", \"prior_mean\": 0.1}, " + VARIANTS)))
                .containsExactly("body[0].analysis.correction: adjusts p-values, which only the frequentist or sequential engine gives",
                        "body[0].analysis.prior_sd: is required with prior_mean: how sure the belief is, like 0.3");
        assertThat(problems(experiment("\"key\": \"k\", \"analysis\": {\"engine\": \"sequential\", \"prior_sd\": 0.3, \"alpha\": 0.1}, " + VARIANTS)))
                .containsExactly("body[0].analysis.alpha: is not an analysis setting: engine, correction, prior_mean or prior_sd",
                        "body[0].analysis.prior_sd: a prior is a Bayesian belief; use it with the bayesian engine");
        assertThat(problems(experiment("\"key\": \"k\", \"analysis\": {\"prior_sd\": 0}, " + VARIANTS)))
                .containsExactly("body[0].analysis.prior_sd: must be a number above 0 (leave it out for a flat prior), got 0");
        assertThat(problems(experiment("\"key\": \"k\", \"analysis\": \"frequentist\", " + VARIANTS))).singleElement()
                .asString().startsWith("body[0].analysis: must be an object");
    }

    @Test
    void variant_names_are_texts_and_no_more_than_the_variants() {
        assertThat(problems(experiment("\"key\": \"k\", \"variant_names\": [\"A\", 2, \"C\"], " + VARIANTS)))
                .containsExactly("body[0].variant_names: names 3 variants but there are 2", "body[0].variant_names[1]: must be text, got 2");
    }

    @Test
    void a_running_experiment_needs_a_goal() {
        assertThat(problems(experiment("\"key\": \"k\", \"status\": \"running\", " + VARIANTS)))
                .containsExactly("body[0].goals: a running experiment needs at least one goal metric to decide it by");
    }

    @Test
    void each_metric_is_well_formed() {
        assertThat(problems(experiment("""
                "key": "k", %s, "goals": [{"type": "conversion"}, {"type": "click"}, {"type": "view"},
                {"type": "custom", "event": "revenue", "aggregation": "mean"}, "signup",
                {"type": "custom", "event": "refund", "lower_is_better": "yes"}, {"type": "custom", "event": "refund", "lower_is_better": true}]""".formatted(VARIANTS))))
                .containsExactly("body[0].goals[0].event: required: the name of the event that counts, e.g. \"signup\"",
                        "body[0].goals[1].block: required: the _uid of the block whose clicks count",
                        "body[0].goals[2].type: must be conversion, click or custom, got \"view\"",
                        "body[0].goals[3].aggregation: must be any (did it at least once) or sum (of the events' values), got \"mean\"",
                        "body[0].goals[4]: must be a metric object like {\"type\": \"conversion\", \"event\": \"signup\"}",
                        "body[0].goals[5].lower_is_better: must be true (fewer is better, e.g. refunds) or false, got \"yes\"");
    }

    @Test
    void variants_still_obey_the_field_they_stand_in() {
        assertThat(problems(experiment("""
                "key": "k", "variants": [{"component": "hero", "headline": "Hi"}, {"component": "hero"}]""")))
                .containsExactly("body[0].variants[1].headline: required");
    }

    private static String experiment(String fields) {
        return page("{\"component\": \"duet_experiment\", \"_uid\": \"x\", " + fields + "}");
    }

    private static String page(String bloks) {
        return "{\"component\": \"page\", \"title\": \"Home\", \"body\": [" + bloks + "]}";
    }

    private static List<String> problems(String content) {
        try {
            ContentValidator.validate(ContentValidatorTest.SITE, Json.tree(content));
            return List.of();
        } catch (InvalidInput e) {
            return e.details().stream().map(Object::toString).toList();
        }
    }
}
