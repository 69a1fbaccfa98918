package dev.duet.content;

import dev.duet.testing.OnBothDatabases;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.duet.testing.MarketingSite.blok;
import static dev.duet.testing.MarketingSite.page;
import static org.assertj.core.api.Assertions.assertThat;

/** The editor's whole journey through the API, as a curl walk-through does it, and the end of a space. */
class StoryJourneyIT extends OnBothDatabases {

    @Test
    void an_editor_drafts_saves_compares_restores_publishes_and_unpublishes_a_blog_post() {
        var site = StoryClient.newSpace(app.admin());
        var stories = site.path("/stories");
        var blog = site.folder("Blog", null).get("id").asLong();

        var created = site.client.post(stories, Map.of("story", Map.of("name", "Spring launch", "parent_id", blog,
                "content", page("Spring is here")), "message", "first draft"));
        assertThat(created.status()).isEqualTo(201);
        var id = created.json().at("/story/id").asLong();
        var story = site.path("/stories/" + id);

        var saved = site.client.put(story, Map.of("story", Map.of("content", page("Spring has sprung")), "version", 1));
        var savedAgain = site.client.put(story, Map.of("story", Map.of("content", blok("page", "root", "body", List.of(
                blok("cta", "cta-1", "label", "Start free trial"),
                blok("hero", "hero-1", "headline", "Spring has sprung")))), "version", 2, "message", "CTA first"));
        assertThat(saved.json().at("/story/version").asInt()).isEqualTo(2);
        assertThat(savedAgain.json().at("/story/version").asInt()).isEqualTo(3);

        var versions = site.client.get(story + "/versions").json().get("versions");
        assertThat(versions.findValuesAsText("number")).containsExactly("3", "2", "1");
        assertThat(versions.findValuesAsText("message")).containsExactly("CTA first", "null", "first draft");

        var diff = site.client.get(story + "/versions/3/diff").json().at("/diff/changes");
        assertThat(diff.findValuesAsText("kind")).containsExactly("moved");

        var restored = site.client.post(story + "/versions/1/restore", Map.of("version", 3, "message", "back to the original"));
        assertThat(restored.json().at("/story/version").asInt()).isEqualTo(4);
        assertThat(restored.json().at("/story/content/body/0/headline").asText()).isEqualTo("Spring is here");

        var cv = site.cv();
        var published = site.client.post(story + "/publish", Map.of("version", 4));
        assertThat(published.json().at("/story/published").asBoolean()).isTrue();
        assertThat(published.json().at("/story/full_slug").asText()).isEqualTo("blog/spring-launch");
        assertThat(site.cv()).isGreaterThan(cv);

        var unpublished = site.client.post(story + "/unpublish", Map.of("version", 4));
        assertThat(unpublished.json().at("/story/published").asBoolean()).isFalse();
        assertThat(site.client.get(stories + "?starts_with=blog/&status=draft").json().get("stories")).hasSize(1);
    }

    @Test
    void deleting_the_space_deletes_its_folders_stories_versions_and_tags() {
        var site = StoryClient.newSpace(app.admin());
        var blog = site.folder("Blog", null).get("id").asLong();
        var year = site.folder("2025", blog).get("id").asLong();
        StoryClient.created(site.create(Map.of("name", "Launch", "parent_id", year, "content", page("x"),
                "tag_list", List.of("news"))));

        assertThat(site.client.delete("/api/spaces/" + site.spaceId).status()).isEqualTo(204);

        assertThat(site.list("").status()).isEqualTo(404);
        for (var table : List.of("stories", "story_versions", "story_tags")) {
            long rows = app.wiring.database.read(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table)
                    .mapTo(Long.class).one());
            assertThat(rows).as(table).isZero();
        }
    }
}
