package dev.duet.presence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.OnBothDatabases;
import dev.duet.testing.Response;
import dev.duet.testing.TestApp;
import dev.duet.web.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.duet.testing.MarketingSite.blok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people edit the same story: Marc saves first, Ines's save is refused as stale, and she merges her edit with his
 * instead of losing either.
 */
class MergeIT extends OnBothDatabases {

    long spaceId;
    long home;
    Client ines;
    Client marc;

    @BeforeEach
    void start() {
        spaceId = MarketingSite.create(app.admin());
        var created = app.admin().post(path("/stories"), Map.of("story", Map.of("name", "Home", "slug", "home",
                "tag_list", List.of("news"), "content", content("Hello", "Start free trial"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        home = created.json().at("/story/id").asLong();
        ines = person("ines@example.com", "Ines");
        marc = person("marc@example.com", "Marc");
    }

    Client person(String email, String name) {
        app.wiring.users.create(email, name, Role.EDITOR, TestApp.PASSWORD);
        return app.anonymous().login(email, TestApp.PASSWORD);
    }

    String path(String rest) {
        return "/api/spaces/" + spaceId + rest;
    }

    String story() {
        return path("/stories/" + home);
    }

    static Map<String, Object> content(String headline, String label) {
        return blok("page", "root", "body", List.of(
                blok("hero", "hero-1", "headline", headline),
                blok("cta", "cta-1", "label", label)));
    }

    static Map<String, Object> edit(String name, Map<String, Object> content) {
        var story = new HashMap<String, Object>();
        story.put("name", name);
        story.put("content", content);
        return story;
    }

    Response save(Client who, Map<String, Object> story, long version) {
        return who.put(story(), Map.of("story", story, "version", version));
    }

    Response merge(Client who, long baseVersion, Object story) {
        return who.post(story() + "/merge", Map.of("base_version", baseVersion, "story", story));
    }

    JsonNode current() {
        return app.admin().get(story()).json().get("story");
    }

    /** Marc saves version 2 with a new headline; Ines's edit of the call to action, based on version 1, is stale. */
    Response marcSavesThenInesIsStale(Map<String, Object> inesEdit) {
        assertThat(save(marc, edit("Home", content("Hello there", "Start free trial")), 1).status()).isEqualTo(200);
        var stale = save(ines, inesEdit, 1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().at("/details/0/current_version").asInt()).isEqualTo(2);
        return stale;
    }

    @Test
    void edits_of_different_places_merge_and_the_merged_save_keeps_both() {
        var mine = edit("Home", content("Hello", "Try it now"));
        marcSavesThenInesIsStale(mine);

        var merged = merge(ines, 1, mine);

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().get("conflicts")).isEmpty();
        assertThat(merged.json().get("base_version").asInt()).isEqualTo(1);
        assertThat(merged.json().get("current_version").asInt()).isEqualTo(2);
        assertThat(merged.json().at("/story/content/body/0/headline").asText()).isEqualTo("Hello there");
        assertThat(merged.json().at("/story/content/body/1/label").asText()).isEqualTo("Try it now");
        assertThat(merged.json().at("/story/tag_list/0").asText()).isEqualTo("news");
        assertThat(merged.json().get("changes").findValuesAsText("side")).containsExactlyInAnyOrder("theirs", "mine");

        var saved = ines.put(story(), Map.of("story", merged.json().get("story"), "version", 2));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(current().at("/content/body/0/headline").asText()).isEqualTo("Hello there");
        assertThat(current().at("/content/body/1/label").asText()).isEqualTo("Try it now");
        assertThat(current().get("version").asInt()).isEqualTo(3);
    }

    @Test
    void a_place_both_changed_is_a_conflict_with_base_theirs_and_mine_and_the_story_keeps_theirs_there() {
        var mine = edit("Home", content("Howdy", "Start free trial"));
        marcSavesThenInesIsStale(mine);

        var merged = merge(ines, 1, mine);

        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.json().get("conflicts")).singleElement().satisfies(conflict -> {
            assertThat(conflict.get("id").asText()).isEqualTo("content.body[hero-1].headline");
            assertThat(conflict.get("path").asText()).isEqualTo("body[0].headline");
            assertThat(conflict.get("label").asText()).isEqualTo("Body › Hero › Headline");
            assertThat(conflict.get("base").asText()).isEqualTo("Hello");
            assertThat(conflict.get("theirs").asText()).isEqualTo("Hello there");
            assertThat(conflict.get("mine").asText()).isEqualTo("Howdy");
        });
        assertThat(merged.json().at("/story/content/body/0/headline").asText()).isEqualTo("Hello there");
    }

    @Test
    void resolutions_settle_conflicts_with_the_chosen_side() {
        var mine = edit("Home", content("Howdy", "Start free trial"));
        marcSavesThenInesIsStale(mine);

        var resolved = ines.post(story() + "/merge", Map.of("base_version", 1, "story", mine,
                "resolutions", Map.of("content.body[hero-1].headline", "mine")));

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().get("conflicts")).isEmpty();
        assertThat(resolved.json().at("/story/content/body/0/headline").asText()).isEqualTo("Howdy");
        assertThat(ines.put(story(), Map.of("story", resolved.json().get("story"), "version", 2)).status()).isEqualTo(200);
        assertThat(current().at("/content/body/0/headline").asText()).isEqualTo("Howdy");
    }

    @Test
    void a_merged_save_is_refused_as_stale_when_someone_saved_again_meanwhile_and_merging_again_works() {
        var mine = edit("Home", content("Hello", "Try it now"));
        marcSavesThenInesIsStale(mine);
        var merged = merge(ines, 1, mine).json().get("story");
        assertThat(save(marc, edit("Home page", content("Hello there", "Start free trial")), 2).status()).isEqualTo(200);

        var staleMerge = ines.put(story(), Map.of("story", merged, "version", 2));

        assertThat(staleMerge.status()).isEqualTo(409);
        assertThat(staleMerge.json().at("/details/0/current_version").asInt()).isEqualTo(3);
        assertThat(current().get("name").asText()).isEqualTo("Home page");
        assertThat(current().at("/content/body/1/label").asText()).isEqualTo("Start free trial");

        var again = ines.post(story() + "/merge", Map.of("base_version", 2, "story", merged));

        assertThat(again.json().get("conflicts")).isEmpty();
        assertThat(again.json().get("current_version").asInt()).isEqualTo(3);
        assertThat(ines.put(story(), Map.of("story", again.json().get("story"), "version", 3)).status()).isEqualTo(200);
        assertThat(current().get("name").asText()).isEqualTo("Home page");
        assertThat(current().at("/content/body/1/label").asText()).isEqualTo("Try it now");
    }

    @Test
    void merging_writes_nothing() {
        var mine = edit("Home", content("Hello", "Try it now"));
        marcSavesThenInesIsStale(mine);
        var admin = app.admin();
        var audited = admin.get("/api/audit").header("total");

        merge(ines, 1, mine);

        assertThat(admin.get("/api/audit").header("total")).isEqualTo(audited);
        assertThat(current().get("version").asInt()).isEqualTo(2);
        assertThat(current().at("/content/body/1/label").asText()).isEqualTo("Start free trial");
    }

    @Test
    void fields_left_out_of_my_side_count_as_unchanged() {
        marcSavesThenInesIsStale(edit("Start page", content("Hello", "Start free trial")));

        var merged = merge(ines, 1, Map.of("name", "Start page"));

        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.json().at("/story/name").asText()).isEqualTo("Start page");
        assertThat(merged.json().at("/story/content/body/0/headline").asText()).isEqualTo("Hello there");
    }

