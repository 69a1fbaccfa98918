package dev.duet.web;

import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpServer;
import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.Response;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import dev.duet.transfer.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real answers have the shape the OpenAPI description documents: each call below is checked against the documented
 * answer of its operation and status (body schema and headers), so a renamed field or a changed status in the code
 * fails here until openapi.json says the same.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class OpenApiAnswersIT {

    @Parameter
    TestDatabase database;

    private TestApp app;
    private OpenApiDocument document;
    private SchemaCheck schemas;
    private DocumentedAnswers answers;
    private Client admin;

    @BeforeEach
    void start() {
        // the webhook test's receiver listens on loopback, which webhooks may otherwise not target
        app = new TestApp(TestApp.Setup.on(database).allowingPrivateWebhookTargets());
        document = new OpenApiDocument(app.anonymous().get("/api/openapi.json").json());
        schemas = new SchemaCheck(document);
        answers = new DocumentedAnswers(document);
        admin = app.admin();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Response documented(String operation, Response response) {
        return answers.check(operation, response);
    }

    private long newSpace() {
        var created = documented("POST /api/spaces", admin.post("/api/spaces", Map.of("name", "Marketing site", "languages", List.of("de"))));
        return created.json().at("/space/id").asLong();
    }

    @Test
    void sign_in_users_tokens_and_the_audit_log_answer_as_documented() {
        var signIn = app.anonymous().post("/api/auth/login", Map.of("email", TestApp.ADMIN_EMAIL, "password", TestApp.PASSWORD));
        documented("POST /api/auth/login", signIn);
        documented("POST /api/auth/login", app.anonymous().post("/api/auth/login", Map.of("email", TestApp.ADMIN_EMAIL, "password", "wrong")));
        documented("GET /api/auth/me", admin.get("/api/auth/me"));
        documented("GET /api/users", admin.get("/api/users"));
        var user = documented("POST /api/users", admin.post("/api/users",
                Map.of("email", "ed@example.com", "name", "Ed", "role", "editor", "password", "a long first password")));
        var userPath = "/api/users/" + user.json().at("/user/id").asLong();
        documented("POST /api/users", admin.post("/api/users", Map.of("email", "ED@example.com", "role", "editor", "password", "a long first password")));
        documented("GET /api/users/{user_id}", admin.get(userPath));
        documented("PATCH /api/users/{user_id}", admin.patch(userPath, Map.of("role", "developer")));
        documented("GET /api/users/{user_id}", admin.get("/api/users/999"));

        var token = documented("POST /api/tokens", admin.post("/api/tokens", Map.of("name", "CI", "scopes", List.of("content:read"))));
        var viaToken = app.anonymous().bearer(token.json().get("secret").asText());
        documented("GET /api/auth/me", viaToken.get("/api/auth/me"));
        documented("POST /api/spaces", viaToken.post("/api/spaces", Map.of("name", "Not allowed")));
        documented("GET /api/tokens", admin.get("/api/tokens?all=true"));
        documented("DELETE /api/tokens/{token_id}", admin.delete("/api/tokens/" + token.json().at("/token/id").asLong()));
        documented("GET /api/auth/me", viaToken.get("/api/auth/me"));
        documented("GET /api/audit", admin.get("/api/audit?per_page=5"));
        documented("DELETE /api/users/{user_id}", admin.delete(userPath));

        var someone = app.as(Role.VIEWER);
        documented("POST /api/auth/password", someone.post("/api/auth/password", Map.of("current_password", "wrong", "new_password", "another long one")));
        documented("POST /api/auth/password", someone.post("/api/auth/password", Map.of("current_password", TestApp.PASSWORD, "new_password", "another long one")));
        var other = app.as(Role.EDITOR);
        documented("POST /api/auth/logout", other.withoutHeader("X-CSRF-Token").post("/api/auth/logout", null));
        documented("POST /api/auth/logout", app.as(Role.APPROVER).post("/api/auth/logout", null));
    }

    @Test
    void spaces_and_delivery_tokens_answer_as_documented() {
        documented("POST /api/spaces", admin.post("/api/spaces", Map.of("name", " ", "languages", List.of("EN"))));
        long space = newSpace();
        var path = "/api/spaces/" + space;
        documented("GET /api/spaces", admin.get("/api/spaces"));
        documented("GET /api/spaces/{space_id}", admin.get(path));
        documented("GET /api/spaces/{space_id}", admin.get("/api/spaces/abc"));
        documented("PATCH /api/spaces/{space_id}", admin.patch(path, Map.of("preview_url", "https://www.example.com/")));
        documented("GET /api/spaces/{space_id}/delivery_tokens", admin.get(path + "/delivery_tokens"));
        var token = documented("POST /api/spaces/{space_id}/delivery_tokens", admin.post(path + "/delivery_tokens", Map.of("access", "preview")));
        documented("DELETE /api/spaces/{space_id}/delivery_tokens/{token}",
                admin.delete(path + "/delivery_tokens/" + token.json().at("/token/token").asText()));
        documented("GET /api/spaces/{space_id}", app.anonymous().get(path));
        documented("DELETE /api/spaces/{space_id}", app.as(Role.EDITOR).delete(path));
        documented("POST /api/spaces", admin.post("/api/spaces", "{\"name\": \"" + "x".repeat(300_000) + "\"}"));
        documented("DELETE /api/spaces/{space_id}", admin.delete(path));
        documented("DELETE /api/spaces/{space_id}", admin.delete(path));
    }

    @Test
    void components_and_groups_answer_as_documented() {
        var base = "/api/spaces/" + newSpace();
        var group = documented("POST /api/spaces/{space_id}/component_groups",
                admin.post(base + "/component_groups", Map.of("component_group", Map.of("name", "Layout"))));
        var groupPath = base + "/component_groups/" + group.json().at("/component_group/id").asLong();
        var groupUuid = group.json().at("/component_group/uuid").asText();
        documented("GET /api/spaces/{space_id}/component_groups", admin.get(base + "/component_groups"));
        documented("GET /api/spaces/{space_id}/component_groups/{group_id}", admin.get(groupPath));
        documented("PUT /api/spaces/{space_id}/component_groups/{group_id}",
                admin.put(groupPath, Map.of("component_group", Map.of("name", "Page layout"))));

        var hero = documented("POST /api/spaces/{space_id}/components", admin.post(base + "/components", Map.of("component", Map.of(
                "name", "Hero", "component_group_uuid", groupUuid, "color", "#1b243f", "preview_field", "headline",
                "schema", Map.of("headline", Map.of("type", "text", "required", true, "max_length", 80),
                        "theme", Map.of("type", "option", "options", List.of(Map.of("name", "Dark", "value", "dark"))))))));
        var page = documented("POST /api/spaces/{space_id}/components", admin.post(base + "/components", Map.of("component", Map.of(
                "name", "page", "is_root", true, "schema", Map.of("body", Map.of("type", "bloks", "restrict_components", true,
                        "restrict_type", "groups", "component_group_whitelist", List.of(groupUuid)))))));
        documented("POST /api/spaces/{space_id}/components", admin.post(base + "/components", Map.of("component", Map.of("name", "hero"))));
        var heroPath = base + "/components/" + hero.json().at("/component/id").asLong();
        documented("GET /api/spaces/{space_id}/components", admin.get(base + "/components?is_root=false"));
        documented("GET /api/spaces/{space_id}/components/{component_id}", admin.get(heroPath));
        documented("PUT /api/spaces/{space_id}/components/{component_id}", admin.put(heroPath, Map.of("component", Map.of("icon", "star"))));
        var locked = app.admin();
        documented("PUT /api/spaces/{space_id}/components/{component_id}",
                locked.header("If-Match", "\"1\"").put(heroPath, Map.of("component", Map.of("icon", "star"))));
        documented("PUT /api/spaces/{space_id}/components/{component_id}",
                locked.header("If-Match", "\"1\"").put(heroPath, Map.of("component", Map.of("icon", "moon"))));
        documented("DELETE /api/spaces/{space_id}/component_groups/{group_id}", admin.delete(groupPath));
        documented("DELETE /api/spaces/{space_id}/components/{component_id}",
                admin.delete(base + "/components/" + page.json().at("/component/id").asLong()));
        documented("DELETE /api/spaces/{space_id}/components/{component_id}", locked.header("If-Match", "\"2\"").delete(heroPath));
    }

    @Test
    void stories_and_their_versions_answer_as_documented() {
        var base = "/api/spaces/" + newSpace();
        admin.post(base + "/components", Map.of("component", Map.of("name", "page", "is_root", true,
                "schema", Map.of("title", Map.of("type", "text", "required", true)))));
        var folder = documented("POST /api/spaces/{space_id}/stories",
                admin.post(base + "/stories", Map.of("story", Map.of("name", "Blog", "is_folder", true, "default_root", "page"))));
        long folderId = folder.json().at("/story/id").asLong();
        var content = Map.of("component", "page", "title", "Spring launch");
        var created = documented("POST /api/spaces/{space_id}/stories", admin.post(base + "/stories",
                Map.of("story", Map.of("name", "Spring launch", "parent_id", folderId, "content", content, "tag_list", List.of("launch")),
                        "message", "first draft")));
        documented("POST /api/spaces/{space_id}/stories", admin.post(base + "/stories",
                Map.of("story", Map.of("name", "Spring launch", "parent_id", folderId, "content", content))));
        documented("POST /api/spaces/{space_id}/stories", admin.post(base + "/stories", Map.of("story", Map.of("name", "x", "content", Map.of("component", "page")))));
        var story = base + "/stories/" + created.json().at("/story/id").asLong();

        documented("GET /api/spaces/{space_id}/stories", admin.get(base + "/stories?starts_with=blog/&status=draft&sort_by=name:desc"));
        documented("GET /api/spaces/{space_id}/stories/{story_id}", admin.get(story));
        documented("PUT /api/spaces/{space_id}/stories/{story_id}", admin.put(story, Map.of("story", Map.of("name", "Spring"))));
        documented("PUT /api/spaces/{space_id}/stories/{story_id}", admin.put(story,
                Map.of("story", Map.of("content", Map.of("component", "page", "title", "Spring is here")), "version", 1)));
        documented("PUT /api/spaces/{space_id}/stories/{story_id}", admin.put(story, Map.of("story", Map.of("name", "Stale"), "version", 1)));
        documented("POST /api/spaces/{space_id}/stories/{story_id}/publish", admin.post(story + "/publish", Map.of("version", 2, "version_number", 1)));
        documented("POST /api/spaces/{space_id}/stories/{story_id}/move", admin.post(story + "/move", Map.of("parent_id", 0, "position", 1, "version", 2)));
        documented("GET /api/spaces/{space_id}/tags", admin.get(base + "/tags"));
        documented("GET /api/spaces/{space_id}/stories/{story_id}/versions", admin.get(story + "/versions"));
        documented("GET /api/spaces/{space_id}/stories/{story_id}/versions/{number}", admin.get(story + "/versions/2"));
        documented("GET /api/spaces/{space_id}/stories/{story_id}/versions/{number}/diff", admin.get(story + "/versions/2/diff?against=published"));
        documented("GET /api/spaces/{space_id}/stories/{story_id}/versions/{number}", admin.get(story + "/versions/9"));
        var locked = app.admin();
        documented("POST /api/spaces/{space_id}/stories/{story_id}/discard", locked.header("If-Match", "\"2\"").post(story + "/discard", null));
        documented("POST /api/spaces/{space_id}/stories/{story_id}/versions/{number}/restore",
                locked.header("If-Match", "\"3\"").post(story + "/versions/2/restore", null));
        documented("POST /api/spaces/{space_id}/stories/{story_id}/unpublish", locked.header("If-Match", "\"4\"").post(story + "/unpublish", null));
        documented("POST /api/spaces/{space_id}/stories/{story_id}/unpublish", locked.header("If-Match", "\"4\"").post(story + "/unpublish", null));
        documented("DELETE /api/spaces/{space_id}/stories/{story_id}", admin.delete(story));
        documented("POST /api/spaces/{space_id}/stories", admin.post(base + "/stories",
                Map.of("story", Map.of("name", "Inside", "parent_id", folderId, "content", content))));
        var folderPath = base + "/stories/" + folderId;
        documented("DELETE /api/spaces/{space_id}/stories/{story_id}", locked.header("If-Match", "\"1\"").delete(folderPath));
        documented("DELETE /api/spaces/{space_id}/stories/{story_id}", locked.delete(folderPath + "?recursive=true"));
        documented("GET /api/spaces/{space_id}/stories/{story_id}", admin.get(folderPath));
    }

    @Test
    void datasources_and_their_entries_answer_as_documented() {
        var base = "/api/spaces/" + newSpace();
        var created = documented("POST /api/spaces/{space_id}/datasources", admin.post(base + "/datasources",
                Map.of("datasource", Map.of("name", "Colours", "dimensions", List.of(Map.of("name", "German", "entry_value", "de"))))));
        documented("POST /api/spaces/{space_id}/datasources", admin.post(base + "/datasources", Map.of("datasource", Map.of("name", "Colours"))));
        var datasource = base + "/datasources/" + created.json().at("/datasource/id").asLong();
        documented("GET /api/spaces/{space_id}/datasources", admin.get(base + "/datasources"));
        documented("GET /api/spaces/{space_id}/datasources/{datasource_id}", admin.get(datasource));
        documented("PUT /api/spaces/{space_id}/datasources/{datasource_id}", admin.put(datasource, Map.of("datasource", Map.of("name", "Brand colours"))));

        var values = new HashMap<String, String>();
        values.put("de", "Rot");
        var entry = documented("POST /api/spaces/{space_id}/datasources/{datasource_id}/entries", admin.post(datasource + "/entries",
                Map.of("datasource_entry", Map.of("name", "red", "value", "#e63946", "dimension_values", values))));
        var entryPath = datasource + "/entries/" + entry.json().at("/datasource_entry/id").asLong();
        documented("GET /api/spaces/{space_id}/datasources/{datasource_id}/entries", admin.get(datasource + "/entries?dimension=de"));
        documented("GET /api/spaces/{space_id}/datasources/{datasource_id}/entries", admin.get(datasource + "/entries?dimension=fr"));
        documented("GET /api/spaces/{space_id}/datasources/{datasource_id}/entries/{entry_id}", admin.get(entryPath + "?dimension=de"));
        values.put("de", null);
        documented("PUT /api/spaces/{space_id}/datasources/{datasource_id}/entries/{entry_id}",
                admin.put(entryPath, Map.of("datasource_entry", Map.of("value", "#d62828", "dimension_values", values))));
        documented("POST /api/spaces/{space_id}/datasources/{datasource_id}/entries/{entry_id}/move", admin.post(entryPath + "/move", Map.of("position", 1)));
        documented("POST /api/spaces/{space_id}/datasources/{datasource_id}/entries/{entry_id}/move", admin.post(entryPath + "/move", Map.of("position", 5)));
        documented("DELETE /api/spaces/{space_id}/datasources/{datasource_id}/entries/{entry_id}", admin.delete(entryPath));
        documented("POST /api/spaces/{space_id}/datasources/{datasource_id}/entries/bulk", admin.post(datasource + "/entries/bulk",
                Map.of("datasource_entries", List.of(Map.of("name", "red", "value", "#e63946"), Map.of("name", "blue", "value", "#1d3557")))));
        documented("DELETE /api/spaces/{space_id}/datasources/{datasource_id}", admin.delete(datasource));
        documented("GET /api/spaces/{space_id}/datasources/{datasource_id}", admin.get(datasource));
    }

    @Test
    void webhooks_their_deliveries_and_the_requests_they_send_answer_as_documented() throws IOException, InterruptedException {
        var base = "/api/spaces/" + newSpace();
        var hooks = base + "/webhooks";
        var secret = "a-long-shared-secret-1234";
        try (var receiver = new Receiver()) {
            var settings = Map.of("name", "Rebuild site", "url", receiver.url(), "secret", secret, "events",
                    List.of("story.published", "story.unpublished", "story.deleted", "story.moved", "datasource.entries_updated",
                            "stage.changed", "release.merged", "discussion.created"));
            var created = documented("POST /api/spaces/{space_id}/webhooks", admin.post(hooks, Map.of("webhook", settings)));
            var webhook = hooks + "/" + created.json().at("/webhook/id").asLong();
            documented("POST /api/spaces/{space_id}/webhooks", admin.post(hooks,
                    Map.of("webhook", Map.of("name", "Bad", "url", "ftp://example.com/", "events", List.of("story.created")))));
            documented("POST /api/spaces/{space_id}/webhooks", admin.post("/api/spaces/999999/webhooks", Map.of("webhook", settings)));
            documented("POST /api/spaces/{space_id}/webhooks", app.as(Role.EDITOR).post(hooks, Map.of("webhook", settings)));
            documented("POST /api/spaces/{space_id}/webhooks", admin.post(hooks, "{\"webhook\": {\"name\": \"" + "x".repeat(300_000) + "\"}}"));
            documented("GET /api/spaces/{space_id}/webhooks", admin.get(hooks + "?per_page=5"));
            documented("GET /api/spaces/{space_id}/webhooks", app.anonymous().get(hooks));
            documented("GET /api/spaces/{space_id}/webhooks/{webhook_id}", admin.get(webhook));
            documented("GET /api/spaces/{space_id}/webhooks/{webhook_id}", admin.get(hooks + "/abc"));
            documented("GET /api/spaces/{space_id}/webhooks/{webhook_id}", admin.get(hooks + "/999999"));
            documented("PUT /api/spaces/{space_id}/webhooks/{webhook_id}",
                    admin.put(webhook, Map.of("webhook", Map.of("name", "Rebuild and reindex"))));
            documented("PUT /api/spaces/{space_id}/webhooks/{webhook_id}", admin.put(webhook, Map.of("webhook", Map.of("events", List.of()))));
            documented("POST /api/spaces/{space_id}/webhooks/{webhook_id}/test", admin.post(webhook + "/test", null));

            causeEveryWebhookEvent(base);
            var documentedEvents = new java.util.HashSet<String>();
            document.root().path("webhooks").fieldNames().forEachRemaining(documentedEvents::add);
            // a publish also moves the story's workflow stage, so some events come more than once: read until each was seen
            var events = new java.util.HashSet<String>();
            var deliveryIds = new ArrayList<String>();
            while (!events.containsAll(documentedEvents)) {
                var request = receiver.next();
                events.add(sentAsDocumented(request, secret));
                deliveryIds.add(request.header("X-Duet-Delivery"));
            }
            assertThat(events).as("every documented webhook request was sent and checked").isEqualTo(documentedEvents);
            var log = documented("GET /api/spaces/{space_id}/webhooks/{webhook_id}/deliveries", admin.get(webhook + "/deliveries?per_page=100"));
            var loggedIds = new ArrayList<String>();
            log.json().get("deliveries").forEach(delivery -> loggedIds.add(delivery.get("id").asText()));
            assertThat(loggedIds).as("X-Duet-Delivery is the delivery's id in the log").containsAll(deliveryIds);
        }

        var unreachable = documented("POST /api/spaces/{space_id}/webhooks", admin.post(hooks, Map.of("webhook",
                Map.of("name", "Nobody home", "url", "http://127.0.0.1:" + closedPort() + "/hooks", "events", List.of("story.published")))));
        var nobodyHome = hooks + "/" + unreachable.json().at("/webhook/id").asLong();
        var pending = documented("POST /api/spaces/{space_id}/webhooks/{webhook_id}/test", admin.post(nobodyHome + "/test", null));
        assertThat(pending.json().at("/delivery/status").asText()).isEqualTo("pending");
        documented("GET /api/spaces/{space_id}/webhooks/{webhook_id}/deliveries", admin.get(nobodyHome + "/deliveries?page=1&per_page=1"));
        documented("GET /api/spaces/{space_id}/webhooks/{webhook_id}/deliveries", admin.get(nobodyHome + "/deliveries?per_page=500"));
        documented("POST /api/spaces/{space_id}/webhooks/{webhook_id}/test", app.as(Role.VIEWER).post(nobodyHome + "/test", null));
        documented("DELETE /api/spaces/{space_id}/webhooks/{webhook_id}", admin.delete(nobodyHome));
        documented("DELETE /api/spaces/{space_id}/webhooks/{webhook_id}", admin.delete(nobodyHome));
        documented("POST /api/spaces/{space_id}/webhooks/{webhook_id}/test", admin.post(nobodyHome + "/test", null));
        documented("GET /api/spaces/{space_id}/webhooks/{webhook_id}/deliveries", admin.get(nobodyHome + "/deliveries"));
    }

    /**
     * Starts a discussion, merges a release (which publishes and so moves the workflow stage), publishes, moves,
     * unpublishes and deletes a story and adds a datasource entry: each subscribable event at least once.
     */
    private void causeEveryWebhookEvent(String base) {
        admin.post(base + "/components", Map.of("component", Map.of("name", "page", "is_root", true,
                "schema", Map.of("title", Map.of("type", "text")))));
        long folder = admin.post(base + "/stories", Map.of("story", Map.of("name", "Blog", "is_folder", true))).json().at("/story/id").asLong();
        var story = base + "/stories/" + admin.post(base + "/stories", Map.of("story", Map.of("name", "Spring launch",
                "content", Map.of("component", "page", "title", "Spring")))).json().at("/story/id").asLong();
        var started = admin.post(story + "/discussions", Map.of("text", "Is the title final?"));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        var release = base + "/releases/" + admin.post(base + "/releases", Map.of("release", Map.of("name", "Spring")))
                .json().at("/release/id").asLong();
        assertThat(admin.post(release + "/items", Map.of("story_id", storyId(story))).status()).isEqualTo(201);
        var merged = admin.post(release + "/merge", null);
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        var locked = app.admin();
        for (var write : List.of("POST /publish", "POST /move", "POST /unpublish", "DELETE ")) {
            var version = admin.get(story).json().at("/story/version").asLong();
            var method = write.substring(0, write.indexOf(' '));
            var action = write.substring(write.indexOf(' ') + 1);
            Object body = action.equals("/move") ? Map.of("parent_id", folder) : null;
            var response = locked.header("If-Match", "\"" + version + "\"").send(method, story + action, body);
            assertThat(response.status()).as(write + " " + response).isBetween(200, 204);
        }
        var datasource = admin.post(base + "/datasources", Map.of("datasource", Map.of("name", "Colours"))).json().at("/datasource/id").asLong();
        var entry = admin.post(base + "/datasources/" + datasource + "/entries",
                Map.of("datasource_entry", Map.of("name", "red", "value", "#e63946")));
        assertThat(entry.status()).as(entry.toString()).isEqualTo(201);
    }

    private static long storyId(String storyPath) {
        return Long.parseLong(storyPath.substring(storyPath.lastIndexOf('/') + 1));
    }

    /**
     * Asserts that a request Duet sent to a webhook is the one the top-level {@code webhooks} section documents for its
     * event: the documented headers with the documented shapes, the body schema, and signatures made as described.
     * Returns the event.
     */
    private String sentAsDocumented(Receiver.Received request, String secret) {
        var event = request.header("X-Duet-Event");
        var operation = document.root().path("webhooks").path(event).path("post");
        assertThat(operation.isMissingNode()).as("the webhooks section documents " + event).isFalse();
        operation.path("parameters").forEach(reference -> {
            var parameter = document.resolve(reference);
            var name = parameter.path("name").asText();
            var value = request.header(name);
            assertThat(value).as(event + " header " + name).isNotNull();
            assertThat(schemas.problems(parameter.path("schema"), TextNode.valueOf(value))).as(event + " header " + name + ": " + value).isEmpty();
        });
        var body = Json.tree(new String(request.body(), StandardCharsets.UTF_8));
        assertThat(schemas.problems(operation.at("/requestBody/content/application~1json/schema"), body))
                .as(event + " body has the documented shape: " + body).isEmpty();
        assertThat(request.header("webhook-signature")).as(event).isEqualTo(hmac("HmacSHA1", secret, request.body()));
        assertThat(request.header("X-Duet-Signature")).as(event).isEqualTo("sha256=" + hmac("HmacSHA256", secret, request.body()));
        return event;
    }

    private static String hmac(String algorithm, String secret, byte[] body) {
        try {
            var mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A loopback port nothing listens on (it was free a moment ago). */
    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A webhook receiver on loopback: keeps every request as it arrived and answers 204. */
    private static final class Receiver implements AutoCloseable {

        /** Header names in lower case; the body exactly as sent. */
        record Received(Map<String, String> headers, byte[] body) {
            String header(String name) {
                return headers.get(name.toLowerCase(Locale.ROOT));
            }
        }

        private final HttpServer server;
        private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                try (exchange) {
                    var headers = new HashMap<String, String>();
                    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
                    received.add(new Received(headers, exchange.getRequestBody().readAllBytes()));
                    exchange.sendResponseHeaders(204, -1);
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/duet";
        }

        /** The next request, waiting up to ten seconds for it. */
        Received next() throws InterruptedException {
            var next = received.poll(10, TimeUnit.SECONDS);
            assertThat(next).as("a webhook request within 10 s").isNotNull();
            return next;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void the_delivery_api_answers_the_imported_demo_as_documented() throws IOException {
        long space;
        try (var archive = OpenApiAnswersIT.class.getResourceAsStream("/demo/acme-space.json")) {
            // read from bytes, as the import command does, not from the class path's stream
            space = app.wiring.spaceImport.read(new ByteArrayInputStream(archive.readAllBytes()), Progress.NONE).space().id();
        }
        String publicToken = null;
        String previewToken = null;
        for (var token : admin.get("/api/spaces/" + space + "/delivery_tokens").json().get("tokens")) {
            if (token.get("access").asText().equals("public")) publicToken = token.get("token").asText();
            else previewToken = token.get("token").asText();
        }
        var site = app.anonymous();
        var cdn = "/v2/cdn/";
        var pub = "?token=" + publicToken;

        var list = documented("GET /v2/cdn/stories", site.get(cdn + "stories" + pub + "&per_page=5&starts_with=blog/&sort_by=first_published_at:desc"));
        assertThat(list.json().get("stories")).as("the demo's blog is published").isNotEmpty();
        documented("GET /v2/cdn/stories", site.get(cdn + "stories" + pub + "&content_type=blog_post&resolve_relations=blog_post.author"
                + "&resolve_links=url&language=de&filter_query[component][in]=blog_post&with_tag=&excluding_fields=body"));
        documented("GET /v2/cdn/stories", site.get(cdn + "stories" + pub + "&version=draft&per_page=100&resolve_links=link"));
        documented("GET /v2/cdn/stories", site.get(cdn + "stories?token=" + previewToken + "&version=draft&resolve_links=story"));
        documented("GET /v2/cdn/stories", site.get(cdn + "stories" + pub + "&per_page=ten"));
        documented("GET /v2/cdn/stories", site.get(cdn + "stories" + pub + "&filter_query[title][bigger]=1"));
        documented("GET /v2/cdn/stories", site.get(cdn + "stories?token=unknown"));

        var home = documented("GET /v2/cdn/stories/{path}", site.get(cdn + "stories/home" + pub));
        var story = home.json().get("story");
        documented("GET /v2/cdn/stories/{path}", site.header("If-None-Match", home.header("ETag")).get(cdn + "stories/home" + pub));
        documented("GET /v2/cdn/stories/{path}", site.get(cdn + "stories/" + story.get("id").asLong() + pub + "&cv=" + home.json().get("cv").asLong()));
        documented("GET /v2/cdn/stories/{path}", site.get(cdn + "stories/" + story.get("uuid").asText() + pub + "&find_by=uuid&language=de"));
        documented("GET /v2/cdn/stories/{path}", site.get(cdn + "stories/blog/introducing-acme-cloud-workflows" + pub
                + "&resolve_relations=blog_post.author&excluding_story_fields=tag_list,alternates"));
        documented("GET /v2/cdn/stories/{path}", site.get(cdn + "stories/de/home?token=" + previewToken + "&version=draft"));
        documented("GET /v2/cdn/stories/{path}", site.get(cdn + "stories/no/such/story" + pub));
        documented("GET /v2/cdn/stories/{path}", site.get(cdn + "stories/home?token=" + publicToken + "&version=draft"));

        var links = documented("GET /v2/cdn/links", site.get(cdn + "links" + pub + "&include_dates=1&per_page=1000"));
        var uuid = links.json().get("links").fieldNames().next();
        documented("GET /v2/cdn/links", site.get(cdn + "links" + pub + "&with_parent=abc"));
        documented("GET /v2/cdn/links/{uuid}", site.get(cdn + "links/" + uuid + pub));
        documented("GET /v2/cdn/links/{uuid}", site.get(cdn + "links/00000000-0000-0000-0000-000000000000" + pub));
        documented("GET /v2/cdn/tags", site.get(cdn + "tags" + pub + "&starts_with=blog/"));
        documented("GET /v2/cdn/datasources", site.get(cdn + "datasources" + pub));
        documented("GET /v2/cdn/datasource_entries", site.get(cdn + "datasource_entries" + pub + "&datasource=icons&dimension=de"));
        documented("GET /v2/cdn/datasource_entries", site.get(cdn + "datasource_entries" + pub + "&page=2&per_page=3"));
        documented("GET /v2/cdn/datasource_entries", site.get(cdn + "datasource_entries" + pub + "&datasource=nothing-here"));
        documented("GET /v2/cdn/spaces/me", site.get(cdn + "spaces/me" + pub));
        documented("GET /v2/cdn/spaces/me", site.get(cdn + "spaces/me"));
        documented("OPTIONS /v2/cdn/{path}", site.header("Access-Control-Request-Headers", "X-Requested-With").send("OPTIONS", cdn + "stories", null));
    }

    @Test
    void assets_and_asset_folders_answer_as_documented() throws IOException {
        long space = newSpace();
        var assets = "/api/spaces/" + space + "/assets";
        var folders = "/api/spaces/" + space + "/asset_folders";
        var folder = documented("POST /api/spaces/{space_id}/asset_folders", admin.post(folders, Map.of("asset_folder", Map.of("name", "Campaigns"))));
        long folderId = folder.json().at("/asset_folder/id").asLong();
        documented("POST /api/spaces/{space_id}/asset_folders", admin.post(folders, Map.of("asset_folder", Map.of("name", " "))));
        documented("GET /api/spaces/{space_id}/asset_folders", admin.get(folders));
        documented("GET /api/spaces/{space_id}/asset_folders/{folder_id}", admin.get(folders + "/" + folderId));
        documented("GET /api/spaces/{space_id}/asset_folders/{folder_id}", admin.get(folders + "/999"));
        documented("PUT /api/spaces/{space_id}/asset_folders/{folder_id}", admin.put(folders + "/" + folderId,
                Map.of("asset_folder", Map.of("name", "Spring", "parent_id", 0))));

        var image = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        var file = new Client.FilePart("Spring Hero.png", "image/png", png.toByteArray());
        var uploaded = documented("POST /api/spaces/{space_id}/assets", admin.upload(assets,
                Map.of("alt", "A dark banner", "focus", "30x10:31x11", "asset_folder_id", Long.toString(folderId)), file));
        var asset = assets + "/" + uploaded.json().at("/asset/id").asLong();
        documented("POST /api/spaces/{space_id}/assets", admin.upload(assets, Map.of(), file));
        documented("POST /api/spaces/{space_id}/assets", admin.upload(assets, Map.of("focus", "1x1:99x99"),
                new Client.FilePart("other.png", "image/png", java.util.Arrays.copyOf(png.toByteArray(), png.size() + 1))));
        documented("POST /api/spaces/{space_id}/assets", admin.upload(assets, Map.of(),
                new Client.FilePart("notes.jpg", "image/jpeg", "just text".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        documented("POST /api/spaces/{space_id}/assets", app.as(Role.VIEWER).upload(assets, Map.of(), file));
        documented("GET /api/spaces/{space_id}/assets", admin.get(assets + "?type=images&in_folder=" + folderId + "&search=hero"));
        documented("GET /api/spaces/{space_id}/assets", admin.get(assets + "?sort_by=size"));
        documented("GET /api/spaces/{space_id}/assets/{asset_id}", admin.get(asset));
        documented("PUT /api/spaces/{space_id}/assets/{asset_id}", admin.put(asset, Map.of("asset", Map.of("title", "Hero", "copyright", ""))));
        documented("PUT /api/spaces/{space_id}/assets/{asset_id}", admin.put(asset, Map.of("asset", Map.of("focus", "50x5:51x6"))));
        documented("DELETE /api/spaces/{space_id}/asset_folders/{folder_id}", admin.delete(folders + "/" + folderId));

        var url = uploaded.json().at("/asset/filename").asText().substring(app.base().length());
        var unknown = url.replaceFirst("/[0-9a-f]{64}/", "/" + "0".repeat(64) + "/");
        documented("GET /a/{space_id}/{hash}/{filename}", app.anonymous().get(unknown));
        documented("GET /a/{space_id}/{hash}/{filename}/m/{size}", app.anonymous().get(url + "/m/5000x1"));
        documented("GET /a/{space_id}/{hash}/{filename}/m/{size}/{filters}", app.anonymous().get(url + "/m/10x10/filters:sepia()"));
        documented("DELETE /api/spaces/{space_id}/assets/{asset_id}", admin.delete(asset));
        documented("DELETE /api/spaces/{space_id}/asset_folders/{folder_id}", admin.delete(folders + "/" + folderId));
    }

    @Test
    void the_public_endpoints_answer_as_documented() {
        documented("GET /health", app.anonymous().get("/health"));
        documented("GET /api/openapi.json", app.anonymous().get("/api/openapi.json"));
    }
}
