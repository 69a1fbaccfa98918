package dev.duet.experiments;

import dev.duet.analytics.Event;
import dev.duet.analytics.EventType;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.duet.experiments.ExperimentSite.NOON;
import static dev.duet.experiments.ExperimentSite.experiment;
import static dev.duet.experiments.ExperimentSite.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Results computed from events appended to the event log, as the events API stores them. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ExperimentResultsIT {

    @Parameter
    TestDatabase database;

    TestApp app;
    ExperimentSite site;

    @BeforeEach
    void start() {
        app = new TestApp(database);
        site = new ExperimentSite(app);
        site.story("home", page(experiment("hero-test", "running", "planned_units", 400)));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void a_clear_winner_after_the_planned_sample_is_shipped_with_lift_chance_to_win_and_risk() {
        site.traffic("hero-test", 0, 200, 20);
        site.traffic("hero-test", 1, 200, 50);

        var results = results("");

        assertThat(results.get("engine").asText()).isEqualTo("bayesian");
        assertThat(results.get("units").asLong()).isEqualTo(400);
        assertThat(results.at("/variations/1/units").asLong()).isEqualTo(200);
        assertThat(results.at("/variations/1/share").asDouble()).isEqualTo(0.5);
        assertThat(results.at("/variations/1/planned_share").asDouble()).isEqualTo(0.5);
        assertThat(results.at("/sample_ratio/flagged").asBoolean()).isFalse();
        assertThat(results.at("/sample_ratio/p_value").asDouble()).isEqualTo(1.0, within(1e-9));
        assertThat(results.at("/progress/planned_units").asLong()).isEqualTo(400);
        assertThat(results.at("/progress/share").asDouble()).isEqualTo(1.0);
        var goal = results.at("/goals/0");
        assertThat(goal.get("name").asText()).isEqualTo("Sign-ups");
        assertThat(goal.get("metric_keys").toString()).isEqualTo("[\"conversion:signup\"]");
        assertThat(goal.at("/variations/0/total").asDouble()).isEqualTo(20);
        assertThat(goal.at("/variations/1/mean").asDouble()).isEqualTo(0.25);
        var lift = goal.at("/comparisons/0");
        assertThat(lift.get("variation").asInt()).isEqualTo(1);
        assertThat(lift.get("lift").asDouble()).isEqualTo(1.5, within(1e-9));
        assertThat(lift.get("lift_lower").asDouble()).isPositive();
        assertThat(lift.get("chance_to_win").asDouble()).isGreaterThan(0.99);
        assertThat(lift.get("risk").asDouble()).isBetween(0.0, 0.05);
        assertThat(results.at("/decision/action").asText()).isEqualTo("ship");
        assertThat(results.at("/decision/label").asText()).isEqualTo("ship Shorter headline");
        assertThat(results.at("/decision/variation").asInt()).isEqualTo(1);

        var frequentist = results("?engine=frequentist").at("/goals/0/comparisons/0");
        assertThat(frequentist.get("p_value").asDouble()).isLessThan(0.05);
        assertThat(frequentist.get("significant").asBoolean()).isTrue();
        assertThat(frequentist.get("chance_to_win").isNull()).isTrue();

        // sequential: valid at any look, so its interval is wider and its p-value larger than the fixed horizon's
        var sequential = results("?engine=sequential");
        assertThat(sequential.get("engine").asText()).isEqualTo("sequential");
        var always = sequential.at("/goals/0/comparisons/0");
        assertThat(always.get("lift").asDouble()).isEqualTo(1.5, within(1e-9));
        assertThat(always.get("p_value").asDouble()).isGreaterThan(frequentist.get("p_value").asDouble());
        assertThat(always.get("lift_lower").asDouble()).isLessThan(frequentist.get("lift_lower").asDouble());
    }

    @Test
    void before_the_planned_sample_the_decision_is_to_keep_running_and_thin_data_is_not_compared() {
        site.traffic("hero-test", 0, 1, 0);
        site.traffic("hero-test", 1, 1, 1);

        var results = results("");

        assertThat(results.at("/sample_ratio/flagged").asBoolean()).isFalse();
        assertThat(results.at("/progress/share").asDouble()).isEqualTo(2 / 400.0, within(1e-9));
        assertThat(results.at("/goals/0/comparisons/0/note").asText()).startsWith("not enough data yet: Control has 1 units");
        assertThat(results.at("/goals/0/comparisons/0/lift").isNull()).isTrue();
        assertThat(results.at("/decision/action").asText()).isEqualTo("keep_running");
        assertThat(results.at("/decision/reason").asText()).startsWith("2 of 400 planned units");
    }

    @Test
    void a_sequential_test_ships_a_clear_winner_before_the_planned_sample() {
        site.traffic("hero-test", 0, 180, 60);
        site.traffic("hero-test", 1, 180, 130);

        assertThat(results("?engine=frequentist").at("/decision/action").asText()).isEqualTo("keep_running");
        var sequential = results("?engine=sequential");
        assertThat(sequential.at("/goals/0/comparisons/0/significant").asBoolean()).isTrue();
        assertThat(sequential.at("/decision/action").asText()).isEqualTo("ship");
        assertThat(sequential.at("/decision/reason").asText()).endsWith("before the planned 400 units (sequential testing)");
    }

    @Test
    void a_sample_ratio_mismatch_is_flagged_and_the_decision_is_to_stop() {
        site.traffic("hero-test", 0, 150, 15);
        site.traffic("hero-test", 1, 300, 30);

        var results = results("?engine=frequentist");

        assertThat(results.at("/sample_ratio/flagged").asBoolean()).isTrue();
        assertThat(results.at("/sample_ratio/p_value").asDouble()).isLessThan(0.001);
        assertThat(results.at("/decision/action").asText()).isEqualTo("stop");
        assertThat(results.at("/decision/reason").asText()).startsWith("sample ratio mismatch");
    }

    @Test
    void a_click_goal_on_the_experiment_block_counts_clicks_anywhere_inside_it() {
        site.traffic("hero-test", 0, 2, 0);
        site.traffic("hero-test", 1, 2, 0);
        app.wiring.eventLog.append(List.of(
                site.event(EventType.CLICK, null, "hero-test-0-0", NOON.plusSeconds(5), "hero-a-hero-test", null, null, null),
                site.event(EventType.CLICK, null, "hero-test-1-0", NOON.plusSeconds(5), "hero-b-hero-test", null, null, null),
                site.event(EventType.CLICK, null, "hero-test-1-1", NOON.plusSeconds(5), "exp-hero-test", null, null, null),
                site.event(EventType.CLICK, null, "hero-test-1-1", NOON.plusSeconds(6), "cta-1", null, null, null)));

        var guardrail = results("").at("/guardrails/0");

        assertThat(guardrail.get("metric_keys").toString())
                .isEqualTo("[\"click:exp-hero-test\",\"click:hero-a-hero-test\",\"click:hero-b-hero-test\"]");
        assertThat(guardrail.at("/variations/0/total").asDouble()).isEqualTo(1);
        assertThat(guardrail.at("/variations/1/total").asDouble()).isEqualTo(2);
    }

    @Test
    void without_exposures_there_is_nothing_to_decide_and_bad_engines_or_unknown_keys_are_refused() {
        var results = results("");
        assertThat(results.get("units").asLong()).isZero();
        assertThat(results.at("/decision/action").asText()).isEqualTo("keep_running");
        assertThat(results.at("/decision/reason").asText()).isEqualTo("no visitor has been exposed yet");

        var badEngine = site.admin.get(site.path("/experiments/hero-test/results?engine=magic"));
        assertThat(badEngine.status()).isEqualTo(400);
        assertThat(badEngine.json().at("/details/0/message").asText()).contains("bayesian, frequentist or sequential");
        assertThat(badEngine.json().at("/details/0/path").asText()).isEqualTo("engine");
        assertThat(site.admin.get(site.path("/experiments/nope/results")).status()).isEqualTo(404);
    }

    @Test
    void results_break_down_by_the_segment_at_exposure_with_the_largest_slices_first() {
        var events = new ArrayList<Event>();
        segmentTraffic(events, "developer", 0, 200, 20);
        segmentTraffic(events, "developer", 1, 200, 100);
        segmentTraffic(events, "marketer", 0, 50, 10);
        segmentTraffic(events, "marketer", 1, 50, 10);
        app.wiring.eventLog.append(events);
        site.traffic("hero-test", 0, 3, 0);

        var answer = site.admin.get(site.path("/experiments/hero-test/results/breakdown?by=Segment&engine=frequentist"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        var breakdown = answer.json().get("breakdown");
        assertThat(breakdown.get("dimension").asText()).isEqualTo("segment");
        assertThat(breakdown.get("engine").asText()).isEqualTo("frequentist");
        assertThat(breakdown.get("note").asText()).contains("by chance");
        var slices = breakdown.get("slices");
        assertThat(slices.findValuesAsText("value")).containsExactly("developer", "marketer", "");
        var developers = slices.get(0);
        assertThat(developers.get("units").asLong()).isEqualTo(400);
        assertThat(developers.at("/variations/1/units").asLong()).isEqualTo(200);
        assertThat(developers.at("/goals/0/variations/1/total").asDouble()).isEqualTo(100);
        assertThat(developers.at("/goals/0/comparisons/0/lift").asDouble()).isEqualTo(4.0, within(1e-9));
        assertThat(developers.at("/goals/0/comparisons/0/significant").asBoolean()).isTrue();
        var marketers = slices.get(1);
        assertThat(marketers.at("/goals/0/comparisons/0/lift").asDouble()).isEqualTo(0.0, within(1e-9));
        assertThat(marketers.at("/goals/0/comparisons/0/significant").asBoolean()).isFalse();
        assertThat(slices.get(2).get("units").asLong()).isEqualTo(3);
        assertThat(slices.get(2).at("/sample_ratio/flagged").asBoolean()).isFalse();
        assertThat(developers.get("units").asLong() + marketers.get("units").asLong() + 3).isEqualTo(results("").get("units").asLong());

        // corrected as one family over the slices: the developers' p-value counts twice, the marketers' is 1
        var corrected = site.admin.get(site.path("/experiments/hero-test/results/breakdown?by=segment&engine=frequentist&correction=holm"))
                .json().get("breakdown");
        assertThat(corrected.get("correction").asText()).isEqualTo("holm");
        assertThat(corrected.get("note").asText()).contains("one family");
        assertThat(corrected.at("/slices/0/goals/0/comparisons/0/p_value_adjusted").asDouble())
                .isEqualTo(2 * developers.at("/goals/0/comparisons/0/p_value").asDouble(), within(1e-12));
        assertThat(corrected.at("/slices/1/goals/0/comparisons/0/p_value_adjusted").asDouble()).isEqualTo(1.0);

        var unknown = site.admin.get(site.path("/experiments/hero-test/results/breakdown?by=weather"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/details/0/path").asText()).isEqualTo("by");
        assertThat(unknown.json().at("/details/0/message").asText()).contains("segment, channel, locale, device");
        assertThat(site.admin.get(site.path("/experiments/hero-test/results/breakdown")).status()).isEqualTo(400);
        assertThat(site.admin.get(site.path("/experiments/nope/results/breakdown?by=device")).status()).isEqualTo(404);
    }

    @Test
    void where_lower_is_better_a_variation_that_lowers_the_goal_wins_and_is_shipped() {
        site.story("returns", page(experiment("refund-test", "running", "planned_units", 400,
                "goals", List.of(Map.of("type", "conversion", "event", "refund", "name", "Refunds", "lower_is_better", true)))));
        var events = new ArrayList<Event>();
        for (int variation = 0; variation < 2; variation++) {
            for (int i = 0; i < 200; i++) {
                var visitor = "buyer-" + variation + "-" + i;
                events.add(site.event(EventType.EXPOSURE, null, visitor, NOON, null, "refund-test", variation, null));
                if (i < (variation == 0 ? 40 : 10)) {
                    events.add(site.event(EventType.CONVERSION, "refund", visitor, NOON.plusSeconds(60), null, null, null, null));
                }
            }
        }
        app.wiring.eventLog.append(events);

        var answer = site.admin.get(site.path("/experiments/refund-test/results"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        var goal = answer.json().at("/results/goals/0");
        assertThat(goal.get("lower_is_better").asBoolean()).isTrue();
        var comparison = goal.at("/comparisons/0");
        assertThat(comparison.get("lift").asDouble()).isEqualTo(-0.75, within(1e-9));
        assertThat(comparison.get("chance_to_win").asDouble()).isGreaterThan(0.99);
        assertThat(comparison.get("risk").asDouble()).isBetween(0.0, 0.01);
        assertThat(answer.json().at("/results/decision/action").asText()).isEqualTo("ship");
        assertThat(results("").at("/goals/0/lower_is_better").asBoolean()).isFalse();
    }

    @Test
    void a_correction_over_several_goals_keeps_a_chance_win_from_being_shipped() {
        offerTestWithAChanceWin();

        var plain = offerResults("?engine=frequentist");
        var signups = plain.at("/goals/0/comparisons/0");
        double p = signups.get("p_value").asDouble();
        assertThat(p).isBetween(0.025, 0.05);
        assertThat(signups.get("p_value_adjusted").isNull()).isTrue();
        assertThat(plain.get("correction").asText()).isEqualTo("none");
        assertThat(plain.at("/decision/action").asText()).isEqualTo("ship");

        var holm = offerResults("?engine=frequentist&correction=holm");
        assertThat(holm.get("correction").asText()).isEqualTo("holm");
        var corrected = holm.at("/goals/0/comparisons/0");
        assertThat(corrected.get("p_value").asDouble()).isEqualTo(p);
        assertThat(corrected.get("p_value_adjusted").asDouble()).isEqualTo(2 * p, within(1e-12));
        assertThat(corrected.get("significant").asBoolean()).isFalse();
        assertThat(corrected.get("lift_lower").asDouble()).isNegative();
        assertThat(holm.at("/goals/1/comparisons/0/p_value_adjusted").asDouble()).isEqualTo(1.0);
        assertThat(holm.at("/guardrails/0/comparisons/0/p_value_adjusted").isMissingNode()
                || holm.at("/guardrails/0/comparisons/0/p_value_adjusted").isNull()).isTrue();
        assertThat(holm.at("/decision/action").asText()).isEqualTo("stop");
        assertThat(offerResults("?engine=sequential&correction=benjamini-hochberg").get("correction").asText()).isEqualTo("bh");

        var bayesian = site.admin.get(site.path("/experiments/offer-test/results?correction=holm"));
        assertThat(bayesian.status()).isEqualTo(400);
        assertThat(bayesian.json().at("/details/0/path").asText()).isEqualTo("correction");
        assertThat(bayesian.json().at("/details/0/message").asText()).contains("engine=frequentist or sequential");
        var unknown = site.admin.get(site.path("/experiments/offer-test/results/breakdown?by=device&engine=frequentist&correction=bonferroni"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/details/0/message").asText()).contains("none, holm or bh");
    }

    /** Two goals; on the first, B's lift is significant at 0.05 alone and not once corrected for the second. */
    private void offerTestWithAChanceWin(Object... more) {
        var settings = new ArrayList<Object>(List.of("planned_units", 2000, "goals", List.of(
                Map.of("type", "conversion", "event", "signup", "name", "Sign-ups"),
                Map.of("type", "conversion", "event", "newsletter", "name", "Newsletter"))));
        settings.addAll(List.of(more));
        site.story("offers", page(experiment("offer-test", "running", settings.toArray())));
        var events = new ArrayList<Event>();
        for (int variation = 0; variation < 2; variation++) {
            for (int i = 0; i < 1000; i++) {
                var visitor = "reader-" + variation + "-" + i;
                events.add(site.event(EventType.EXPOSURE, null, visitor, NOON, null, "offer-test", variation, null));
                if (i < (variation == 0 ? 100 : 135)) {
                    events.add(site.event(EventType.CONVERSION, "signup", visitor, NOON.plusSeconds(60), null, null, null, null));
                }
                if (i % 10 == 0) {
                    events.add(site.event(EventType.CONVERSION, "newsletter", visitor, NOON.plusSeconds(90), null, null, null, null));
                }
            }
        }
        app.wiring.eventLog.append(events);
    }

    @Test
    void the_planned_analysis_reads_the_results_unless_the_reader_asks_for_another_method() {
        offerTestWithAChanceWin("analysis", Map.of("engine", "frequentist", "correction", "holm"));

        var experiment = site.admin.get(site.path("/experiments/offer-test")).json().get("experiment");
        assertThat(experiment.at("/analysis/engine").asText()).isEqualTo("frequentist");
        assertThat(experiment.at("/analysis/correction").asText()).isEqualTo("holm");
        assertThat(experiment.at("/analysis/prior_sd").isNull()).isTrue();
        var planned = offerResults("");
        assertThat(planned.get("engine").asText()).isEqualTo("frequentist");
        assertThat(planned.get("correction").asText()).isEqualTo("holm");
        assertThat(planned.get("planned").asBoolean()).isTrue();
        assertThat(planned.at("/goals/0/comparisons/0/p_value_adjusted").isNumber()).isTrue();
        assertThat(planned.at("/decision/action").asText()).isEqualTo("stop");
        assertThat(offerResults("?engine=frequentist&correction=holm").get("planned").asBoolean()).isTrue();

        var other = offerResults("?engine=frequentist");
        assertThat(other.get("planned").asBoolean()).isFalse();
        assertThat(other.at("/decision/action").asText()).isEqualTo("ship");
        var breakdown = site.admin.get(site.path("/experiments/offer-test/results/breakdown?by=device")).json().get("breakdown");
        assertThat(breakdown.get("correction").asText()).isEqualTo("holm");
        assertThat(breakdown.get("planned").asBoolean()).isTrue();
        assertThat(results("").get("engine").asText()).as("no plan: Bayesian").isEqualTo("bayesian");
        assertThat(site.admin.get(site.path("/experiments/hero-test")).json().at("/experiment/analysis/engine").asText())
                .isEqualTo("bayesian");
    }

    @Test
    void a_planned_analysis_the_results_could_not_use_is_refused_when_the_story_is_saved() {
        var refused = site.createStory("bad-plan", page(experiment("plan-test", "draft",
                "analysis", Map.of("engine", "bayesian", "correction", "holm"))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/details/0/path").asText()).isEqualTo("body[0].analysis.correction");
        assertThat(site.admin.get(site.path("/experiments/plan-test")).status()).isEqualTo(404);
    }

    @Test
    void a_proper_prior_tempers_a_small_sample_s_lift_and_is_said_with_the_results() {
        site.traffic("hero-test", 0, 40, 4);
        site.traffic("hero-test", 1, 40, 12);

        var flat = results("");
        var cautious = results("?prior_sd=0.3");

        assertThat(flat.get("prior").isNull()).isTrue();
        assertThat(cautious.at("/prior/mean").asDouble()).isZero();
        assertThat(cautious.at("/prior/sd").asDouble()).isEqualTo(0.3);
        var raw = flat.at("/goals/0/comparisons/0");
        var tempered = cautious.at("/goals/0/comparisons/0");
        assertThat(raw.get("lift").asDouble()).isEqualTo(2.0, within(1e-9));
        assertThat(tempered.get("lift").asDouble()).isBetween(0.0, 1.0);
        assertThat(tempered.get("chance_to_win").asDouble()).isLessThan(raw.get("chance_to_win").asDouble());
        var optimistic = results("?prior_sd=0.3&prior_mean=0.5").at("/goals/0/comparisons/0");
        assertThat(optimistic.get("lift").asDouble()).isGreaterThan(tempered.get("lift").asDouble());

        var frequentist = site.admin.get(site.path("/experiments/hero-test/results?engine=frequentist&prior_sd=0.3"));
        assertThat(frequentist.status()).isEqualTo(400);
        assertThat(frequentist.json().at("/details/0/path").asText()).isEqualTo("prior_sd");
        var malformed = site.admin.get(site.path("/experiments/hero-test/results/breakdown?by=device&prior_sd=-1&prior_mean=x"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("details").findValuesAsText("path")).containsExactlyInAnyOrder("prior_sd", "prior_mean");
    }

    private com.fasterxml.jackson.databind.JsonNode offerResults(String query) {
        var answer = site.admin.get(site.path("/experiments/offer-test/results" + query));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("results");
    }

    private void segmentTraffic(List<Event> events, String segment, int variation, int count, int converted) {
        for (int i = 0; i < count; i++) {
            var visitor = segment + "-" + variation + "-" + i;
            events.add(new Event(site.spaceId, EventType.EXPOSURE, null, visitor, NOON, null, null, "hero-test", variation,
                    null, segment, null, null, null));
            if (i < converted) {
                events.add(new Event(site.spaceId, EventType.CONVERSION, "signup", visitor, NOON.plusSeconds(30), null,
                        null, null, null, null, segment, null, null, null));
            }
        }
    }

    private com.fasterxml.jackson.databind.JsonNode results(String query) {
        var answer = site.admin.get(site.path("/experiments/hero-test/results" + query));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("results");
    }
}
