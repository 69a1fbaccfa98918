package dev.duet.collab.wins;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
import dev.duet.content.StoryPublishing;
import dev.duet.failure.Conflict;
import dev.duet.testing.Client;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.duet.testing.MarketingSite.blok;
import static dev.duet.testing.MarketingSite.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wins feed over HTTP: wins recorded where they are earned, reactions, kudos and who may do what. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class WinsIT {

    @Parameter
    TestDatabase database;

    TestApp app;
    Client admin;
    long spaceId;

    @BeforeEach
    void start() {
        app = new TestApp(database);
        admin = app.admin();
        spaceId = MarketingSite.create(admin);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void a_story_going_live_for_the_first_time_is_one_win_and_later_publishes_are_none() {
        long pricing = story("Pricing", "Simple pricing");

        publish(pricing);
        edit(pricing, "Simple, fair pricing");
        publish(pricing);
        assertThat(admin.post(path("/stories/" + pricing + "/unpublish"), Map.of("version", 2)).status()).isEqualTo(200);
        publish(pricing);

        var wins = wins("?kind=story.live");
        assertThat(wins).hasSize(1);
        var win = wins.getFirst();
        assertThat(win.get("title").asText()).isEqualTo("“Pricing” is live");
        assertThat(win.get("actor").asText()).isEqualTo(TestApp.ADMIN_EMAIL);
        assertThat(win.get("space_id").asLong()).isEqualTo(spaceId);
        assertThat(win.get("link").asText()).isEqualTo("/admin/spaces/" + spaceId + "/stories/" + pricing);
        assertThat(win.at("/details/version").asInt()).isEqualTo(1);
    }

    @Test
    void merging_a_release_is_one_release_live_win() {
        long pricing = story("Pricing", "Simple pricing");
        publish(pricing);
        edit(pricing, "Winter pricing");
        long release = admin.post(path("/releases"), Map.of("release", Map.of("name", "Winter sale"))).json().at("/release/id").asLong();
        assertThat(admin.post(path("/releases/" + release + "/items"), Map.of("story_id", pricing)).status()).isEqualTo(201);

        var merged = admin.post(path("/releases/" + release + "/merge"), Map.of("force", false));

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        var wins = wins("?kind=release.live");
        assertThat(wins).hasSize(1);
        assertThat(wins.getFirst().get("title").asText()).isEqualTo("Release “Winter sale” is live (1 story)");
        assertThat(wins.getFirst().at("/details/release_id").asLong()).isEqualTo(release);
        assertThat(wins.getFirst().get("link").asText()).isEqualTo("/admin/spaces/" + spaceId + "/releases?release=" + release);
        assertThat(wins("?kind=story.live")).as("the story was live before: no second launch").hasSize(1);
    }

    @Test
    void shipping_an_experiment_is_one_experiment_won_win_and_an_experiment_shipped_feed_entry() {
        long home = storyWith("home", blok("page", "root", "title", "Home", "body", List.of(experiment("hero-test"))));

        var shipped = app.as(Role.EDITOR).post(path("/experiments/hero-test/ship"), Map.of("variation", 1, "version", 1));

        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
        var wins = wins("?kind=experiment.won");
        assertThat(wins).hasSize(1);
        assertThat(wins.getFirst().get("title").asText()).startsWith("“Shorter headline” won experiment hero-test");
        assertThat(wins.getFirst().at("/details/variation").asInt()).isEqualTo(1);
        assertThat(wins.getFirst().at("/details/goal").asText()).isEqualTo("Sign-ups");
        assertThat(wins.getFirst().get("link").asText()).isEqualTo("/admin/spaces/" + spaceId + "/stories/" + home);
        var feed = admin.get(path("/activity?kind=experiment.shipped")).json().get("activity");
        assertThat(feed).hasSize(1);
        assertThat(feed.get(0).get("summary").asText()).isEqualTo("shipped “Shorter headline” of experiment hero-test in “home”");
        assertThat(feed.get(0).get("story_id").asLong()).isEqualTo(home);
    }

    @Test
    void a_change_that_rolls_back_or_is_refused_records_no_win() {
        long pricing = story("Pricing", "Simple pricing");
        var publishing = app.wiring.storyPublishing;

        assertThatThrownBy(() -> publishing.publishAll(spaceId, "ada@example.com",
                handle -> List.of(new StoryPublishing.Pin(pricing, 1)),
                (handle, batch) -> {
                    throw new Conflict("the merge failed after the stories were published");
                })).isInstanceOf(Conflict.class);
        var stale = admin.post(path("/stories/" + pricing + "/publish"), Map.of("version", 7));
        var staleShip = admin.post(path("/experiments/nope/ship"), Map.of("variation", 1, "version", 1));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(staleShip.status()).isEqualTo(404);
        assertThat(admin.get(path("/stories/" + pricing)).json().at("/story/published").asBoolean()).isFalse();
        assertThat(wins("")).isEmpty();
        assertThat(admin.get("/api/wins").header("total")).isEqualTo("0");
    }

    @Test
    void reactions_are_one_of_each_per_person_and_toggle_with_counts_and_whether_i_reacted() {
        long winId = oneWin();
        var viewer = app.as(Role.VIEWER);
        var editor = app.as(Role.EDITOR);

        assertThat(viewer.put("/api/wins/" + winId + "/reactions/tada", Map.of()).status()).isEqualTo(200);
        var twice = viewer.put("/api/wins/" + winId + "/reactions/tada", Map.of());
        editor.put("/api/wins/" + winId + "/reactions/tada", Map.of());
        editor.put("/api/wins/" + winId + "/reactions/rocket", Map.of());

        assertThat(reaction(twice.json().get("win"), "tada").get("count").asInt()).isEqualTo(1);
        var seenByViewer = viewer.get("/api/wins/" + winId).json().get("win");
        assertThat(reaction(seenByViewer, "tada").get("count").asInt()).isEqualTo(2);
        assertThat(reaction(seenByViewer, "tada").get("mine").asBoolean()).isTrue();
        assertThat(reaction(seenByViewer, "tada").get("emoji").asText()).isEqualTo("🎉");
        assertThat(reaction(seenByViewer, "rocket").get("mine").asBoolean()).isFalse();
        assertThat(seenByViewer.get("reactions")).extracting(r -> r.get("reaction").asText())
                .containsExactly("tada", "clap", "rocket", "heart", "bulb");

        var undone = editor.delete("/api/wins/" + winId + "/reactions/tada");
        assertThat(undone.status()).isEqualTo(200);
        assertThat(reaction(undone.json().get("win"), "tada").get("count").asInt()).isEqualTo(1);
        assertThat(reaction(undone.json().get("win"), "tada").get("mine").asBoolean()).isFalse();
        assertThat(editor.delete("/api/wins/" + winId + "/reactions/tada").status()).as("taking back none is fine").isEqualTo(200);
    }

    @Test
    void bad_reactions_unknown_wins_and_anonymous_callers_change_nothing() {
        long winId = oneWin();

        var unknownReaction = admin.put("/api/wins/" + winId + "/reactions/thumbsdown", Map.of());
        var unknownWin = admin.put("/api/wins/999999/reactions/tada", Map.of());
        var notAnId = admin.get("/api/wins/pricing");
        var anonymous = app.anonymous().put("/api/wins/" + winId + "/reactions/tada", Map.of());
        var anonymousRead = app.anonymous().get("/api/wins");

        assertThat(unknownReaction.status()).isEqualTo(400);
        assertThat(unknownReaction.json().at("/details/0/path").asText()).isEqualTo("reaction");
        assertThat(unknownWin.status()).isEqualTo(404);
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymousRead.status()).isEqualTo(401);
        var win = admin.get("/api/wins/" + winId).json().get("win");
        assertThat(win.get("reactions")).allMatch(r -> r.get("count").asInt() == 0);
    }

    @Test
    void kudos_are_short_notes_that_only_their_author_or_an_admin_deletes() {
        long winId = oneWin();
        var viewer = app.as(Role.VIEWER);
        var editor = app.as(Role.EDITOR);

        var empty = viewer.post("/api/wins/" + winId + "/kudos", Map.of("kudos", Map.of("text", "   ")));
        var tooLong = viewer.post("/api/wins/" + winId + "/kudos", Map.of("kudos", Map.of("text", "x".repeat(281))));
        var noBody = viewer.post("/api/wins/" + winId + "/kudos", Map.of("text", "Nice"));
        var unknownWin = viewer.post("/api/wins/999999/kudos", Map.of("kudos", Map.of("text", "Nice")));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().at("/details/0/path").asText()).isEqualTo("text");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().at("/details/0/message").asText()).contains("at most 280");
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(unknownWin.status()).isEqualTo(404);
        assertThat(admin.get("/api/wins/" + winId).json().get("kudos")).isEmpty();

        var added = viewer.post("/api/wins/" + winId + "/kudos", Map.of("kudos", Map.of("text", " Great launch, team! 🎉 ")));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long kudosId = added.json().at("/kudos/id").asLong();
        assertThat(added.json().at("/kudos/text").asText()).isEqualTo("Great launch, team! 🎉");
        assertThat(added.json().at("/kudos/mine").asBoolean()).isTrue();
        assertThat(viewer.post("/api/wins/" + winId + "/kudos", Map.of("kudos", Map.of("text", "y".repeat(280)))).status()).isEqualTo(201);

        assertThat(editor.delete("/api/wins/" + winId + "/kudos/" + kudosId).status()).isEqualTo(403);
        assertThat(editor.delete("/api/wins/" + winId + "/kudos/999999").status()).isEqualTo(404);
        var detail = editor.get("/api/wins/" + winId).json();
        assertThat(detail.get("kudos")).hasSize(2);
        assertThat(detail.at("/kudos/0/mine").asBoolean()).isFalse();
        assertThat(detail.at("/win/kudos_count").asInt()).isEqualTo(2);

        assertThat(viewer.delete("/api/wins/" + winId + "/kudos/" + kudosId).status()).isEqualTo(204);
        long other = admin.get("/api/wins/" + winId).json().at("/kudos/0/id").asLong();
        assertThat(admin.delete("/api/wins/" + winId + "/kudos/" + other).status()).as("an admin tidies up").isEqualTo(204);
        assertThat(admin.get("/api/wins/" + winId).json().get("kudos")).isEmpty();
    }

    @Test
    void the_feed_is_newest_first_and_filters_by_kind_space_and_since_with_paging() {
        long pricing = story("Pricing", "Simple pricing");
        long about = story("About", "About us");
        publish(pricing);
        publish(about);
        long otherSpace = admin.post("/api/spaces", Map.of("name", "Docs")).json().at("/space/id").asLong();

        var firstPage = app.as(Role.VIEWER).get("/api/wins?per_page=1");
        var inSpace = wins("?space_id=" + spaceId);
        var inOther = wins("?space_id=" + otherSpace);
        var future = wins("?since=2999-01-01");
        var badKind = admin.get("/api/wins?kind=story.saved");
        var badSince = admin.get("/api/wins?since=yesterday");
        var badSpace = admin.get("/api/wins?space_id=docs");

        assertThat(firstPage.status()).isEqualTo(200);
        assertThat(firstPage.header("total")).isEqualTo("2");
        assertThat(firstPage.json().at("/wins/0/title").asText()).isEqualTo("“About” is live");
        assertThat(inSpace).hasSize(2);
        assertThat(inOther).isEmpty();
        assertThat(future).isEmpty();
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().at("/details/0/path").asText()).isEqualTo("kind");
        assertThat(badSince.status()).isEqualTo(400);
        assertThat(badSpace.status()).isEqualTo(400);
    }

    // helpers

    private String path(String rest) {
        return "/api/spaces/" + spaceId + rest;
    }

    private long story(String name, String headline) {
        var response = admin.post(path("/stories"), Map.of("story", Map.of("name", name, "content", page(headline))));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().at("/story/id").asLong();
    }

    private long storyWith(String slug, Map<String, Object> content) {
        var response = admin.post(path("/stories"), Map.of("story", Map.of("name", slug, "slug", slug, "content", content)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().at("/story/id").asLong();
    }

    private void edit(long storyId, String headline) {
        int version = admin.get(path("/stories/" + storyId)).json().at("/story/version").asInt();
        var response = admin.put(path("/stories/" + storyId), Map.of("story", Map.of("content", page(headline)), "version", version));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private void publish(long storyId) {
        int version = admin.get(path("/stories/" + storyId)).json().at("/story/version").asInt();
        var response = admin.post(path("/stories/" + storyId + "/publish"), Map.of("version", version));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private long oneWin() {
        long pricing = story("Pricing", "Simple pricing");
        publish(pricing);
        return wins("").getFirst().get("id").asLong();
    }

    private List<JsonNode> wins(String query) {
        var response = admin.get("/api/wins" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var out = new ArrayList<JsonNode>();
        response.json().get("wins").forEach(out::add);
        return out;
    }

    private static JsonNode reaction(JsonNode win, String id) {
        for (var reaction : win.get("reactions")) if (reaction.get("reaction").asText().equals(id)) return reaction;
        throw new AssertionError("no reaction " + id + " in " + win);
    }

    static Map<String, Object> experiment(String key) {
        return new HashMap<>(blok("duet_experiment", "exp-" + key, "key", key, "status", "running",
                "variants", List.of(blok("hero", "hero-a-" + key, "headline", "Build sites faster"),
                        blok("hero", "hero-b-" + key, "headline", "Ship today")),
                "variant_names", List.of("Control", "Shorter headline"),
                "goals", List.of(Map.of("type", "conversion", "event", "signup", "name", "Sign-ups"))));
    }
}
