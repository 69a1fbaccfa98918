package dev.duet.experiments;

import dev.duet.access.Role;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static dev.duet.experiments.ExperimentSite.experiment;
import static dev.duet.experiments.ExperimentSite.page;
import static org.assertj.core.api.Assertions.assertThat;

/** Listing and reading experiments, and the rules a story with experiments must meet to be saved. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ExperimentsIT {

    @Parameter
    TestDatabase database;

    TestApp app;
    ExperimentSite site;

    @BeforeEach
    void start() {
        app = new TestApp(database);
        site = new ExperimentSite(app);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void the_list_shows_every_experiment_with_its_draft_and_published_status_variants_and_exposed_units() {
        long home = site.story("home", page(experiment("hero-test", "draft")));
        assertThat(site.admin.post(site.path("/stories/" + home + "/publish"), Map.of("version", 1)).status()).isEqualTo(200);
        assertThat(site.admin.post(site.path("/experiments/hero-test/status"), Map.of("status", "running", "version", 1)).status())
                .isEqualTo(200);
        long pricing = site.story("pricing", page(experiment("pricing-test", "draft")));
        site.traffic("hero-test", 0, 3, 0);
        site.traffic("hero-test", 1, 2, 0);

        var experiments = app.as(Role.VIEWER).get(site.path("/experiments")).json().get("experiments");

        assertThat(experiments).hasSize(2);
        var hero = experiments.get(0);
        assertThat(hero.get("key").asText()).isEqualTo("hero-test");
        assertThat(hero.get("story_id").asLong()).isEqualTo(home);
        assertThat(hero.get("story_name").asText()).isEqualTo("home");
        assertThat(hero.get("full_slug").asText()).isEqualTo("home");
        assertThat(hero.get("block_uid").asText()).isEqualTo("exp-hero-test");
        assertThat(hero.get("status").asText()).isEqualTo("running");
        assertThat(hero.get("live_status").asText()).isEqualTo("draft");
        assertThat(hero.get("units").asLong()).isEqualTo(5);
        assertThat(hero.get("started_at").asText()).isEqualTo("2026-11-23T12:00:00Z");
        assertThat(hero.at("/variants/1/name").asText()).isEqualTo("Shorter headline");
        assertThat(hero.at("/variants/1/component").asText()).isEqualTo("hero");
        assertThat(hero.at("/variants/1/variation").asInt()).isEqualTo(1);
        assertThat(hero.get("weights").toString()).isEqualTo("[0.5,0.5]");
        assertThat(hero.get("coverage").asDouble()).isEqualTo(1.0);
        assertThat(hero.at("/goals/0/event").asText()).isEqualTo("signup");
        assertThat(hero.at("/guardrails/0/type").asText()).isEqualTo("click");
        var pricingTest = experiments.get(1);
        assertThat(pricingTest.get("live_status").isNull()).isTrue();
        assertThat(pricingTest.get("units").asLong()).isZero();
        assertThat(pricingTest.get("started_at").isNull()).isTrue();

        assertThat(keys(site.path("/experiments?status=running"))).containsExactly("hero-test");
        assertThat(keys(site.path("/experiments?story_id=" + pricing))).containsExactly("pricing-test");
        assertThat(keys(site.path("/experiments?status=draft&story_id=" + home))).isEmpty();
    }

    @Test
    void one_experiment_is_read_by_its_key_and_unknown_keys_spaces_and_bad_filters_are_refused() {
        site.story("home", page(experiment("hero-test", "draft")));

        var found = site.admin.get(site.path("/experiments/hero-test"));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().at("/experiment/key").asText()).isEqualTo("hero-test");

        var unknown = site.admin.get(site.path("/experiments/no-such-test"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("experiment \"no-such-test\" not found");
        assertThat(site.admin.get("/api/spaces/987654/experiments").status()).isEqualTo(404);
        var badStatus = site.admin.get(site.path("/experiments?status=paused"));
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().at("/details/0/path").asText()).isEqualTo("status");
        assertThat(site.admin.get(site.path("/experiments?story_id=abc")).status()).isEqualTo(400);
        assertThat(app.anonymous().get(site.path("/experiments")).status()).isEqualTo(401);
    }

    @Test
    void a_story_whose_experiment_breaks_a_rule_is_refused_naming_the_path_and_nothing_is_saved() {
        var response = site.createStory("home", page(experiment("hero-test", "running", "weights", List.of(0.5, 0.4),
                "coverage", 2, "goals", List.of())));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("details").toString()).contains(
                "{\"path\":\"body[0].weights\",\"message\":\"must sum to 1 (they sum to 0.9)\"}",
                "{\"path\":\"body[0].coverage\"",
                "{\"path\":\"body[0].goals\",\"message\":\"a running experiment needs at least one goal metric to decide it by\"}");
        assertThat(site.admin.get(site.path("/stories")).json().get("stories")).isEmpty();
        var badKey = site.createStory("home", page(experiment("Hero Test", "draft")));
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.json().at("/details/0/path").asText()).isEqualTo("body[0].key");
    }

    @Test
    void a_key_another_story_of_the_space_uses_is_refused_naming_that_story_and_nothing_is_saved() {
        long home = site.story("home", page(experiment("hero-test", "draft")));
        long other = site.story("pricing", page(experiment("pricing-test", "draft")));

        var created = site.createStory("landing", page(experiment("hero-test", "draft")));
        assertThat(created.status()).isEqualTo(409);
        assertThat(created.json().get("error").asText()).contains("\"hero-test\" is already used by story " + home + " (“home”)");
        assertThat(created.json().at("/details/0/taken_by").asLong()).isEqualTo(home);
        assertThat(site.admin.get(site.path("/stories")).json().get("stories")).hasSize(2);

        var changed = site.admin.put(site.path("/stories/" + other),
                Map.of("story", Map.of("content", page(experiment("hero-test", "draft"))), "version", 1));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(site.storyJson(other).get("version").asInt()).isEqualTo(1);
        // saving the story that holds the key again is no clash with itself
        var again = site.admin.put(site.path("/stories/" + home),
                Map.of("story", Map.of("content", page(experiment("hero-test", "stopped"))), "version", 1));
        assertThat(again.status()).isEqualTo(200);
        var spaces = app.wiring.spaces.list();
        assertThat(spaces).hasSize(1);
    }

    private List<String> keys(String path) {
        var answer = site.admin.get(path);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("experiments").findValuesAsText("key");
    }
}
