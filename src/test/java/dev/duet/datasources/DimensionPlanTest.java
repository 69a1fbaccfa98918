package dev.duet.datasources;

import dev.duet.failure.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DimensionPlanTest {

    private static final Dimension GERMAN = new Dimension(1, 9, "German", "de", Instant.EPOCH, Instant.EPOCH);
    private static final Dimension FRENCH = new Dimension(2, 9, "French", "fr", Instant.EPOCH, Instant.EPOCH);

    @Test
    void sending_the_same_dimensions_again_changes_nothing() {
        var plan = DimensionPlan.of(List.of(GERMAN, FRENCH), List.of(
                new DimensionSettings(null, "German", "de"), new DimensionSettings(null, "French", "fr")));

        assertThat(plan.removed()).isEmpty();
        assertThat(plan.added()).isEmpty();
        assertThat(plan.kept()).noneMatch(DimensionPlan.Kept::changed);
        assertThat(plan.changesEntryValues()).isFalse();
    }

    @Test
    void a_dimension_matched_by_key_may_be_renamed_without_touching_entry_values() {
        var plan = DimensionPlan.of(List.of(GERMAN), List.of(new DimensionSettings(null, "Deutsch", "de")));

        assertThat(plan.kept()).containsExactly(new DimensionPlan.Kept(1, "Deutsch", "de", true, false));
        assertThat(plan.changesEntryValues()).isFalse();
    }

    @Test
    void a_dimension_matched_by_id_may_change_its_key() {
        var plan = DimensionPlan.of(List.of(GERMAN), List.of(new DimensionSettings(1L, "German (Austria)", "de-at")));

        assertThat(plan.kept()).containsExactly(new DimensionPlan.Kept(1, "German (Austria)", "de-at", true, true));
        assertThat(plan.changesEntryValues()).isTrue();
    }

    @Test
    void dimensions_left_out_are_removed_and_new_keys_are_added() {
        var plan = DimensionPlan.of(List.of(GERMAN, FRENCH), List.of(
                new DimensionSettings(null, "German", "de"), new DimensionSettings(null, "Italian", "it")));

        assertThat(plan.removed()).containsExactly(2L);
        assertThat(plan.added()).containsExactly(new DimensionSettings(null, "Italian", "it"));
        assertThat(plan.changesEntryValues()).isTrue();
    }

    @Test
    void a_key_taken_over_by_id_from_another_dimension_makes_a_new_dimension_for_the_old_key() {
        var plan = DimensionPlan.of(List.of(GERMAN, FRENCH), List.of(
                new DimensionSettings(null, "German", "de"), new DimensionSettings(1L, "French", "fr")));

        assertThat(plan.kept()).containsExactly(new DimensionPlan.Kept(1, "French", "fr", true, true));
        assertThat(plan.added()).containsExactly(new DimensionSettings(null, "German", "de"));
        assertThat(plan.removed()).containsExactly(2L);
    }

    @Test
    void an_unknown_dimension_id_is_refused_naming_its_place() {
        assertThatThrownBy(() -> DimensionPlan.of(List.of(GERMAN), List.of(new DimensionSettings(99L, "Ghost", "xx"))))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.details()).extracting("path").containsExactly("datasource.dimensions[0].id"));
    }
}
