package dev.duet.localization;

import dev.duet.web.Json;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class RichtextTextsTest {

    private static final String DOC = """
            {"type": "doc", "content": [
              {"type": "paragraph", "content": [
                {"type": "text", "text": "Hello "},
                {"type": "text", "text": "world", "marks": [{"type": "bold"}]}]},
              {"type": "blok", "attrs": {"body": [{"component": "cta", "_uid": "c1", "label": "Buy"}]}},
              {"type": "paragraph"}]}""";

    @Test
    void text_nodes_are_listed_in_document_order_without_the_fields_of_embedded_bloks() {
        assertThat(RichtextTexts.texts(Json.tree(DOC))).containsExactly("Hello ", "world");
    }

    @Test
    void replacing_keeps_marks_and_structure_and_leaves_nodes_without_a_replacement_as_they_were() {
        var replaced = RichtextTexts.replaced(Json.tree(DOC), Arrays.asList(null, "Welt"));

        assertThat(RichtextTexts.texts(replaced)).containsExactly("Hello ", "Welt");
        assertThat(replaced.at("/content/0/content/1/marks/0/type").asText()).isEqualTo("bold");
        assertThat(RichtextTexts.texts(Json.tree(DOC))).containsExactly("Hello ", "world");
    }

    @Test
    void a_document_of_blank_text_has_no_text() {
        assertThat(RichtextTexts.hasText(Json.tree("{\"type\": \"doc\", \"content\": [{\"type\": \"paragraph\"}]}"))).isFalse();
        assertThat(RichtextTexts.hasText(Json.tree(DOC))).isTrue();
    }
}
