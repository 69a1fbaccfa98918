package dev.duet.web;

import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.Response;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The stack and glossary routes answer as openapi.json describes them, successes and refusals alike. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class StackAnswersIT {

    @Parameter
    TestDatabase database;

    TestApp app;
    DocumentedAnswers answers;
    Client admin;

    @BeforeEach
    void start() {
        app = new TestApp(database);
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
    void the_stack_answers_as_documented() {
        var soon = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();
        var tool = new java.util.HashMap<String, Object>(Map.of("name", "Mailwave", "category", "email", "owner_team", "marketing",
                "cost", "1200", "currency", "EUR", "billing_period", "yearly", "seats_paid", 40, "seats_active", 9,
                "renewal_date", soon, "notice_days", 30));
        var created = documented("POST /api/stack/tools", admin.post("/api/stack/tools", Map.of("tool", tool)));
        documented("POST /api/stack/tools", admin.post("/api/stack/tools", Map.of("tool", tool)));
        documented("POST /api/stack/tools", admin.post("/api/stack/tools", Map.of("tool", Map.of("name", "X"))));
        documented("POST /api/stack/tools", app.as(Role.VIEWER).post("/api/stack/tools", Map.of("tool", tool)));
        long id = created.json().at("/tool/id").asLong();
        var other = documented("POST /api/stack/tools", admin.post("/api/stack/tools", Map.of("tool", Map.of("name", "Sendly",
                "category", "email", "owner_team", "marketing", "cost", "10", "currency", "EUR", "billing_period", "monthly"))));
        long otherId = other.json().at("/tool/id").asLong();
        documented("GET /api/stack/tools", admin.get("/api/stack/tools?category=email"));
        documented("GET /api/stack/tools", admin.get("/api/stack/tools?category=mail"));
        documented("PUT /api/stack/tools/{tool_id}", admin.put("/api/stack/tools/" + id, Map.of("tool", tool)));
        documented("PUT /api/stack/tools/{tool_id}", admin.put("/api/stack/tools/999", Map.of("tool", tool)));
        documented("POST /api/stack/tools/{tool_id}/decisions", admin.post("/api/stack/tools/" + id + "/decisions",
                Map.of("decision", "renegotiate", "rationale", "31 seats unused")));
        documented("POST /api/stack/tools/{tool_id}/decisions", admin.post("/api/stack/tools/" + id + "/decisions", Map.of("decision", "sell")));
        var integration = documented("POST /api/stack/integrations", admin.post("/api/stack/integrations",
                Map.of("integration", Map.of("source_tool_id", otherId, "target_tool_id", id, "flow", "Invitees"))));
        documented("POST /api/stack/integrations", admin.post("/api/stack/integrations",
                Map.of("integration", Map.of("source_tool_id", otherId, "target_tool_id", id, "flow", "Again"))));
        documented("GET /api/stack/integrations", admin.get("/api/stack/integrations"));
        documented("GET /api/stack/tools/{tool_id}", admin.get("/api/stack/tools/" + id));
        documented("GET /api/stack/tools/{tool_id}", admin.get("/api/stack/tools/abc"));
        documented("GET /api/stack/audit", admin.get("/api/stack/audit?within_days=30"));
        documented("GET /api/stack/audit", admin.get("/api/stack/audit?within_days=never"));
        var csv = admin.get("/api/stack/tools.csv").text();
        documented("POST /api/stack/tools/import", admin.send("POST", "/api/stack/tools/import", csv, "text/csv"));
        documented("POST /api/stack/tools/import", admin.post("/api/stack/tools/import", Map.of("csv", "name\nX\n")));
        documented("DELETE /api/stack/integrations/{integration_id}",
                admin.delete("/api/stack/integrations/" + integration.json().at("/integration/id").asLong()));
        documented("DELETE /api/stack/integrations/{integration_id}", admin.delete("/api/stack/integrations/999"));
        documented("DELETE /api/stack/tools/{tool_id}", admin.delete("/api/stack/tools/" + id));
        documented("DELETE /api/stack/tools/{tool_id}", app.as(Role.APPROVER).delete("/api/stack/tools/" + otherId));
        documented("GET /api/stack/tools.csv", app.anonymous().get("/api/stack/tools.csv"));
    }

    @Test
    void the_glossary_answers_as_documented() {
        var guardrail = documented("POST /api/glossary", admin.post("/api/glossary", Map.of("term", Map.of("term", "Guardrail",
                "definition_marketing", "Must not get worse."))));
        long guardrailId = guardrail.json().at("/term/id").asLong();
        var srm = documented("POST /api/glossary", admin.post("/api/glossary", Map.of("term", Map.of("term", "Sample ratio mismatch",
                "aliases", List.of("SRM"), "definition_developer", "Chi-squared", "examples", List.of("5,200 vs 4,600"),
                "owner", "Tom", "related_term_ids", List.of(guardrailId)))));
        long srmId = srm.json().at("/term/id").asLong();
        documented("POST /api/glossary", admin.post("/api/glossary", Map.of("term", Map.of("term", "srm", "definition_marketing", "x"))));
        documented("POST /api/glossary", admin.post("/api/glossary", Map.of("term", Map.of("term", " "))));
        documented("POST /api/glossary", app.as(Role.VIEWER).post("/api/glossary", Map.of("term", Map.of("term", "X"))));
        documented("GET /api/glossary", admin.get("/api/glossary?q=srm"));
        documented("GET /api/glossary/{term_id}", admin.get("/api/glossary/" + srmId));
        documented("GET /api/glossary/{term_id}", admin.get("/api/glossary/999"));
        documented("PUT /api/glossary/{term_id}", admin.put("/api/glossary/" + srmId, Map.of("term", Map.of("term", "SRM",
                "definition_marketing", "Split is off"))));
        documented("PUT /api/glossary/{term_id}", admin.put("/api/glossary/" + srmId, Map.of("term", Map.of("term", "guardrail",
                "definition_marketing", "x"))));
        documented("DELETE /api/glossary/{term_id}", admin.delete("/api/glossary/" + guardrailId));
        documented("DELETE /api/glossary/{term_id}", admin.delete("/api/glossary/" + guardrailId));
    }
}
