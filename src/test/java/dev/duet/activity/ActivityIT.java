package dev.duet.activity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.OnBothDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.duet.testing.MarketingSite.page;
import static org.assertj.core.api.Assertions.assertThat;

/** The activity feed of a space and a story, and the caller's notifications. */
class ActivityIT extends OnBothDatabases {

    long spaceId;
    long home;

    @BeforeEach
    void start() {
        spaceId = MarketingSite.create(app.admin());
        home = app.admin().post(path("/stories"), Map.of("story", Map.of("name", "Home", "slug", "home",
                "content", page("Welcome")))).json().at("/story/id").asLong();
    }

    String path(String rest) {
        return "/api/spaces/" + spaceId + rest;
    }

    @Test
    void saving_and_publishing_a_story_show_in_its_feed_newest_first() {
        app.admin().put(path("/stories/" + home), Map.of("story", Map.of("content", page("Hello")), "version", 1,
                "message", "friendlier"));
        app.admin().post(path("/stories/" + home + "/publish"), Map.of("version", 2));
        app.admin().post(path("/stories/" + home + "/unpublish"), Map.of("version", 2));

        var feed = app.admin().get(path("/activity?story_id=" + home));

        assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
        assertThat(kinds(feed.json().get("activity")))
                .containsExactly("story.unpublished", "stage.changed", "story.published", "story.saved", "story.saved");
        var published = feed.json().at("/activity/2");
        assertThat(published.get("actor").asText()).isEqualTo("admin@example.com");
        assertThat(published.get("summary").asText()).isEqualTo("published “Home” (version 2)");
        assertThat(published.at("/details/version").asInt()).isEqualTo(2);
        assertThat(feed.json().at("/activity/3/details/message").asText()).isEqualTo("friendlier");
        assertThat(feed.header("total")).isEqualTo("5");
    }

    @Test
    void the_space_feed_filters_by_kind_and_refuses_an_unknown_one() {
        app.admin().post(path("/stories"), Map.of("story", Map.of("name", "About", "slug", "about", "content", page("Us"))));
        app.admin().post(path("/stories/" + home + "/publish"), Map.of("version", 1));

        var saved = app.admin().get(path("/activity?kind=story.saved"));
        var unknown = app.admin().get(path("/activity?kind=story.exploded"));

        assertThat(saved.json().get("activity")).hasSize(2);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error").asText()).contains("kind");
    }

    @Test
    void a_refused_write_leaves_no_trace_in_the_feed() {
        var stale = app.admin().put(path("/stories/" + home), Map.of("story", Map.of("content", page("Lost")), "version", 7));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(app.admin().get(path("/activity?story_id=" + home)).json().get("activity")).hasSize(1);
    }

    @Test
    void viewers_read_the_feed_and_strangers_do_not() {
        assertThat(app.as(Role.VIEWER).get(path("/activity")).status()).isEqualTo(200);
        assertThat(app.anonymous().get(path("/activity")).status()).isEqualTo(401);
        assertThat(app.admin().get("/api/spaces/999/activity").status()).isEqualTo(404);
    }

    @Test
    void notifications_are_the_callers_own_and_can_be_marked_read() {
        var viewer = app.as(Role.VIEWER);
        long viewerId = viewer.get("/api/auth/me").json().at("/user/id").asLong();
        app.wiring.activity.record(new NewActivity(spaceId, home, ActivityKind.COMMENT_ADDED, "admin@example.com",
                "mentioned you on “Home”", Map.of(), List.of(new NewActivity.Recipient(viewerId, "mentioned"))));

        var mine = viewer.get("/api/notifications?unread=true");
        long id = mine.json().at("/notifications/0/id").asLong();
        var othersTry = app.admin().post("/api/notifications/" + id + "/read", Map.of());
        var read = viewer.post("/api/notifications/" + id + "/read", Map.of());

        assertThat(mine.json().get("unread").asInt()).isEqualTo(1);
        assertThat(mine.json().at("/notifications/0/reason").asText()).isEqualTo("mentioned");
        assertThat(mine.json().at("/notifications/0/activity/summary").asText()).isEqualTo("mentioned you on “Home”");
        assertThat(app.admin().get("/api/notifications").json().get("notifications")).isEmpty();
        assertThat(othersTry.status()).isEqualTo(404);
        assertThat(read.status()).isEqualTo(204);
        assertThat(viewer.get("/api/notifications").json().get("unread").asInt()).isZero();
        assertThat(viewer.get("/api/notifications").json().at("/notifications/0/read").asBoolean()).isTrue();
        assertThat(viewer.post("/api/notifications/read_all", Map.of()).json().get("marked_read").asInt()).isZero();
    }

    private static List<String> kinds(JsonNode entries) {
        var kinds = new ArrayList<String>();
        entries.forEach(entry -> kinds.add(entry.get("kind").asText()));
        return kinds;
    }
}
