package dev.duet.presence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.web.Json;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The three-way merge of story edits, on plain JSON: base, theirs (saved since) and mine (refused as stale). */
class MergeTest {

    private static final String BASE = """
            {"component": "page", "_uid": "root", "title": "Welcome",
             "body": [
               {"component": "hero", "_uid": "hero-1", "headline": "Hello", "subheadline": "Say hi"},
               {"component": "feature", "_uid": "f-1", "name": "Fast", "description": "Very fast"},
               {"component": "feature", "_uid": "f-2", "name": "Safe", "description": "Very safe"},
               {"component": "cta", "_uid": "cta-1", "label": "Start"}]}""";

    private static Snapshot story(String content) {
        return new Snapshot("Home", "home", List.of("news"), Json.tree(content));
    }

    /** The base content with {@code find} replaced by {@code replace}, pair by pair. */
    private static String edit(String... findAndReplace) {
        var text = BASE;
        for (int i = 0; i < findAndReplace.length; i += 2) {
            assertThat(text).as("the edit finds its text").contains(findAndReplace[i]);
            text = text.replace(findAndReplace[i], findAndReplace[i + 1]);
        }
        return text;
    }

    private static Merge merge(String theirs, String mine) {
        return StoryMerge.merge(story(BASE), story(theirs), story(mine));
    }

    private static List<String> order(JsonNode content) {
        return content.get("body").findValuesAsText("_uid").stream().filter(uid -> !uid.equals("root")).toList();
    }

    private static List<String> uidsOf(Merge merge) {
        var uids = new java.util.ArrayList<String>();
        merge.story().content().get("body").forEach(blok -> uids.add(blok.get("_uid").asText()));
        return uids;
    }

