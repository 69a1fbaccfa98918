package dev.duet.presence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.Response;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestClock;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.duet.testing.MarketingSite.page;
import static org.assertj.core.api.Assertions.assertThat;

/** Who else has a story open: heartbeats, expiry, leaving, the space's overview and who may ask. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class PresenceIT {

    @Parameter
    TestDatabase database;

    TestApp app;
    TestClock clock;
    long spaceId;
    long home;
    long about;
    Client ines;
    Client marc;

    @BeforeEach
    void start() {
        clock = new TestClock();
        app = new TestApp(TestApp.Setup.on(database).clock(clock));
        spaceId = MarketingSite.create(app.admin());
        home = create("Home", "home");
        about = create("About", "about");
        ines = person("ines@example.com", "Ines", Role.EDITOR);
        marc = person("marc@example.com", "Marc", Role.VIEWER);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    long create(String name, String slug) {
        var response = app.admin().post(path("/stories"), Map.of("story", Map.of("name", name, "slug", slug, "content", page(name))));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().at("/story/id").asLong();
    }

    Client person(String email, String name, Role role) {
        app.wiring.users.create(email, name, role, TestApp.PASSWORD);
        return app.anonymous().login(email, TestApp.PASSWORD);
    }

    String path(String rest) {
        return "/api/spaces/" + spaceId + rest;
    }

    String presence(long storyId) {
        return path("/stories/" + storyId + "/presence");
    }

    Response beat(Client who, long storyId, boolean editing) {
        var response = who.post(presence(storyId), Map.of("editing", editing));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    static List<String> names(JsonNode present) {
        var names = new ArrayList<String>();
        present.forEach(entry -> names.add(entry.get("name").asText()));
        return names;
    }

    @Test
    void a_heartbeat_answers_who_else_has_the_story_open_and_whether_they_are_editing() {
        var first = beat(ines, home, true);
        var second = beat(marc, home, false);
        var third = beat(ines, home, true);

        assertThat(first.json().get("present")).isEmpty();
        assertThat(second.json().get("present")).singleElement().satisfies(entry -> {
            assertThat(entry.get("name").asText()).isEqualTo("Ines");
            assertThat(entry.get("email").asText()).isEqualTo("ines@example.com");
            assertThat(entry.get("editing").asBoolean()).isTrue();
            assertThat(entry.get("story_id").asLong()).isEqualTo(home);
        });
        assertThat(third.json().get("present")).singleElement().satisfies(entry -> {
            assertThat(entry.get("name").asText()).isEqualTo("Marc");
            assertThat(entry.get("editing").asBoolean()).isFalse();
        });
    }

    @Test
    void listing_shows_everyone_present_by_name_and_the_latest_editing_state() {
        beat(marc, home, false);
        beat(ines, home, false);
        beat(ines, home, true);

        var listed = app.admin().get(presence(home));

        assertThat(listed.status()).isEqualTo(200);
        assertThat(names(listed.json().get("present"))).containsExactly("Ines", "Marc");
        assertThat(listed.json().at("/present/0/editing").asBoolean()).isTrue();
        assertThat(app.admin().get(presence(about)).json().get("present")).isEmpty();
    }

    @Test
    void someone_whose_heartbeats_stopped_is_gone_thirty_seconds_after_the_last_one() {
        beat(ines, home, true);
        var since = app.admin().get(presence(home)).json().at("/present/0/since").asText();

        clock.advance(Duration.ofSeconds(20));
        assertThat(names(app.admin().get(presence(home)).json().get("present"))).containsExactly("Ines");
        beat(ines, home, true);
        clock.advance(Duration.ofSeconds(25));
        assertThat(names(app.admin().get(presence(home)).json().get("present"))).containsExactly("Ines");
        assertThat(app.admin().get(presence(home)).json().at("/present/0/since").asText()).isEqualTo(since);
        clock.advance(Duration.ofSeconds(6));

        assertThat(app.admin().get(presence(home)).json().get("present")).isEmpty();
        assertThat(app.admin().get(path("/presence")).json().get("present")).isEmpty();
        assertThat(beat(marc, home, false).json().get("present")).isEmpty();
    }

    @Test
    void coming_back_after_expiry_starts_a_new_visit() {
        beat(ines, home, false);
        var firstSince = app.admin().get(presence(home)).json().at("/present/0/since").asText();
        clock.advance(Duration.ofMinutes(2));

        beat(ines, home, false);

        assertThat(app.admin().get(presence(home)).json().at("/present/0/since").asText()).isGreaterThan(firstSince);
    }

    @Test
    void leaving_removes_the_caller_at_once_and_leaving_again_is_fine() {
        beat(ines, home, true);
        beat(marc, home, false);

        var left = ines.delete(presence(home));
        var again = ines.delete(presence(home));

        assertThat(left.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(204);
        assertThat(names(app.admin().get(presence(home)).json().get("present"))).containsExactly("Marc");
    }

    @Test
    void the_space_overview_tells_who_is_on_which_story() {
        beat(ines, home, true);
        beat(marc, about, false);

        var overview = app.admin().get(path("/presence"));

        assertThat(overview.status()).isEqualTo(200);
        var byStory = new ArrayList<String>();
        overview.json().get("present").forEach(entry ->
                byStory.add(entry.get("story_id").asLong() + ":" + entry.get("name").asText() + ":" + entry.get("editing").asBoolean()));
        assertThat(byStory).containsExactlyInAnyOrder(home + ":Ines:true", about + ":Marc:false");
    }

    @Test
    void a_deleted_story_takes_its_presence_with_it() {
        beat(ines, about, true);

        assertThat(app.admin().send("DELETE", path("/stories/" + about), Map.of("version", 1)).status()).isEqualTo(204);

        assertThat(app.admin().get(path("/presence")).json().get("present")).isEmpty();
    }

    @Test
    void heartbeats_and_leaving_are_not_written_to_the_audit_log() {
        var admin = app.admin();
        var before = admin.get("/api/audit").header("total");

        beat(ines, home, true);
        ines.delete(presence(home));

        assertThat(admin.get("/api/audit").header("total")).isEqualTo(before);
    }

    @Test
    void viewers_may_be_present_but_strangers_and_tokens_without_content_read_may_not() {
        var token = app.admin().post("/api/tokens", Map.of("name", "schema CI", "scopes", List.of("schema:write")))
                .json().get("secret").asText();
        var schemaOnly = app.anonymous().bearer(token);

        assertThat(marc.post(presence(home), Map.of("editing", false)).status()).isEqualTo(200);
        assertThat(app.anonymous().post(presence(home), Map.of("editing", false)).status()).isEqualTo(401);
        assertThat(app.anonymous().get(path("/presence")).status()).isEqualTo(401);
        assertThat(schemaOnly.post(presence(home), Map.of("editing", true)).status()).isEqualTo(403);
        assertThat(schemaOnly.get(presence(home)).status()).isEqualTo(403);
        assertThat(names(app.admin().get(presence(home)).json().get("present"))).containsExactly("Marc");
    }

    @Test
    void a_heartbeat_without_the_csrf_header_is_refused() {
        var response = ines.withoutHeader("X-CSRF-Token").post(presence(home), Map.of("editing", true));

        assertThat(response.status()).isEqualTo(403);
        assertThat(app.admin().get(presence(home)).json().get("present")).isEmpty();
    }

    @Test
    void unknown_stories_and_spaces_are_not_found_and_nothing_is_recorded() {
        var otherSpace = app.admin().post("/api/spaces", Map.of("name", "Other")).json().at("/space/id").asLong();

        assertThat(ines.post(presence(9999), Map.of("editing", true)).status()).isEqualTo(404);
        assertThat(ines.post("/api/spaces/" + otherSpace + "/stories/" + home + "/presence", Map.of("editing", true)).status())
                .isEqualTo(404);
        assertThat(app.admin().get(presence(9999)).status()).isEqualTo(404);
        assertThat(ines.delete(presence(9999)).status()).isEqualTo(404);
        assertThat(app.admin().get("/api/spaces/9999/presence").status()).isEqualTo(404);
        assertThat(app.admin().get(path("/presence")).json().get("present")).isEmpty();
    }

    @Test
    void malformed_heartbeats_are_refused_naming_the_problem_and_change_nothing() {
        var notABoolean = ines.post(presence(home), Map.of("editing", "very much"));
        var malformed = ines.post(presence(home), "{\"editing\": ");
        var badId = ines.post(path("/stories/abc/presence"), Map.of("editing", true));

        assertThat(notABoolean.status()).isEqualTo(400);
        assertThat(notABoolean.json().at("/details/0/path").asText()).isEqualTo("editing");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("error").asText()).contains("story_id");
        assertThat(app.admin().get(presence(home)).json().get("present")).isEmpty();
    }

    @Test
    void a_heartbeat_without_a_body_says_present_but_not_editing() {
        var response = ines.post(presence(home), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(app.admin().get(presence(home)).json().at("/present/0/editing").asBoolean()).isFalse();
    }
}
