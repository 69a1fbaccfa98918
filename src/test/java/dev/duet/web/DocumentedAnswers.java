package dev.duet.web;

import dev.duet.testing.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks real answers against the OpenAPI description: the status is documented, with its headers and body shape. */
final class DocumentedAnswers {

    private final OpenApiDocument document;
    private final SchemaCheck schemas;

    DocumentedAnswers(OpenApiDocument document) {
        this.document = document;
        this.schemas = new SchemaCheck(document);
    }

    /** Asserts that {@code operation} documents the answer's status and that the answer has that shape; returns it. */
    Response check(String operation, Response response) {
        var found = document.operationsByKey().get(operation);
        assertThat(found).as(operation + " is documented").isNotNull();
        var answer = document.resolve(found.node().path("responses").path(Integer.toString(response.status())));
        assertThat(answer.isMissingNode()).as(operation + " documents the status of " + response).isFalse();
        answer.path("headers").fieldNames().forEachRemaining(header ->
                assertThat(response.header(header)).as(operation + " " + response.status() + " header " + header).isNotNull());
        var schema = answer.at("/content/application~1json/schema");
        if (schema.isMissingNode()) {
            assertThat(response.text()).as(operation + " " + response.status() + " has no body").isBlank();
        } else {
            assertThat(schemas.problems(schema, response.json()))
                    .as(operation + " " + response.status() + " answer has the documented shape: " + response.text()).isEmpty();
        }
        return response;
    }
}
