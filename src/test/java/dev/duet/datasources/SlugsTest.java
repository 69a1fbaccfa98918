package dev.duet.datasources;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @Test
    void names_become_lowercase_dashed_slugs() {
        assertThat(Slugs.normalise("Product Colours")).isEqualTo("product-colours");
    }

    @Test
    void accents_are_dropped_and_other_characters_become_single_dashes() {
        assertThat(Slugs.normalise("  Café / Größe!! ")).isEqualTo("cafe-gro-e");
    }

    @Test
    void underscores_and_digits_are_kept_and_dashes_at_the_edges_are_trimmed() {
        assertThat(Slugs.normalise("--button_styles 2024--")).isEqualTo("button_styles-2024");
    }

    @Test
    void text_without_letters_or_digits_becomes_empty() {
        assertThat(Slugs.normalise("!!! ???")).isEmpty();
    }

    @Test
    void a_slug_is_its_own_normal_form() {
        assertThat(Slugs.normalise("countries_eu-2")).isEqualTo("countries_eu-2");
    }
}
