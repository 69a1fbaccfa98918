package dev.duet.app;

import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.OnBothDatabases;
import dev.duet.testing.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.duet.testing.MarketingSite.page;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code duet story publish | stage} run in-process against a real Duet whose workflow enforces review. */
class StoryCommandIT extends OnBothDatabases {

    Client admin;
    long spaceId;
    long home;
    String adminToken;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void start() {
        admin = app.admin();
        spaceId = MarketingSite.create(admin);
        home = admin.post("/api/spaces/" + spaceId + "/stories", Map.of("story", Map.of("name", "Home", "slug", "home",
                "content", page("Hi")))).json().at("/story/id").asLong();
        var stages = admin.get("/api/spaces/" + spaceId + "/workflow").json().get("stages");
        var changed = new ArrayList<Map<String, Object>>();
        for (var stage : stages) {
            boolean early = stage.get("position").asInt() < 2;
            changed.add(Map.of("id", stage.get("id").asLong(), "name", stage.get("name").asText(),
                    "allow_publish", !early, "approval", stage.get("approval").asBoolean(),
                    "is_default", stage.get("is_default").asBoolean(), "after_publish", stage.get("after_publish").asBoolean()));
        }
        var put = admin.put("/api/spaces/" + spaceId + "/workflow", Map.of("stages", changed));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        adminToken = token(admin);
    }

    static String token(Client client) {
        return client.post("/api/tokens", Map.of("name", "release script")).json().get("secret").asText();
    }

    private Run duet(String token, String command, String... more) {
        var args = new ArrayList<>(List.of("story", command, "--url", app.base(), "--token", token,
                "--space", Long.toString(spaceId), "--story", Long.toString(home)));
        args.addAll(List.of(more));
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = Duet.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private boolean published() {
        return admin.get("/api/spaces/" + spaceId + "/stories/" + home).json().at("/story/published").asBoolean();
    }

    @Test
    void publishing_from_a_stage_that_does_not_allow_it_prints_the_reason_and_exits_non_zero() {
        var run = duet(adminToken, "publish");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("refused", "“Home” is in the stage Drafting, which does not allow publishing",
                "Approved or Published");
        assertThat(published()).isFalse();
    }

    @Test
    void the_author_cannot_approve_their_own_change_from_the_command_line() {
        var run = duet(adminToken, "stage", "--stage", "approved");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("you made the last change (version 1); someone else must approve it");
    }

    @Test
    void a_story_moved_to_review_approved_by_someone_else_and_published_goes_live() {
        var review = duet(adminToken, "stage", "--stage", "In review", "--comment", "launch copy ready");
        // approvers may not mint tokens themselves; an admin's `duet token create` does it for them
        var approver = app.wiring.users.create("approver@example.com", "Alex Approver", Role.APPROVER, TestApp.PASSWORD);
        var approverToken = app.wiring.apiTokens.create(approver, "release script", null, null).secret();
        var approve = duet(approverToken, "stage", "--stage", "Approved");
        var publish = duet(approverToken, "publish");

        assertThat(review.code()).as(review.err()).isZero();
        assertThat(review.out()).contains("Moved story " + home + " to In review.");
        assertThat(approve.code()).as(approve.err()).isZero();
        assertThat(publish.code()).as(publish.err()).isZero();
        assertThat(publish.out()).contains("Published “Home” (version 1).");
        assertThat(published()).isTrue();
        assertThat(admin.get("/api/spaces/" + spaceId + "/stories/" + home + "/stage").json().at("/stage/name").asText())
                .isEqualTo("Published");
    }

    @Test
    void an_unknown_stage_lists_the_stages_and_exits_with_2() {
        var run = duet(adminToken, "stage", "--stage", "Legal");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no stage called Legal", "Drafting, In review, Approved, Published");
    }
}
