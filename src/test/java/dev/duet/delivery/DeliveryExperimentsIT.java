package dev.duet.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import dev.duet.web.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static dev.duet.delivery.ExperimentStories.cta;
import static dev.duet.delivery.ExperimentStories.feature;
import static dev.duet.delivery.ExperimentStories.hero;
import static dev.duet.delivery.ExperimentStories.heroExperiment;
import static dev.duet.delivery.ExperimentStories.page;
import static org.assertj.core.api.Assertions.assertThat;

/** Experiment blocks in delivery: resolved per visitor id, left for the site without one, cached per combination. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class DeliveryExperimentsIT {

    @Parameter
    TestDatabase database;

    TestApp app;
    AcmeSite site;
    CdnCalls cdn;

    @BeforeEach
    void start() {
        app = new TestApp(database);
        site = AcmeSite.create(app);
        cdn = new CdnCalls(app, site);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private String publish(Map<String, Object> heroExperiment) {
        var name = "Experiment " + heroExperiment.get("status") + " " + heroExperiment.hashCode();
        return site.publishNew(name, null, page(heroExperiment)).get("full_slug").asText();
    }

    private JsonNode story(String pathAndQuery) {
        var response = cdn.get(pathAndQuery);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("story");
    }

    @Test
    void each_visitor_gets_the_variant_the_experiment_assigns_and_a_fifty_fifty_split_stays_near_half() {
        var stored = heroExperiment("running", Map.of());
        var slug = publish(stored);
        var block = ExperimentStories.block(stored);

        int variantB = 0;
        for (int i = 0; i < 1000; i++) {
            var visitor = "visitor-" + i;
            var shown = hero(story("stories/" + slug + "?visitor=" + visitor));
            int expected = block.assign(visitor).orElseThrow();
            assertThat(shown.at("/_experiment/variation").asInt()).as(visitor).isEqualTo(expected);
            assertThat(shown.get("_uid").asText()).isEqualTo(expected == 0 ? "hero-a" : "hero-b");
            assertThat(shown.at("/_experiment/in_experiment").asBoolean()).isTrue();
            variantB += expected;
        }

        assertThat(variantB).isBetween(450, 550);
        var one = hero(story("stories/" + slug + "?visitor=visitor-1")).get("_experiment");
        assertThat(one.get("key").asText()).isEqualTo("hero-test");
        assertThat(one.get("uid").asText()).isEqualTo("exp-hero");
        assertThat(one.get("variation_name").asText())
                .isEqualTo(List.of("Control", "Shorter headline").get(one.get("variation").asInt()));
        assertThat(one.get("status").asText()).isEqualTo("running");
    }

    @Test
    void uneven_weights_are_respected() {
        var slug = publish(heroExperiment("running", Map.of("weights", List.of(0.2, 0.8))));

        int variantB = 0;
        for (int i = 0; i < 500; i++) variantB += hero(story("stories/" + slug + "?visitor=w" + i)).at("/_experiment/variation").asInt();

        assertThat(variantB).isBetween(360, 440);
    }

    @Test
    void a_visitor_outside_the_coverage_sees_the_control_and_is_not_in_the_experiment() {
        var stored = heroExperiment("running", Map.of("coverage", 0.5));
        var slug = publish(stored);
        var block = ExperimentStories.block(stored);

        int outside = 0;
        for (int i = 0; i < 300; i++) {
            var visitor = "c" + i;
            var note = hero(story("stories/" + slug + "?visitor=" + visitor)).get("_experiment");
            var assigned = block.assign(visitor);
            assertThat(note.get("in_experiment").asBoolean()).isEqualTo(assigned.isPresent());
            assertThat(note.get("variation").asInt()).isEqualTo(assigned.orElse(0));
            if (assigned.isEmpty()) outside++;
        }

        assertThat(outside).isBetween(110, 190);
    }

    @Test
    void experiments_in_nested_bloks_and_richtext_blok_nodes_are_resolved_too() {
        var slug = publish(heroExperiment("running", Map.of()));
        var feature = ExperimentStories.block(Map.of("component", "duet_experiment", "_uid", "exp-feature",
                "key", "feature-test", "status", "running", "variants", List.of(Map.of(), Map.of())));
        var cta = ExperimentStories.block(Map.of("component", "duet_experiment", "_uid", "exp-cta",
                "key", "cta-test", "status", "running", "variants", List.of(Map.of(), Map.of())));

        for (var visitor : List.of("ann", "bob", "cy", "dee", "eve", "fay")) {
            var story = story("stories/" + slug + "?visitor=" + visitor);
            int featureVariation = feature.assign(visitor).orElseThrow();
            int ctaVariation = cta.assign(visitor).orElseThrow();
            assertThat(feature(story).get("_uid").asText()).isEqualTo(featureVariation == 0 ? "feature-a" : "feature-b");
            assertThat(feature(story).at("/_experiment/key").asText()).isEqualTo("feature-test");
            assertThat(cta(story).get("_uid").asText()).isEqualTo(ctaVariation == 0 ? "cta-a" : "cta-b");
            assertThat(cta(story).at("/_experiment/variation").asInt()).isEqualTo(ctaVariation);
        }
    }

    @Test
    void without_a_visitor_a_running_experiment_comes_back_as_stored_for_the_site_to_assign() {
        var stored = heroExperiment("running", Map.of("coverage", 0.8, "seed", "s1", "namespace", List.of("home", 0, 1)));
        var slug = publish(stored);

        var response = cdn.both("stories/" + slug);

        assertThat(hero(response.json().get("story"))).isEqualTo(Json.mapper().valueToTree(stored));
        assertThat(response.header("vary")).isEqualTo("X-Duet-Visitor");
        assertThat(response.header("cache-control")).isEqualTo("public, no-cache");
    }

    // one story per run: an experiment key belongs to one story of a space
    @ParameterizedTest
    @ValueSource(strings = {"draft", "stopped"})
    void draft_and_stopped_experiments_show_their_control_to_everyone_and_expose_nobody(String status) {
        var slug = publish(heroExperiment(status, Map.of()));
        for (var query : List.of("", "?visitor=x1", "?visitor=x2")) {
            var shown = hero(story("stories/" + slug + query));
            assertThat(shown.get("_uid").asText()).isEqualTo("hero-a");
            assertThat(shown.at("/_experiment/in_experiment").asBoolean()).isFalse();
            assertThat(shown.at("/_experiment/status").asText()).isEqualTo(status);
        }
    }

    @Test
    void the_visitor_header_resolves_like_the_parameter_and_the_answer_is_private_to_the_visitor() {
        var slug = publish(heroExperiment("running", Map.of()));
        var cv = cdn.get("stories/" + slug).json().get("cv").asLong();

        var byHeader = cdn.both(Map.of("X-Duet-Visitor", "visitor-7"), "stories/" + slug + "?cv=" + cv);
        var byParameter = cdn.both("stories/" + slug + "?visitor=visitor-7&cv=" + cv);

        assertThat(byHeader.text()).isEqualTo(byParameter.text());
        assertThat(hero(byHeader.json().get("story")).has("_experiment")).isTrue();
        assertThat(byHeader.header("cache-control")).isEqualTo("private, max-age=3600");
        assertThat(byHeader.header("vary")).isEqualTo("X-Duet-Visitor");
        assertThat(cdn.both(Map.of("X-Duet-Visitor", "visitor-7"), "stories/" + slug).header("cache-control"))
                .isEqualTo("private, no-cache");
    }

    @Test
    void an_editor_can_force_a_variation_which_reports_no_exposure() {
        var slug = publish(heroExperiment("draft", Map.of()));

        var forced = story("stories/" + slug + "?experiment_variations=hero-test:1,cta-test:0&visitor=v1");
        var withoutVisitor = story("stories/" + slug + "?experiment_variations=hero-test:1");
        var outOfRange = story("stories/" + slug + "?experiment_variations=hero-test:7");

        assertThat(hero(forced).get("_uid").asText()).isEqualTo("hero-b");
        assertThat(hero(forced).at("/_experiment/in_experiment").asBoolean()).isFalse();
        assertThat(hero(forced).at("/_experiment/forced").asBoolean()).isTrue();
        assertThat(cta(forced).get("_uid").asText()).isEqualTo("cta-a");
        assertThat(cta(forced).at("/_experiment/forced").asBoolean()).isTrue();
        assertThat(hero(withoutVisitor).get("_uid").asText()).isEqualTo("hero-b");
        assertThat(hero(outOfRange).get("_uid").asText()).as("a variation the block lacks is ignored").isEqualTo("hero-a");
    }

    @Test
    void malformed_experiment_parameters_are_422s_naming_them() {
        var slug = publish(heroExperiment("running", Map.of()));

        for (var query : List.of("experiment_variations=hero-test", "experiment_variations=hero-test:x",
                "experiment_variations=:1", "experiment_variations=hero-test:-1")) {
            var response = cdn.get("stories/" + slug + "?" + query);
            assertThat(response.status()).as(query).isEqualTo(422);
            assertThat(response.json().at("/details/0/path").asText()).isEqualTo("experiment_variations");
        }
        var tooLong = cdn.get("stories/" + slug + "?visitor=" + "v".repeat(129));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().at("/details/0/path").asText()).isEqualTo("visitor");
        var tooLongHeader = app.anonymous().header("X-Duet-Visitor", "v".repeat(129))
                .get(CdnCalls.url("stories/" + slug, site.publicToken));
        assertThat(tooLongHeader.status()).isEqualTo(422);
    }

    @Test
    void visitors_sharing_a_combination_share_one_cached_answer_and_the_cache_does_not_grow_per_visitor() {
        var slug = publish(heroExperiment("running", Map.of()));
        story("stories/" + slug);
        var combinations = new HashSet<String>();
        for (int i = 0; i < 200; i++) {
            var story = story("stories/" + slug + "?visitor=cache-" + i);
            combinations.add(hero(story).get("_uid").asText() + feature(story).get("_uid").asText() + cta(story).get("_uid").asText());
        }

        assertThat(combinations).hasSize(8);
        assertThat(app.wiring.delivery.cachedAnswers()).as("the shared answer and one per combination").isEqualTo(1 + 8);
        var first = cdn.get("stories/" + slug + "?visitor=cache-3");
        var again = cdn.get("stories/" + slug + "?visitor=cache-3");
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(again.header("etag")).isEqualTo(first.header("etag"));
        assertThat(app.anonymous().header("If-None-Match", first.header("etag"))
                .get(CdnCalls.url("stories/" + slug + "?visitor=cache-3", site.publicToken)).status()).isEqualTo(304);
    }

    @Test
    void a_story_without_experiments_is_the_same_answer_with_or_without_a_visitor() {
        var plain = cdn.both("stories/home");
        var withParameter = cdn.both("stories/home?visitor=someone&experiment_variations=hero-test:1");
        var withHeader = cdn.both(Map.of("X-Duet-Visitor", "someone"), "stories/home");
        var list = cdn.both("stories?starts_with=blog/");
        var listWithVisitor = cdn.both("stories?starts_with=blog/&visitor=someone");

        for (var response : List.of(withParameter, withHeader)) {
            assertThat(response.text()).isEqualTo(plain.text());
            assertThat(response.header("etag")).isEqualTo(plain.header("etag"));
            assertThat(response.header("cache-control")).isEqualTo(plain.header("cache-control"));
            assertThat(response.header("vary")).isNull();
        }
        assertThat(listWithVisitor.text()).isEqualTo(list.text());
        assertThat(listWithVisitor.header("etag")).isEqualTo(list.header("etag"));
    }

    @Test
    void lists_resolve_each_story_for_the_visitor() {
        var stored = heroExperiment("running", Map.of());
        var slug = publish(stored);
        var block = ExperimentStories.block(stored);

        for (var visitor : List.of("l1", "l2", "l3", "l4")) {
            var listed = cdn.both("stories?starts_with=" + slug + "&visitor=" + visitor);
            var shown = hero(listed.json().at("/stories/0"));
            assertThat(shown.at("/_experiment/variation").asInt()).isEqualTo(block.assign(visitor).orElseThrow());
            assertThat(listed.header("cache-control")).startsWith("private");
        }
        assertThat(hero(cdn.both("stories?starts_with=" + slug).json().at("/stories/0")).get("component").asText())
                .isEqualTo("duet_experiment");
    }

    @Test
    void linked_stories_resolved_into_the_answer_are_resolved_for_the_visitor_too() {
        var experimentStory = site.publishNew("Experiment", null, page(heroExperiment("running", Map.of())));
        var linking = site.publishNew("Linking", null, Map.of("component", "page", "_uid", "l-root", "body", List.of(
                Map.of("component", "cta", "_uid", "l-cta", "headline", "Go", "link", Map.of("id",
                        experimentStory.get("uuid").asText(), "linktype", "story", "fieldtype", "multilink",
                        "url", "", "cached_url", experimentStory.get("full_slug").asText())))));

        var answer = cdn.both("stories/" + linking.get("full_slug").asText() + "?resolve_links=story&visitor=link-1");

        var linked = answer.json().at("/links/0");
        assertThat(linked.get("uuid").asText()).isEqualTo(experimentStory.get("uuid").asText());
        assertThat(hero(linked).at("/_experiment/variation").asInt()).isEqualTo(
                ExperimentStories.block(heroExperiment("running", Map.of())).assign("link-1").orElseThrow());
        assertThat(answer.header("cache-control")).startsWith("private");
    }

    @Test
    void publishing_a_change_to_an_experiment_bumps_the_cv_and_visitors_see_the_new_variants() {
        var made = site.publishNew("Experiment", null, page(heroExperiment("running", Map.of())));
        var slug = made.get("full_slug").asText();
        var before = cdn.both("stories/" + slug + "?visitor=v9");

        var changed = heroExperiment("running", Map.of("variants", List.of(ExperimentStories.hero("hero-a", "New control"),
                ExperimentStories.hero("hero-b", "New variant"))));
        site.save(made.get("id").asLong(), Map.of("content", page(changed)));
        site.publish(made.get("id").asLong());
        var after = cdn.both("stories/" + slug + "?visitor=v9");

        assertThat(after.json().get("cv").asLong()).isGreaterThan(before.json().get("cv").asLong());
        assertThat(after.header("etag")).isNotEqualTo(before.header("etag"));
        assertThat(hero(after.json().get("story")).get("headline").asText()).startsWith("New ");
        assertThat(hero(after.json().get("story")).get("_uid").asText()).isEqualTo(hero(before.json().get("story")).get("_uid").asText());
    }

    @Test
    void drafts_and_releases_resolve_for_the_visitor_and_are_never_stored() {
        var made = site.publishNew("Experiment", null, page(heroExperiment("running", Map.of())));
        var slug = made.get("full_slug").asText();
        site.save(made.get("id").asLong(), Map.of("content", page(heroExperiment("running",
                Map.of("variants", List.of(ExperimentStories.hero("hero-a", "Draft A"), ExperimentStories.hero("hero-b", "Draft B")))))));
        int expected = ExperimentStories.block(heroExperiment("running", Map.of())).assign("d1").orElseThrow();

        var draft = cdn.preview("stories/" + slug + "?version=draft&visitor=d1");
        var release = cdn.preview("stories/" + slug + "?version=draft&from_release=999999&visitor=d1");
        var unresolved = cdn.preview("stories/" + slug + "?version=draft");
        var forced = cdn.preview("stories/" + slug + "?version=draft&experiment_variations=hero-test:1");

        for (var response : List.of(draft, release)) {
            var shown = hero(response.json().get("story"));
            assertThat(shown.get("headline").asText()).isEqualTo(expected == 0 ? "Draft A" : "Draft B");
            assertThat(shown.at("/_experiment/in_experiment").asBoolean()).isTrue();
            assertThat(shown.get("_editable").asText()).contains("\"name\": \"hero\"");
            assertThat(response.header("cache-control")).isEqualTo("no-store");
        }
        assertThat(hero(unresolved.json().get("story")).get("component").asText()).isEqualTo("duet_experiment");
        assertThat(hero(forced.json().get("story")).get("headline").asText()).isEqualTo("Draft B");
    }

    @Test
    void the_management_api_saves_experiment_blocks_and_refuses_one_with_a_single_variant() {
        var made = site.publishNew("Experiment", null, page(heroExperiment("running", Map.of())));

        var refused = site.admin.put(site.path("/stories/" + made.get("id").asLong()), Map.of("story", Map.of("content",
                page(heroExperiment("running", Map.of("variants", List.of(ExperimentStories.hero("only", "One")))))),
                "version", made.get("version").asLong()));

        assertThat(hero(site.story(made.get("id").asLong())).get("component").asText()).isEqualTo("duet_experiment");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.text()).contains("at least two variant");
        assertThat(hero(site.story(made.get("id").asLong())).get("variants").size()).isEqualTo(2);
    }

    @Test
    void a_preflight_for_the_visitor_header_is_allowed() {
        var preflight = app.anonymous().header("Origin", "https://www.example.com")
                .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "x-duet-visitor")
                .send("OPTIONS", "/v2/cdn/stories/home", null);

        assertThat(preflight.status()).isBetween(200, 204);
        assertThat(preflight.header("access-control-allow-headers")).containsIgnoringCase("x-duet-visitor");
    }
}
