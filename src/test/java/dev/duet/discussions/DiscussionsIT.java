package dev.duet.discussions;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.Response;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import dev.duet.web.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static dev.duet.testing.MarketingSite.blok;
import static dev.duet.testing.MarketingSite.page;
import static org.assertj.core.api.Assertions.assertThat;

/** Threads on a story, its blocks and fields: anchors, mentions and replies that notify, resolving, counts, refusals. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class DiscussionsIT {

    @Parameter
    TestDatabase database;

    TestApp app;
    Client admin;
    long spaceId;
    long home;

    @BeforeEach
    void start() {
        app = new TestApp(TestApp.Setup.on(database).allowingPrivateWebhookTargets());
        admin = app.admin();
        spaceId = MarketingSite.create(admin);
        home = story("Home", "home");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    long story(String name, String slug) {
        var created = admin.post("/api/spaces/" + spaceId + "/stories", Map.of("story", Map.of("name", name, "slug", slug,
                "content", page("Welcome"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().at("/story/id").asLong();
    }

    String threads(long storyId) {
        return "/api/spaces/" + spaceId + "/stories/" + storyId + "/discussions";
    }

    static Map<String, Object> thread(String blockUid, String field, String text) {
        var anchor = new HashMap<String, Object>();
        if (blockUid != null) anchor.put("block_uid", blockUid);
        if (field != null) anchor.put("field", field);
        return Map.of("anchor", anchor, "text", text);
    }

    Response startThread(Client who, String blockUid, String field, String text) {
        return who.post(threads(home), thread(blockUid, field, text));
    }

    long idOf(Client who) {
        return who.get("/api/auth/me").json().at("/user/id").asLong();
    }

    String emailOf(Client who) {
        return who.get("/api/auth/me").json().at("/user/email").asText();
    }

    JsonNode openThreads() {
        return admin.get(threads(home) + "?status=all").json().get("discussions");
    }

    @Test
    void a_thread_can_start_on_the_story_a_block_a_blocks_field_or_a_root_field() {
        var onStory = startThread(admin, null, null, "Is this page still needed?");
        var onBlock = startThread(admin, "hero-1", null, "The hero feels long");
        var onField = startThread(admin, "cta-1", "label", "Shorter label?");
        var onRoot = startThread(admin, null, "title", "Needs a title");

        assertThat(onStory.status()).as(onStory.toString()).isEqualTo(201);
        assertThat(onStory.json().at("/discussion/anchor/kind").asText()).isEqualTo("story");
        assertThat(onBlock.json().at("/discussion/anchor/kind").asText()).isEqualTo("block");
        assertThat(onBlock.json().at("/discussion/anchor/block_uid").asText()).isEqualTo("hero-1");
        assertThat(onField.json().at("/discussion/anchor/field").asText()).isEqualTo("label");
        assertThat(onRoot.json().at("/discussion/anchor/kind").asText()).isEqualTo("field");
        assertThat(onRoot.json().at("/discussion/anchor/block_uid").isNull()).isTrue();
        var first = onBlock.json().at("/discussion/comments/0");
        assertThat(first.get("text").asText()).isEqualTo("The hero feels long");
        assertThat(first.get("author").asText()).isEqualTo(TestApp.ADMIN_EMAIL);
        assertThat(onBlock.json().at("/discussion/status").asText()).isEqualTo("open");
        assertThat(admin.get(threads(home) + "?block_uid=hero-1").json().get("discussions")).hasSize(1);
        assertThat(openThreads()).hasSize(4);
    }

    @Test
    void an_anchor_that_is_not_in_the_draft_is_refused_naming_it_and_nothing_is_stored() {
        var unknownBlock = startThread(admin, "nope-9", null, "Where is this?");
        var unknownField = startThread(admin, "hero-1", "colour", "Make it red");
        var unknownRootField = startThread(admin, null, "subtitle", "Hm");

        assertThat(unknownBlock.status()).isEqualTo(400);
        assertThat(unknownBlock.json().at("/details/0/path").asText()).isEqualTo("anchor.block_uid");
        assertThat(unknownBlock.json().get("error").asText()).contains("nope-9");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().at("/details/0/path").asText()).isEqualTo("anchor.field");
        assertThat(unknownField.json().get("error").asText()).contains("hero", "colour");
        assertThat(unknownRootField.status()).isEqualTo(400);
        assertThat(openThreads()).isEmpty();
        assertThat(app.admin().get("/api/spaces/" + spaceId + "/activity?kind=discussion.created").json().get("activity")).isEmpty();
    }

    @Test
    void blank_too_long_or_malformed_text_unknown_mentions_and_unknown_stories_are_refused() {
        var blank = startThread(admin, null, null, "   ");
        var tooLong = startThread(admin, null, null, "x".repeat(5001));
        var malformed = admin.post(threads(home), "{\"text\": 42, \"anchor\": []}");
        var unknownMention = admin.post(threads(home), Map.of("text", "Look", "mentions", List.of(99999)));
        var unknownStory = admin.post(threads(99999), thread(null, null, "Hello"));
        var badStatus = admin.get(threads(home) + "?status=closed");
        var badId = admin.get(threads(home) + "/abc");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().at("/details/0/path").asText()).isEqualTo("text");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("error").asText()).contains("5000");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(unknownMention.status()).isEqualTo(400);
        assertThat(unknownMention.json().at("/details/0/path").asText()).isEqualTo("mentions[0]");
        assertThat(unknownStory.status()).isEqualTo(404);
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(admin.get(threads(home) + "/99999").status()).isEqualTo(404);
        assertThat(openThreads()).isEmpty();
    }

    @Test
    void mentioned_people_are_notified_by_id_or_by_at_email_and_never_the_author() {
        var editor = app.as(Role.EDITOR);
        var approver = app.as(Role.APPROVER);
        var text = "@" + emailOf(approver) + ", please check. Also @" + TestApp.ADMIN_EMAIL + " and @nobody@example.com";

        var started = admin.post(threads(home), Map.of("anchor", Map.of("block_uid", "hero-1"), "text", text,
                "mentions", List.of(idOf(editor), idOf(admin))));

        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.json().at("/discussion/comments/0/mentions")).hasSize(2);
        for (var mentioned : List.of(editor, approver)) {
            var mine = mentioned.get("/api/notifications").json();
            assertThat(mine.get("unread").asInt()).isEqualTo(1);
            assertThat(mine.at("/notifications/0/reason").asText()).isEqualTo("mentioned");
            assertThat(mine.at("/notifications/0/activity/kind").asText()).isEqualTo("discussion.created");
            assertThat(mine.at("/notifications/0/activity/story_id").asLong()).isEqualTo(home);
            assertThat(mine.at("/notifications/0/activity/details/block_uid").asText()).isEqualTo("hero-1");
        }
        assertThat(admin.get("/api/notifications").json().get("unread").asInt()).isZero();
    }

    @Test
    void a_reply_tells_everyone_who_took_part_except_its_own_author() {
        var editor = app.as(Role.EDITOR);
        var approver = app.as(Role.APPROVER);
        var bystander = app.as(Role.DEVELOPER);
        long id = startThread(editor, "hero-1", null, "Too long?").json().at("/discussion/id").asLong();
        approver.post(threads(home) + "/" + id + "/comments", Map.of("text", "Agreed"));

        var reply = admin.post(threads(home) + "/" + id + "/comments", Map.of("text", "Shortened it"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().at("/discussion/comments")).hasSize(3);
        assertThat(reasons(editor)).containsExactly("replied", "replied");
        assertThat(reasons(approver)).containsExactly("replied");
        assertThat(reasons(admin)).isEmpty();
        assertThat(reasons(bystander)).isEmpty();
        assertThat(kinds(admin.get("/api/spaces/" + spaceId + "/activity?story_id=" + home).json().get("activity")))
                .startsWith("comment.added", "comment.added", "discussion.created");
    }

    @Test
    void resolving_and_reopening_change_the_status_the_filter_and_the_counts() {
        long about = story("About", "about");
        long id = startThread(admin, "hero-1", null, "Fix the hero").json().at("/discussion/id").asLong();
        startThread(admin, "cta-1", "label", "And the label");
        startThread(admin, null, null, "Overall fine");
        admin.post(threads(about), thread(null, null, "About us needs love"));

        var resolved = admin.post(threads(home) + "/" + id + "/resolve", Map.of());
        var again = admin.post(threads(home) + "/" + id + "/resolve", Map.of());

        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.json().at("/discussion/status").asText()).isEqualTo("resolved");
        assertThat(resolved.json().at("/discussion/resolved_by").asText()).isEqualTo(TestApp.ADMIN_EMAIL);
        assertThat(again.status()).isEqualTo(409);
        assertThat(admin.get(threads(home)).json().get("discussions")).hasSize(2);
        assertThat(admin.get(threads(home) + "?status=resolved").json().get("discussions")).hasSize(1);
        var counts = admin.get("/api/spaces/" + spaceId + "/discussions/counts?story_ids=" + home + "," + about).json();
        assertThat(counts.at("/stories/" + home).asInt()).isEqualTo(2);
        assertThat(counts.at("/stories/" + about).asInt()).isEqualTo(1);
        assertThat(counts.has("blocks")).isFalse();
        var one = admin.get("/api/spaces/" + spaceId + "/discussions/counts?story_ids=" + home).json();
        assertThat(one.at("/blocks/cta-1").asInt()).isEqualTo(1);
        assertThat(one.at("/blocks").has("hero-1")).isFalse();

        var reopened = admin.post(threads(home) + "/" + id + "/reopen", Map.of());

        assertThat(reopened.json().at("/discussion/status").asText()).isEqualTo("open");
        assertThat(admin.get("/api/spaces/" + spaceId + "/discussions/counts").json().at("/stories/" + home).asInt()).isEqualTo(3);
        assertThat(admin.get("/api/spaces/" + spaceId + "/discussions/counts?story_ids=x").status()).isEqualTo(400);
        assertThat(admin.get("/api/spaces/99999/discussions/counts").status()).isEqualTo(404);
        assertThat(kinds(admin.get("/api/spaces/" + spaceId + "/activity?story_id=" + home).json().get("activity")))
                .startsWith("discussion.reopened", "discussion.resolved");
    }

    @Test
    void viewers_read_but_cannot_discuss_and_approvers_can() {
        long id = startThread(admin, null, null, "Ready?").json().at("/discussion/id").asLong();
        var viewer = app.as(Role.VIEWER);
        var approver = app.as(Role.APPROVER);

        assertThat(viewer.get(threads(home)).status()).isEqualTo(200);
        assertThat(viewer.post(threads(home), thread(null, null, "Me too")).status()).isEqualTo(403);
        assertThat(viewer.post(threads(home) + "/" + id + "/comments", Map.of("text", "Hi")).status()).isEqualTo(403);
        assertThat(viewer.post(threads(home) + "/" + id + "/resolve", Map.of()).status()).isEqualTo(403);
        assertThat(app.anonymous().get(threads(home)).status()).isEqualTo(401);
        assertThat(openThreads()).hasSize(1);
        assertThat(openThreads().at("/0/comments")).hasSize(1);

        assertThat(approver.post(threads(home) + "/" + id + "/comments", Map.of("text", "Yes")).status()).isEqualTo(201);
        assertThat(approver.post(threads(home) + "/" + id + "/resolve", Map.of()).status()).isEqualTo(200);
        assertThat(app.as(Role.EDITOR).post(threads(home), thread("hero-1", null, "Editors too")).status()).isEqualTo(201);
    }

    @Test
    void only_the_author_changes_a_comment_and_only_the_author_or_an_admin_deletes_it() {
        var editor = app.as(Role.EDITOR);
        var approver = app.as(Role.APPROVER);
        var started = startThread(editor, null, null, "Frist draft").json();
        long id = started.at("/discussion/id").asLong();
        long first = started.at("/discussion/comments/0/id").asLong();
        long second = approver.post(threads(home) + "/" + id + "/comments", Map.of("text", "Typo!"))
                .json().at("/discussion/comments/1/id").asLong();
        var comment = threads(home) + "/" + id + "/comments/";

        var othersEdit = approver.put(comment + first, Map.of("text", "Hijacked"));
        var othersDelete = approver.delete(comment + first);
        var edited = editor.put(comment + first, Map.of("text", "First draft"));
        var blankEdit = editor.put(comment + first, Map.of("text", ""));

        assertThat(othersEdit.status()).isEqualTo(403);
        assertThat(othersDelete.status()).isEqualTo(403);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().at("/discussion/comments/0/text").asText()).isEqualTo("First draft");
        assertThat(edited.json().at("/discussion/comments/0/edited").asBoolean()).isTrue();
        assertThat(blankEdit.status()).isEqualTo(400);
        assertThat(admin.get(threads(home) + "/" + id).json().at("/discussion/comments/0/text").asText()).isEqualTo("First draft");

        assertThat(admin.delete(comment + second).status()).isEqualTo(204);
        assertThat(editor.delete(comment + 99999).status()).isEqualTo(404);
        assertThat(editor.delete(comment + first).status()).isEqualTo(204);
        assertThat(admin.get(threads(home) + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void a_block_removed_from_the_story_keeps_its_threads() {
        startThread(admin, "cta-1", null, "Do we need this button?");
        var content = blok("page", "root", "body", List.of(blok("hero", "hero-1", "headline", "Welcome")));
        var saved = admin.put("/api/spaces/" + spaceId + "/stories/" + home, Map.of("story", Map.of("content", content), "version", 1));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

        var listed = admin.get(threads(home)).json().get("discussions");

        assertThat(listed).hasSize(1);
        assertThat(listed.at("/0/anchor/block_uid").asText()).isEqualTo("cta-1");
        assertThat(listed.at("/0/anchor/block_removed").asBoolean()).isTrue();
        assertThat(startThread(admin, "cta-1", null, "Again?").status()).isEqualTo(400);
    }

    @Test
    void starting_a_thread_sends_the_discussion_created_webhook_with_its_facts() throws Exception {
        var received = new LinkedBlockingQueue<String>();
        var receiver = receiver(received);
        try {
            var url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
            var webhook = admin.post("/api/spaces/" + spaceId + "/webhooks", Map.of("webhook",
                    Map.of("name", "Chat", "url", url, "events", List.of("discussion.created"))));
            assertThat(webhook.status()).as(webhook.toString()).isEqualTo(201);
            var editor = app.as(Role.EDITOR);

            long id = admin.post(threads(home), Map.of("anchor", Map.of("block_uid", "hero-1", "field", "headline"),
                    "text", "Catchier, @" + emailOf(editor) + "?")).json().at("/discussion/id").asLong();

            var body = Json.tree(received.poll(10, TimeUnit.SECONDS));
            assertThat(body.get("action").asText()).isEqualTo("discussion_created");
            assertThat(body.get("story_id").asLong()).isEqualTo(home);
            assertThat(body.get("actor").asText()).isEqualTo(TestApp.ADMIN_EMAIL);
            assertThat(body.at("/details/discussion_id").asLong()).isEqualTo(id);
            assertThat(body.at("/details/block_uid").asText()).isEqualTo("hero-1");
            assertThat(body.at("/details/field").asText()).isEqualTo("headline");
            assertThat(body.at("/details/text").asText()).startsWith("Catchier");
            assertThat(body.at("/details/mentions/0").asText()).isEqualTo(emailOf(editor));
            assertThat(body.get("text").asText()).contains("started a discussion on the field headline of a hero block of “Home”");
        } finally {
            receiver.stop(0);
        }
    }

    private static HttpServer receiver(BlockingQueue<String> received) {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> reasons(Client who) {
        var reasons = new ArrayList<String>();
        who.get("/api/notifications").json().get("notifications").forEach(n -> reasons.add(n.get("reason").asText()));
        return reasons;
    }

    private static List<String> kinds(JsonNode entries) {
        var kinds = new ArrayList<String>();
        entries.forEach(entry -> kinds.add(entry.get("kind").asText()));
        return kinds;
    }
}
