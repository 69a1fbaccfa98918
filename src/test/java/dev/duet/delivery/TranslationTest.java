package dev.duet.delivery;

import dev.duet.web.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Field-level translation: the language's value, else the fallback's, else the default; translation keys removed. */
class TranslationTest {

    static final String CONTENT = """
            {"component":"page","title":"Hello","title__i18n__de":"Hallo","title__i18n__pt_br":"Olá",
             "teaser":"Read on","teaser__i18n__de":"","teaser__i18n__fr":"Lisez",
             "body":[{"component":"hero","headline":"Welcome","headline__i18n__fr":"Bienvenue","tags":["a"],"tags__i18n__de":[]}],
             "only__i18n__de":"Nur deutsch"}""";

    @Test
    void a_translated_field_replaces_the_default_and_translation_keys_are_removed_everywhere() {
        var content = Json.tree(CONTENT);

        Translation.apply(content, "de", null);

        assertThat(content.get("title").asText()).isEqualTo("Hallo");
        assertThat(content.get("only").asText()).isEqualTo("Nur deutsch");
        assertThat(content.toString()).doesNotContain("__i18n__");
        assertThat(content.at("/body/0/headline").asText()).isEqualTo("Welcome");
    }

    @Test
    void an_empty_translation_falls_back_to_the_fallback_language_then_to_the_default() {
        var content = Json.tree(CONTENT);

        Translation.apply(content, "de", "fr");

        assertThat(content.get("teaser").asText()).isEqualTo("Lisez");
        assertThat(content.at("/body/0/headline").asText()).isEqualTo("Bienvenue");
        assertThat(content.at("/body/0/tags/0").asText()).isEqualTo("a");
        assertThat(content.get("title").asText()).isEqualTo("Hallo");
    }

    @Test
    void a_hyphenated_language_uses_an_underscore_in_keys() {
        var content = Json.tree(CONTENT);

        Translation.apply(content, "pt-br", null);

        assertThat(content.get("title").asText()).isEqualTo("Olá");
        assertThat(content.get("teaser").asText()).isEqualTo("Read on");
    }
}
