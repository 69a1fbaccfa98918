package dev.duet.content;

import dev.duet.testing.OnBothDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.testing.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.duet.testing.MarketingSite.blok;
import static dev.duet.testing.MarketingSite.page;
import static org.assertj.core.api.Assertions.assertThat;

/** A story's content is checked against the space's components on every write that brings new content. */
class StoryContentIT extends OnBothDatabases {

    StoryClient site;
    long home;

    @BeforeEach
    void start() {
        site = StoryClient.newSpace(app.admin());
        home = site.story("Home", null, page("Welcome")).get("id").asLong();
    }

    @Test
    void saving_content_that_breaks_the_schema_is_refused_with_400_naming_each_problem_and_changes_nothing() {
        var before = site.current(home);
        var cv = site.cv();
        var broken = blok("page", "root", "body", List.of(
                blok("hero", "hero-1", "subheadline", "The headline is missing"),
                blok("cta", "cta-1", "label", "A label far too long for the button it is written on")));

        var refused = site.update(home, Map.of("content", broken, "name", "Start"), 1);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(problems(refused)).containsExactly("body[0].headline: required",
                "body[1].label: must be at most 40 characters (is 52)");
        assertThat(site.current(home)).isEqualTo(before);
        assertThat(site.version(home)).isEqualTo(1);
        assertThat(site.client.get(site.path("/stories/" + home + "/versions")).header("total")).isEqualTo("1");
        assertThat(site.cv()).isEqualTo(cv);
    }

    @Test
    void a_story_is_not_created_when_its_content_names_no_content_type_of_the_space_or_nests_bloks_where_they_do_not_fit() {
        var unknown = site.create(Map.of("name", "Quote", "content", blok("quote", "q1")));
        var section = site.create(Map.of("name", "Hero", "content", blok("hero", "h1", "headline", "Hi")));
        var pageInPage = site.create(Map.of("name", "Nested", "content",
                blok("page", "root", "body", List.of(blok("page", "inner")))));
        var notWhitelisted = site.create(Map.of("name", "Campaign", "content",
                blok("landing_page", "root", "hero", List.of(blok("teaser", "t1", "headline", "Not a hero")))));

        assertThat(List.of(unknown, section, pageInPage, notWhitelisted)).extracting(Response::status).containsOnly(400);
        assertThat(problems(unknown)).containsExactly("component: unknown component \"quote\"");
        assertThat(problems(section)).containsExactly("component: \"hero\" is not a content type (its is_root is false)");
        assertThat(problems(pageInPage)).containsExactly("body[0].component: \"page\" cannot be nested (its is_nestable is false)");
        assertThat(problems(notWhitelisted)).hasSize(1).first().asString().startsWith("hero[0].component: \"teaser\" is not allowed here");
        assertThat(site.list("").header("total")).isEqualTo("1");
    }

    @Test
    void bloks_sent_without_a_uid_are_stored_with_one() {
        var content = blok("page", "root", "body", List.of(Map.of("component", "hero", "headline", "Hi")));

        var saved = site.save(home, Map.of("content", content));

        assertThat(saved.at("/content/_uid").asText()).isEqualTo("root");
        assertThat(saved.at("/content/body/0/_uid").asText()).hasSize(36);
        assertThat(site.current(home).at("/content/body/0/_uid").asText()).isEqualTo(saved.at("/content/body/0/_uid").asText());
    }

    @Test
    void after_a_schema_change_saves_that_keep_the_content_work_but_content_that_no_longer_fits_cannot_be_restored() {
        requireHeroSubheadline();

        var renamed = site.save(home, Map.of("name", "Start"));
        var restore = site.client.post(site.path("/stories/" + home + "/versions/1/restore"), Map.of("version", 2));

        assertThat(renamed.get("version").asInt()).isEqualTo(2);
        assertThat(restore.status()).isEqualTo(400);
        assertThat(problems(restore)).containsExactly("body[0].subheadline: required");
        assertThat(site.version(home)).isEqualTo(2);
        assertThat(site.client.get(site.path("/stories/" + home + "/versions")).header("total")).isEqualTo("2");
    }

    private void requireHeroSubheadline() {
        var components = site.path("/components");
        var hero = site.client.get(components + "?search=hero").json().at("/components/0");
        var schema = Map.of(
                "headline", Map.of("type", "text", "pos", 0, "required", true, "max_length", 120),
                "subheadline", Map.of("type", "textarea", "pos", 1, "required", true));
        var changed = site.client.put(components + "/" + hero.get("id").asLong(),
                Map.of("version", hero.get("version").asInt(), "component", Map.of("schema", schema)));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    private static List<String> problems(Response response) {
        var problems = new ArrayList<String>();
        for (JsonNode detail : response.json().get("details")) {
            problems.add(detail.get("path").asText() + ": " + detail.get("message").asText());
        }
        return problems;
    }
}
