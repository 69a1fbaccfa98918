package dev.duet.collab.glossary;

import dev.duet.access.Role;
import dev.duet.testing.OnBothDatabases;
import dev.duet.testing.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GlossaryIT extends OnBothDatabases {

    static Map<String, Object> term(String term, List<String> aliases, String forMarketers) {
        var body = new HashMap<String, Object>();
        body.put("term", term);
        body.put("aliases", aliases);
        body.put("definition_marketing", forMarketers);
        return body;
    }

    long add(Map<String, Object> term) {
        var response = app.admin().post("/api/glossary", Map.of("term", term));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().at("/term/id").asLong();
    }

    List<String> terms(String query) {
        var names = new ArrayList<String>();
        app.admin().get("/api/glossary" + query).json().get("terms").forEach(term -> names.add(term.get("term").asText()));
        return names;
    }

    static List<String> paths(Response response) {
        var paths = new ArrayList<String>();
        response.json().get("details").forEach(problem -> paths.add(problem.get("path").asText()));
        return paths;
    }

    @Test
    void a_term_is_stored_with_both_definitions_aliases_examples_owner_and_related_terms() {
        long guardrail = add(term("Guardrail", List.of(), "A number that must not get worse while we test."));
        var body = new HashMap<>(term(" Sample ratio mismatch ", List.of("SRM"), "The visitor split is off; do not trust the result yet."));
        body.put("definition_developer", "Chi-squared test rejects the configured allocation at p < 0.001.");
        body.put("examples", List.of("5,200 vs 4,600 visitors in a 50/50 test"));
        body.put("owner", "Tom");
        body.put("related_term_ids", List.of(guardrail));

        var created = app.admin().post("/api/glossary", Map.of("term", body));

        assertThat(created.status()).isEqualTo(201);
        var term = app.admin().get("/api/glossary/" + created.json().at("/term/id").asLong()).json().get("term");
        assertThat(term.get("term").asText()).isEqualTo("Sample ratio mismatch");
        assertThat(term.get("aliases").toString()).isEqualTo("[\"SRM\"]");
        assertThat(term.get("definition_developer").asText()).startsWith("Chi-squared");
        assertThat(term.get("examples").toString()).contains("5,200");
        assertThat(term.get("owner").asText()).isEqualTo("Tom");
        assertThat(term.get("related").toString()).isEqualTo("[{\"id\":" + guardrail + ",\"term\":\"Guardrail\"}]");
        assertThat(term.get("updated_at").asText()).isNotBlank();
    }

    @Test
    void a_name_already_used_by_another_term_or_alias_is_a_conflict_naming_that_term_and_nothing_changes() {
        long srm = add(term("Sample ratio mismatch", List.of("SRM"), "Split is off."));
        long release = add(term("Release", List.of(), "A bundle of changes."));

        var aliasClash = app.admin().post("/api/glossary", Map.of("term", term("srm", List.of(), "Something else")));
        var termClash = app.admin().post("/api/glossary", Map.of("term", term("Deploy", List.of("RELEASE"), "Ship it")));
        var editClash = app.admin().put("/api/glossary/" + release, Map.of("term", term("Release", List.of("Srm"), "A bundle")));

        assertThat(aliasClash.status()).isEqualTo(409);
        assertThat(aliasClash.json().get("error").asText()).contains("Sample ratio mismatch");
        assertThat(aliasClash.json().at("/details/0/term_id").asLong()).isEqualTo(srm);
        assertThat(termClash.status()).isEqualTo(409);
        assertThat(termClash.json().at("/details/0/path").asText()).isEqualTo("term.aliases[0]");
        assertThat(editClash.status()).isEqualTo(409);
        assertThat(terms("")).containsExactly("Release", "Sample ratio mismatch");
        assertThat(app.admin().get("/api/glossary/" + release).json().at("/term/aliases")).isEmpty();
        assertThat(app.admin().put("/api/glossary/" + srm, Map.of("term", term("SRM check", List.of("srm"), "Split is off."))).status())
                .as("a term may keep its own names").isEqualTo(200);
    }

    @Test
    void a_term_breaking_the_rules_is_refused_naming_every_field_and_nothing_is_stored() {
        var body = new HashMap<String, Object>();
        body.put("term", " ");
        body.put("aliases", List.of("CV", "cv", ""));
        body.put("examples", List.of("x".repeat(501)));
        body.put("related_term_ids", List.of(999));

        var response = app.admin().post("/api/glossary", Map.of("term", body));

        assertThat(response.status()).isEqualTo(400);
        assertThat(paths(response)).containsExactlyInAnyOrder("term.term", "term.aliases[1]", "term.aliases[2]",
                "term.definition_marketing", "term.examples[0]");
        var unknownRelated = app.admin().post("/api/glossary", Map.of("term", Map.of("term", "Coverage",
                "definition_developer", "Share of strings translated", "related_term_ids", List.of(999))));
        assertThat(paths(unknownRelated)).containsExactly("term.related_term_ids[0]");
        assertThat(app.admin().post("/api/glossary", Map.of("term", "Coverage")).status()).isEqualTo(400);
        assertThat(app.admin().post("/api/glossary", Map.of()).status()).isEqualTo(400);
        assertThat(terms("")).isEmpty();
    }

    @Test
    void search_ranks_the_exact_term_first_then_aliases_names_and_definitions() {
        add(term("Workflow stage", List.of(), "Where a story is on its way to a release."));
        add(term("Release train", List.of("RT"), "Releases on a fixed rhythm."));
        add(term("Release", List.of(), "A bundle of story versions published at once."));
        add(term("Cache version", List.of("cv"), "A number that changes on every publish."));
        add(term("Guardrail", List.of(), "A metric that must not get worse."));

        assertThat(terms("?q=release")).containsExactly("Release", "Release train", "Workflow stage");
        assertThat(terms("?q=CV")).containsExactly("Cache version");
        assertThat(terms("?q=rt")).first().isEqualTo("Release train");
        assertThat(terms("?q=nothing-like-it")).isEmpty();
        assertThat(terms("")).containsExactly("Cache version", "Guardrail", "Release", "Release train", "Workflow stage");
    }

    @Test
    void viewers_read_the_glossary_but_only_writers_change_it_and_approvers_are_writers() {
        long id = add(term("Release", List.of(), "A bundle."));
        var viewer = app.as(Role.VIEWER);

        assertThat(viewer.get("/api/glossary").status()).isEqualTo(200);
        assertThat(viewer.get("/api/glossary/" + id).status()).isEqualTo(200);
        assertThat(viewer.post("/api/glossary", Map.of("term", term("SRM", List.of(), "x"))).status()).isEqualTo(403);
        assertThat(viewer.put("/api/glossary/" + id, Map.of("term", term("Renamed", List.of(), "x"))).status()).isEqualTo(403);
        assertThat(viewer.delete("/api/glossary/" + id).status()).isEqualTo(403);
        assertThat(terms("")).containsExactly("Release");
        assertThat(app.anonymous().get("/api/glossary").status()).isEqualTo(401);

        for (var role : List.of(Role.APPROVER, Role.EDITOR, Role.DEVELOPER)) {
            var writer = app.as(role);
            assertThat(writer.post("/api/glossary", Map.of("term", term("Term of " + role.id(), List.of(), "x"))).status()).isEqualTo(201);
        }
    }

    @Test
    void a_term_is_changed_as_a_whole_removed_and_unknown_terms_are_not_found() {
        long guardrail = add(term("Guardrail", List.of("Guard metric"), "Must not get worse."));
        var body = new HashMap<>(term("SRM", List.of(), "Split is off."));
        body.put("related_term_ids", List.of(guardrail));
        long srm = add(body);

        var changed = app.admin().put("/api/glossary/" + guardrail, Map.of("term", term("Guardrail metric", List.of(), "Must not get worse.")));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().at("/term/aliases")).isEmpty();
        assertThat(terms("?q=guard%20metric")).isEmpty();
        assertThat(app.admin().put("/api/glossary/" + srm, Map.of("term", Map.of("term", "SRM", "definition_marketing", "x",
                "related_term_ids", List.of(srm)))).status()).as("not related to itself").isEqualTo(400);

        assertThat(app.admin().delete("/api/glossary/" + guardrail).status()).isEqualTo(204);
        assertThat(app.admin().get("/api/glossary/" + srm).json().at("/term/related")).isEmpty();
        assertThat(app.admin().get("/api/glossary/" + guardrail).status()).isEqualTo(404);
        assertThat(app.admin().put("/api/glossary/" + guardrail, Map.of("term", term("X", List.of(), "x"))).status()).isEqualTo(404);
        assertThat(app.admin().delete("/api/glossary/" + guardrail).status()).isEqualTo(404);
        assertThat(app.admin().get("/api/glossary/abc").status()).isEqualTo(400);
    }
}
