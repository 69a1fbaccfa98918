package dev.duet.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.testing.Client;
import dev.duet.testing.OnBothDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code duet schema pull | push} run in-process against a real Duet, as Nadia runs them from her site's repository. */
class SchemaCommandIT extends OnBothDatabases {

    private static final Map<String, String> NADIAS_FILES = Map.of(
            "hero.json", """
                    {"name": "hero", "display_name": "Hero",
                     "schema": {"title": {"type": "text", "pos": 0, "translatable": true},
                                "image": {"type": "asset", "pos": 1, "filetypes": ["images"]}}}""",
            "feature_grid.json", """
                    {"schema": {"columns": {"type": "number", "pos": 0}, "items": {"type": "bloks", "pos": 1}}}""",
            "cta.json", """
                    {"name": "cta", "schema": {"label": {"type": "text", "pos": 0, "required": true}}}""",
            "testimonial.json", """
                    {"name": "testimonial", "schema": {"quote": {"type": "textarea", "pos": 0}}}""",
            "page.json", """
                    {"name": "page", "is_root": true, "is_nestable": false,
                     "schema": {"body": {"type": "bloks", "pos": 0, "restrict_components": true,
                                         "component_whitelist": ["hero", "feature_grid", "cta", "testimonial"]}}}""");

    @TempDir
    Path repo;

    Client admin;
    long spaceId;
    String token;
    Path dir;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void start() throws IOException {
        admin = app.admin();
        spaceId = admin.post("/api/spaces", Map.of("name", "Nadia's site")).json().at("/space/id").asLong();
        token = admin.post("/api/tokens", Map.of("name", "site repository")).json().get("secret").asText();
        dir = repo.resolve("components");
        Files.createDirectories(dir);
        for (var file : NADIAS_FILES.entrySet()) Files.writeString(dir.resolve(file.getKey()), file.getValue());
    }

    private Run duet(String command, String... more) {
        var args = new ArrayList<>(List.of("schema", command, "--url", app.base(), "--token", token,
                "--space", Long.toString(spaceId), "--dir", dir.toString()));
        args.addAll(List.of(more));
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = Duet.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private long story(String title) {
        var content = Map.of("component", "page", "body", List.of(
                Map.of("component", "hero", "title", title, "title__i18n__de", "Willkommen")));
        return admin.post("/api/spaces/" + spaceId + "/stories", Map.of("story", Map.of("name", "Home", "content", content)))
                .json().at("/story/id").asLong();
    }

    private JsonNode hero(long storyId) {
        return admin.get("/api/spaces/" + spaceId + "/stories/" + storyId).json().at("/story/content/body/0");
    }

    private void edit(String file, String from, String to) throws IOException {
        var path = dir.resolve(file);
        Files.writeString(path, Files.readString(path).replace(from, to));
    }

    @Test
    void nadia_pushes_her_files_then_renames_a_field_without_losing_a_word() throws IOException {
        var first = duet("push");
        long storyId = story("Welcome to Duet");
        edit("hero.json", "\"title\"", "\"headline\"");

        var dryRun = duet("push", "--rename", "hero.title=headline", "--dry-run");
        var untouched = hero(storyId);
        var push = duet("push", "--rename", "hero.title=headline");
        var again = duet("push", "--rename", "hero.title=headline");

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("+ component hero", "    + title (text)", "+ component feature_grid", "Applied: 5 components changed");
        assertThat(dryRun.code()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("~ component hero", "    > title renamed to headline", "hero.title -> headline in 1 story",
                "Dry run: nothing was changed.");
        assertThat(untouched.has("title")).isTrue();
        assertThat(push.code()).as(push.err()).isZero();
        assertThat(push.out()).contains("1 story migrated");
        assertThat(hero(storyId).get("headline").asText()).isEqualTo("Welcome to Duet");
        assertThat(hero(storyId).get("headline__i18n__de").asText()).isEqualTo("Willkommen");
        assertThat(hero(storyId).has("title")).isFalse();
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("No changes");
    }

    @Test
    void pull_writes_one_stable_pretty_file_per_component_and_pulling_again_changes_no_byte() throws IOException {
        assertThat(duet("push").code()).isZero();
        Files.writeString(dir.resolve("old_banner.json"), "{\"name\": \"old_banner\"}");

        var pull = duet("pull");
        var hero = Files.readString(dir.resolve("hero.json"));
        var again = duet("pull");

        assertThat(pull.code()).as(pull.err()).isZero();
        assertThat(pull.out()).contains("old_banner.json (no such component in the space)", "Pulled 5 components and 0 groups");
        try (var files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted()).containsExactly("_groups.json", "cta.json",
                    "feature_grid.json", "hero.json", "page.json", "testimonial.json");
        }
        assertThat(hero).startsWith("{\n  \"name\": \"hero\",\n  \"display_name\": \"Hero\",\n  \"is_root\": false,\n")
                .contains("      \"filetypes\": [\n        \"images\"\n      ]\n").endsWith("}\n");
        assertThat(Files.readString(dir.resolve("_groups.json"))).isEqualTo("[]\n");
        assertThat(again.code()).isZero();
        assertThat(Files.readString(dir.resolve("hero.json"))).isEqualTo(hero);
        assertThat(duet("push").out()).contains("No changes");
    }

    @Test
    void a_push_that_drops_data_is_refused_without_a_terminal_unless_told_yes() throws IOException {
        assertThat(duet("push").code()).isZero();
        long storyId = story("Welcome");
        admin.put("/api/spaces/" + spaceId + "/stories/" + storyId, Map.of("story", Map.of("content", Map.of("component", "page",
                "body", List.of(Map.of("component", "hero", "title", "Welcome", "image", Map.of("filename", "a.png"))))), "version", 1));
        var hero = dir.resolve("hero.json");
        Files.writeString(hero, Files.readString(hero).replaceAll(",\\s*\"image\": \\{[^}]*}", ""));

        var refused = duet("push");
        var kept = hero(storyId);
        var yes = duet("push", "--yes");

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).contains("    - image (asset)", "DATA LOSS", "! removed field hero.image in 1 story: home");
        assertThat(refused.err()).contains("--yes", "Nothing was changed.");
        assertThat(kept.get("image").get("filename").asText()).isEqualTo("a.png");
        assertThat(yes.code()).as(yes.err()).isZero();
        assertThat(hero(storyId).has("image")).isFalse();
        assertThat(hero(storyId).get("title").asText()).isEqualTo("Welcome");
    }

