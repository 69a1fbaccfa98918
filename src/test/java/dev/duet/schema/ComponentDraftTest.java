package dev.duet.schema;

import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class ComponentDraftTest {

    @Test
    void names_are_normalised_to_lowercase_with_underscores_for_spaces() {
        var draft = ComponentDraft.parse(Json.tree("{\"name\": \"  Hero  Banner \"}"));

        assertThat(draft.name()).isEqualTo("hero_banner");
    }

    @Test
    void a_new_component_is_nestable_and_not_a_content_type_unless_told() {
        var draft = ComponentDraft.parse(Json.tree("{\"name\": \"hero\"}"));

        assertThat(draft.isNestable()).isTrue();
        assertThat(draft.isRoot()).isFalse();
        assertThat(draft.schema().fields()).isEmpty();
    }

    @Test
    void names_outside_letters_digits_underscore_and_hyphen_are_refused() {
        assertThat(problems("{\"name\": \"hero!\"}"))
                .containsExactly("name: \"hero!\" is not a valid component name (use a-z, 0-9, _ and -; spaces become _)");
        assertThat(problems("{\"name\": \"Héro\"}")).hasSize(1);
        assertThat(problems("{\"name\": \"  \"}")).containsExactly("name: required");
        assertThat(problems("{}")).containsExactly("name: required");
        assertThat(problems("{\"name\": \"" + "a".repeat(101) + "\"}")).containsExactly("name: must be at most 100 characters");
        assertThat(ComponentDraft.parse(Json.tree("{\"name\": \"call-to-action_2\"}")).name()).isEqualTo("call-to-action_2");
    }

    @Test
    void the_preview_field_must_name_a_field_that_holds_a_value() {
        var schema = "\"schema\": {\"title\": {\"type\": \"text\"}, \"seo\": {\"type\": \"section\", \"keys\": [\"title\"]}}";

        assertThat(ComponentDraft.parse(Json.tree("{\"name\": \"hero\", \"preview_field\": \"title\", " + schema + "}")).previewField())
                .isEqualTo("title");
        assertThat(problems("{\"name\": \"hero\", \"preview_field\": \"seo\", " + schema + "}"))
                .containsExactly("preview_field: names no field of the schema: \"seo\"");
    }

    @Test
    void every_problem_of_a_component_is_reported_at_once_with_schema_paths() {
        assertThat(problems("""
                {"name": "Hero!", "is_root": "yes", "color": "red", "display_name": 5,
                 "schema": {"title": {"type": "txt"}}}
                """)).containsExactlyInAnyOrder(
                "name: \"Hero!\" is not a valid component name (use a-z, 0-9, _ and -; spaces become _)",
                "is_root: must be true or false",
                "color: must be a hex colour like #1b243f",
                "display_name: must be text",
                "schema.title.type: unknown field type \"txt\"");
    }

    @Test
    void a_component_that_is_not_an_object_is_refused() {
        assertThat(problems("[\"hero\"]")).containsExactly("component: must be an object like {\"name\": \"hero\", \"schema\": {...}}");
    }

    private static List<String> problems(String json) {
        var tree = Json.tree(json);
        return assertThatThrownBy(() -> ComponentDraft.parse(tree)).asInstanceOf(type(InvalidInput.class))
                .actual().details().stream().map(Object::toString).toList();
    }
}
