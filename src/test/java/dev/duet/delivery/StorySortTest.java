package dev.duet.delivery;

import dev.duet.web.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** sort_by: story fields, content fields as text or numbers, several keys, missing values last. */
class StorySortTest {

    private record Row(String name, int position, String contentJson) {
    }

    private static List<String> sorted(String sortBy, List<Row> rows) {
        var sort = StorySort.parse(sortBy);
        var keyed = new ArrayList<Object[]>();
        for (var row : rows) {
            var meta = new StoryMeta(row.position, "u" + row.position, row.name, row.name, row.name, 0, false, false,
                    row.position, List.of(), null, "g", null, null, "c", "u", "p", "f", true);
            var content = Json.tree(row.contentJson);
            var story = StoryRenderer.fromContent(meta, List.of(), content, 1, null);
            keyed.add(new Object[]{row.name, sort.values(story, content)});
        }
        var comparator = sort.comparator();
        keyed.sort((a, b) -> comparator.compare((Comparable<?>[]) a[1], (Comparable<?>[]) b[1]));
        return keyed.stream().map(pair -> (String) pair[0]).toList();
    }

    static final List<Row> ROWS = List.of(
            new Row("beta", 2, "{\"rating\":\"10\",\"score\":\"2.5\",\"label\":\"b\",\"seo\":{\"rank\":2}}"),
            new Row("alpha", 3, "{\"rating\":\"9\",\"score\":\"10.25\",\"label\":\"b\",\"seo\":{\"rank\":1}}"),
            new Row("Gamma", 1, "{\"score\":\"-1\",\"label\":\"a\"}"));

    @Test
    void content_values_sort_as_text_unless_int_or_float_is_asked_for() {
        assertThat(sorted("content.rating:asc", ROWS)).containsExactly("beta", "alpha", "Gamma");
        assertThat(sorted("content.rating:asc:int", ROWS)).containsExactly("alpha", "beta", "Gamma");
        assertThat(sorted("content.score:desc:float", ROWS)).containsExactly("alpha", "beta", "Gamma");
        assertThat(sorted("content.score:asc:float", ROWS)).containsExactly("Gamma", "beta", "alpha");
    }

    @Test
    void stories_without_the_value_come_last_in_both_directions() {
        assertThat(sorted("content.rating:desc:int", ROWS)).containsExactly("beta", "alpha", "Gamma");
        assertThat(sorted("content.seo.rank:asc", ROWS)).containsExactly("alpha", "beta", "Gamma");
    }

    @Test
    void text_ignores_case_first_and_then_puts_capitals_first() {
        var rows = List.of(new Row("x", 1, "{\"label\":\"b\"}"), new Row("y", 2, "{\"label\":\"B\"}"),
                new Row("z", 3, "{\"label\":\"a\"}"));
        assertThat(sorted("content.label", rows)).containsExactly("z", "y", "x");
    }

    @Test
    void story_fields_sort_by_their_values_and_text_ignores_case_first() {
        assertThat(sorted("name", ROWS)).containsExactly("alpha", "beta", "Gamma");
        assertThat(sorted("name:desc", ROWS)).containsExactly("Gamma", "beta", "alpha");
        assertThat(sorted("position:desc", ROWS)).containsExactly("alpha", "beta", "Gamma");
    }

    @Test
    void later_keys_break_ties_of_earlier_ones() {
        assertThat(sorted("content.label:asc,name:desc", ROWS)).containsExactly("Gamma", "beta", "alpha");
        assertThat(sorted("content.label:asc,name:asc", ROWS)).containsExactly("Gamma", "alpha", "beta");
    }

    @Test
    void no_sort_by_is_the_default_order() {
        assertThat(StorySort.parse(null).isDefault()).isTrue();
        assertThat(StorySort.parse(" , ").isDefault()).isTrue();
    }

    @Test
    void unknown_story_fields_and_modifiers_are_rejected_naming_sort_by() {
        for (var raw : Arrays.asList("secret_field", "content.x:sideways", "name:asc:long", "content.:asc")) {
            assertThatThrownBy(() -> StorySort.parse(raw)).as(raw).isInstanceOf(BadParameter.class)
                    .hasMessageStartingWith("sort_by:");
        }
    }
}
