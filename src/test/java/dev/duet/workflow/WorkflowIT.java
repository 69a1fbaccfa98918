package dev.duet.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.OnBothDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.duet.testing.MarketingSite.page;
import static org.assertj.core.api.Assertions.assertThat;

/** Workflow stages over HTTP: the space's workflow, moving stories, the rules that refuse moves and publishes. */
class WorkflowIT extends OnBothDatabases {

    long spaceId;
    long home;

    @BeforeEach
    void start() {
        spaceId = MarketingSite.create(app.admin());
        home = create(app.admin(), "Home", "home");
    }

    long create(Client client, String name, String slug) {
        var response = client.post(path("/stories"), Map.of("story", Map.of("name", name, "slug", slug, "content", page(name))));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().at("/story/id").asLong();
    }

    String path(String rest) {
        return "/api/spaces/" + spaceId + rest;
    }

    JsonNode workflow() {
        return app.admin().get(path("/workflow")).json();
    }

    long stage(String name) {
        for (var stage : workflow().get("stages")) if (stage.get("name").asText().equals(name)) return stage.get("id").asLong();
        throw new AssertionError("no stage " + name);
    }

    String stageOf(long storyId) {
        return app.admin().get(path("/stories/" + storyId + "/stage")).json().at("/stage/name").asText();
    }

    static long userId(Client client) {
        return client.get("/api/auth/me").json().at("/user/id").asLong();
    }

    /** The current workflow as a PUT body, changed by {@code change} per stage name. */
    List<Map<String, Object>> stages(Map<String, Map<String, Object>> changes) {
        var out = new ArrayList<Map<String, Object>>();
        for (var stage : workflow().get("stages")) {
            var map = new HashMap<String, Object>();
            map.put("id", stage.get("id").asLong());
            map.put("name", stage.get("name").asText());
            map.put("color", stage.get("color").asText());
            map.put("allow_publish", stage.get("allow_publish").asBoolean());
            map.put("approval", stage.get("approval").asBoolean());
            map.put("is_default", stage.get("is_default").asBoolean());
            map.put("after_publish", stage.get("after_publish").asBoolean());
            var roles = new ArrayList<String>();
            stage.get("roles").forEach(role -> roles.add(role.asText()));
            map.put("roles", roles);
            map.putAll(changes.getOrDefault(stage.get("name").asText(), Map.of()));
            out.add(map);
        }
        return out;
    }

    void enforceReview() {
        var response = app.admin().put(path("/workflow"), Map.of("four_eyes", true, "stages", stages(Map.of(
                "Drafting", Map.of("allow_publish", false), "In review", Map.of("allow_publish", false),
                "Approved", Map.of("roles", List.of("admin", "approver"))))));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @Test
    void every_space_starts_with_the_default_workflow_where_every_stage_allows_publishing() {
        var workflow = workflow();

        assertThat(workflow.get("four_eyes").asBoolean()).isTrue();
        assertThat(workflow.get("stages")).extracting(stage -> stage.get("name").asText())
                .containsExactly("Drafting", "In review", "Approved", "Published");
        assertThat(workflow.get("stages")).allMatch(stage -> stage.get("allow_publish").asBoolean());
        assertThat(workflow.at("/stages/0/is_default").asBoolean()).isTrue();
        assertThat(workflow.at("/stages/2/approval").asBoolean()).isTrue();
        assertThat(workflow.at("/stages/3/after_publish").asBoolean()).isTrue();
        assertThat(stageOf(home)).isEqualTo("Drafting");
        assertThat(app.as(Role.VIEWER).get(path("/workflow")).status()).isEqualTo(200);
        assertThat(app.admin().get("/api/spaces/999/workflow").status()).isEqualTo(404);
    }

    @Test
    void moving_a_story_records_the_move_with_comment_and_assignee_and_notifies_the_assignee() {
        var approver = app.as(Role.APPROVER);
        long approverId = userId(approver);

        var moved = app.as(Role.EDITOR).post(path("/stories/" + home + "/stage"),
                Map.of("stage_id", stage("In review"), "comment", "Ready for a look", "assignee_id", approverId, "version", 1));

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().at("/stage/name").asText()).isEqualTo("In review");
        assertThat(moved.json().at("/assignee/id").asLong()).isEqualTo(approverId);
        var history = app.admin().get(path("/stories/" + home + "/stage")).json().get("history");
        assertThat(history).hasSize(1);
        assertThat(history.at("/0/details/from_stage").asText()).isEqualTo("Drafting");
        assertThat(history.at("/0/details/to_stage").asText()).isEqualTo("In review");
        assertThat(history.at("/0/details/comment").asText()).isEqualTo("Ready for a look");
        assertThat(history.at("/0/details/assignee_id").asLong()).isEqualTo(approverId);
        var notifications = approver.get("/api/notifications").json().get("notifications");
        assertThat(notifications).hasSize(1);
        assertThat(notifications.at("/0/reason").asText()).isEqualTo("assigned");
        assertThat(notifications.at("/0/activity/kind").asText()).isEqualTo("stage.changed");
        var board = app.admin().get(path("/workflow/stories?stage_id=" + stage("In review"))).json();
        assertThat(board.get("stories")).extracting(story -> story.get("story_id").asLong()).containsExactly(home);
        assertThat(board.get("waiting_for_review").asLong()).isEqualTo(1);
        assertThat(approver.get(path("/workflow/stories?waiting=true")).json().get("stories")).hasSize(1);
    }

