package dev.duet.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.web.Json;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.duet.content.StoryDiff.Kind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class StoryDiffTest {

    private static JsonNode json(String text) {
        return Json.tree(text.replace('\'', '"'));
    }

    private static JsonNode page(String body) {
        return json("{'component': 'page', '_uid': 'root', 'title': 'Home', 'body': [" + body + "]}");
    }

    private static final String HERO = "{'component': 'hero', '_uid': 'h1', 'headline': 'Hello'}";
    private static final String GRID = "{'component': 'grid', '_uid': 'g1', 'columns': 3}";
    private static final String CTA = "{'component': 'cta', '_uid': 'c1', 'label': 'Buy'}";

    @Test
    void identical_content_has_no_changes() {
        assertThat(StoryDiff.content(page(HERO + "," + GRID), page(HERO + "," + GRID))).isEmpty();
    }

    @Test
    void a_changed_field_inside_a_block_is_reported_at_its_path_with_both_values() {
        var after = page(HERO + "," + GRID.replace("3", "4"));

        var changes = StoryDiff.content(page(HERO + "," + GRID), after);

        assertThat(changes).extracting(StoryDiff.Change::path, StoryDiff.Change::kind)
                .containsExactly(tuple("body[1].columns", CHANGED));
        assertThat(changes.getFirst().before().asInt()).isEqualTo(3);
        assertThat(changes.getFirst().after().asInt()).isEqualTo(4);
    }

    @Test
    void a_reordered_block_is_moved_not_removed_and_added() {
        var changes = StoryDiff.content(page(HERO + "," + GRID + "," + CTA), page(GRID + "," + CTA + "," + HERO));

        assertThat(changes).extracting(StoryDiff.Change::path, StoryDiff.Change::kind)
                .containsExactly(tuple("body[2]", MOVED));
        assertThat(changes.getFirst().before().asText()).isEqualTo("body[0]");
        assertThat(changes.getFirst().after().asText()).isEqualTo("body[2]");
    }

    @Test
    void a_moved_block_that_also_changed_reports_its_change_at_the_new_path() {
        var changes = StoryDiff.content(page(HERO + "," + GRID), page(GRID + "," + HERO.replace("Hello", "Hi")));

        assertThat(changes).extracting(StoryDiff.Change::path, StoryDiff.Change::kind)
                .containsExactly(tuple("body[1]", MOVED), tuple("body[1].headline", CHANGED));
    }

    @Test
    void blocks_that_only_shift_because_another_was_inserted_or_removed_are_not_moved() {
        var inserted = StoryDiff.content(page(HERO + "," + GRID), page(CTA + "," + HERO + "," + GRID));
        var removed = StoryDiff.content(page(HERO + "," + GRID + "," + CTA), page(GRID + "," + CTA));

        assertThat(inserted).extracting(StoryDiff.Change::path, StoryDiff.Change::kind).containsExactly(tuple("body[0]", ADDED));
        assertThat(inserted.getFirst().after().get("_uid").asText()).isEqualTo("c1");
        assertThat(removed).extracting(StoryDiff.Change::path, StoryDiff.Change::kind).containsExactly(tuple("body[0]", REMOVED));
        assertThat(removed.getFirst().before().get("_uid").asText()).isEqualTo("h1");
    }

    @Test
    void nested_blocks_are_matched_by_uid_too() {
        var before = page("{'component': 'grid', '_uid': 'g1', 'items': [" + HERO + "," + CTA + "]}");
        var after = page("{'component': 'grid', '_uid': 'g1', 'items': [" + CTA + "," + HERO + "]}");

        assertThat(StoryDiff.content(before, after)).extracting(StoryDiff.Change::path, StoryDiff.Change::kind)
                .containsExactly(tuple("body[0].items[1]", MOVED));
    }

    @Test
    void a_block_replaced_by_another_component_under_the_same_uid_is_one_change() {
        var changes = StoryDiff.content(page(HERO), page(HERO.replace("hero", "banner")));

        assertThat(changes).extracting(StoryDiff.Change::path, StoryDiff.Change::kind).containsExactly(tuple("body[0]", CHANGED));
    }

    @Test
    void added_and_removed_fields_and_plain_lists_are_reported_by_position() {
        var before = json("{'component': 'page', 'title': 'A', 'tags': ['x', 'y']}");
        var after = json("{'component': 'page', 'intro': 'New', 'tags': ['x', 'z', 'w']}");

        assertThat(StoryDiff.content(before, after)).extracting(StoryDiff.Change::path, StoryDiff.Change::kind)
                .containsExactly(tuple("title", REMOVED), tuple("tags[1]", CHANGED), tuple("tags[2]", ADDED),
                        tuple("intro", ADDED));
    }

    @Test
    void name_slug_and_tag_changes_are_story_level_changes() {
        var before = new StoryVersion(1, 1, "Home", "home", page(HERO), List.of("a"), "x@example.com", null, Instant.EPOCH);
        var after = new StoryVersion(1, 2, "Start", "start", page(HERO), List.of("a", "b"), "x@example.com", null, Instant.EPOCH);

        var changes = StoryDiff.between(before, after);

        assertThat(changes).extracting(StoryDiff.Change::path, StoryDiff.Change::kind)
                .containsExactly(tuple("story.name", CHANGED), tuple("story.slug", CHANGED), tuple("story.tag_list", CHANGED));
        assertThat(changes.get(2).after()).hasSize(2);
    }

    @Test
    void the_first_version_compared_with_nothing_is_all_added() {
        var first = new StoryVersion(1, 1, "Home", "home", json("{'component': 'page'}"), List.of(), "x@example.com", null, Instant.EPOCH);

        assertThat(StoryDiff.between(null, first)).extracting(StoryDiff.Change::path, StoryDiff.Change::kind)
                .containsExactly(tuple("story.name", ADDED), tuple("story.slug", ADDED), tuple("component", ADDED));
    }
}
