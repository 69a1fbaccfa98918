package dev.duet.web;

import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.Response;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The discussion routes answer as openapi.json documents them, successes and refusals alike. */
class DiscussionAnswersIT {

    private TestApp app;
    private DocumentedAnswers answers;
    private Client admin;

    @BeforeEach
    void start() {
        app = new TestApp(TestDatabase.SQLITE);
        answers = new DocumentedAnswers(new OpenApiDocument(app.anonymous().get("/api/openapi.json").json()));
        admin = app.admin();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Response documented(String operation, Response response) {
        return answers.check(operation, response);
    }

    @Test
    void discussions_answer_as_documented() {
        long spaceId = MarketingSite.create(admin);
        var stories = "/api/spaces/" + spaceId + "/stories";
        long storyId = admin.post(stories, Map.of("story", Map.of("name", "Home", "slug", "home",
                "content", MarketingSite.page("Welcome")))).json().at("/story/id").asLong();
        var threads = stories + "/" + storyId + "/discussions";
        var viewer = app.as(Role.VIEWER);
        var base = "/api/spaces/{space_id}/stories/{story_id}/discussions";

        var started = documented("POST " + base, admin.post(threads, Map.of("anchor", Map.of("block_uid", "hero-1"),
                "text", "Shorter?", "mentions", List.of())));
        documented("POST " + base, admin.post(threads, Map.of("anchor", Map.of("block_uid", "gone"), "text", "Hm")));
        documented("POST " + base, viewer.post(threads, Map.of("text", "Me too")));
        documented("POST " + base, admin.post(stories + "/99999/discussions", Map.of("text", "Hm")));
        long id = started.json().at("/discussion/id").asLong();
        var thread = threads + "/" + id;
        documented("GET " + base, admin.get(threads + "?status=all"));
        documented("GET " + base, admin.get(threads + "?status=closed"));
        documented("GET " + base + "/{discussion_id}", admin.get(thread));
        documented("GET " + base + "/{discussion_id}", admin.get(threads + "/99999"));
        var replied = documented("POST " + base + "/{discussion_id}/comments", admin.post(thread + "/comments", Map.of("text", "Yes")));
        long commentId = replied.json().at("/discussion/comments/1/id").asLong();
        documented("POST " + base + "/{discussion_id}/comments", admin.post(thread + "/comments", Map.of("text", " ")));
        documented("PUT " + base + "/{discussion_id}/comments/{comment_id}",
                admin.put(thread + "/comments/" + commentId, Map.of("text", "Yes!")));
        documented("PUT " + base + "/{discussion_id}/comments/{comment_id}",
                app.as(Role.EDITOR).put(thread + "/comments/" + commentId, Map.of("text", "Mine now")));
        documented("POST " + base + "/{discussion_id}/resolve", admin.post(thread + "/resolve", Map.of()));
        documented("POST " + base + "/{discussion_id}/resolve", admin.post(thread + "/resolve", Map.of()));
        documented("POST " + base + "/{discussion_id}/reopen", admin.post(thread + "/reopen", Map.of()));
        documented("GET /api/spaces/{space_id}/discussions/counts",
                admin.get("/api/spaces/" + spaceId + "/discussions/counts?story_ids=" + storyId));
        documented("GET /api/spaces/{space_id}/discussions/counts", admin.get("/api/spaces/" + spaceId + "/discussions/counts"));
        documented("GET /api/spaces/{space_id}/discussions/counts", admin.get("/api/spaces/99999/discussions/counts"));
        var deleted = documented("DELETE " + base + "/{discussion_id}/comments/{comment_id}",
                admin.delete(thread + "/comments/" + commentId));

        assertThat(deleted.status()).isEqualTo(204);
    }
}
