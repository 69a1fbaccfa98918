package dev.duet.datasources;

import dev.duet.failure.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasourceRulesTest {

    @Test
    void a_missing_slug_is_made_from_the_name() {
        var checked = DatasourceRules.forCreate(new DatasourceSettings("  Button Styles ", null, null));

        assertThat(checked.name()).isEqualTo("Button Styles");
        assertThat(checked.slug()).isEqualTo("button-styles");
        assertThat(checked.dimensions()).isEmpty();
    }

    @Test
    void a_given_slug_is_normalised() {
        assertThat(DatasourceRules.forCreate(new DatasourceSettings("Colours", "Brand Colours", null)).slug())
                .isEqualTo("brand-colours");
    }

    @Test
    void a_slug_made_from_a_long_name_is_cut_to_the_maximum_without_a_trailing_dash() {
        var name = "a".repeat(DatasourceRules.MAX_SLUG - 1) + " bcd";

        var slug = DatasourceRules.forCreate(new DatasourceSettings(name, null, null)).slug();

        assertThat(slug).isEqualTo("a".repeat(DatasourceRules.MAX_SLUG - 1));
    }

    @Test
    void every_problem_of_a_new_datasource_is_named_at_once() {
        var settings = new DatasourceSettings(null, "!!!", List.of(
                new DimensionSettings(null, "German", "de"),
                new DimensionSettings(null, "", "DE AT"),
                new DimensionSettings(null, "Also German", "de")));

        assertThatThrownBy(() -> DatasourceRules.forCreate(settings))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.details()).extracting("path").containsExactly(
                        "datasource.name", "datasource.slug", "datasource.dimensions[1].name",
                        "datasource.dimensions[1].entry_value", "datasource.dimensions[2].entry_value"));
    }

    @Test
    void names_with_control_characters_are_refused() {
        var settings = new DatasourceSettings("Col\u0000ours", null, List.of(new DimensionSettings(null, "Ger\tman", "de")));

        assertThatThrownBy(() -> DatasourceRules.forCreate(settings))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.details()).extracting("path")
                        .containsExactly("datasource.name", "datasource.dimensions[0].name"));
    }

    @Test
    void a_name_without_letters_or_digits_needs_a_slug() {
        assertThatThrownBy(() -> DatasourceRules.forCreate(new DatasourceSettings("???", null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.details()).extracting("path").containsExactly("datasource.slug"));
    }

    @Test
    void a_change_keeps_what_it_leaves_out_but_refuses_blank_names() {
        var checked = DatasourceRules.forUpdate(new DatasourceSettings(null, null, null));
        assertThat(checked).isEqualTo(new DatasourceRules.Checked(null, null, null));

        assertThatThrownBy(() -> DatasourceRules.forUpdate(new DatasourceSettings(" ", null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.details()).extracting("path").containsExactly("datasource.name"));
    }

    @Test
    void a_dimension_id_listed_twice_is_refused() {
        var settings = new DatasourceSettings(null, null, List.of(
                new DimensionSettings(7L, "German", "de"), new DimensionSettings(7L, "French", "fr")));

        assertThatThrownBy(() -> DatasourceRules.forUpdate(settings))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.details()).extracting("path").containsExactly("datasource.dimensions[1].id"));
    }

    @Test
    void a_missing_body_is_named() {
        assertThatThrownBy(() -> DatasourceRules.forCreate(null))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.details()).extracting("path").containsExactly("datasource"));
    }
}
