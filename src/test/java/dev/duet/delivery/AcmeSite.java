package dev.duet.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.testing.Client;
import dev.duet.testing.Response;
import dev.duet.testing.TestApp;
import dev.duet.web.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo archive's Acme Cloud marketing site (components, 25 stories and folders, German translations, two
 * datasources) created through the management API and published as the archive says, so delivery tests read a
 * realistic space. Archive uuids inside content (relations, story links) are rewritten to the new stories' uuids.
 */
final class AcmeSite {

    final TestApp app;
    final Client admin;
    final long spaceId;
    final String publicToken;
    final String previewToken;
    /** Story and folder ids and uuids by the archive's full slug (folders without a trailing slash). */
    final Map<String, Long> ids = new LinkedHashMap<>();
    final Map<String, String> uuids = new LinkedHashMap<>();
    private final Map<String, String> newUuidOf = new HashMap<>();

    private AcmeSite(TestApp app) {
        this.app = app;
        this.admin = app.admin();
        var archive = archive();
        var space = archive.get("space");
        var created = ok(admin.post("/api/spaces", Map.of("name", space.get("name").asText(), "default_language", "en",
                "languages", List.of("de"), "preview_url", space.get("preview_url").asText())), 201);
        spaceId = created.at("/space/id").asLong();
        String publicT = null;
        String previewT = null;
        for (var token : created.get("tokens")) {
            if (token.get("access").asText().equals("public")) publicT = token.get("token").asText();
            else previewT = token.get("token").asText();
        }
        publicToken = publicT;
        previewToken = previewT;
        createComponents(archive);
        createDatasources(archive);
        createStories(archive);
    }

    static AcmeSite create(TestApp app) {
        return new AcmeSite(app);
    }

    String path(String rest) {
        return "/api/spaces/" + spaceId + rest;
    }

    private static JsonNode archive() {
        try (var in = AcmeSite.class.getResourceAsStream("/demo/acme-space.json")) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createComponents(JsonNode archive) {
        var groupUuids = new HashMap<String, String>();
        for (var group : archive.get("component_groups")) {
            var made = ok(admin.post(path("/component_groups"), Map.of("component_group", Map.of("name", group.get("name").asText()))), 201);
            groupUuids.put(group.get("uuid").asText(), made.at("/component_group/uuid").asText());
        }
        var waiting = new java.util.ArrayList<String>();
        for (var component : archive.get("components")) {
            var text = Json.write(component);
            for (var entry : groupUuids.entrySet()) text = text.replace(entry.getKey(), entry.getValue());
            waiting.add(text);
        }
        // components may only allow components that exist, so the archive's are made in passes until all are in
        for (int pass = 0; pass < 5 && !waiting.isEmpty(); pass++) {
            waiting.removeIf(text -> admin.post(path("/components"), "{\"component\":" + text + "}").status() == 201);
        }
        assertThat(waiting).as("components that could not be created").isEmpty();
    }

    private void createDatasources(JsonNode archive) {
        for (var datasource : archive.get("datasources")) {
            var dimensions = Json.mapper().convertValue(datasource.get("dimensions"), List.class);
            var made = ok(admin.post(path("/datasources"), Map.of("datasource", Map.of("name", datasource.get("name").asText(),
                    "slug", datasource.get("slug").asText(), "dimensions", dimensions))), 201);
            var entries = path("/datasources/" + made.at("/datasource/id").asLong() + "/entries");
            for (var entry : datasource.get("entries")) {
                ok(admin.post(entries, Map.of("datasource_entry", Json.mapper().convertValue(entry, Map.class))), 201);
            }
        }
    }

    private void createStories(JsonNode archive) {
        var slugOfUuid = new HashMap<String, String>();
        for (var story : archive.get("stories")) {
            var parentUuid = story.get("parent_uuid");
            var parentSlug = parentUuid.isNull() ? null : slugOfUuid.get(parentUuid.asText());
            var fullSlug = parentSlug == null ? story.get("slug").asText() : parentSlug + "/" + story.get("slug").asText();
            var body = new HashMap<String, Object>();
            for (var field : List.of("name", "slug", "is_folder", "is_startpage", "tag_list", "sort_by_date", "content")) {
                if (story.has(field) && !story.get(field).isNull()) body.put(field, story.get(field));
            }
            if (parentSlug != null) body.put("parent_id", ids.get(parentSlug));
            var made = ok(admin.post(path("/stories"), Map.of("story", body)), 201).get("story");
            slugOfUuid.put(story.get("uuid").asText(), fullSlug);
            ids.put(fullSlug, made.get("id").asLong());
            uuids.put(fullSlug, made.get("uuid").asText());
            newUuidOf.put(story.get("uuid").asText(), made.get("uuid").asText());
        }
        for (var story : archive.get("stories")) {
            var fullSlug = slugOfUuid.get(story.get("uuid").asText());
            long id = ids.get(fullSlug);
            long version = 1;
            if (story.has("content") && !story.get("content").isNull()) version = relink(id, story.get("content"));
            if (story.get("published").asBoolean() && !story.get("is_folder").asBoolean()) {
                ok(admin.post(path("/stories/" + id + "/publish"), Map.of("version", version)), 200);
            }
        }
    }

    /** Points the content's archive uuids at the stories just made; returns the story's version after. */
    private long relink(long id, JsonNode content) {
        var text = Json.write(content);
        var relinked = text;
        for (var entry : newUuidOf.entrySet()) relinked = relinked.replace(entry.getKey(), entry.getValue());
        if (relinked.equals(text)) return 1;
        var saved = ok(admin.put(path("/stories/" + id), Map.of("story", Map.of("content", Json.tree(relinked)), "version", 1)), 200);
        return saved.at("/story/version").asLong();
    }

    /** Saves fields of a story at its current version and returns the saved story. */
    JsonNode save(long id, Map<String, Object> fields) {
        var version = story(id).get("version").asLong();
        return ok(admin.put(path("/stories/" + id), Map.of("story", fields, "version", version)), 200).get("story");
    }

    JsonNode story(long id) {
        return ok(admin.get(path("/stories/" + id)), 200).get("story");
    }

    JsonNode publish(long id) {
        return ok(admin.post(path("/stories/" + id + "/publish"), Map.of("version", story(id).get("version").asLong())), 200);
    }

    JsonNode unpublish(long id) {
        return ok(admin.post(path("/stories/" + id + "/unpublish"), Map.of("version", story(id).get("version").asLong())), 200);
    }

    /** Creates a story from a root blok under {@code parentId} (null: root) and publishes it. */
    JsonNode publishNew(String name, Long parentId, Map<String, Object> content) {
        var body = new HashMap<String, Object>(Map.of("name", name, "content", content));
        if (parentId != null) body.put("parent_id", parentId);
        var made = ok(admin.post(path("/stories"), Map.of("story", body)), 201).get("story");
        publish(made.get("id").asLong());
        return story(made.get("id").asLong());
    }

    /** The German content of a story as the archive stores it, for expectations. */
    static ObjectNode archived(String slug) {
        for (var story : archive().get("stories")) {
            if (story.get("slug").asText().equals(slug)) return (ObjectNode) story.get("content");
        }
        throw new IllegalArgumentException("no story " + slug + " in the archive");
    }

    static JsonNode ok(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.json();
    }
}
