package dev.duet.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.AccessGuard;
import dev.duet.access.Permission;
import dev.duet.testing.Response;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import dev.duet.webhooks.WebhookEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Keeps the OpenAPI description (src/main/resources/openapi.json) true to the running server: every route the server
 * answers is documented with its method and permission, nothing is documented that the server does not answer, and
 * the document holds together (references resolve, ids are unique, the promised headers and errors are there).
 */
class OpenApiIT {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> JSON_TYPES = Set.of("object", "array", "string", "integer", "number", "boolean", "null");
    private static final Pattern JAVALIN_PARAMETER = Pattern.compile("<([^>]+)>");
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private static TestApp app;
    private static Response answer;
    private static OpenApiDocument document;

    @BeforeAll
    static void start() {
        app = new TestApp(TestDatabase.SQLITE);
        answer = app.anonymous().get("/api/openapi.json");
        document = new OpenApiDocument(answer.json());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** The server's routes as {@code "GET /api/spaces/{space_id}"}, with the permission each declares. */
    private static Map<String, Permission> served() {
        var routes = new TreeMap<String, Permission>();
        for (var endpoint : app.server.endpoints()) {
            if (endpoint.method().equals("HEAD")) continue;
            var path = JAVALIN_PARAMETER.matcher(endpoint.path()).replaceAll("{$1}");
            routes.put(endpoint.method() + " " + path, (Permission) endpoint.roles().iterator().next());
        }
        return routes;
    }

    @Test
    void the_description_is_public_json_in_openapi_3_1() {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(document.root().path("openapi").asText()).matches("3\\.1\\.\\d+");
        assertThat(document.root().at("/info/title").asText()).isEqualTo("Duet management API");
        assertThat(document.root().at("/info/version").asText()).isEqualTo("0.1.0");
        assertThat(document.root().at("/info/description").asText()).contains("X-CSRF-Token", "If-Match", "428", "409", "per_page", "## Delivery API");
    }

    @Test
    void every_route_the_server_answers_is_documented_with_its_method() {
        var undocumented = new TreeSet<>(served().keySet());
        undocumented.removeAll(document.operationsByKey().keySet());

        assertThat(undocumented).as("routes missing from src/main/resources/openapi.json").isEmpty();
    }

    @Test
    void every_documented_operation_is_a_route_the_server_answers() {
        var unserved = new TreeSet<>(document.operationsByKey().keySet());
        unserved.removeAll(served().keySet());

        assertThat(unserved).as("documented in openapi.json but not served").isEmpty();
    }

    @Test
    void every_operation_names_the_permission_its_route_declares_and_only_public_routes_drop_security() {
        var served = served();
        assertSoftly(softly -> document.operationsByKey().forEach((key, operation) -> {
            var permission = served.get(key);
            if (permission == null) return; // reported by every_documented_operation_is_a_route_the_server_answers
            var node = operation.node();
            softly.assertThat(node.path("x-duet-permission").asText()).as(key).isEqualTo(permission.scope());
            softly.assertThat(node.path("description").asText()).as(key + " description")
                    .contains(permission == Permission.PUBLIC ? "Public" : "`" + permission.scope() + "`");
            boolean open = node.has("security") && node.get("security").isEmpty();
            // delivery routes check their own credential, the token query parameter, instead of a session or bearer token
            softly.assertThat(open).as(key + " has security: [] exactly when it is public or delivery")
                    .isEqualTo(permission == Permission.PUBLIC || permission == Permission.DELIVERY);
        }));
    }

    @Test
    void sign_in_is_by_bearer_token_or_session_cookie_everywhere_unless_an_operation_says_otherwise() {
        var root = document.root();
        assertThat(root.path("security").toString()).isEqualTo("[{\"bearerAuth\":[]},{\"cookieAuth\":[]}]");
        var schemes = root.at("/components/securitySchemes");
        assertThat(schemes.at("/bearerAuth/type").asText()).isEqualTo("http");
        assertThat(schemes.at("/bearerAuth/scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.at("/cookieAuth/type").asText()).isEqualTo("apiKey");
        assertThat(schemes.at("/cookieAuth/in").asText()).isEqualTo("cookie");
        assertThat(schemes.at("/cookieAuth/name").asText()).isEqualTo(AccessGuard.SESSION_COOKIE);
    }

    @Test
    void every_operation_has_a_unique_id_a_summary_a_declared_tag_and_a_success_answer() {
        var ids = new HashSet<String>();
        var tags = new HashSet<String>();
        document.root().path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        assertSoftly(softly -> document.operations().forEach(operation -> {
            var node = operation.node();
            var id = node.path("operationId").asText();
            softly.assertThat(id).as(operation.key() + " operationId").isNotBlank();
            softly.assertThat(ids.add(id)).as("operationId " + id + " is used twice").isTrue();
            softly.assertThat(node.path("summary").asText()).as(operation.key() + " summary").isNotBlank();
            softly.assertThat(node.path("description").asText()).as(operation.key() + " description").isNotBlank();
            softly.assertThat(names(node.path("tags"))).as(operation.key() + " tags").isNotEmpty().isSubsetOf(tags);
            softly.assertThat(names(node.path("responses"))).as(operation.key() + " responses").anyMatch(code -> code.startsWith("2"));
        }));
    }

    @Test
    void every_protected_operation_documents_401_and_every_refusable_one_403() {
        assertSoftly(softly -> document.operations().forEach(operation -> {
            var permission = operation.node().path("x-duet-permission").asText();
            if (permission.equals(Permission.PUBLIC.scope())) return;
            var responses = names(operation.node().path("responses"));
            if (permission.equals(Permission.DELIVERY.scope())) {
                // a bad token is 401; a delivery token is never refused a read it may make, and preflights need none
                if (!operation.method().equals("options")) softly.assertThat(responses).as(operation.key()).contains("401");
                softly.assertThat(responses).as(operation.key() + " cannot answer 403").doesNotContain("403");
                return;
            }
            softly.assertThat(responses).as(operation.key()).contains("401");
            // Any caller may read a signed-in route, and reads need no CSRF token: such a GET is never refused.
            boolean refusable = !permission.equals(Permission.SIGNED_IN.scope()) || WRITES.contains(operation.method().toUpperCase());
            if (refusable) softly.assertThat(responses).as(operation.key()).contains("403");
            else softly.assertThat(responses).as(operation.key() + " cannot answer 403").doesNotContain("403");
        }));
    }

    @Test
    void protected_writes_take_the_csrf_header_and_bodies_can_be_refused_as_bad_or_too_large() {
        assertSoftly(softly -> document.operations().forEach(operation -> {
            var node = operation.node();
            var permission = node.path("x-duet-permission").asText();
            boolean isPublic = permission.equals(Permission.PUBLIC.scope()) || permission.equals(Permission.DELIVERY.scope());
            if (WRITES.contains(operation.method().toUpperCase()) && !isPublic) {
                softly.assertThat(headerNames(operation)).as(operation.key()).contains(AccessGuard.CSRF_HEADER);
            }
            if (node.has("requestBody")) {
                var body = document.resolve(node.get("requestBody"));
                // uploads send files as multipart/form-data; every other body is JSON
                softly.assertThat(body.at("/content/application~1json/schema").isObject()
                        || body.at("/content/multipart~1form-data/schema").isObject()).as(operation.key() + " body schema").isTrue();
                softly.assertThat(names(node.path("responses"))).as(operation.key()).contains("400", "413");
            }
        }));
    }

    @Test
    void lists_that_page_take_page_and_per_page_and_answer_total_and_per_page_headers() {
        var paged = document.operations().stream().filter(operation -> queryNames(operation).contains("page")).toList();

        assertThat(paged).extracting(OpenApiDocument.Operation::key)
                .contains("GET /api/spaces/{space_id}/stories", "GET /api/audit", "GET /api/users");
        assertSoftly(softly -> paged.forEach(operation -> {
            softly.assertThat(queryNames(operation)).as(operation.key()).contains("per_page");
            var ok = document.resolve(operation.node().at("/responses/200"));
            softly.assertThat(names(ok.path("headers"))).as(operation.key() + " 200 headers").contains("total", "per-page");
        }));
    }

    @Test
    void delivery_reads_take_the_token_and_answer_as_storyblok_s_cdn_does() {
        var delivery = document.operations().stream()
                .filter(operation -> operation.node().path("x-duet-permission").asText().equals(Permission.DELIVERY.scope()))
                .filter(operation -> operation.method().equals("get")).toList();

        assertThat(delivery).extracting(OpenApiDocument.Operation::key).contains("GET /v2/cdn/stories", "GET /v2/cdn/stories/{path}",
                "GET /v2/cdn/links", "GET /v2/cdn/links/{uuid}", "GET /v2/cdn/tags", "GET /v2/cdn/datasources",
                "GET /v2/cdn/datasource_entries", "GET /v2/cdn/spaces/me");
        assertSoftly(softly -> delivery.forEach(operation -> {
            var node = operation.node();
            softly.assertThat(names(node.path("tags"))).as(operation.key() + " tags").containsExactly("Delivery");
            softly.assertThat(queryNames(operation)).as(operation.key()).contains("token", "version", "cv");
            softly.assertThat(headerNames(operation)).as(operation.key()).contains("If-None-Match").doesNotContain(AccessGuard.CSRF_HEADER);
            softly.assertThat(names(node.path("responses"))).as(operation.key()).contains("200", "304", "401", "422", "429");
            var ok = document.resolve(node.at("/responses/200"));
            softly.assertThat(names(ok.path("headers"))).as(operation.key() + " 200 headers")
                    .contains("ETag", "Cache-Control", "Access-Control-Allow-Origin");
            var tooMany = document.resolve(node.at("/responses/429"));
            softly.assertThat(names(tooMany.path("headers"))).as(operation.key() + " 429 headers").contains("Retry-After");
            if (node.path("responses").has("404")) {
                softly.assertThat(document.resolve(node.at("/responses/404")).at("/content/application~1json/schema/$ref").asText())
                        .as(operation.key() + " 404 is Storyblok's body").isEqualTo("#/components/schemas/CdnNotFound");
            }
        }));
        var stories = document.operationsByKey().get("GET /v2/cdn/stories");
        assertThat(queryNames(stories)).contains("starts_with", "by_slugs", "excluding_slugs", "by_uuids", "by_uuids_ordered",
                "by_ids", "excluding_ids", "with_tag", "is_startpage", "level", "content_type", "search_term", "sort_by",
                "filter_query", "published_at_gt", "published_at_lt", "first_published_at_gt", "first_published_at_lt",
                "updated_at_gt", "updated_at_lt", "language", "fallback_lang", "resolve_relations", "resolve_level",
                "resolve_links", "excluding_fields", "excluding_story_fields", "page", "per_page");
        var filter = document.parameters(stories).stream().filter(p -> p.path("name").asText().equals("filter_query")).findFirst().orElseThrow();
        assertThat(filter.path("style").asText()).isEqualTo("deepObject");
    }

    @Test
    void writes_under_optimistic_locking_take_if_match_and_document_409_and_428() {
        var locked = document.operations().stream().filter(operation -> headerNames(operation).contains("If-Match")).toList();

        assertThat(locked).extracting(OpenApiDocument.Operation::key).contains(
                "PUT /api/spaces/{space_id}/stories/{story_id}", "PUT /api/spaces/{space_id}/components/{component_id}");
        assertSoftly(softly -> locked.forEach(operation ->
                softly.assertThat(names(operation.node().path("responses"))).as(operation.key()).contains("409", "428")));
        assertSoftly(softly -> document.operations().forEach(operation -> {
            if (names(operation.node().path("responses")).contains("428")) {
                softly.assertThat(headerNames(operation)).as(operation.key() + " answers 428, so takes If-Match").contains("If-Match");
            }
        }));
    }

    @Test
    void every_path_parameter_of_a_template_is_declared_and_required() {
        assertSoftly(softly -> document.operations().forEach(operation -> {
            var inTemplate = new TreeSet<String>();
            TEMPLATE_PARAMETER.matcher(operation.path()).results().forEach(match -> inTemplate.add(match.group(1)));
            var declared = new TreeSet<String>();
            for (var parameter : document.parameters(operation)) {
                softly.assertThat(parameter.path("name").asText()).as(operation.key() + " parameter name").isNotBlank();
                softly.assertThat(parameter.path("in").asText()).as(operation.key() + " " + parameter.path("name").asText())
                        .isIn("path", "query", "header", "cookie");
                softly.assertThat(parameter.path("schema").isObject()).as(operation.key() + " " + parameter.path("name") + " schema").isTrue();
                if (parameter.path("in").asText().equals("path")) {
                    declared.add(parameter.path("name").asText());
                    softly.assertThat(parameter.path("required").asBoolean()).as(operation.key() + " " + parameter.path("name")).isTrue();
                }
            }
            softly.assertThat(declared).as(operation.key() + " path parameters").isEqualTo(inTemplate);
        }));
    }

    @Test
    void every_reference_resolves_within_the_document() {
        var references = document.references();
        var dangling = new ArrayList<String>();
        references.forEach((at, reference) -> {
            if (document.target(reference).isMissingNode()) dangling.add(at + " -> " + reference);
        });

        assertThat(references).isNotEmpty();
        assertThat(dangling).as("references pointing nowhere").isEmpty();
    }

    @Test
    void schemas_use_json_schema_2020_12_types_and_require_only_properties_they_describe() {
        var checked = new ArrayList<String>();
        assertSoftly(softly -> document.forEachSchema((at, schema) -> {
            checked.add(at);
            softly.assertThat(schema.has("nullable")).as(at + " uses nullable; write \"type\": [\"string\", \"null\"]").isFalse();
            softly.assertThat(schema.has("example")).as(at + " uses example; JSON Schema has examples: [...]").isFalse();
            var type = schema.path("type");
            var types = type.isArray() ? names(type) : type.isTextual() ? List.of(type.asText()) : List.<String>of();
            softly.assertThat(types).as(at + " type").isSubsetOf(JSON_TYPES);
            if (schema.has("required") && (schema.has("properties") || schema.has("allOf"))) {
                softly.assertThat(names(schema.get("required"))).as(at + " required").isSubsetOf(propertiesOf(schema));
            }
        }));
        assertThat(checked).hasSizeGreaterThan(100);
    }

    @Test
    void the_webhooks_section_describes_the_request_duet_sends_for_every_event() {
        var webhooks = document.root().path("webhooks");
        var pathIds = document.operations().stream().map(operation -> operation.node().path("operationId").asText()).toList();

        assertThat(names(document.root().at("/components/schemas/WebhookEvent/enum"))).as("the events a webhook may subscribe to")
                .containsExactlyElementsOf(WebhookEvent.subscribable().stream().map(WebhookEvent::id).toList());
        assertThat(names(webhooks)).as("one entry per event Duet sends, ping included")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(WebhookEvent.values()).map(WebhookEvent::id).toList());
        assertSoftly(softly -> webhooks.properties().forEach(entry -> {
            var event = entry.getKey();
            var post = entry.getValue().path("post");
            var headers = new ArrayList<String>();
            post.path("parameters").forEach(p -> headers.add(document.resolve(p).path("name").asText()));
            softly.assertThat(headers).as(event + " headers")
                    .contains("webhook-signature", "X-Duet-Signature", "X-Duet-Event", "X-Duet-Delivery");
            softly.assertThat(post.path("operationId").asText()).as(event + " operationId").isNotBlank().isNotIn(pathIds);
            softly.assertThat(post.path("summary").asText()).as(event + " summary").isNotBlank();
            softly.assertThat(post.path("security").isArray() && post.path("security").isEmpty())
                    .as(event + " asks the receiver for no credentials: the signature proves the sender").isTrue();
            softly.assertThat(post.at("/requestBody/content/application~1json/schema").isObject()).as(event + " body schema").isTrue();
            softly.assertThat(names(post.path("responses"))).as(event + " responses").contains("2XX", "default");
        }));
    }

    /** The property names a schema describes itself or through the schemas of its allOf. */
    private static Set<String> propertiesOf(JsonNode schema) {
        var resolved = document.resolve(schema);
        var properties = new HashSet<>(names(resolved.path("properties")));
        resolved.path("allOf").forEach(part -> properties.addAll(propertiesOf(part)));
        return properties;
    }

    private static List<String> headerNames(OpenApiDocument.Operation operation) {
        return document.parameters(operation).stream().filter(p -> p.path("in").asText().equals("header"))
                .map(p -> p.path("name").asText()).toList();
    }

    private static List<String> queryNames(OpenApiDocument.Operation operation) {
        return document.parameters(operation).stream().filter(p -> p.path("in").asText().equals("query"))
                .map(p -> p.path("name").asText()).toList();
    }

    /** The field names of an object node, or the texts of an array node. */
    private static List<String> names(JsonNode node) {
        if (node.isArray()) return StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).toList();
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
