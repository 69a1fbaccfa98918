package dev.duet.collab.requests;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class RequestsIT {

    @Parameter
    TestDatabase database;

    private final TestClock clock = new TestClock();
    private TestApp app;
    private Client admin;

    @BeforeEach
    void start() {
        app = new TestApp(TestApp.Setup.on(database).clock(clock));
        admin = app.admin();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static Map<String, Object> brief() {
        var brief = new HashMap<String, Object>();
        brief.put("problem", "We cannot tell which webinar sign-ups came from the newsletter");
        brief.put("objective", "Attribute every sign-up to its channel");
        brief.put("success_kpi", "95% of sign-ups carry a channel");
        brief.put("audience", "Webinar visitors");
        brief.put("deliverables", "UTM capture on the form, a report");
        brief.put("systems_affected", "CRM, website form");
        brief.put("constraints", "No new cookies");
        return brief;
    }

    private Map<String, Object> filing(String title, String toTeam) {
        var body = new HashMap<String, Object>();
        body.put("title", title);
        body.put("type", "tracking");
        body.put("to_team", toTeam);
        body.put("priority", "high");
        body.put("brief", brief());
        body.put("due_date", today().plusDays(10).toString());
        body.put("due_reason", "The webinar runs on that day");
        return body;
    }

    private JsonNode file(Client who, Map<String, Object> body) {
        var response = who.post("/api/requests", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("request");
    }

    private long file(String title, String toTeam) {
        return file(admin, filing(title, toTeam)).get("id").asLong();
    }

    private JsonNode get(long id) {
        var response = admin.get("/api/requests/" + id);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("request");
    }

    private Response move(Client who, long id, String state, Integer position, String reason) {
        var body = new HashMap<String, Object>();
        body.put("state", state);
        body.put("version", get(id).get("version").asLong());
        if (position != null) body.put("position", position);
        if (reason != null) body.put("reason", reason);
        return who.post("/api/requests/" + id + "/move", body);
    }

    private long count() {
        return admin.get("/api/requests").json().get("requests").size();
    }

    private long wins(String source) {
        return app.wiring.database.read(handle -> handle.createQuery("SELECT COUNT(*) FROM wins WHERE source = :source "
                + "AND kind = 'request.delivered'").bind("source", source).mapTo(Long.class).one());
    }

    private static List<String> problemPaths(Response response) {
        var paths = new ArrayList<String>();
        response.json().get("details").forEach(problem -> paths.add(problem.get("path").asText()));
        return paths;
    }

    @Test
    void filing_a_request_with_a_full_brief_stores_it_as_new_watched_by_its_requester() {
        long spaceId = MarketingSite.create(admin);
        long storyId = admin.post("/api/spaces/" + spaceId + "/stories", Map.of("story", Map.of("name", "Webinar",
                "slug", "webinar", "content", MarketingSite.page("Join us")))).json().at("/story/id").asLong();
        var editor = app.as(Role.EDITOR);
        var body = filing("Track webinar sign-ups", "it");
        body.put("attachments", List.of(Map.of("label", "Form mock-up", "url", "https://example.com/mock.png")));
        body.put("links", List.of(Map.of("kind", "story", "space_id", spaceId, "id", storyId), Map.of("kind", "goal", "id", 7)));

        var request = file(editor, body);

        assertThat(request.get("state").asText()).isEqualTo("new");
        assertThat(request.get("title").asText()).isEqualTo("Track webinar sign-ups");
        assertThat(request.get("type").asText()).isEqualTo("tracking");
        assertThat(request.get("to_team").asText()).isEqualTo("it");
        assertThat(request.get("priority").asText()).isEqualTo("high");
        assertThat(request.at("/brief/success_kpi").asText()).isEqualTo("95% of sign-ups carry a channel");
        assertThat(request.at("/brief/systems_affected").asText()).isEqualTo("CRM, website form");
        assertThat(request.get("due_date").asText()).isEqualTo(today().plusDays(10).toString());
        assertThat(request.get("due_reason").asText()).isEqualTo("The webinar runs on that day");
        assertThat(request.at("/requester/email").asText()).startsWith("editor-");
        assertThat(request.at("/attachments/0/url").asText()).isEqualTo("https://example.com/mock.png");
        assertThat(request.at("/links/0/id").asLong()).isEqualTo(storyId);
        assertThat(request.at("/links/1/kind").asText()).isEqualTo("goal");
        assertThat(request.get("watchers")).hasSize(1);
        assertThat(request.get("age_days").asLong()).isZero();
        assertThat(request.get("overdue").asBoolean()).isFalse();
        assertThat(request.get("due_soon").asBoolean()).isFalse();
        assertThat(get(request.get("id").asLong()).at("/brief/problem").asText()).contains("webinar sign-ups");
    }

    @Test
    void missing_fields_are_refused_naming_each_and_nothing_is_stored() {
        var response = admin.post("/api/requests", Map.of("title", " ", "brief", Map.of("audience", "Everyone")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(problemPaths(response)).contains("title", "type", "to_team", "brief.problem", "brief.objective");
        assertThat(count()).isZero();
    }

    @Test
    void a_due_date_without_its_reason_is_refused_naming_due_reason() {
        var body = filing("Landing page", "it");
        body.remove("due_reason");

        var response = admin.post("/api/requests", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(problemPaths(response)).containsExactly("due_reason");
        assertThat(count()).isZero();
    }

    @Test
    void malformed_values_and_links_to_missing_items_are_refused_naming_them() {
        long spaceId = MarketingSite.create(admin);
        var body = filing("Landing page", "sales");
        body.put("type", "poster");
        body.put("priority", "asap");
        body.put("due_date", "next friday");
        body.put("attachments", List.of(Map.of("label", "Script", "url", "javascript:alert(1)")));
        body.put("links", List.of(Map.of("kind", "story", "space_id", spaceId, "id", 999_999),
                Map.of("kind", "release"), Map.of("kind", "poster", "id", 1)));

        var response = admin.post("/api/requests", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(problemPaths(response)).contains("type", "to_team", "priority", "due_date", "attachments[0].url",
                "links[0]", "links[1].space_id", "links[2].kind");
        assertThat(count()).isZero();
        assertThat(admin.post("/api/requests", "{\"title\": [1]}").status()).isEqualTo(400);
    }

    @Test
    void accepting_a_new_request_puts_it_in_to_do_assigned_and_watched_by_the_assignee() {
        long id = file("Webinar tracking", "it");
        var developer = app.as(Role.DEVELOPER);
        long developerId = developer.get("/api/auth/me").json().at("/user/id").asLong();

        var response = developer.post("/api/requests/" + id + "/accept", Map.of("assignee_id", developerId));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var request = response.json().get("request");
        assertThat(request.get("state").asText()).isEqualTo("to_do");
        assertThat(request.at("/assignee/id").asLong()).isEqualTo(developerId);
        assertThat(request.get("watchers")).extracting(watcher -> watcher.get("id").asLong()).contains(developerId);
    }

    @Test
    void rejecting_needs_a_reason_and_keeps_it() {
        long id = file("Webinar tracking", "it");

        var without = admin.post("/api/requests/" + id + "/reject", Map.of());
        assertThat(without.status()).isEqualTo(400);
        assertThat(problemPaths(without)).containsExactly("reason");
        assertThat(get(id).get("state").asText()).isEqualTo("new");

        var rejected = admin.post("/api/requests/" + id + "/reject", Map.of("reason", "The CRM already does this"));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().at("/request/state").asText()).isEqualTo("rejected");
        assertThat(rejected.json().at("/request/state_reason").asText()).isEqualTo("The CRM already does this");
    }

    @Test
    void a_snoozed_request_comes_back_as_new_when_its_date_passes() {
        long id = file("Webinar tracking", "it");

        assertThat(admin.post("/api/requests/" + id + "/snooze", Map.of()).status()).isEqualTo(400);
        var past = admin.post("/api/requests/" + id + "/snooze", Map.of("until", today().toString()));
        assertThat(past.status()).isEqualTo(400);
        assertThat(problemPaths(past)).containsExactly("until");
        var snoozed = admin.post("/api/requests/" + id + "/snooze", Map.of("until", today().plusDays(2).toString(),
                "reason", "After the release freeze"));
        assertThat(snoozed.status()).isEqualTo(200);
        assertThat(snoozed.json().at("/request/state").asText()).isEqualTo("snoozed");
        assertThat(admin.post("/api/requests/" + id + "/accept", null).status()).isEqualTo(409);

        clock.advance(Duration.ofDays(2));

        assertThat(get(id).get("state").asText()).isEqualTo("new");
        assertThat(admin.get("/api/requests?state=new").json().get("requests")).hasSize(1);
        assertThat(admin.post("/api/requests/" + id + "/accept", null).status()).isEqualTo(200);
    }

    @Test
    void a_duplicate_names_another_request_that_exists() {
        long original = file("Webinar tracking", "it");
        long copy = file("Track the webinar", "it");

        assertThat(problemPaths(admin.post("/api/requests/" + copy + "/duplicate", Map.of()))).containsExactly("of");
        assertThat(problemPaths(admin.post("/api/requests/" + copy + "/duplicate", Map.of("of", copy)))).containsExactly("of");
        assertThat(problemPaths(admin.post("/api/requests/" + copy + "/duplicate", Map.of("of", 999_999)))).containsExactly("of");
        assertThat(get(copy).get("state").asText()).isEqualTo("new");

        var marked = admin.post("/api/requests/" + copy + "/duplicate", Map.of("of", original));
        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.json().at("/request/state").asText()).isEqualTo("duplicate");
        assertThat(marked.json().at("/request/duplicate_of").asLong()).isEqualTo(original);

        var reopened = admin.post("/api/requests/" + copy + "/reopen", null);
        assertThat(reopened.json().at("/request/state").asText()).isEqualTo("new");
    }

    @Test
    void intake_steps_on_a_request_that_is_not_new_are_conflicts_that_change_nothing() {
        long id = file("Webinar tracking", "it");
        admin.post("/api/requests/" + id + "/accept", null);
        long version = get(id).get("version").asLong();

        assertThat(admin.post("/api/requests/" + id + "/accept", null).status()).isEqualTo(409);
        assertThat(admin.post("/api/requests/" + id + "/reject", Map.of("reason", "no")).status()).isEqualTo(409);
        assertThat(admin.post("/api/requests/" + id + "/snooze", Map.of("until", today().plusDays(3).toString())).status()).isEqualTo(409);
        assertThat(admin.post("/api/requests/" + id + "/reopen", null).status()).isEqualTo(409);
        assertThat(get(id).get("state").asText()).isEqualTo("to_do");
        assertThat(get(id).get("version").asLong()).isEqualTo(version);
    }

    @Test
    void work_moves_through_every_column_and_done_records_delivery_and_a_win() {
        long id = file("Webinar tracking", "it");
        var developer = app.as(Role.DEVELOPER);

        assertThat(move(developer, id, "to_do", null, null).status()).isEqualTo(200);
        assertThat(move(developer, id, "in_progress", null, null).status()).isEqualTo(200);
        var blockedWithoutReason = move(developer, id, "blocked", null, null);
        assertThat(blockedWithoutReason.status()).isEqualTo(400);
        assertThat(problemPaths(blockedWithoutReason)).containsExactly("reason");
        var blocked = move(developer, id, "blocked", null, "Waiting for CRM API keys");
        assertThat(blocked.json().at("/request/state_reason").asText()).isEqualTo("Waiting for CRM API keys");
        assertThat(move(developer, id, "in_review", null, null).json().at("/request/state").asText()).isEqualTo("in_review");
        assertThat(wins("request:" + id + ":done")).isZero();

        var done = move(developer, id, "done", null, null);

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().at("/request/state").asText()).isEqualTo("done");
        assertThat(done.json().at("/request/delivered_at").isTextual()).isTrue();
        assertThat(wins("request:" + id + ":done")).isEqualTo(1);
        assertThat(move(developer, id, "new", null, null).status()).isEqualTo(409);
        assertThat(move(developer, id, "sideways", null, null).status()).isEqualTo(400);
        assertThat(get(id).get("state").asText()).isEqualTo("done");
    }

    @Test
    void a_rejected_request_cannot_be_moved_on_the_board() {
        long id = file("Webinar tracking", "it");
        admin.post("/api/requests/" + id + "/reject", Map.of("reason", "Out of scope"));

        assertThat(move(admin, id, "in_progress", null, null).status()).isEqualTo(409);
        assertThat(get(id).get("state").asText()).isEqualTo("rejected");
    }

    @Test
    void only_the_receiving_team_triages_and_viewers_only_read() {
        long toIt = file("Webinar tracking", "it");
        long toMarketing = file("Explain the new consent banner", "marketing");
        var editor = app.as(Role.EDITOR);
        var approver = app.as(Role.APPROVER);
        var viewer = app.as(Role.VIEWER);
        var developer = app.as(Role.DEVELOPER);

        var editorAccepts = editor.post("/api/requests/" + toIt + "/accept", null);
        assertThat(editorAccepts.status()).isEqualTo(403);
        assertThat(editorAccepts.json().get("error").asText()).contains("it team");
        assertThat(developer.post("/api/requests/" + toMarketing + "/accept", null).status()).isEqualTo(403);
        assertThat(approver.post("/api/requests/" + toMarketing + "/accept", null).status()).isEqualTo(403);
        assertThat(move(editor, toIt, "to_do", null, null).status()).isEqualTo(403);
        assertThat(get(toIt).get("state").asText()).isEqualTo("new");

        assertThat(developer.post("/api/requests/" + toIt + "/accept", null).status()).isEqualTo(200);
        assertThat(editor.post("/api/requests/" + toMarketing + "/accept", null).status()).isEqualTo(200);

        assertThat(file(approver, filing("Access to analytics", "it")).get("state").asText()).isEqualTo("new");
        long before = count();
        assertThat(viewer.post("/api/requests", filing("Please", "it")).status()).isEqualTo(403);
        assertThat(viewer.post("/api/requests/" + toIt + "/comments", Map.of("text", "hi")).status()).isEqualTo(403);
        assertThat(viewer.get("/api/requests/" + toIt).status()).isEqualTo(200);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void the_requester_edits_the_brief_while_new_and_the_receiving_team_any_time() {
        var editor = app.as(Role.EDITOR);
        var other = app.as(Role.EDITOR);
        var developer = app.as(Role.DEVELOPER);
        var request = file(editor, filing("Webinar tracking", "it"));
        long id = request.get("id").asLong();
        var change = filing("Webinar and newsletter tracking", "it");
        change.put("version", request.get("version").asLong());

        assertThat(other.put("/api/requests/" + id, change).status()).isEqualTo(403);
        var edited = editor.put("/api/requests/" + id, change);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().at("/request/title").asText()).isEqualTo("Webinar and newsletter tracking");
        assertThat(editor.put("/api/requests/" + id, change).status()).as("stale").isEqualTo(409);
        change.remove("version");
        assertThat(editor.put("/api/requests/" + id, change).status()).isEqualTo(428);

        developer.post("/api/requests/" + id + "/accept", null);
        change.put("version", get(id).get("version").asLong());
        var late = editor.put("/api/requests/" + id, change);
        assertThat(late.status()).isEqualTo(403);
        assertThat(late.json().get("error").asText()).contains("only while it is new");
        change.put("priority", "urgent");
        assertThat(developer.put("/api/requests/" + id, change).json().at("/request/priority").asText()).isEqualTo("urgent");
    }

    @Test
    void a_board_move_based_on_a_stale_version_is_a_conflict_and_changes_nothing() {
        long id = file("Webinar tracking", "it");
        long stale = get(id).get("version").asLong();
        admin.post("/api/requests/" + id + "/accept", null);

        var response = admin.post("/api/requests/" + id + "/move", Map.of("state", "in_progress", "version", stale));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().at("/details/0/current_version").asLong()).isEqualTo(stale + 1);
        assertThat(get(id).get("state").asText()).isEqualTo("to_do");
        assertThat(admin.post("/api/requests/" + id + "/move", Map.of("state", "in_progress")).status()).isEqualTo(428);
    }

    @Test
    void the_board_shows_every_column_with_cards_in_the_order_they_were_put() {
        long first = file("First", "it");
        long second = file("Second", "it");
        long third = file("Third", "marketing");
        for (long id : List.of(first, second, third)) admin.post("/api/requests/" + id + "/accept", null);
        long fresh = file("Fresh", "it");

        assertThat(move(admin, third, "to_do", 0, null).status()).isEqualTo(200);

        var columns = admin.get("/api/requests/board").json().get("columns");
        assertThat(columns).extracting(column -> column.get("state").asText())
                .containsExactly("new", "to_do", "in_progress", "in_review", "blocked", "done");
        assertThat(columns.get(0).get("cards")).extracting(card -> card.get("id").asLong()).containsExactly(fresh);
        assertThat(columns.get(1).get("cards")).extracting(card -> card.get("id").asLong()).containsExactly(third, first, second);
        var itOnly = admin.get("/api/requests/board?team=it").json().get("columns").get(1).get("cards");
        assertThat(itOnly).extracting(card -> card.get("id").asLong()).containsExactly(first, second);
        assertThat(admin.get("/api/requests/board?team=sales").status()).isEqualTo(400);
    }

    @Test
    void the_list_filters_searches_sorts_and_pages() {
        var editor = app.as(Role.EDITOR);
        long editorId = editor.get("/api/auth/me").json().at("/user/id").asLong();
        var late = filing("Newsletter template", "it");
        late.put("type", "email_template");
        late.put("priority", "urgent");
        late.put("due_date", today().plusDays(1).toString());
        long soon = file(editor, late).get("id").asLong();
        var undated = filing("Access to the CRM", "marketing");
        undated.put("type", "access");
        undated.put("priority", "low");
        var salesBrief = brief();
        salesBrief.put("audience", "Sales reps");
        undated.put("brief", salesBrief);
        undated.remove("due_date");
        undated.remove("due_reason");
        long access = file(undated);
        long tracking = file("Webinar tracking", "it");
        admin.post("/api/requests/" + tracking + "/accept", null);

        assertThat(ids("state=to_do")).containsExactly(tracking);
        assertThat(ids("state=new")).containsExactlyInAnyOrder(soon, access);
        assertThat(ids("type=email_template")).containsExactly(soon);
        assertThat(ids("team=marketing")).containsExactly(access);
        assertThat(ids("priority=low")).containsExactly(access);
        assertThat(ids("requester=" + editorId)).containsExactly(soon);
        assertThat(ids("q=TEMPLATE")).as("the title").containsExactly(soon);
        assertThat(ids("q=sales%20reps")).as("the brief").containsExactly(access);
        assertThat(ids("q=100%25")).isEmpty();
        assertThat(ids("sort=due")).containsExactly(soon, tracking, access);
        assertThat(ids("sort=priority")).containsExactly(soon, tracking, access);
        assertThat(ids("sort=age")).containsExactly(soon, access, tracking);
        assertThat(ids("overdue=true")).isEmpty();
        assertThat(admin.get("/api/requests?sort=sideways").status()).isEqualTo(400);
        assertThat(admin.get("/api/requests?state=maybe").status()).isEqualTo(400);

        var paged = admin.get("/api/requests?per_page=2&page=2");
        assertThat(paged.header("total")).isEqualTo("3");
        assertThat(paged.json().get("requests")).hasSize(1);

        var warned = get(soon);
        assertThat(warned.get("due_soon").asBoolean()).isTrue();
        clock.advance(Duration.ofDays(3));
        assertThat(ids("overdue=true")).containsExactly(soon);
        assertThat(get(soon).get("overdue").asBoolean()).isTrue();
        assertThat(get(soon).get("age_days").asLong()).isEqualTo(3);
    }

    private List<Long> ids(String query) {
        var response = admin.get("/api/requests?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var ids = new ArrayList<Long>();
        response.json().get("requests").forEach(request -> ids.add(request.get("id").asLong()));
        return ids;
    }

    private long file(Map<String, Object> body) {
        return file(admin, body).get("id").asLong();
    }

    @Test
    void the_timeline_tells_every_state_change_comment_assignment_and_link_with_actor_and_time() {
        long spaceId = MarketingSite.create(admin);
        long storyId = admin.post("/api/spaces/" + spaceId + "/stories", Map.of("story", Map.of("name", "Webinar",
                "slug", "webinar", "content", MarketingSite.page("Join us")))).json().at("/story/id").asLong();
        var request = file(admin, filing("Webinar tracking", "it"));
        long id = request.get("id").asLong();
        admin.post("/api/requests/" + id + "/accept", null);
        admin.put("/api/requests/" + id + "/assignee", Map.of("assignee_id", 1));
        admin.post("/api/requests/" + id + "/comments", Map.of("text", "Starting Monday"));
        var change = filing("Webinar tracking", "it");
        change.put("links", List.of(Map.of("kind", "story", "space_id", spaceId, "id", storyId)));
        change.put("version", get(id).get("version").asLong());
        assertThat(admin.put("/api/requests/" + id, change).status()).isEqualTo(200);
        move(admin, id, "in_progress", null, null);

        var events = admin.get("/api/requests/" + id + "/timeline").json().get("events");

        assertThat(events).extracting(event -> event.get("kind").asText())
                .containsExactly("filed", "accepted", "assigned", "commented", "linked", "moved");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.get("actor").asText()).isEqualTo(TestApp.ADMIN_EMAIL);
            assertThat(event.get("created_at").asText()).isNotBlank();
        });
        assertThat(events.get(5).at("/details/from").asText()).isEqualTo("to_do");
        assertThat(events.get(5).at("/details/to").asText()).isEqualTo("in_progress");
        assertThat(admin.get("/api/requests/999999/timeline").status()).isEqualTo(404);
    }

    @Test
    void authors_edit_and_delete_their_own_comments_and_people_watch_and_unwatch() {
        long id = file("Webinar tracking", "it");
        var developer = app.as(Role.DEVELOPER);
        var editor = app.as(Role.EDITOR);
        var commented = developer.post("/api/requests/" + id + "/comments", Map.of("text", "Which CRM field?"));
        assertThat(commented.status()).isEqualTo(201);
        long commentId = commented.json().at("/request/comments/0/id").asLong();
        assertThat(commented.json().at("/request/watchers")).hasSize(2);

        assertThat(editor.put("/api/requests/" + id + "/comments/" + commentId, Map.of("text", "mine now")).status()).isEqualTo(403);
        assertThat(editor.delete("/api/requests/" + id + "/comments/" + commentId).status()).isEqualTo(403);
        assertThat(developer.post("/api/requests/" + id + "/comments", Map.of("text", " ")).status()).isEqualTo(400);
        var edited = developer.put("/api/requests/" + id + "/comments/" + commentId, Map.of("text", "Which CRM field, exactly?"));
        assertThat(edited.json().at("/request/comments/0/text").asText()).isEqualTo("Which CRM field, exactly?");
        assertThat(edited.json().at("/request/comments/0/edited").isBoolean()).isTrue();
        assertThat(developer.delete("/api/requests/" + id + "/comments/" + commentId).status()).isEqualTo(204);
        assertThat(get(id).get("comments")).isEmpty();
        assertThat(developer.delete("/api/requests/" + id + "/comments/" + commentId).status()).isEqualTo(404);

        assertThat(editor.post("/api/requests/" + id + "/watch", null).json().at("/request/watchers")).hasSize(3);
        assertThat(editor.post("/api/requests/" + id + "/watch", null).json().at("/request/watchers")).hasSize(3);
        assertThat(editor.delete("/api/requests/" + id + "/watch").json().at("/request/watchers")).hasSize(2);
    }

    @Test
    void unknown_and_malformed_ids_are_404s_and_400s() {
        assertThat(admin.get("/api/requests/999999").status()).isEqualTo(404);
        assertThat(admin.get("/api/requests/abc").status()).isEqualTo(400);
        assertThat(admin.post("/api/requests/999999/accept", null).status()).isEqualTo(404);
        assertThat(admin.post("/api/requests/999999/comments", Map.of("text", "hi")).status()).isEqualTo(404);
        long id = file("Webinar tracking", "it");
        assertThat(admin.put("/api/requests/" + id + "/assignee", Map.of("assignee_id", 999_999)).status()).isEqualTo(400);
    }
}
