package dev.duet.content;

import dev.duet.testing.OnBothDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.testing.Response;
import dev.duet.testing.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.duet.testing.MarketingSite.blok;
import static dev.duet.testing.MarketingSite.page;
import static org.assertj.core.api.Assertions.assertThat;

/** Versions, diffs, restore, discard and optimistic locking. */
class StoryVersionIT extends OnBothDatabases {

    StoryClient site;
    long home;

    @BeforeEach
    void start() {
        site = StoryClient.newSpace(app.admin());
        home = site.story("Home", null, page("Welcome")).get("id").asLong();
    }

    private String versions(String rest) {
        return site.path("/stories/" + home + "/versions" + rest);
    }

    @Test
    void every_save_appends_a_version_listed_newest_first_without_content() {
        site.client.put(site.path("/stories/" + home), Map.of("story", Map.of("content", page("Hello")), "version", 1,
                "message", "friendlier headline"));
        site.save(home, Map.of("name", "Start"));

        var listed = site.client.get(versions(""));
        var numbers = listed.json().get("versions").findValuesAsText("number");
        assertThat(numbers).containsExactly("3", "2", "1");
        assertThat(listed.header("total")).isEqualTo("3");
        assertThat(listed.json().at("/versions/1/message").asText()).isEqualTo("friendlier headline");
        assertThat(listed.json().at("/versions/1/author").asText()).isEqualTo(TestApp.ADMIN_EMAIL);
        assertThat(listed.json().at("/versions/0/name").asText()).isEqualTo("Start");
        assertThat(listed.json().at("/versions/0/content").isMissingNode()).isTrue();
        assertThat(listed.json().at("/versions/0/created_at").asText()).isNotBlank();

        var first = site.client.get(versions("/1")).json().get("version");
        assertThat(first.at("/content/body/0/headline").asText()).isEqualTo("Welcome");
        assertThat(site.current(home).get("version").asInt()).isEqualTo(3);
        assertThat(site.client.get(versions("?per_page=1&page=2")).json().get("versions").findValuesAsText("number"))
                .containsExactly("2");
    }

    @Test
    void a_save_that_changes_nothing_keeps_the_version_and_other_fields_are_saved_without_one() {
        var same = site.save(home, Map.of("name", "Home", "content", page("Welcome")));
        var meta = site.save(home, Map.of("meta_data", Map.of("owner", "growth team")));

        assertThat(same.get("version").asInt()).isEqualTo(1);
        assertThat(meta.get("version").asInt()).isEqualTo(1);
        assertThat(meta.at("/meta_data/owner").asText()).isEqualTo("growth team");
        assertThat(site.client.get(versions("")).header("total")).isEqualTo("1");
    }

    @Test
    void the_diff_compares_with_the_previous_version_and_matches_blocks_by_uid() {
        site.save(home, Map.of("content", blok("page", "root", "body", List.of(
                blok("cta", "cta-1", "label", "Start free trial"),
                blok("hero", "hero-1", "headline", "Hello"))), "tag_list", List.of("homepage")));

        var changes = site.client.get(versions("/2/diff")).json().at("/diff/changes");

        assertThat(site.client.get(versions("/2/diff")).json().at("/diff/from").asInt()).isEqualTo(1);
        assertThat(changes).hasSize(3);
        assertThat(change(changes, "story.tag_list").get("kind").asText()).isEqualTo("changed");
        var moved = change(changes, "body[1]");
        assertThat(moved.get("kind").asText()).isEqualTo("moved");
        assertThat(moved.get("before").asText()).isEqualTo("body[0]");
        var headline = change(changes, "body[1].headline");
        assertThat(headline.get("kind").asText()).isEqualTo("changed");
        assertThat(headline.get("before").asText()).isEqualTo("Welcome");
        assertThat(headline.get("after").asText()).isEqualTo("Hello");
    }

    @Test
    void the_diff_compares_with_any_version_or_the_published_one() {
        site.publish(home, 1);
        site.save(home, Map.of("content", page("Two")));
        site.save(home, Map.of("content", page("Three")));

        var againstPublished = site.client.get(versions("/3/diff?against=published")).json().get("diff");
        var againstTwo = site.client.get(versions("/3/diff?against=2")).json().get("diff");

        assertThat(againstPublished.get("from").asInt()).isEqualTo(1);
        assertThat(change(againstPublished.get("changes"), "body[0].headline").get("before").asText()).isEqualTo("Welcome");
        assertThat(change(againstTwo.get("changes"), "body[0].headline").get("before").asText()).isEqualTo("Two");
        assertThat(site.client.get(versions("/3/diff?against=x")).status()).isEqualTo(400);
        assertThat(site.client.get(versions("/3/diff?against=9")).status()).isEqualTo(404);
        assertThat(site.client.get(versions("/9/diff")).status()).isEqualTo(404);
    }

