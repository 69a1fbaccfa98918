package dev.duet.web;

import dev.duet.testing.OnBothDatabases;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BadInputIT extends OnBothDatabases {

    @Test
    void malformed_json_is_a_400_that_says_so_and_changes_nothing() {
        var response = app.admin().post("/api/spaces", "{\"name\": \"Broken\",");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).startsWith("malformed JSON");
        assertThat(response.json().get("details").isArray()).isTrue();
        assertThat(app.wiring.spaces.list()).isEmpty();
    }

    @Test
    void a_value_of_the_wrong_type_is_named_by_its_field() {
        var response = app.admin().post("/api/spaces", Map.of("name", "Typed", "languages", "de"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/details/0/path").asText()).isEqualTo("languages");
        assertThat(app.wiring.spaces.list()).isEmpty();
    }

    @Test
    void absurdly_nested_bodies_are_refused() {
        var deep = "[".repeat(5000) + "]".repeat(5000);

        var response = app.admin().post("/api/spaces", "{\"name\": \"Deep\", \"languages\": " + deep + "}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).contains("nested too deeply");
    }

    @Test
    void oversized_bodies_are_refused_with_413() {
        var huge = "x".repeat(300 * 1024);

        var response = app.admin().post("/api/spaces", Map.of("name", huge));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("error").asText()).contains("too large");
        assertThat(app.wiring.spaces.list()).isEmpty();
    }

    @Test
    void an_empty_body_is_named() {
        var response = app.admin().send("POST", "/api/spaces", "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).contains("empty");
    }

    @Test
    void unknown_endpoints_answer_json_404() {
        var response = app.admin().get("/api/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("error").asText()).isEqualTo("no such endpoint");
    }

    @Test
    void non_numeric_ids_are_a_400_naming_the_parameter() {
        var response = app.admin().get("/api/spaces/abc");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/details/0/path").asText()).isEqualTo("space_id");
    }

    @Test
    void the_openapi_description_and_health_are_public() {
        var anonymous = app.anonymous();

        assertThat(anonymous.get("/api/openapi.json").json().get("openapi").asText()).startsWith("3.1");
        assertThat(anonymous.get("/health").json().get("status").asText()).isEqualTo("ok");
    }
}