    @Test
    void a_role_the_stage_does_not_let_in_is_refused_and_nothing_changes() {
        enforceReview();

        var refused = app.as(Role.EDITOR).post(path("/stories/" + home + "/stage"), Map.of("stage_id", stage("Approved")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).contains("Approved", "admin, approver");
        assertThat(stageOf(home)).isEqualTo("Drafting");
        assertThat(app.as(Role.VIEWER).post(path("/stories/" + home + "/stage"), Map.of("stage_id", stage("In review"))).status())
                .isEqualTo(403);
        assertThat(app.admin().get(path("/stories/" + home + "/stage")).json().get("history")).isEmpty();
    }

    @Test
    void whoever_made_the_last_change_cannot_approve_it_when_four_eyes_is_on() {
        var refused = app.admin().post(path("/stories/" + home + "/stage"), Map.of("stage_id", stage("Approved")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asText())
                .isEqualTo("you made the last change (version 1); someone else must approve it");
        assertThat(stageOf(home)).isEqualTo("Drafting");

        var approved = app.as(Role.APPROVER).post(path("/stories/" + home + "/stage"), Map.of("stage_id", stage("Approved")));

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("approved_version").asInt()).isEqualTo(1);
    }

    @Test
    void without_four_eyes_the_author_may_approve_their_own_change() {
        var off = app.admin().put(path("/workflow"), Map.of("four_eyes", false, "stages", stages(Map.of())));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);

        var approved = app.admin().post(path("/stories/" + home + "/stage"), Map.of("stage_id", stage("Approved")));

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(stageOf(home)).isEqualTo("Approved");
    }