    @Test
    void restoring_appends_a_version_with_the_old_content() {
        site.save(home, Map.of("content", page("Oops"), "name", "Start"));

        var restored = site.client.post(versions("/1/restore"), Map.of("version", 2));

        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(restored.json().at("/story/version").asInt()).isEqualTo(3);
        assertThat(restored.json().at("/story/content/body/0/headline").asText()).isEqualTo("Welcome");
        assertThat(restored.json().at("/story/name").asText()).isEqualTo("Start");
        assertThat(site.client.get(versions("")).json().at("/versions/0/message").asText()).isEqualTo("restored version 1");
        assertThat(site.client.post(versions("/9/restore"), Map.of("version", 3)).status()).isEqualTo(404);
        assertThat(site.current(home).get("version").asInt()).isEqualTo(3);
    }

    @Test
    void discarding_takes_the_draft_back_to_the_published_version_as_a_new_version() {
        var neverPublished = site.client.post(site.path("/stories/" + home + "/discard"), Map.of("version", 1));
        assertThat(neverPublished.status()).isEqualTo(409);

        site.publish(home, 1);
        site.save(home, Map.of("content", page("Draft idea"), "slug", "start", "tag_list", List.of("wip")));
        var discarded = site.client.post(site.path("/stories/" + home + "/discard"), Map.of("version", 2));

        assertThat(discarded.status()).as(discarded.toString()).isEqualTo(200);
        var story = discarded.json().get("story");
        assertThat(story.get("version").asInt()).isEqualTo(3);
        assertThat(story.at("/content/body/0/headline").asText()).isEqualTo("Welcome");
        assertThat(story.get("slug").asText()).isEqualTo("home");
        assertThat(story.get("full_slug").asText()).isEqualTo("home");
        assertThat(story.get("tag_list")).isEmpty();
        assertThat(story.get("unpublished_changes").asBoolean()).isTrue();
        assertThat(story.get("published_version").asInt()).isEqualTo(1);
    }

    @Test
    void a_write_without_a_version_is_refused_with_428_saying_how_to_send_it_and_changes_nothing() {
        var before = site.current(home);
        var cv = site.cv();

        var answers = List.of(
                site.update(home, Map.of("name", "Changed"), null),
                site.move(home, Map.of("position", 1)),
                site.publish(home, null),
                site.unpublish(home, null),
                site.delete(home, null, ""),
                site.client.post(versions("/1/restore"), null),
                site.client.post(site.path("/stories/" + home + "/discard"), null));

        assertThat(answers).extracting(Response::status).containsOnly(428);
        assertThat(answers.getFirst().json().get("error").asText()).contains("If-Match", "\"version\"");
        assertThat(site.current(home)).isEqualTo(before);
        assertThat(site.cv()).isEqualTo(cv);
    }

    @Test
    void a_stale_version_is_refused_with_409_naming_the_current_version_and_changes_nothing() {
        site.save(home, Map.of("content", page("Newer")));
        var before = site.current(home);
        var cv = site.cv();

        var answers = List.of(
                site.update(home, Map.of("name", "Overwrite"), 1),
                site.move(home, Map.of("position", 1, "version", 1)),
                site.publish(home, 1),
                site.delete(home, 1, ""),
                site.client.post(versions("/1/restore"), Map.of("version", 1)));

        assertThat(answers).extracting(Response::status).containsOnly(409);
        var stale = answers.getFirst().json();
        assertThat(stale.at("/details/0/current_version").asInt()).isEqualTo(2);
        assertThat(stale.get("error").asText()).contains("version 2", "version 1");
        assertThat(site.current(home)).isEqualTo(before);
        assertThat(site.cv()).isEqualTo(cv);
        assertThat(site.client.get(versions("")).header("total")).isEqualTo("2");
    }

    @Test
    void the_version_can_be_sent_as_if_match_header_echoing_the_etag() {
        var etag = site.get(home).header("ETag");
        var editor = site.client.header("If-Match", etag);

        var saved = editor.put(site.path("/stories/" + home), Map.of("story", Map.of("name", "Start")));
        var stale = editor.put(site.path("/stories/" + home), Map.of("story", Map.of("name", "Again")));
        var malformed = site.client.header("If-Match", "version one").put(site.path("/stories/" + home),
                Map.of("story", Map.of("name", "Bad")));
        var disagreeing = site.client.header("If-Match", "\"2\"").put(site.path("/stories/" + home),
                Map.of("story", Map.of("name", "Bad"), "version", 1));
        site.client.withoutHeader("If-Match");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.header("ETag")).isEqualTo("\"2\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().at("/details/0/path").asText()).isEqualTo("If-Match");
        assertThat(disagreeing.status()).isEqualTo(400);
        assertThat(site.current(home).get("name").asText()).isEqualTo("Start");
    }

    @Test
    void of_concurrent_saves_based_on_the_same_version_exactly_one_wins() throws Exception {
        var attempts = new ArrayList<Future<Response>>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 6; i++) {
                var name = "Edit " + i;
                attempts.add(pool.submit(() -> site.update(home, Map.of("name", name), 1)));
            }
        }
        var statuses = new ArrayList<Integer>();
        for (var attempt : attempts) statuses.add(attempt.get().status());

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(site.current(home).get("version").asInt()).isEqualTo(2);
        assertThat(site.client.get(versions("")).header("total")).isEqualTo("2");
    }

    private static JsonNode change(JsonNode changes, String path) {
        for (var change : changes) if (change.get("path").asText().equals(path)) return change;
        throw new AssertionError("no change at " + path + " in " + changes);
    }
}
