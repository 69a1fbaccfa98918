package dev.duet.datasources;

import dev.duet.failure.Problems;
import dev.duet.failure.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntryRulesTest {

    private static final Set<String> KEYS = Set.of("de", "fr");

    private static List<String> problemPaths(EntryInput input, boolean creating) {
        var problems = new Problems();
        EntryRules.check("datasource_entry", input, creating, KEYS, problems);
        try {
            problems.throwIfAny();
            return List.of();
        } catch (InvalidInput e) {
            return e.details().stream().map(p -> ((InvalidInput.Problem) p).path()).toList();
        }
    }

    @Test
    void a_new_entry_needs_a_name_but_a_change_may_leave_it_out() {
        assertThat(problemPaths(new EntryInput(null, "Red", null), true)).containsExactly("datasource_entry.name");
        assertThat(problemPaths(new EntryInput(null, "Red", null), false)).isEmpty();
    }

    @Test
    void blank_and_overlong_names_and_overlong_values_are_refused() {
        assertThat(problemPaths(new EntryInput("  ", null, null), false)).containsExactly("datasource_entry.name");
        assertThat(problemPaths(new EntryInput("n".repeat(EntryRules.MAX_NAME + 1), "x".repeat(EntryRules.MAX_VALUE + 1), null), true))
                .containsExactly("datasource_entry.name", "datasource_entry.value");
    }

    @Test
    void names_refuse_control_characters_and_values_refuse_nul_but_keep_line_breaks() {
        assertThat(problemPaths(new EntryInput("red\n", "Red", null), true)).containsExactly("datasource_entry.name");
        assertThat(problemPaths(new EntryInput("red", "Red\u0000", Map.of("de", "R\u0000t")), true))
                .containsExactly("datasource_entry.value", "datasource_entry.dimension_values.de");
        assertThat(problemPaths(new EntryInput("red", "Line one\nLine two", null), true)).isEmpty();
    }

    @Test
    void values_of_exactly_the_maximum_length_are_fine() {
        assertThat(problemPaths(new EntryInput("n".repeat(EntryRules.MAX_NAME), "x".repeat(EntryRules.MAX_VALUE),
                Map.of("de", "y".repeat(EntryRules.MAX_VALUE))), true)).isEmpty();
    }

    @Test
    void dimension_values_must_use_the_datasources_dimension_keys() {
        var values = new HashMap<String, String>();
        values.put("de", null);
        values.put("es", "Rojo");

        assertThat(problemPaths(new EntryInput("red", "Red", values), true)).containsExactly("datasource_entry.dimension_values.es");
    }

    @Test
    void a_bulk_replacement_names_each_bad_entry_and_each_repeated_name() {
        var entries = new ArrayList<EntryInput>();
        entries.add(new EntryInput("red", "Red", null));
        entries.add(new EntryInput("", "Blank", null));
        entries.add(null);
        entries.add(new EntryInput("red", "Red again", Map.of("it", "Rosso")));

        assertThatThrownBy(() -> EntryRules.checkBulk(entries, KEYS))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.details()).extracting("path").containsExactly("datasource_entries[1].name",
                            "datasource_entries[2]", "datasource_entries[3].dimension_values.it", "datasource_entries[3].name");
                    assertThat(e.getMessage()).contains("datasource_entries[1].name", "and 3 more problems");
                });
    }

    @Test
    void a_bulk_replacement_may_be_empty_but_not_missing() {
        assertThatCode(() -> EntryRules.checkBulk(List.of(), KEYS)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EntryRules.checkBulk(null, KEYS))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.details()).extracting("path").containsExactly("datasource_entries"));
    }

    @Test
    void a_huge_broken_import_reports_a_bounded_number_of_details_and_counts_the_rest() {
        var entries = new ArrayList<EntryInput>();
        for (int i = 0; i < 250; i++) entries.add(new EntryInput(null, "v", null));

        assertThatThrownBy(() -> EntryRules.checkBulk(entries, KEYS))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.details()).hasSize(Problems.MAX + 1);
                    assertThat(e.getMessage()).contains("and 249 more problems");
                });
    }
}
