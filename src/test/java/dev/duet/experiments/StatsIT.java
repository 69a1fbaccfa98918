package dev.duet.experiments;

import dev.duet.access.AuditLog;
import dev.duet.access.Role;
import dev.duet.testing.OnBothDatabases;
import dev.duet.testing.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** POST /api/stats/analyze over real HTTP: published reference numbers, who may call it, and bad input. */
class StatsIT extends OnBothDatabases {

    private static final String ANALYZE = "/api/stats/analyze";

    /** packages/stats/tests/frequentist/test_tests.py, TestTwoSidedTTest: A = 1396.87 / 52377.9767 / 3407, B = 2422.7 / 134698.29 / 3461. */
    private static Map<String, Object> tTestCase() {
        return new HashMap<>(Map.of("metric_type", "mean", "variations", List.of(
                Map.of("name", "Control", "n", 3407, "sum", 1396.87, "sum_squares", 52377.9767),
                Map.of("name", "New hero", "n", 3461, "sum", 2422.7, "sum_squares", 134698.29))));
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        var copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private long auditEntries() {
        return app.wiring.audit.count(new AuditLog.Filter(null, null, null, null, null));
    }

    private static void assertRefused(Response response, String path) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().at("/details/0/path").asText()).as(response.toString()).isEqualTo(path);
        assertThat(response.json().get("error").asText()).contains(path);
    }

    @Test
    void a_t_test_over_http_gives_the_published_numbers() {
        var response = app.admin().post(ANALYZE, tTestCase());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var json = response.json();
        assertThat(json.at("/variations/0/name").asText()).isEqualTo("Control");
        assertThat(json.at("/variations/1/n").asLong()).isEqualTo(3461);
        assertThat(json.at("/variations/1/mean").asDouble()).isCloseTo(0.7, within(1e-12));
        var comparison = json.at("/comparisons/0");
        assertThat(comparison.get("variation").asInt()).isEqualTo(1);
        assertThat(comparison.get("result").asText()).isEqualTo("frequentist");
        assertThat(comparison.at("/lift/difference").asText()).isEqualTo("relative");
        assertThat(comparison.at("/lift/estimate").asDouble()).isCloseTo(0.70732, within(0.000005));
        assertThat(comparison.at("/lift/se").asDouble()).isCloseTo(0.37879, within(0.000005));
        assertThat(comparison.at("/lift/ci/0").asDouble()).isCloseTo(-0.03526, within(0.000005));
        assertThat(comparison.at("/lift/ci/1").asDouble()).isCloseTo(1.44989, within(0.000005));
        assertThat(comparison.get("p_value").asDouble()).isCloseTo(0.06191, within(0.000005));
        assertThat(comparison.get("cuped").asBoolean()).isFalse();
        assertThat(comparison.has("chance_to_win")).isFalse();
        assertThat(json.at("/srm/flagged").asBoolean()).isFalse();
        assertThat(json.at("/options/engine").asText()).isEqualTo("frequentist");
    }

    @Test
    void a_bayesian_analysis_of_proportions_gives_the_published_chance_to_win_and_risk() {
        // packages/stats/tests/bayesian/test_tests.py, TestBinom.test_bayesian_binomial_ab_test
        var body = Map.of("metric_type", "proportion", "options", Map.of("engine", "bayesian"), "variations", List.of(
                Map.of("n", 100, "sum", 49), Map.of("n", 100, "sum", 51)));

        var comparison = app.as(Role.VIEWER).post(ANALYZE, body).json().at("/comparisons/0");

        assertThat(comparison.get("result").asText()).isEqualTo("bayesian");
        assertThat(comparison.get("chance_to_win").asDouble()).isCloseTo(0.60918, within(0.000005));
        assertThat(comparison.at("/risk/0").asDouble()).isCloseTo(0.0814, within(0.000005));
        assertThat(comparison.at("/risk/1").asDouble()).isCloseTo(0.04058, within(0.000005));
        assertThat(comparison.at("/lift/ci/0").asDouble()).isCloseTo(-0.24779, within(0.000005));
        assertThat(comparison.has("p_value")).isFalse();
    }

    @Test
    void cuped_sequential_testing_and_a_correction_pass_through() {
        // packages/stats/tests/frequentist/test_tests.py, TestSequentialTTest.test_sequential_test_runs_ra
        var body = Map.of("metric_type", "mean", "options", Map.of("sequential", true, "correction", "holm"), "variations", List.of(
                Map.of("n", 3000, "sum", 1396.87, "sum_squares", 52377.9767, "pre_sum", 16.87, "pre_sum_squares", 527.9767, "sum_cross", 1),
                Map.of("n", 3461, "sum", 2422.7, "sum_squares", 134698.29, "pre_sum", 22.7, "pre_sum_squares", 1348.29, "sum_cross", 1)));

        var comparison = app.admin().post(ANALYZE, body).json().at("/comparisons/0");

        assertThat(comparison.get("result").asText()).isEqualTo("sequential");
        assertThat(comparison.get("cuped").asBoolean()).isTrue();
        assertThat(comparison.at("/lift/ci/0").asDouble()).isCloseTo(-0.50969, within(0.000005));
        assertThat(comparison.at("/lift/ci/1").asDouble()).isCloseTo(1.51646, within(0.000005));
        assertThat(comparison.get("p_value").asDouble()).isEqualTo(1);
        assertThat(comparison.get("p_value_adjusted").asDouble()).isEqualTo(1);
        assertThat(comparison.at("/ci_adjusted/0").isNull()).as("unbounded at an adjusted p-value of 1").isTrue();
    }

    @Test
    void a_sample_ratio_mismatch_is_flagged_against_the_planned_weights() {
        // packages/back-end/test/stats.test.ts: [1000, 1200] at [0.5, 0.5] -> 0.000020079
        var body = Map.of("metric_type", "proportion", "weights", List.of(0.5, 0.5), "variations", List.of(
                Map.of("n", 1000, "sum", 100), Map.of("n", 1200, "sum", 130)));

        var srm = app.admin().post(ANALYZE, body).json().get("srm");

        assertThat(srm.get("p_value").asDouble()).isCloseTo(0.000020079, within(0.0000000005));
        assertThat(srm.get("flagged").asBoolean()).isTrue();
        assertThat(srm.get("threshold").asDouble()).isEqualTo(0.001);
    }

    @Test
    void every_role_and_a_read_token_may_analyse_and_nothing_is_audited() {
        var callers = new java.util.ArrayList<dev.duet.testing.Client>();
        for (var role : Role.values()) callers.add(app.as(role));
        var secret = app.admin().post("/api/tokens", Map.of("name", "data team", "scopes", List.of("content:read"))).json().get("secret").asText();
        callers.add(app.anonymous().bearer(secret));
        long before = auditEntries();

        for (var caller : callers) assertThat(caller.post(ANALYZE, tTestCase()).status()).isEqualTo(200);

        assertThat(auditEntries()).as("a computation leaves no audit entry").isEqualTo(before);
    }

    @Test
    void callers_without_credentials_a_read_scope_or_the_csrf_header_are_refused() {
        var secret = app.admin().post("/api/tokens", Map.of("name", "ci", "scopes", List.of("story:write"))).json().get("secret").asText();

        assertThat(app.anonymous().post(ANALYZE, tTestCase()).status()).isEqualTo(401);
        assertThat(app.anonymous().bearer(secret).post(ANALYZE, tTestCase()).status()).isEqualTo(403);
        var noCsrf = app.admin().withoutHeader("X-CSRF-Token").post(ANALYZE, tTestCase());
        assertThat(noCsrf.status()).isEqualTo(403);
        assertThat(noCsrf.json().get("error").asText()).contains("X-CSRF-Token");
    }

    @Test
    void impossible_statistics_are_refused_naming_the_field() {
        var admin = app.admin();
        var control = Map.of("n", 3407, "sum", 1396.87, "sum_squares", 52377.9767);

        assertRefused(admin.post(ANALYZE, with(tTestCase(), "variations", List.of(control))), "variations");
        assertRefused(admin.post(ANALYZE, with(tTestCase(), "variations", List.of(control, Map.of("n", 0, "sum", 1, "sum_squares", 1)))),
                "variations[1].n");
        assertRefused(admin.post(ANALYZE, with(tTestCase(), "variations", List.of(control, Map.of("n", -5, "sum", 1, "sum_squares", 1)))),
                "variations[1].n");
        assertRefused(admin.post(ANALYZE, with(tTestCase(), "variations", List.of(control, Map.of("n", 10, "sum", 1, "sum_squares", -1)))),
                "variations[1].sum_squares");
        assertRefused(admin.post(ANALYZE, with(tTestCase(), "variations", List.of(control, Map.of("n", 2.5, "sum", 1, "sum_squares", 1)))),
                "variations[1].n");
        assertRefused(admin.post(ANALYZE, with(tTestCase(), "variations", List.of(control, Map.of("n", 10, "sum", 1)))),
                "variations[1].sum_squares");
        assertRefused(admin.post(ANALYZE, with(tTestCase(), "variations", List.of(control, Map.of("n", "many", "sum", 1, "sum_squares", 1)))),
                "variations[1].n");
        assertRefused(admin.post(ANALYZE, with(tTestCase(), "variations", List.of(control, Map.of("n", 10, "sum", 1e200, "sum_squares", 1e300)))),
                "variations[1].sum");
        assertRefused(admin.post(ANALYZE, Map.of("metric_type", "proportion", "variations", List.of(
                Map.of("n", 10, "sum", 3), Map.of("n", 10, "sum", 12)))), "variations[1].sum");
    }

    @Test
    void bad_options_are_refused_naming_the_field() {
        var admin = app.admin();

        assertRefused(admin.post(ANALYZE, with(tTestCase(), "metric_type", "median")), "metric_type");
        assertRefused(admin.post(ANALYZE, with(tTestCase(), "metric_type", null)), "metric_type");
        assertRefused(admin.post(ANALYZE, with(tTestCase(), "weights", List.of(0.5, 0.4))), "weights");
        assertRefused(admin.post(ANALYZE, with(tTestCase(), "weights", List.of(0.2, 0.3, 0.5))), "weights");
        assertRefused(admin.post(ANALYZE, with(tTestCase(), "weights", java.util.Arrays.asList(1.0, null))), "weights[1]");
        assertRefused(admin.post(ANALYZE, with(tTestCase(), "options", Map.of("engine", "magic"))), "options.engine");
        assertRefused(admin.post(ANALYZE, with(tTestCase(), "options", Map.of("difference", "ratio"))), "options.difference");
        assertRefused(admin.post(ANALYZE, with(tTestCase(), "options", Map.of("correction", "bonferroni"))), "options.correction");
        assertRefused(admin.post(ANALYZE, with(tTestCase(), "options", Map.of("alpha", 0))), "options.alpha");
        assertRefused(admin.post(ANALYZE, with(tTestCase(), "options", Map.of("sequential", true, "sequential_tuning", -1))),
                "options.sequential_tuning");
        assertRefused(admin.post(ANALYZE, with(tTestCase(), "options", Map.of("engine", "bayesian", "prior", Map.of("mean", 0, "variance", 0)))),
                "options.prior.variance");
        assertRefused(admin.post(ANALYZE, with(tTestCase(), "options", Map.of("engine", "bayesian", "sequential", true))),
                "options.sequential");
    }

    @Test
    void malformed_bodies_are_refused() {
        var admin = app.admin();

        assertThat(admin.post(ANALYZE, "{\"metric_type\": ").status()).isEqualTo(400);
        assertThat(admin.post(ANALYZE, "").status()).isEqualTo(400);
        assertRefused(admin.post(ANALYZE, "{\"metric_type\": \"mean\", \"variations\": 3}"), "variations");
    }

    @Test
    void a_comparison_that_cannot_be_made_says_why() {
        var body = Map.of("metric_type", "proportion", "variations", List.of(Map.of("n", 100, "sum", 0), Map.of("n", 100, "sum", 4)));

        var comparison = app.admin().post(ANALYZE, body).json().at("/comparisons/0");

        assertThat(comparison.get("result").asText()).isEqualTo("inconclusive");
        assertThat(comparison.get("reason").asText()).isNotBlank();
        assertThat(comparison.has("lift")).isFalse();
    }
}
