package dev.duet.schema;

import dev.duet.testing.OnBothDatabases;
import dev.duet.failure.InvalidInput;
import dev.duet.testing.Client;
import dev.duet.web.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** The validator the content feature calls, against components defined over HTTP in a real database. */
class ContentValidationIT extends OnBothDatabases {

    Client admin;
    long spaceId;

    @BeforeEach
    void start() {
        admin = app.admin();
        spaceId = admin.post("/api/spaces", Map.of("name", "Marketing site")).json().at("/space/id").asLong();
        define("hero", false, "{\"headline\": {\"type\": \"text\", \"required\": true}}");
        define("page", true, "{\"title\": {\"type\": \"text\", \"required\": true},"
                + " \"body\": {\"type\": \"bloks\", \"restrict_components\": true, \"component_whitelist\": [\"hero\"]}}");
    }

    @Test
    void content_matching_the_space_schemas_is_returned_with_uids() {
        var stored = app.wiring.contentValidator.validate(spaceId, Json.tree(
                "{\"component\": \"page\", \"title\": \"Home\", \"body\": [{\"component\": \"hero\", \"headline\": \"Hi\"}]}"));

        assertThat(stored.get("_uid").asText()).hasSize(36);
        assertThat(stored.at("/body/0/_uid").asText()).hasSize(36);
    }

    @Test
    void content_breaking_the_space_schemas_is_refused_with_every_problem() {
        var content = Json.tree("{\"component\": \"page\", \"body\": [{\"component\": \"hero\"}, {\"component\": \"quote\"}]}");

        assertThatThrownBy(() -> app.wiring.contentValidator.validate(spaceId, content)).asInstanceOf(type(InvalidInput.class))
                .extracting(e -> e.details().stream().map(Object::toString).toList()).asList()
                .containsExactly("title: required", "body[0].headline: required", "body[1].component: unknown component \"quote\"");
    }

    @Test
    void components_of_other_spaces_do_not_count() {
        var other = admin.post("/api/spaces", Map.of("name", "Docs")).json().at("/space/id").asLong();

        assertThatThrownBy(() -> app.wiring.contentValidator.validate(other, Json.tree("{\"component\": \"page\", \"title\": \"x\"}")))
                .isInstanceOf(InvalidInput.class).hasMessage("content does not match the component schemas");
    }

    private void define(String name, boolean root, String schema) {
        var response = admin.post("/api/spaces/" + spaceId + "/components",
                Map.of("component", Map.of("name", name, "is_root", root, "schema", Json.tree(schema))));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
    }
}
