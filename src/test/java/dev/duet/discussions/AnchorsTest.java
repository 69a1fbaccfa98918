package dev.duet.discussions;

import dev.duet.failure.InvalidInput;
import dev.duet.schema.Schema;
import dev.duet.web.Json;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnchorsTest {

    static final String CONTENT = """
            {"component": "page", "_uid": "root", "title": "Home",
             "body": [{"component": "hero", "_uid": "hero-1", "headline": "Hi"},
                      {"component": "text", "_uid": "text-1", "copy": {"type": "doc", "content": [
                          {"type": "blok", "attrs": {"body": [{"component": "cta", "_uid": "cta-9", "label": "Go"}]}}]}}]}""";

    static final Schema HERO = Schema.parse(Json.tree("{\"headline\": {\"type\": \"text\"}}"));

    @Test
    void blocks_are_found_at_any_depth_also_inside_rich_text() {
        assertThat(Anchors.blocks(Json.tree(CONTENT)).keySet()).containsExactly("root", "hero-1", "text-1", "cta-9");
    }

    @Test
    void a_field_is_known_from_the_components_schema_its_translations_or_the_blocks_own_keys() {
        var content = Json.tree(CONTENT);
        Anchors.check(content, new Anchor.OnField("hero-1", "headline"), name -> Optional.of(HERO));
        Anchors.check(content, new Anchor.OnField("hero-1", "headline__i18n__de"), name -> Optional.of(HERO));
        Anchors.check(content, new Anchor.OnField("cta-9", "label"), name -> Optional.empty());
        Anchors.check(content, new Anchor.OnField(null, "title"), name -> Optional.empty());

        assertThatThrownBy(() -> Anchors.check(content, new Anchor.OnField("hero-1", "colour"), name -> Optional.of(HERO)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("anchor.field").hasMessageContaining("colour");
    }

    @Test
    void a_block_that_is_not_in_the_content_is_refused_by_its_uid() {
        assertThatThrownBy(() -> Anchors.check(Json.tree(CONTENT), new Anchor.OnBlock("gone"), name -> Optional.empty()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("anchor.block_uid").hasMessageContaining("gone");
    }
}
