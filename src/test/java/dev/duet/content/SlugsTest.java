package dev.duet.content;

import dev.duet.failure.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "About Us|about-us",
            "Summer_Sale 2025|summer-sale-2025",
            "  --Hello   World--  |hello-world",
            "Über uns & Café|uber-uns-cafe",
            "v1.2~beta|v1.2~beta",
            "a - _ - b|a-b",
            "ALREADY-fine|already-fine",
            "What? Why! (Now)|what-why-now"})
    void slugs_are_normalised_like_storyblok(String raw, String slug) {
        assertThat(Slugs.normalise("story.slug", raw)).isEqualTo(slug);
    }

    @Test
    void a_slash_is_refused_rather_than_dropped_because_the_user_meant_a_folder() {
        assertThatThrownBy(() -> Slugs.normalise("story.slug", "blog/post"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("story.slug").hasMessageContaining("'/'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!!", "---", "..", "ß"})
    void a_slug_without_a_letter_or_digit_is_refused(String raw) {
        assertThatThrownBy(() -> Slugs.normalise("story.slug", raw)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_slug_longer_than_the_limit_is_refused() {
        assertThatThrownBy(() -> Slugs.normalise("story.slug", "a".repeat(Slugs.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("at most");
    }

    @Test
    void full_slugs_nest_under_the_folder_and_a_start_page_takes_the_folder_url() {
        assertThat(Slugs.fullSlug(null, "home", false)).isEqualTo("home");
        assertThat(Slugs.fullSlug("blog", "first-post", false)).isEqualTo("blog/first-post");
        assertThat(Slugs.fullSlug("en/blog", "index", true)).isEqualTo("en/blog/");
    }
}