    @Test
    void bad_files_and_options_end_with_one_line_naming_the_file_and_field_and_exit_code_2() throws IOException {
        edit("cta.json", "\"type\": \"text\"", "\"type\": \"txt\"");
        var unknownType = duet("push");
        edit("cta.json", "\"type\": \"txt\"", "\"type\": \"text\"");
        Files.writeString(dir.resolve("testimonial.json"), "{\"name\": \"testimonial\", ");
        var invalidJson = duet("push");
        Files.writeString(dir.resolve("testimonial.json"), NADIAS_FILES.get("testimonial.json"));
        var badFlag = duet("push", "--rename", "hero-title");
        assertThat(duet("push").code()).isZero();
        var badRename = duet("push", "--rename", "hero.nope=headline");

        assertThat(unknownType.code()).isEqualTo(2);
        assertThat(unknownType.err().strip()).isEqualTo("duet: " + dir.resolve("cta.json") + ": schema.label.type: unknown field type \"txt\"");
        assertThat(invalidJson.code()).isEqualTo(2);
        assertThat(invalidJson.err().strip()).startsWith("duet: " + dir.resolve("testimonial.json") + ": not valid JSON:").doesNotContain("\n");
        assertThat(badFlag.code()).isEqualTo(2);
        assertThat(badFlag.err().strip()).isEqualTo("duet: --rename hero-title: write component.field=new_field, e.g. hero.title=headline");
        assertThat(badRename.code()).isEqualTo(2);
        assertThat(badRename.err().strip()).isEqualTo("duet: --rename hero.nope=headline: hero has no field \"nope\"");
        assertThat(admin.get("/api/spaces/" + spaceId + "/components").json().get("components")).hasSize(5);
    }

    @Test
    void a_wrong_token_or_space_is_refused_with_the_server_s_reason_and_exit_code_1() {
        token = "duet_not-a-real-token";
        var badToken = duet("pull");

        assertThat(badToken.code()).isEqualTo(1);
        assertThat(badToken.err()).startsWith("duet: ").contains("(check --token)");
        assertThat(dir.resolve("_groups.json")).doesNotExist();
    }
}
