package dev.duet.localization;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.OnBothDatabases;
import dev.duet.testing.Response;
import dev.duet.web.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationsIT extends OnBothDatabases {

    private static final String XLIFF = "application/x-xliff+xml";

    private Client admin;
    private long spaceId;
    private String token;

    @BeforeEach
    void createSpace() {
        admin = app.admin();
        var space = admin.post("/api/spaces", Map.of("name", "Global site", "languages", List.of("de", "pt-br")));
        assertThat(space.status()).as(space.toString()).isEqualTo(201);
        spaceId = space.json().at("/space/id").asLong();
        for (var listed : space.json().get("tokens")) {
            if (listed.get("access").asText().equals("public")) token = listed.get("token").asText();
        }
        define("hero", false, """
                {"headline": {"type": "text", "pos": 0, "translatable": true},
                 "text": {"type": "richtext", "pos": 1, "translatable": true},
                 "image": {"type": "asset", "pos": 2}}""");
        define("page", true, """
                {"title": {"type": "text", "pos": 0, "translatable": true},
                 "body": {"type": "bloks", "pos": 1},
                 "note": {"type": "textarea", "pos": 2}}""");
    }

    private void define(String name, boolean root, String schema) {
        var component = Map.of("name", name, "is_root", root, "is_nestable", !root, "schema", Json.tree(schema));
        var response = admin.post(path("/components"), Map.of("component", component));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private String path(String rest) {
        return "/api/spaces/" + spaceId + rest;
    }

    private static JsonNode richtext(String... paragraphs) {
        var doc = Json.mapper().createObjectNode().put("type", "doc");
        var content = doc.putArray("content");
        for (var text : paragraphs) {
            content.addObject().put("type", "paragraph").putArray("content").addObject().put("type", "text").put("text", text);
        }
        return doc;
    }

    private static Map<String, Object> page(String title, String headline) {
        var hero = new java.util.HashMap<String, Object>(Map.of("component", "hero", "_uid", "hero-1", "headline", headline,
                "text", richtext("First paragraph", "Second paragraph")));
        return Map.of("component", "page", "_uid", "root", "title", title, "note", "internal", "body", List.of(hero));
    }

    private JsonNode create(String name, Long parentId, Object content) {
        var story = new java.util.HashMap<String, Object>(Map.of("name", name));
        if (content != null) story.put("content", content);
        else story.put("is_folder", true);
        if (parentId != null) story.put("parent_id", parentId);
        var response = admin.post(path("/stories"), Map.of("story", story));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("story");
    }

    private JsonNode story(long id) {
        return admin.get(path("/stories/" + id)).json().get("story");
    }

    /** Sets top-level or hero fields of the story's draft content and saves it as a new version. */
    private JsonNode edit(long id, String blok, String key, Object value) {
        var current = story(id);
        var content = current.get("content").deepCopy();
        var target = blok.equals("root") ? (com.fasterxml.jackson.databind.node.ObjectNode) content
                : (com.fasterxml.jackson.databind.node.ObjectNode) content.get("body").get(0);
        target.set(key, Json.mapper().valueToTree(value));
        var response = admin.put(path("/stories/" + id), Map.of("story", Map.of("content", content),
                "version", current.get("version").asInt()));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("story");
    }

    private JsonNode status(long id, String language) {
        var response = admin.get(path("/stories/" + id + "/translations"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        for (var entry : response.json().at("/translations/languages")) {
            if (entry.get("language").asText().equals(language)) return entry;
        }
        throw new AssertionError("no status for " + language + ": " + response);
    }

    private static String fieldStatus(JsonNode language, String path) {
        for (var field : language.get("fields")) if (field.get("path").asText().equals(path)) return field.get("status").asText();
        throw new AssertionError("no field " + path + " in " + language);
    }

    @Test
    void a_translation_is_missing_until_written_and_outdated_once_its_source_changes() {
        long id = create("Home", null, page("Welcome", "Grow faster")).get("id").asLong();

        var fresh = status(id, "de");
        assertThat(fresh.get("status").asText()).isEqualTo("missing");
        assertThat(fresh.at("/counts/total").asInt()).isEqualTo(3);
        assertThat(fresh.at("/counts/missing").asInt()).isEqualTo(3);
        assertThat(fieldStatus(fresh, "hero-1.headline")).isEqualTo("missing");
        edit(id, "root", "title", "");
        assertThat(status(id, "de").at("/counts/total").asInt()).as("an empty source has nothing to translate").isEqualTo(2);
        edit(id, "root", "title", "Welcome");

        edit(id, "hero", "headline__i18n__de", "Schneller wachsen");
        assertThat(fieldStatus(status(id, "de"), "hero-1.headline")).isEqualTo("translated");
        assertThat(fieldStatus(status(id, "pt-br"), "hero-1.headline")).isEqualTo("missing");

        edit(id, "hero", "headline", "Grow much faster");
        var changed = status(id, "de");
        assertThat(fieldStatus(changed, "hero-1.headline")).isEqualTo("outdated");
        assertThat(changed.at("/counts/outdated").asInt()).isEqualTo(1);

        edit(id, "hero", "headline__i18n__de", "Viel schneller wachsen");
        assertThat(fieldStatus(status(id, "de"), "hero-1.headline")).isEqualTo("translated");
    }

    @Test
    void a_story_with_every_field_translated_is_translated_and_the_space_summary_says_so_per_language() {
        long done = create("Done", null, page("Hello", "Hi")).get("id").asLong();
        long todo = create("Todo", null, page("Bye", "Ciao")).get("id").asLong();
        edit(done, "root", "title__i18n__de", "Hallo");
        edit(done, "hero", "headline__i18n__de", "Servus");
        edit(done, "hero", "text__i18n__de", richtext("Erster Absatz", "Zweiter Absatz"));

        assertThat(status(done, "de").get("status").asText()).isEqualTo("translated");
        var summary = admin.get(path("/translations?story_ids=" + done + "," + todo + ",999999"));
        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        assertThat(summary.json().get("stories")).hasSize(2);
        assertThat(summary.json().at("/stories/0/story_id").asLong()).isEqualTo(done);
        assertThat(summary.json().at("/stories/0/languages/0/status").asText()).isEqualTo("translated");
        assertThat(summary.json().at("/stories/0/languages/1/language").asText()).isEqualTo("pt-br");
        assertThat(summary.json().at("/stories/0/languages/1/status").asText()).isEqualTo("missing");
        assertThat(summary.json().at("/stories/1/languages/0/status").asText()).isEqualTo("missing");
    }

    @Test
    void bad_summary_and_status_requests_are_refused() {
        assertThat(admin.get(path("/translations")).status()).isEqualTo(400);
        assertThat(admin.get(path("/translations?story_ids=1,abc")).status()).isEqualTo(400);
        assertThat(admin.get(path("/stories/999999/translations")).status()).isEqualTo(404);
        assertThat(admin.get("/api/spaces/999999/translations?story_ids=1").status()).isEqualTo(404);
        long id = create("Home", null, page("Welcome", "Grow")).get("id").asLong();
        var unknownLanguage = admin.get(path("/stories/" + id + "/translations/fr/export"));
        assertThat(unknownLanguage.status()).isEqualTo(404);
        assertThat(unknownLanguage.json().get("error").asText()).contains("language fr");
        assertThat(admin.get(path("/stories/" + id + "/translations/de/export?format=csv")).status()).isEqualTo(400);
    }

    @Test
    void removing_a_language_keeps_its_translations_in_the_content() {
        long id = create("Home", null, page("Welcome", "Grow")).get("id").asLong();
        edit(id, "hero", "headline__i18n__pt_br", "Cresça");

        var patched = admin.patch(path(""), Map.of("languages", List.of("de")));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(story(id).at("/content/body/0/headline__i18n__pt_br").asText()).isEqualTo("Cresça");
        var languages = admin.get(path("/stories/" + id + "/translations")).json().at("/translations/languages");
        assertThat(languages).hasSize(1);
        assertThat(languages.get(0).get("language").asText()).isEqualTo("de");
    }

    @Test
    void translated_slugs_are_delivered_and_find_the_story_by_its_translated_path() {
        long folder = create("About", null, null).get("id").asLong();
        long id = create("Team", folder, page("Our team", "Meet us")).get("id").asLong();
        var current = story(id);
        var slugs = List.of(Map.of("lang", "de", "slug", "mannschaft", "name", "Mannschaft"));
        var saved = admin.put(path("/stories/" + id), Map.of("story", Map.of("translated_slugs", slugs),
                "version", current.get("version").asInt()));
        assertThat(saved.status()).isEqualTo(200);
        var published = admin.post(path("/stories/" + id + "/publish"),
                Map.of("version", saved.json().at("/story/version").asInt()));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);

        var plain = app.anonymous().get("/v2/cdn/stories/about/team?token=" + token).json().get("story");
        assertThat(plain.get("full_slug").asText()).isEqualTo("about/team");
        assertThat(plain.get("default_full_slug").isNull()).isTrue();
        assertThat(plain.at("/translated_slugs/0/path").asText()).isEqualTo("about/mannschaft");
        assertThat(plain.at("/translated_slugs/0/name").asText()).isEqualTo("Mannschaft");
        assertThat(plain.at("/translated_slugs/0/lang").asText()).isEqualTo("de");
        assertThat(plain.at("/translated_slugs/0/published").asBoolean()).isTrue();

        var german = app.anonymous().get("/v2/cdn/stories/about/team?language=de&token=" + token).json().get("story");
        assertThat(german.get("full_slug").asText()).isEqualTo("de/about/mannschaft");
        assertThat(german.get("default_full_slug").asText()).isEqualTo("about/team");
        assertThat(german.get("lang").asText()).isEqualTo("de");

        var byPath = app.anonymous().get("/v2/cdn/stories/de/about/mannschaft?token=" + token);
        assertThat(byPath.status()).as(byPath.toString()).isEqualTo(200);
        assertThat(byPath.json().at("/story/id").asLong()).isEqualTo(id);
        var draft = app.anonymous().get("/v2/cdn/stories/de/about/mannschaft?version=draft&token=" + previewToken());
        assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
        assertThat(app.anonymous().get("/v2/cdn/stories/about/mannschaft?token=" + token).status()).isEqualTo(404);
        var other = admin.get("/v2/cdn/stories/pt-br/about/mannschaft?token=" + token);
        assertThat(other.status()).isEqualTo(404);
    }

    private String previewToken() {
        for (var listed : admin.get(path("/delivery_tokens")).json().get("tokens")) {
            if (listed.get("access").asText().equals("preview")) return listed.get("token").asText();
        }
        throw new AssertionError("no preview token");
    }

    @Test
    void a_language_copy_of_a_folder_shares_group_ids_and_each_copy_lists_its_original_as_an_alternate() {
        long blog = create("Blog", null, null).get("id").asLong();
        var post = create("Launch", blog, page("We launched", "Big news"));
        long de = create("de", null, null).get("id").asLong();

        var copied = admin.post(path("/stories/" + blog + "/language_copy"), Map.of("parent_id", de, "slug", "blog-de"));

        assertThat(copied.status()).as(copied.toString()).isEqualTo(201);
        var folderCopy = copied.json().get("story");
        assertThat(folderCopy.get("full_slug").asText()).isEqualTo("de/blog-de");
        assertThat(folderCopy.get("group_id").asText()).isEqualTo(story(blog).get("group_id").asText());
        var listed = admin.get(path("/stories?starts_with=de/blog-de/")).json().get("stories");
        assertThat(listed).hasSize(1);
        var postCopy = story(listed.get(0).get("id").asLong());
        assertThat(postCopy.get("group_id").asText()).isEqualTo(post.get("group_id").asText());
        assertThat(postCopy.at("/content/body/0/headline").asText()).isEqualTo("Big news");
        assertThat(postCopy.get("alternates")).extracting(a -> a.get("id").asLong()).containsExactly(post.get("id").asLong());
        assertThat(story(post.get("id").asLong()).get("alternates")).extracting(a -> a.get("full_slug").asText())
                .containsExactly("de/blog-de/launch");
    }

    @Test
    void a_language_copy_cannot_go_inside_itself_and_needs_a_slug() {
        long blog = create("Blog", null, null).get("id").asLong();
        create("Launch", blog, page("We launched", "Big news"));
        int before = admin.get(path("/stories")).json().get("stories").size();

        var inside = admin.post(path("/stories/" + blog + "/language_copy"), Map.of("parent_id", blog, "slug", "x"));
        var noSlug = admin.post(path("/stories/" + blog + "/language_copy"), Map.of("parent_id", 0));
        var unknown = admin.post(path("/stories/999999/language_copy"), Map.of("slug", "x"));
        var textParent = admin.post(path("/stories/" + blog + "/language_copy"), Map.of("parent_id", "abc", "slug", "x"));

        assertThat(inside.status()).isEqualTo(400);
        assertThat(noSlug.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(textParent.status()).isEqualTo(400);
        assertThat(admin.get(path("/stories")).json().get("stories")).hasSize(before);
    }

    @Test
    void a_json_export_translated_and_imported_writes_every_text_as_one_new_version() {
        var created = create("Home", null, page("Welcome", "Grow faster"));
        long id = created.get("id").asLong();

        var export = admin.get(path("/stories/" + id + "/translations/de/export?format=json"));

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("attachment", ".json");
        var file = export.json();
        assertThat(file.get("source_language").asText()).isEqualTo("en");
        assertThat(file.get("target_language").asText()).isEqualTo("de");
        var units = file.at("/stories/0/units");
        assertThat(units).extracting(u -> u.get("id").asText())
                .containsExactly("root.title", "hero-1.headline", "hero-1.text.0", "hero-1.text.1");
        var translated = file.deepCopy();
        var targets = Map.of("root.title", "Willkommen", "hero-1.headline", "Schneller wachsen",
                "hero-1.text.0", "Erster Absatz", "hero-1.text.1", "Zweiter Absatz");
        for (var unit : translated.at("/stories/0/units")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) unit).put("target", targets.get(unit.get("id").asText()));
        }

        var imported = admin.post(path("/stories/" + id + "/translations/de/import"), translated);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().at("/imported/units").asInt()).isEqualTo(4);
        var after = story(id);
        assertThat(after.get("version").asInt()).isEqualTo(created.get("version").asInt() + 1);
        assertThat(after.at("/content/title__i18n__de").asText()).isEqualTo("Willkommen");
        assertThat(after.at("/content/body/0/headline__i18n__de").asText()).isEqualTo("Schneller wachsen");
        assertThat(after.at("/content/body/0/text__i18n__de/content/1/content/0/text").asText()).isEqualTo("Zweiter Absatz");
        assertThat(status(id, "de").get("status").asText()).isEqualTo("translated");
        var again = admin.get(path("/stories/" + id + "/translations/de/export")).json();
        assertThat(again.at("/stories/0/units/1/target").asText()).isEqualTo("Schneller wachsen");
        var feed = admin.get(path("/activity?kind=translation.imported")).json().get("activity");
        assertThat(feed).hasSize(1);
        assertThat(feed.get(0).get("summary").asText()).contains("de", "Home", "4 texts");
    }

    @Test
    void units_in_any_order_fill_every_text_node_of_a_richtext_translation_beside_other_fields_of_its_block() {
        long id = create("Home", null, page("Welcome", "Grow faster")).get("id").asLong();
        var file = Map.of("target_language", "de", "stories", List.of(Map.of("story_id", id, "units", List.of(
                Map.of("id", "hero-1.text.0", "source", "First paragraph", "target", "Erster"),
                Map.of("id", "hero-1.headline", "source", "Grow faster", "target", "Wachsen"),
                Map.of("id", "hero-1.text.1", "source", "Second paragraph", "target", "Zweiter")))));

        var imported = admin.post(path("/stories/" + id + "/translations/de/import"), file);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        var hero = story(id).at("/content/body/0");
        assertThat(hero.get("headline__i18n__de").asText()).isEqualTo("Wachsen");
        assertThat(hero.at("/text__i18n__de/content/0/content/0/text").asText()).isEqualTo("Erster");
        assertThat(hero.at("/text__i18n__de/content/1/content/0/text").asText()).isEqualTo("Zweiter");
        assertThat(hero.at("/text/content/0/content/0/text").asText()).isEqualTo("First paragraph");
    }

    @Test
    void an_xliff_export_of_a_folder_round_trips_through_an_import() {
        long folder = create("Blog", null, null).get("id").asLong();
        long first = create("One", folder, page("First", "Hello one")).get("id").asLong();
        long second = create("Two", folder, page("Second", "Hello two")).get("id").asLong();

        var export = admin.get(path("/stories/" + folder + "/translations/pt-br/export?format=xliff"));

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith(XLIFF);
        assertThat(export.text()).contains("version=\"1.2\"", "original=\"story:" + first + "\"",
                "original=\"story:" + second + "\"", "target-language=\"pt-br\"", "<trans-unit id=\"hero-1.headline\">",
                "<source>Hello two</source>");
        var translated = export.text().replace("<source>Hello one</source><target></target>",
                "<source>Hello one</source><target>Olá um</target>").replace("<source>Second</source><target></target>",
                "<source>Second</source><target>Segundo &amp; último</target>");

        var imported = admin.send("POST", path("/stories/" + folder + "/translations/pt-br/import"), translated, XLIFF);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().at("/imported/stories")).hasSize(2);
        assertThat(story(first).at("/content/body/0/headline__i18n__pt_br").asText()).isEqualTo("Olá um");
        assertThat(story(second).at("/content/title__i18n__pt_br").asText()).isEqualTo("Segundo & último");
        assertThat(story(second).at("/content/body/0/headline__i18n__pt_br").isMissingNode()).isTrue();
    }

    @Test
    void an_import_made_from_a_source_that_changed_since_is_refused_and_changes_nothing_unless_forced() {
        long id = create("Home", null, page("Welcome", "Grow faster")).get("id").asLong();
        var file = admin.get(path("/stories/" + id + "/translations/de/export")).json().deepCopy();
        for (var unit : file.at("/stories/0/units")) ((com.fasterxml.jackson.databind.node.ObjectNode) unit).put("target", "übersetzt");
        edit(id, "hero", "headline", "Grow even faster");
        var before = story(id);

        var refused = admin.post(path("/stories/" + id + "/translations/de/import"), file);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("error").asText()).contains("1 unit", "force=true");
        assertThat(refused.json().at("/details/0/id").asText()).isEqualTo("hero-1.headline");
        assertThat(refused.json().at("/details/0/current_source").asText()).isEqualTo("Grow even faster");
        assertThat(story(id)).isEqualTo(before);

        var forced = admin.post(path("/stories/" + id + "/translations/de/import?force=true"), file);

        assertThat(forced.status()).as(forced.toString()).isEqualTo(200);
        assertThat(story(id).at("/content/body/0/headline__i18n__de").asText()).isEqualTo("übersetzt");
        assertThat(story(id).get("version").asInt()).isEqualTo(before.get("version").asInt() + 1);
    }

    @Test
    void imports_naming_unknown_units_or_stories_or_another_language_are_refused_and_change_nothing() {
        long id = create("Home", null, page("Welcome", "Grow faster")).get("id").asLong();
        long other = create("Other", null, page("Else", "Where")).get("id").asLong();
        var before = story(id);
        var unknownUnit = Map.of("target_language", "de", "stories", List.of(Map.of("story_id", id, "units", List.of(
                Map.of("id", "root.title", "source", "Welcome", "target", "Willkommen"),
                Map.of("id", "nope.title", "source", "x", "target", "y")))));
        var otherStory = Map.of("target_language", "de", "stories", List.of(Map.of("story_id", other, "units", List.of())));
        var otherLanguage = Map.of("target_language", "pt-br", "stories", List.of(Map.of("story_id", id, "units", List.of())));

        var empty = admin.post(path("/stories/" + id + "/translations/de/import"), Map.of("target_language", "de"));
        var unit = admin.post(path("/stories/" + id + "/translations/de/import"), unknownUnit);
        var story = admin.post(path("/stories/" + id + "/translations/de/import"), otherStory);
        var language = admin.post(path("/stories/" + id + "/translations/de/import"), otherLanguage);

        assertThat(empty.status()).isEqualTo(400);
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.json().at("/details/0/path").asText()).isEqualTo("stories[0].units[1].id");
        assertThat(story.status()).isEqualTo(400);
        assertThat(story.json().at("/details/0/message").asText()).contains("not part of this export");
        assertThat(language.status()).isEqualTo(400);
        assertThat(story(id)).isEqualTo(before);
    }

    @Test
    void malformed_xliff_and_xliff_with_a_dtd_or_external_entity_are_refused() {
        long id = create("Home", null, page("Welcome", "Grow faster")).get("id").asLong();
        var before = story(id);
        var xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
                  <file original="story:%d" source-language="en" target-language="de" datatype="plaintext"><body>
                    <trans-unit id="root.title"><source>Welcome</source><target>&secret;</target></trans-unit>
                  </body></file></xliff>""".formatted(id);
        var responses = new ArrayList<Response>();
        for (var body : List.of(xxe, "<xliff version=\"1.2\"><file>", "not xml at all",
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"2.0\"/>")) {
            responses.add(admin.send("POST", path("/stories/" + id + "/translations/de/import"), body, XLIFF));
        }

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.toString()).isEqualTo(400));
        assertThat(responses.get(0).json().get("error").asText()).contains("malformed XLIFF", "DOCTYPE");
        assertThat(story(id)).isEqualTo(before);
    }

    @Test
    void viewers_and_approvers_may_read_translations_but_not_import_or_copy() {
        long id = create("Home", null, page("Welcome", "Grow faster")).get("id").asLong();
        var file = admin.get(path("/stories/" + id + "/translations/de/export")).json();
        var before = story(id);
        for (var role : List.of(Role.VIEWER, Role.APPROVER)) {
            var client = app.as(role);
            assertThat(client.get(path("/stories/" + id + "/translations")).status()).isEqualTo(200);
            assertThat(client.get(path("/stories/" + id + "/translations/de/export?format=xliff")).status()).isEqualTo(200);
            assertThat(client.post(path("/stories/" + id + "/translations/de/import"), file).status()).as(role.id()).isEqualTo(403);
            assertThat(client.post(path("/stories/" + id + "/language_copy"), Map.of("slug", "copy")).status()).isEqualTo(403);
        }
        var editor = app.as(Role.EDITOR);
        assertThat(editor.post(path("/stories/" + id + "/language_copy"), Map.of("slug", "home-copy")).status()).isEqualTo(201);
        assertThat(story(id).get("version")).isEqualTo(before.get("version"));
        assertThat(app.anonymous().get(path("/stories/" + id + "/translations")).status()).isEqualTo(401);
    }
}
