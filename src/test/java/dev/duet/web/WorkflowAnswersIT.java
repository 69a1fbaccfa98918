package dev.duet.web;

import dev.duet.access.Role;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.OnBothDatabases;
import dev.duet.testing.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.duet.testing.MarketingSite.page;

/** The workflow routes answer as openapi.json describes them, refusals included. */
class WorkflowAnswersIT extends OnBothDatabases {

    private Response documented(DocumentedAnswers answers, String operation, Response response) {
        return answers.check(operation, response);
    }

    @Test
    void the_workflow_routes_answer_as_documented() {
        var answers = new DocumentedAnswers(new OpenApiDocument(app.anonymous().get("/api/openapi.json").json()));
        var admin = app.admin();
        long spaceId = MarketingSite.create(admin);
        var base = "/api/spaces/" + spaceId;
        long home = admin.post(base + "/stories", Map.of("story", Map.of("name", "Home", "slug", "home", "content", page("Hi"))))
                .json().at("/story/id").asLong();
        var workflow = documented(answers, "GET /api/spaces/{space_id}/workflow", admin.get(base + "/workflow")).json();
        documented(answers, "GET /api/spaces/{space_id}/workflow", admin.get("/api/spaces/999/workflow"));
        long review = workflow.at("/stages/1/id").asLong();
        var stages = List.of(
                Map.of("id", workflow.at("/stages/0/id").asLong(), "name", "Drafting", "is_default", true),
                Map.of("name", "Approved", "approval", true, "allow_publish", true, "after_publish", true));
        admin.post(base + "/stories/" + home + "/stage", Map.of("stage_id", review));
        documented(answers, "PUT /api/spaces/{space_id}/workflow", admin.put(base + "/workflow", Map.of("stages", stages)));
        documented(answers, "PUT /api/spaces/{space_id}/workflow", admin.put(base + "/workflow", Map.of("stages", List.of())));
        documented(answers, "PUT /api/spaces/{space_id}/workflow", app.as(Role.EDITOR).put(base + "/workflow", Map.of("stages", stages)));
        documented(answers, "GET /api/spaces/{space_id}/workflow/stories", admin.get(base + "/workflow/stories?waiting=true"));
        documented(answers, "GET /api/spaces/{space_id}/workflow/stories", admin.get(base + "/workflow/stories?stage_id=x"));
        long approved = admin.get(base + "/workflow").json().at("/stages/1/id").asLong();
        var story = base + "/stories/" + home + "/stage";
        documented(answers, "POST /api/spaces/{space_id}/stories/{story_id}/stage", admin.post(story, Map.of("stage_id", approved)));
        documented(answers, "POST /api/spaces/{space_id}/stories/{story_id}/stage", admin.post(story, Map.of("stage_id", 99999)));
        documented(answers, "POST /api/spaces/{space_id}/stories/{story_id}/stage", admin.post(story, Map.of("stage_id", approved, "version", 9)));
        documented(answers, "POST /api/spaces/{space_id}/stories/{story_id}/stage", admin.post(story, Map.of("stage_id", approved, "assignee_id", 99999)));
        documented(answers, "POST /api/spaces/{space_id}/stories/{story_id}/stage",
                app.as(Role.APPROVER).post(story, Map.of("stage_id", approved, "comment", "fine", "assignee_id", 1)));
        documented(answers, "GET /api/spaces/{space_id}/stories/{story_id}/stage", admin.get(story));
        documented(answers, "GET /api/spaces/{space_id}/stories/{story_id}/stage", admin.get(base + "/stories/99999/stage"));
    }
}
