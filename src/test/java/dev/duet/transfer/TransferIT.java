package dev.duet.transfer;

import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import dev.duet.web.Json;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransferIT {

    private static byte[] demoArchive() throws IOException {
        try (var in = TransferIT.class.getResourceAsStream("/demo/acme-space.json")) {
            return in.readAllBytes();
        }
    }

    private static byte[] export(TestApp app, long spaceId) {
        var out = new ByteArrayOutputStream();
        app.wiring.spaceExport.write(spaceId, out, Progress.NONE);
        return out.toByteArray();
    }

    private static long importArchive(TestApp app, byte[] archive) {
        return app.wiring.spaceImport.read(new ByteArrayInputStream(archive), Progress.NONE).space().id();
    }

    @Test
    void the_demo_archive_imports_with_every_component_datasource_and_story() throws IOException {
        for (var database : TestDatabase.values()) {
            try (var app = new TestApp(database)) {
                var result = app.wiring.spaceImport.read(new ByteArrayInputStream(demoArchive()), Progress.NONE);

                assertThat(result.components()).isEqualTo(12);
                assertThat(result.datasources()).isEqualTo(2);
                assertThat(result.stories()).isEqualTo(25);
                var admin = app.admin();
                var home = admin.get("/api/spaces/" + result.space().id() + "/stories?starts_with=home").json().at("/stories/0");
                assertThat(home.get("published").asBoolean()).as(database.name()).isTrue();
                assertThat(admin.get("/api/spaces/" + result.space().id() + "/stories?status=draft&is_folder=false").json().get("stories"))
                        .as("unpublished demo stories").hasSize(2);
            }
        }
    }

    @Test
    void an_export_imported_into_the_other_database_exports_the_same_bytes() throws IOException {
        byte[] first;
        try (var sqlite = new TestApp(TestDatabase.SQLITE)) {
            long spaceId = importArchive(sqlite, demoArchive());
            editAndPublishOneStory(sqlite, spaceId);
            first = export(sqlite, spaceId);
        }
        byte[] second;
        try (var postgres = new TestApp(TestDatabase.POSTGRES)) {
            second = export(postgres, importArchive(postgres, first));
        }
        byte[] third;
        try (var sqlite = new TestApp(TestDatabase.SQLITE)) {
            third = export(sqlite, importArchive(sqlite, second));
        }

        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        assertThat(third).isEqualTo(first);
        assertThat(Json.tree(new String(first, StandardCharsets.UTF_8)).get("stories").findValues("versions"))
                .anySatisfy(versions -> assertThat(versions.size()).isGreaterThan(1));
    }

    private static void editAndPublishOneStory(TestApp app, long spaceId) {
        var admin = app.admin();
        var about = admin.get("/api/spaces/" + spaceId + "/stories?starts_with=about").json().at("/stories/0");
        var story = admin.get("/api/spaces/" + spaceId + "/stories/" + about.get("id").asLong()).json().get("story");
        var content = (com.fasterxml.jackson.databind.node.ObjectNode) story.get("content").deepCopy();
        content.put("seo_title", "About Acme Cloud, edited");
        var saved = admin.put("/api/spaces/" + spaceId + "/stories/" + story.get("id").asLong(),
                Map.of("story", Map.of("content", content), "version", story.get("version").asInt(), "message", "Sharper title"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    @Test
    void an_archive_with_one_invalid_story_imports_nothing() throws IOException {
        var archive = (com.fasterxml.jackson.databind.node.ObjectNode) Json.tree(new String(demoArchive(), StandardCharsets.UTF_8));
        var stories = new ArrayList<com.fasterxml.jackson.databind.JsonNode>();
        archive.get("stories").forEach(stories::add);
        var last = (com.fasterxml.jackson.databind.node.ObjectNode) stories.getLast();
        ((com.fasterxml.jackson.databind.node.ObjectNode) last.get("content")).put("component", "no_such_component");
        var broken = Json.write(archive).getBytes(StandardCharsets.UTF_8);

        try (var app = new TestApp(TestDatabase.SQLITE)) {
            assertThatThrownBy(() -> importArchive(app, broken))
                    .isInstanceOf(InvalidArchive.class)
                    .hasMessageContaining("stories[" + (stories.size() - 1) + "].content");
            assertThat(app.wiring.spaces.list()).isEmpty();
            String count = app.wiring.database.read(h -> h.createQuery("SELECT COUNT(*) FROM components").mapTo(String.class).one());
            assertThat(count).isEqualTo("0");
        }
    }

    @Test
    void something_that_is_not_an_archive_is_refused_with_a_reason() {
        try (var app = new TestApp(TestDatabase.SQLITE)) {
            assertThatThrownBy(() -> importArchive(app, "{\"space\": {\"name\": \"x\"}}".getBytes(StandardCharsets.UTF_8)))
                    .hasMessageContaining("not a Duet space archive");
            assertThatThrownBy(() -> importArchive(app, "{\"format\": \"duet-space-archive\", \"format_version\": 9}".getBytes(StandardCharsets.UTF_8)))
                    .hasMessageContaining("format_version 9 is not supported");
            assertThatThrownBy(() -> importArchive(app, "{\"format\": ".getBytes(StandardCharsets.UTF_8)))
                    .hasMessageContaining("not valid JSON");
            assertThat(app.wiring.spaces.list()).isEmpty();
        }
    }

    @Test
    void importing_the_same_archive_twice_into_one_database_is_refused_naming_the_uuid() throws IOException {
        try (var app = new TestApp(TestDatabase.POSTGRES)) {
            importArchive(app, demoArchive());

            assertThatThrownBy(() -> importArchive(app, demoArchive()))
                    .hasMessageContaining("already exists in this database");
            assertThat(app.wiring.spaces.list()).hasSize(1);
        }
    }
}