    @Test
    void edits_of_different_fields_of_one_block_are_both_kept() {
        var merge = merge(edit("\"Hello\"", "\"Hello there\""), edit("\"Say hi\"", "\"Say hello\""));

        assertThat(merge.conflicts()).isEmpty();
        assertThat(merge.story().content().at("/body/0/headline").asText()).isEqualTo("Hello there");
        assertThat(merge.story().content().at("/body/0/subheadline").asText()).isEqualTo("Say hello");
        assertThat(merge.changes()).extracting(MergedChange::path, MergedChange::side)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("body[0].headline", Side.THEIRS),
                        org.assertj.core.groups.Tuple.tuple("body[0].subheadline", Side.MINE));
    }

    @Test
    void different_edits_of_one_field_are_a_conflict_that_keeps_theirs_until_resolved() {
        var merge = merge(edit("\"Hello\"", "\"Hi there\""), edit("\"Hello\"", "\"Howdy\""));

        assertThat(merge.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.id()).isEqualTo("content.body[hero-1].headline");
            assertThat(conflict.path()).isEqualTo("body[0].headline");
            assertThat(conflict.label()).isEqualTo("Body › Hero › Headline");
            assertThat(conflict.base().asText()).isEqualTo("Hello");
            assertThat(conflict.theirs().asText()).isEqualTo("Hi there");
            assertThat(conflict.mine().asText()).isEqualTo("Howdy");
        });
        assertThat(merge.story().content().at("/body/0/headline").asText()).isEqualTo("Hi there");
    }

    @Test
    void a_resolution_settles_a_conflict_with_the_chosen_side() {
        var theirs = edit("\"Hello\"", "\"Hi there\"");
        var mine = edit("\"Hello\"", "\"Howdy\"");

        var keepMine = StoryMerge.merge(story(BASE), story(theirs), story(mine),
                Map.of("content.body[hero-1].headline", Side.MINE));
        var takeTheirs = StoryMerge.merge(story(BASE), story(theirs), story(mine),
                Map.of("content.body[hero-1].headline", Side.THEIRS));

        assertThat(keepMine.conflicts()).isEmpty();
        assertThat(keepMine.story().content().at("/body/0/headline").asText()).isEqualTo("Howdy");
        assertThat(keepMine.changes()).extracting(MergedChange::side).containsExactly(Side.MINE);
        assertThat(takeTheirs.conflicts()).isEmpty();
        assertThat(takeTheirs.story().content().at("/body/0/headline").asText()).isEqualTo("Hi there");
    }

    @Test
    void a_resolution_for_a_place_without_conflict_changes_nothing() {
        var merge = StoryMerge.merge(story(BASE), story(edit("\"Hello\"", "\"Hi\"")), story(BASE),
                Map.of("content.body[hero-1].headline", Side.MINE));

        assertThat(merge.story().content().at("/body/0/headline").asText()).isEqualTo("Hi");
    }

    @Test
    void the_same_edit_on_both_sides_is_no_conflict() {
        var same = edit("\"Fast\"", "\"Quick\"");

        var merge = merge(same, same);

        assertThat(merge.conflicts()).isEmpty();
        assertThat(merge.changes()).isEmpty();
        assertThat(merge.story().content()).isEqualTo(Json.tree(same));
    }

    @Test
    void nothing_changed_on_either_side_merges_to_the_base() {
        var merge = merge(BASE, BASE);

        assertThat(merge.story().content()).isEqualTo(Json.tree(BASE));
        assertThat(merge.conflicts()).isEmpty();
        assertThat(merge.changes()).isEmpty();
    }

    @Test
    void root_fields_merge_one_by_one() {
        var merge = merge(edit("\"Welcome\"", "\"Welcome home\""), edit("\"Start\"", "\"Start now\""));

        assertThat(merge.conflicts()).isEmpty();
        assertThat(merge.story().content().get("title").asText()).isEqualTo("Welcome home");
        assertThat(merge.story().content().at("/body/3/label").asText()).isEqualTo("Start now");
        assertThat(merge.changes()).extracting(MergedChange::label).contains("Title", "Body › Cta › Label");
    }

    @Test
    void a_field_one_side_added_is_kept_and_one_side_removed_is_removed() {
        var theirs = edit("\"name\": \"Fast\", ", "\"name\": \"Fast\", \"icon\": \"bolt\", ");
        var mine = edit(", \"subheadline\": \"Say hi\"", "");

        var merge = merge(theirs, mine);

        assertThat(merge.conflicts()).isEmpty();
        assertThat(merge.story().content().at("/body/1/icon").asText()).isEqualTo("bolt");
        assertThat(merge.story().content().at("/body/0").has("subheadline")).isFalse();
    }

    @Test
    void blocks_added_on_both_sides_are_all_kept_each_after_its_neighbour() {
        var theirs = edit("{\"component\": \"cta\"", "{\"component\": \"feature\", \"_uid\": \"f-theirs\", \"name\": \"Theirs\"},\n{\"component\": \"cta\"");
        var mine = edit("{\"component\": \"feature\", \"_uid\": \"f-1\"",
                "{\"component\": \"teaser\", \"_uid\": \"t-mine\", \"headline\": \"Mine\"},\n{\"component\": \"feature\", \"_uid\": \"f-1\"");

        var merge = merge(theirs, mine);

        assertThat(merge.conflicts()).isEmpty();
        assertThat(uidsOf(merge)).containsExactly("hero-1", "t-mine", "f-1", "f-2", "f-theirs", "cta-1");
        assertThat(merge.changes()).extracting(MergedChange::kind, MergedChange::side).contains(
                org.assertj.core.groups.Tuple.tuple(MergedChange.Kind.ADDED, Side.MINE),
                org.assertj.core.groups.Tuple.tuple(MergedChange.Kind.ADDED, Side.THEIRS));
    }

    @Test
    void a_block_added_first_goes_to_the_front() {
        var mine = edit("\"body\": [", "\"body\": [{\"component\": \"teaser\", \"_uid\": \"t-0\", \"headline\": \"First\"},");

        var merge = merge(BASE, mine);

        assertThat(uidsOf(merge)).containsExactly("t-0", "hero-1", "f-1", "f-2", "cta-1");
    }

    @Test
    void a_block_removed_by_one_side_and_untouched_by_the_other_is_removed() {
        var theirs = edit(",\n   {\"component\": \"feature\", \"_uid\": \"f-2\", \"name\": \"Safe\", \"description\": \"Very safe\"}", "");
        var mine = edit("\"Hello\"", "\"Hi\"");

        var merge = merge(theirs, mine);

        assertThat(merge.conflicts()).isEmpty();
        assertThat(uidsOf(merge)).containsExactly("hero-1", "f-1", "cta-1");
        assertThat(merge.story().content().at("/body/0/headline").asText()).isEqualTo("Hi");
        assertThat(merge.changes()).extracting(MergedChange::kind, MergedChange::side)
                .contains(org.assertj.core.groups.Tuple.tuple(MergedChange.Kind.REMOVED, Side.THEIRS));
    }

    @Test
    void a_block_i_edited_that_they_removed_is_a_conflict_and_keeping_mine_restores_it_in_place() {
        var theirs = edit(",\n   {\"component\": \"feature\", \"_uid\": \"f-2\", \"name\": \"Safe\", \"description\": \"Very safe\"}", "");
        var mine = edit("\"Very safe\"", "\"Safest\"");

        var merge = merge(theirs, mine);
        var kept = StoryMerge.merge(story(BASE), story(theirs), story(mine), Map.of("content.body[f-2]", Side.MINE));

        assertThat(merge.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.id()).isEqualTo("content.body[f-2]");
            assertThat(conflict.path()).isEqualTo("body[2]");
            assertThat(conflict.label()).isEqualTo("Body › Feature");
            assertThat(conflict.theirs()).isNull();
            assertThat(conflict.mine().get("description").asText()).isEqualTo("Safest");
        });
        assertThat(uidsOf(merge)).containsExactly("hero-1", "f-1", "cta-1");
        assertThat(uidsOf(kept)).containsExactly("hero-1", "f-1", "f-2", "cta-1");
        assertThat(kept.story().content().at("/body/2/description").asText()).isEqualTo("Safest");
    }

    @Test
    void a_block_they_edited_that_i_removed_is_a_conflict_that_keeps_their_block_unless_mine_is_chosen() {
        var theirs = edit("\"Very fast\"", "\"Fastest\"");
        var mine = edit("\n   {\"component\": \"feature\", \"_uid\": \"f-1\", \"name\": \"Fast\", \"description\": \"Very fast\"},", "");

        var merge = merge(theirs, mine);
        var removed = StoryMerge.merge(story(BASE), story(theirs), story(mine), Map.of("content.body[f-1]", Side.MINE));

        assertThat(merge.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.id()).isEqualTo("content.body[f-1]");
            assertThat(conflict.mine()).isNull();
            assertThat(conflict.theirs().get("description").asText()).isEqualTo("Fastest");
        });
        assertThat(uidsOf(merge)).containsExactly("hero-1", "f-1", "f-2", "cta-1");
        assertThat(uidsOf(removed)).containsExactly("hero-1", "f-2", "cta-1");
    }

    @Test
    void my_move_applies_to_their_order() {
        var theirs = edit("\"Fast\"", "\"Quick\"");
        var mine = edit(",\n   {\"component\": \"cta\", \"_uid\": \"cta-1\", \"label\": \"Start\"}]", "]")
                .replace("\"body\": [", "\"body\": [{\"component\": \"cta\", \"_uid\": \"cta-1\", \"label\": \"Start\"},");

        var merge = merge(theirs, mine);

        assertThat(merge.conflicts()).isEmpty();
        assertThat(uidsOf(merge)).containsExactly("cta-1", "hero-1", "f-1", "f-2");
        assertThat(merge.story().content().at("/body/2/name").asText()).isEqualTo("Quick");
        assertThat(merge.changes()).extracting(MergedChange::kind).contains(MergedChange.Kind.MOVED);
    }

    @Test
    void moves_of_different_blocks_on_both_sides_are_both_applied() {
        // they swap the features; I move the call to action to the front
        var theirs = """
                {"component": "page", "_uid": "root", "title": "Welcome", "body": [
                  {"component": "hero", "_uid": "hero-1", "headline": "Hello", "subheadline": "Say hi"},
                  {"component": "feature", "_uid": "f-2", "name": "Safe", "description": "Very safe"},
                  {"component": "feature", "_uid": "f-1", "name": "Fast", "description": "Very fast"},
                  {"component": "cta", "_uid": "cta-1", "label": "Start"}]}""";
        var mine = """
                {"component": "page", "_uid": "root", "title": "Welcome", "body": [
                  {"component": "cta", "_uid": "cta-1", "label": "Start"},
                  {"component": "hero", "_uid": "hero-1", "headline": "Hello", "subheadline": "Say hi"},
                  {"component": "feature", "_uid": "f-1", "name": "Fast", "description": "Very fast"},
                  {"component": "feature", "_uid": "f-2", "name": "Safe", "description": "Very safe"}]}""";

        var merge = merge(theirs, mine);

        assertThat(uidsOf(merge)).containsExactly("cta-1", "hero-1", "f-2", "f-1");
    }

    @Test
    void when_both_move_the_same_block_their_place_stands() {
        var theirs = """
                {"component": "page", "_uid": "root", "title": "Welcome", "body": [
                  {"component": "cta", "_uid": "cta-1", "label": "Start"},
                  {"component": "hero", "_uid": "hero-1", "headline": "Hello", "subheadline": "Say hi"},
                  {"component": "feature", "_uid": "f-1", "name": "Fast", "description": "Very fast"},
                  {"component": "feature", "_uid": "f-2", "name": "Safe", "description": "Very safe"}]}""";
        var mine = """
                {"component": "page", "_uid": "root", "title": "Welcome", "body": [
                  {"component": "hero", "_uid": "hero-1", "headline": "Hello", "subheadline": "Say hi"},
                  {"component": "cta", "_uid": "cta-1", "label": "Start"},
                  {"component": "feature", "_uid": "f-1", "name": "Fast", "description": "Very fast"},
                  {"component": "feature", "_uid": "f-2", "name": "Safe", "description": "Very safe"}]}""";

        var merge = merge(theirs, mine);

        assertThat(merge.conflicts()).isEmpty();
        assertThat(uidsOf(merge)).containsExactly("cta-1", "hero-1", "f-1", "f-2");
    }

    @Test
    void blocks_nested_in_blocks_merge_by_uid_too() {
        var base = """
                {"component": "page", "_uid": "root", "body": [
                  {"component": "grid", "_uid": "grid-1", "columns": [
                    {"component": "feature", "_uid": "c-1", "name": "One"},
                    {"component": "feature", "_uid": "c-2", "name": "Two"}]}]}""";
        var theirs = base.replace("\"One\"", "\"Uno\"");
        var mine = base.replace("\"Two\"", "\"Dos\"").replace("\"name\": \"Dos\"}]", "\"name\": \"Dos\"},\n"
                + "{\"component\": \"feature\", \"_uid\": \"c-3\", \"name\": \"Tres\"}]");

        var merge = StoryMerge.merge(story(base), story(theirs), story(mine));

        assertThat(merge.conflicts()).isEmpty();
        var columns = merge.story().content().at("/body/0/columns");
        assertThat(columns.findValuesAsText("name")).containsExactly("Uno", "Dos", "Tres");
        assertThat(merge.changes()).extracting(MergedChange::path)
                .contains("body[0].columns[0].name", "body[0].columns[1].name", "body[0].columns[2]");
    }

    @Test
    void a_conflict_deep_in_nested_blocks_is_named_by_the_uids_along_the_way() {
        var base = """
                {"component": "page", "_uid": "root", "body": [
                  {"component": "feature_grid", "_uid": "grid-1", "columns": [
                    {"component": "feature", "_uid": "c-1", "name": "One"}]}]}""";

        var merge = StoryMerge.merge(story(base), story(base.replace("\"One\"", "\"Uno\"")),
                story(base.replace("\"One\"", "\"Eins\"")));

        assertThat(merge.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.id()).isEqualTo("content.body[grid-1].columns[c-1].name");
            assertThat(conflict.path()).isEqualTo("body[0].columns[0].name");
            assertThat(conflict.label()).isEqualTo("Body › Feature grid › Columns › Feature › Name");
        });
    }

    @Test
    void a_translated_field_is_labelled_with_its_language() {
        var base = "{\"component\": \"page\", \"_uid\": \"root\", \"seo_title__i18n__de\": \"Willkommen\"}";

        var merge = StoryMerge.merge(story(base), story(base.replace("Willkommen", "Hallo")),
                story(base.replace("Willkommen", "Servus")));

        assertThat(merge.conflicts()).extracting(MergeConflict::label).containsExactly("Seo title (de)");
    }

    @Test
    void values_that_are_not_blocks_compare_whole() {
        var base = """
                {"component": "page", "_uid": "root",
                 "link": {"linktype": "url", "url": "https://a.example", "target": "_self"},
                 "options": ["a", "b"]}""";
        var theirs = base.replace("https://a.example", "https://b.example");
        var mine = base.replace("_self", "_blank").replace("[\"a\", \"b\"]", "[\"a\", \"b\", \"c\"]");

        var merge = StoryMerge.merge(story(base), story(theirs), story(mine));

        assertThat(merge.conflicts()).extracting(MergeConflict::path).containsExactly("link");
        assertThat(merge.story().content().get("options")).hasSize(3);
    }

    @Test
    void a_changed_content_type_is_a_conflict_on_the_component_field() {
        var merge = merge(edit("\"page\"", "\"landing_page\""), edit("\"page\"", "\"blog_post\""));

        assertThat(merge.conflicts()).extracting(MergeConflict::id).containsExactly("content.component");
    }

    @Test
    void name_and_slug_merge_like_fields_and_conflict_when_both_changed_them() {
        var base = new Snapshot("Home", "home", List.of(), Json.tree(BASE));
        var theirs = new Snapshot("Home page", "home", List.of(), Json.tree(BASE));
        var mine = new Snapshot("Start", "start", List.of(), Json.tree(BASE));

        var merge = StoryMerge.merge(base, theirs, mine);

        assertThat(merge.story().slug()).isEqualTo("start");
        assertThat(merge.story().name()).isEqualTo("Home page");
        assertThat(merge.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.id()).isEqualTo("story.name");
            assertThat(conflict.path()).isEqualTo("story.name");
            assertThat(conflict.label()).isEqualTo("Name");
        });
    }

    @Test
    void tags_merge_as_a_set_of_both_sides_additions_and_removals() {
        var base = new Snapshot("Home", "home", List.of("news", "spring"), Json.tree(BASE));
        var theirs = new Snapshot("Home", "home", List.of("news", "spring", "featured"), Json.tree(BASE));
        var mine = new Snapshot("Home", "home", List.of("news", "campaign"), Json.tree(BASE));

        var merge = StoryMerge.merge(base, theirs, mine);

        assertThat(merge.story().tagList()).containsExactly("news", "featured", "campaign");
        assertThat(merge.conflicts()).isEmpty();
    }

    @Test
    void blocks_added_to_an_empty_list_by_both_sides_are_both_kept() {
        var base = "{\"component\": \"page\", \"_uid\": \"root\", \"body\": []}";
        var theirs = base.replace("[]", "[{\"component\": \"cta\", \"_uid\": \"a\", \"label\": \"A\"}]");
        var mine = base.replace("[]", "[{\"component\": \"cta\", \"_uid\": \"b\", \"label\": \"B\"}]");

        var merge = StoryMerge.merge(story(base), story(theirs), story(mine));

        assertThat(order(merge.story().content())).containsExactly("b", "a");
        assertThat(merge.conflicts()).isEmpty();
    }

    @Test
    void the_same_block_added_by_both_sides_with_different_values_conflicts_field_by_field() {
        var base = "{\"component\": \"page\", \"_uid\": \"root\", \"body\": []}";
        var theirs = base.replace("[]", "[{\"component\": \"cta\", \"_uid\": \"a\", \"label\": \"A\"}]");
        var mine = base.replace("[]", "[{\"component\": \"cta\", \"_uid\": \"a\", \"label\": \"B\"}]");

        var merge = StoryMerge.merge(story(base), story(theirs), story(mine));

        assertThat(merge.conflicts()).extracting(MergeConflict::id).containsExactly("content.body[a].label");
        assertThat(merge.story().content().at("/body").size()).isEqualTo(1);
    }

    @Test
    void order_places_my_blocks_after_their_predecessor_in_mine() {
        var order = StoryMerge.order(List.of("a", "b", "c"), List.of("c", "x", "a", "b"),
                java.util.Set.of("a", "b", "c", "x"), new java.util.LinkedHashSet<>(List.of("c", "x")));

        assertThat(order).containsExactly("c", "x", "a", "b");
    }
}
