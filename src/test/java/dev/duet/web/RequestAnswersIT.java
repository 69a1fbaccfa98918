package dev.duet.web;

import dev.duet.access.Role;
import dev.duet.testing.OnBothDatabases;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The requests routes answer as openapi.json describes them, refusals included. */
class RequestAnswersIT extends OnBothDatabases {

    @Test
    void the_request_routes_answer_as_documented() {
        var answers = new DocumentedAnswers(new OpenApiDocument(app.anonymous().get("/api/openapi.json").json()));
        var admin = app.admin();
        var due = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        var filing = Map.of("title", "Track webinar sign-ups", "type", "tracking", "to_team", "it",
                "brief", Map.of("problem", "No channel on sign-ups", "objective", "Every sign-up has its channel"),
                "due_date", due, "due_reason", "The webinar opens that day",
                "attachments", List.of(Map.of("label", "Mock-up", "url", "https://example.com/m.png")),
                "links", List.of(Map.of("kind", "goal", "id", 3)));
        var filed = answers.check("POST /api/requests", admin.post("/api/requests", filing)).json();
        answers.check("POST /api/requests", admin.post("/api/requests", Map.of("title", "")));
        answers.check("POST /api/requests", app.as(Role.VIEWER).post("/api/requests", filing));
        long id = filed.at("/request/id").asLong();
        var one = "/api/requests/" + id;
        answers.check("GET /api/requests", admin.get("/api/requests?sort=due&overdue=false"));
        answers.check("GET /api/requests", admin.get("/api/requests?state=nope"));
        answers.check("GET /api/requests/{request_id}", admin.get(one));
        answers.check("GET /api/requests/{request_id}", admin.get("/api/requests/99999"));
        var edit = new java.util.HashMap<String, Object>(filing);
        edit.put("version", 1);
        answers.check("PUT /api/requests/{request_id}", admin.put(one, edit));
        answers.check("PUT /api/requests/{request_id}", admin.put(one, edit));
        edit.remove("version");
        answers.check("PUT /api/requests/{request_id}", admin.put(one, edit));
        answers.check("POST /api/requests/{request_id}/snooze", admin.post(one + "/snooze", Map.of("until", "yesterday")));
        answers.check("POST /api/requests/{request_id}/accept", app.as(Role.EDITOR).post(one + "/accept", null));
        answers.check("POST /api/requests/{request_id}/accept", admin.post(one + "/accept", Map.of("assignee_id", 1)));
        answers.check("POST /api/requests/{request_id}/reject", admin.post(one + "/reject", Map.of("reason", "late")));
        long version = admin.get(one).json().at("/request/version").asLong();
        answers.check("POST /api/requests/{request_id}/move", admin.post(one + "/move", Map.of("state", "blocked", "version", version)));
        answers.check("POST /api/requests/{request_id}/move", admin.post(one + "/move",
                Map.of("state", "blocked", "version", version, "reason", "Waiting for keys")));
        answers.check("POST /api/requests/{request_id}/move", admin.post(one + "/move", Map.of("state", "done", "version", version)));
        answers.check("PUT /api/requests/{request_id}/assignee", admin.put(one + "/assignee", java.util.Collections.singletonMap("assignee_id", null)));
        var commented = answers.check("POST /api/requests/{request_id}/comments", admin.post(one + "/comments", Map.of("text", "Done soon"))).json();
        var comment = one + "/comments/" + commented.at("/request/comments/0/id").asLong();
        answers.check("PUT /api/requests/{request_id}/comments/{comment_id}", admin.put(comment, Map.of("text", "Done today")));
        answers.check("DELETE /api/requests/{request_id}/comments/{comment_id}", admin.delete(comment));
        answers.check("DELETE /api/requests/{request_id}/watch", admin.delete(one + "/watch"));
        answers.check("POST /api/requests/{request_id}/watch", admin.post(one + "/watch", null));
        answers.check("GET /api/requests/board", admin.get("/api/requests/board"));
        answers.check("GET /api/requests/{request_id}/timeline", admin.get(one + "/timeline"));
        long other = answers.check("POST /api/requests", admin.post("/api/requests", filing)).json().at("/request/id").asLong();
        answers.check("POST /api/requests/{request_id}/duplicate", admin.post("/api/requests/" + other + "/duplicate", Map.of("of", id)));
        answers.check("POST /api/requests/{request_id}/reopen", admin.post("/api/requests/" + other + "/reopen", null));
    }
}