    @Test
    void publishing_from_a_stage_that_does_not_allow_it_is_refused_with_the_reason_and_nothing_changes() {
        enforceReview();
        long cv = app.admin().get(path("")).json().at("/space/cv").asLong();

        var refused = app.admin().post(path("/stories/" + home + "/publish"), Map.of("version", 1));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asText())
                .isEqualTo("“Home” is in the stage Drafting, which does not allow publishing; move it to Approved or Published first");
        var story = app.admin().get(path("/stories/" + home)).json().get("story");
        assertThat(story.get("published").asBoolean()).isFalse();
        assertThat(app.admin().get(path("")).json().at("/space/cv").asLong()).isEqualTo(cv);
        assertThat(app.admin().get(path("/activity?story_id=" + home + "&kind=story.published")).json().get("activity")).isEmpty();
    }

    @Test
    void an_approved_story_is_published_and_moves_to_the_after_publish_stage() {
        enforceReview();
        app.as(Role.APPROVER).post(path("/stories/" + home + "/stage"), Map.of("stage_id", stage("Approved")));

        var published = app.as(Role.APPROVER).post(path("/stories/" + home + "/publish"), Map.of("version", 1));

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(stageOf(home)).isEqualTo("Published");
        var last = app.admin().get(path("/stories/" + home + "/stage")).json().at("/history/0/details");
        assertThat(last.get("from_stage").asText()).isEqualTo("Approved");
        assertThat(last.get("to_stage").asText()).isEqualTo("Published");
    }

    @Test
    void a_new_version_of_an_approved_story_sends_it_back_to_the_default_stage() {
        app.as(Role.APPROVER).post(path("/stories/" + home + "/stage"), Map.of("stage_id", stage("Approved")));

        var saved = app.admin().put(path("/stories/" + home), Map.of("story", Map.of("content", page("Changed")), "version", 1));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        var now = app.admin().get(path("/stories/" + home + "/stage")).json();
        assertThat(now.at("/stage/name").asText()).isEqualTo("Drafting");
        assertThat(now.get("approved_version").isNull()).isTrue();
        assertThat(now.at("/history/0/details/comment").asText()).contains("version 2");
    }

    @Test
    void removing_a_stage_moves_its_stories_to_the_default_stage_and_says_so() {
        app.admin().post(path("/stories/" + home + "/stage"), Map.of("stage_id", stage("In review")));
        var kept = stages(Map.of()).stream().filter(stage -> !stage.get("name").equals("In review")).toList();

        var replaced = app.admin().put(path("/workflow"), Map.of("stages", kept));

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().get("moved_stories")).hasSize(1);
        assertThat(replaced.json().at("/moved_stories/0/story_id").asLong()).isEqualTo(home);
        assertThat(replaced.json().get("message").asText()).contains("moved to Drafting");
        assertThat(stageOf(home)).isEqualTo("Drafting");
    }

    @Test
    void renaming_reordering_and_adding_stages_keeps_the_ids_of_existing_ones() {
        long review = stage("In review");
        var changed = new ArrayList<>(stages(Map.of("In review", Map.of("name", "Legal check", "color", "#ff0000"))));
        changed.add(1, Map.of("name", "Copy edit", "roles", List.of("editor")));

        var replaced = app.admin().put(path("/workflow"), Map.of("stages", changed));

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().get("stages")).extracting(stage -> stage.get("name").asText())
                .containsExactly("Drafting", "Copy edit", "Legal check", "Approved", "Published");
        assertThat(replaced.json().at("/stages/2/id").asLong()).isEqualTo(review);
        assertThat(replaced.json().at("/stages/1/roles/0").asText()).isEqualTo("editor");
    }

    @Test
    void a_workflow_that_breaks_the_rules_is_refused_as_a_whole_and_nothing_changes() {
        var before = workflow();
        var twoDefaults = stages(Map.of("In review", Map.of("is_default", true)));
        var blank = stages(Map.of("Approved", Map.of("name", " ")));
        var duplicate = stages(Map.of("Approved", Map.of("name", "drafting")));
        var strangeId = stages(Map.of("Approved", Map.of("id", 99999)));
        var badRole = stages(Map.of("Approved", Map.of("roles", List.of("viewer"))));
        var badColour = stages(Map.of("Approved", Map.of("color", "green")));

        for (var body : List.of(Map.of("stages", twoDefaults), Map.of("stages", blank), Map.of("stages", duplicate),
                Map.of("stages", strangeId), Map.of("stages", badRole), Map.of("stages", badColour),
                Map.of("stages", List.of()))) {
            var refused = app.admin().put(path("/workflow"), body);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("details")).isNotEmpty();
        }
        assertThat(app.admin().put(path("/workflow"), "{\"stages\": 7}").status()).isEqualTo(400);
        assertThat(workflow()).isEqualTo(before);
    }

    @Test
    void only_space_managers_change_the_workflow() {
        var body = Map.of("four_eyes", false, "stages", stages(Map.of()));

        assertThat(app.as(Role.EDITOR).put(path("/workflow"), body).status()).isEqualTo(403);
        assertThat(app.as(Role.APPROVER).put(path("/workflow"), body).status()).isEqualTo(403);
        assertThat(app.as(Role.VIEWER).put(path("/workflow"), body).status()).isEqualTo(403);
        assertThat(app.anonymous().put(path("/workflow"), body).status()).isEqualTo(401);
        assertThat(workflow().get("four_eyes").asBoolean()).isTrue();
        assertThat(app.as(Role.DEVELOPER).put(path("/workflow"), body).status()).isEqualTo(200);
    }

    @Test
    void bad_moves_are_refused_naming_the_problem() {
        var folder = app.admin().post(path("/stories"), Map.of("story", Map.of("name", "Blog", "slug", "blog", "is_folder", true)))
                .json().at("/story/id").asLong();
        var stage = stage("In review");

        assertThat(app.admin().post(path("/stories/" + home + "/stage"), Map.of("stage_id", 99999)).status()).isEqualTo(400);
        assertThat(app.admin().post(path("/stories/" + home + "/stage"), Map.of("comment", "no stage")).status()).isEqualTo(400);
        assertThat(app.admin().post(path("/stories/" + home + "/stage"), Map.of("stage_id", "soon")).status()).isEqualTo(400);
        assertThat(app.admin().post(path("/stories/" + folder + "/stage"), Map.of("stage_id", stage)).status()).isEqualTo(400);
        assertThat(app.admin().post(path("/stories/" + home + "/stage"), Map.of("stage_id", stage, "assignee_id", 99999)).status())
                .isEqualTo(404);
        assertThat(app.admin().post(path("/stories/99999/stage"), Map.of("stage_id", stage)).status()).isEqualTo(404);
        assertThat(app.admin().post(path("/stories/" + home + "/stage"), Map.of("stage_id", stage, "version", 7)).status())
                .isEqualTo(409);
        assertThat(app.admin().post(path("/stories/" + home + "/stage"), Map.of("stage_id", stage, "comment", "x".repeat(2001)))
                .status()).isEqualTo(400);
        assertThat(stageOf(home)).isEqualTo("Drafting");
        assertThat(app.admin().get(path("/stories/" + home + "/stage")).json().get("history")).isEmpty();
    }
}
