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

/** Starting, stopping and shipping: each a new story version through the normal content path. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ExperimentDecisionsIT {

    @Parameter
    TestDatabase database;

    TestApp app;
    ExperimentSite site;
    long home;

    @BeforeEach
    void start() {
        app = new TestApp(database);
        site = new ExperimentSite(app);
        home = site.story("home", page(experiment("hero-test", "running")));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void shipping_a_variant_replaces_the_experiment_block_by_that_variant_in_a_new_version() {
        var editor = app.as(Role.EDITOR);

        var shipped = editor.post(site.path("/experiments/hero-test/ship"), Map.of("variation", 1, "version", 1));

        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
        assertThat(shipped.header("ETag")).isEqualTo("\"2\"");
        var story = site.storyJson(home);
        assertThat(story.get("version").asInt()).isEqualTo(2);
        assertThat(story.at("/content/body/0/_uid").asText()).isEqualTo("hero-b-hero-test");
        assertThat(story.at("/content/body/0/component").asText()).isEqualTo("hero");
        assertThat(story.at("/content/body/0/headline").asText()).isEqualTo("Ship today");
        assertThat(story.at("/content/body/1/_uid").asText()).isEqualTo("cta-1");
        assertThat(story.get("published").asBoolean()).as("publishing stays a separate step").isFalse();
        assertThat(site.admin.get(site.path("/experiments/hero-test")).status()).isEqualTo(404);
        var feed = site.admin.get(site.path("/activity?story_id=" + home)).json();
        assertThat(feed.toString()).contains("Shipped “Shorter headline” (variation 1) of experiment hero-test");
    }

    @Test
    void a_stale_or_missing_version_a_bad_variation_or_an_unknown_key_ship_nothing() {
        assertThat(site.admin.post(site.path("/experiments/hero-test/ship"), Map.of("variation", 1, "version", 7)).status()).isEqualTo(409);
        assertThat(site.admin.post(site.path("/experiments/hero-test/ship"), Map.of("variation", 1)).status()).isEqualTo(428);
        var outOfRange = site.admin.post(site.path("/experiments/hero-test/ship"), Map.of("variation", 2, "version", 1));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.json().at("/details/0/path").asText()).isEqualTo("variation");
        assertThat(site.admin.post(site.path("/experiments/hero-test/ship"), Map.of("version", 1)).status()).isEqualTo(400);
        assertThat(site.admin.post(site.path("/experiments/hero-test/ship"), "{\"variation\": \"one\", \"version\": 1}").status()).isEqualTo(400);
        assertThat(site.admin.post(site.path("/experiments/nope/ship"), Map.of("variation", 1, "version", 1)).status()).isEqualTo(404);

        assertThat(site.storyJson(home).get("version").asInt()).isEqualTo(1);
        assertThat(site.storyJson(home).at("/content/body/0/component").asText()).isEqualTo("duet_experiment");
    }

    @Test
    void stopping_and_starting_change_the_status_in_a_new_version_and_starting_needs_a_goal() {
        var stopped = site.admin.post(site.path("/experiments/hero-test/status"), Map.of("status", "stopped", "version", 1));

        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(200);
        assertThat(site.storyJson(home).at("/content/body/0/status").asText()).isEqualTo("stopped");
        assertThat(site.storyJson(home).get("version").asInt()).isEqualTo(2);
        assertThat(site.admin.get(site.path("/experiments/hero-test")).json().at("/experiment/status").asText()).isEqualTo("stopped");

        long pricing = site.story("pricing", page(experiment("pricing-test", "draft", "goals", List.of())));
        var start = site.admin.post(site.path("/experiments/pricing-test/status"), Map.of("status", "running", "version", 1));
        assertThat(start.status()).isEqualTo(400);
        assertThat(start.json().get("error").asText()).contains("has no goal metric");
        var unknown = site.admin.post(site.path("/experiments/hero-test/status"), Map.of("status", "paused", "version", 2));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/details/0/path").asText()).isEqualTo("status");
        assertThat(site.admin.post(site.path("/experiments/hero-test/status"), Map.of("status", "running", "version", 1)).status())
                .isEqualTo(409);
        assertThat(site.storyJson(pricing).get("version").asInt()).isEqualTo(1);
        assertThat(site.storyJson(home).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void viewers_and_approvers_may_read_but_not_decide_and_nothing_changes() {
        for (var role : List.of(Role.VIEWER, Role.APPROVER)) {
            var client = app.as(role);
            assertThat(client.get(site.path("/experiments")).status()).isEqualTo(200);
            assertThat(client.get(site.path("/experiments/hero-test")).status()).isEqualTo(200);
            assertThat(client.get(site.path("/experiments/hero-test/results")).status()).isEqualTo(200);
            assertThat(client.post(site.path("/experiments/hero-test/ship"), Map.of("variation", 1, "version", 1)).status())
                    .as(role + " ships").isEqualTo(403);
            assertThat(client.post(site.path("/experiments/hero-test/status"), Map.of("status", "stopped", "version", 1)).status())
                    .as(role + " stops").isEqualTo(403);
        }
        assertThat(app.anonymous().post(site.path("/experiments/hero-test/ship"), Map.of("variation", 1, "version", 1)).status())
                .isEqualTo(401);
        assertThat(site.storyJson(home).get("version").asInt()).isEqualTo(1);
    }
}