    @Test
    void merging_needs_the_story_write_permission() {
        var viewer = app.as(Role.VIEWER);

        assertThat(merge(viewer, 1, edit("Home", content("Hi", "Go"))).status()).isEqualTo(403);
        assertThat(merge(app.anonymous(), 1, edit("Home", content("Hi", "Go"))).status()).isEqualTo(401);
        assertThat(merge(app.as(Role.EDITOR), 1, edit("Home", content("Hi", "Go"))).status()).isEqualTo(200);
    }

    @Test
    void a_base_version_that_is_missing_unknown_or_newer_than_the_story_is_refused() {
        var missing = ines.post(story() + "/merge", Map.of("story", edit("Home", content("Hi", "Go"))));
        var zero = merge(ines, 0, edit("Home", content("Hi", "Go")));
        var newer = merge(ines, 5, edit("Home", content("Hi", "Go")));
        var notANumber = ines.post(story() + "/merge", Map.of("base_version", "first", "story", Map.of()));

        assertThat(List.of(missing, zero, newer, notANumber)).allSatisfy(response -> {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.json().at("/details/0/path").asText()).isEqualTo("base_version");
        });
        assertThat(newer.json().get("error").asText()).contains("version 1");
    }

    @Test
    void malformed_merges_are_refused_naming_the_field() {
        var noStory = ines.post(story() + "/merge", Map.of("base_version", 1));
        var contentNotAnObject = merge(ines, 1, Map.of("content", "hello"));
        var badTags = merge(ines, 1, Map.of("tag_list", "news"));
        var badResolution = ines.post(story() + "/merge", Map.of("base_version", 1, "story", Map.of(),
                "resolutions", Map.of("story.name", "both")));
        var malformed = ines.post(story() + "/merge", "{\"base_version\": 1, ");

        assertThat(noStory.status()).isEqualTo(400);
        assertThat(noStory.json().at("/details/0/path").asText()).isEqualTo("story");
        assertThat(contentNotAnObject.status()).isEqualTo(400);
        assertThat(contentNotAnObject.json().at("/details/0/path").asText()).isEqualTo("story.content");
        assertThat(badTags.status()).isEqualTo(400);
        assertThat(badTags.json().at("/details/0/path").asText()).isEqualTo("story.tag_list");
        assertThat(badResolution.status()).isEqualTo(400);
        assertThat(badResolution.json().at("/details/0/path").asText()).isEqualTo("resolutions.story.name");
        assertThat(malformed.status()).isEqualTo(400);
    }

    @Test
    void unknown_stories_are_not_found_and_folders_have_nothing_to_merge() {
        var folder = app.admin().post(path("/stories"), Map.of("story", Map.of("name", "Blog", "is_folder", true)))
                .json().at("/story/id").asLong();

        var unknown = ines.post(path("/stories/9999/merge"), Map.of("base_version", 1, "story", Map.of()));
        var otherSpace = app.admin().post("/api/spaces", Map.of("name", "Other")).json().at("/space/id").asLong();
        var elsewhere = ines.post("/api/spaces/" + otherSpace + "/stories/" + home + "/merge",
                Map.of("base_version", 1, "story", Map.of()));
        var ofFolder = ines.post(path("/stories/" + folder + "/merge"), Map.of("base_version", 1, "story", Map.of()));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(ofFolder.status()).isEqualTo(400);
        assertThat(ofFolder.json().get("error").asText()).contains("folder");
    }

    @Test
    void the_merged_story_is_json_the_story_update_accepts_as_it_is() {
        var mine = edit("Home", content("Hello", "Try it now"));
        marcSavesThenInesIsStale(mine);

        var merged = merge(ines, 1, mine).json().get("story");

        assertThat(Json.mapper().convertValue(merged, Map.class)).containsOnlyKeys("name", "slug", "tag_list", "content");
    }
}
