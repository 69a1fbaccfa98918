package dev.duet.collab.decisions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.OnBothDatabases;
import dev.duet.testing.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionsIT extends OnBothDatabases {

    private Client manager;
    private Client lea;
    private Client tom;
    private Client outsider;
    private long leaId;
    private long tomId;

    @BeforeEach
    void people() {
        manager = app.as(Role.EDITOR);
        leaId = person("lea@acme.test", "Lea", Role.APPROVER);
        tomId = person("tom@acme.test", "Tom", Role.DEVELOPER);
        lea = app.anonymous().login("lea@acme.test", TestApp.PASSWORD);
        tom = app.anonymous().login("tom@acme.test", TestApp.PASSWORD);
        outsider = app.as(Role.DEVELOPER);
    }

    @Test
    void a_decision_goes_from_draft_to_open_to_closed_and_shows_its_rounds() {
        var created = manager.post("/api/decisions", body("Which email tool do we keep?", List.of(leaId, tomId), null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var decision = created.json().get("decision");
        assertThat(decision.get("status").asText()).isEqualTo("draft");
        assertThat(decision.get("tie_break").toString()).isEqualTo("[\"previous_rounds\",\"random\"]");
        assertThat(decision.get("teams_missing").size()).isZero();
        assertThat(decision.at("/voters/0/teams").toString()).isEqualTo("[\"marketing\"]");
        long id = decision.get("id").asLong();
        var options = optionIds(decision);

        var opened = manager.post("/api/decisions/" + id + "/open", null);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.json().at("/decision/status").asText()).isEqualTo("open");
        assertThat(opened.json().at("/decision/seed").isNumber()).isTrue();

        assertThat(lea.put(path(id) + "/ballot", Map.of("ranking", List.of(options.get(0), options.get(1)))).status()).isEqualTo(200);
        assertThat(tom.put(path(id) + "/ballot", Map.of("rankings", List.of(List.of(options.get(1)), List.of(), List.of(options.get(0)))))
                .status()).isEqualTo(200);
        var revote = tom.put(path(id) + "/ballot", Map.of("ranking", List.of(options.get(0))));
        assertThat(revote.json().at("/ballot/rankings").toString()).isEqualTo("[[" + options.get(0) + "]]");
        assertThat(tom.get(path(id) + "/ballot").json().at("/ballot/rankings").toString()).isEqualTo("[[" + options.get(0) + "]]");
        var read = manager.get(path(id)).json().get("decision");
        assertThat(read.at("/turnout/voters").asInt()).isEqualTo(2);
        assertThat(read.at("/turnout/voted").asInt()).isEqualTo(2);

        var closed = manager.post(path(id) + "/close", null);
        assertThat(closed.json().at("/decision/status").asText()).isEqualTo("closed");
        var result = app.as(Role.VIEWER).get(path(id) + "/result");
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        var tabulation = result.json().at("/result/tabulation");
        assertThat(tabulation.get("winner").asLong()).isEqualTo(options.get(0));
        assertThat(tabulation.get("winning_round").asInt()).isEqualTo(1);
        assertThat(tabulation.at("/rounds/0/threshold").asInt()).isEqualTo(2);
        assertThat(tabulation.at("/rounds/0/tallies/0/votes").asInt()).isEqualTo(2);
        assertThat(tabulation.at("/rounds/0/exhausted/total").asInt()).isZero();
        assertThat(result.json().at("/result/turnout/voted").asInt()).isEqualTo(2);
        var ballots = manager.get(path(id) + "/ballots").json().get("ballots");
        assertThat(ballots).hasSize(2);
        assertThat(ballots.toString()).doesNotContain("tom@acme.test", "lea@acme.test", "user_id");
    }

    @Test
    void a_decision_without_a_voter_from_one_team_says_so() {
        var created = manager.post("/api/decisions", body("Pick a CDN", List.of(tomId), null));

        assertThat(created.json().at("/decision/teams_missing").toString()).isEqualTo("[\"marketing\"]");
    }

    @Test
    void only_people_who_manage_decisions_may_create_open_and_close_them() {
        long id = created(List.of(leaId, tomId));
        for (var role : List.of(Role.APPROVER, Role.VIEWER)) {
            var client = app.as(role);
            assertThat(client.post("/api/decisions", body("Sneaky", List.of(leaId), null)).status()).as(role.id()).isEqualTo(403);
            assertThat(client.post(path(id) + "/open", null).status()).as(role.id()).isEqualTo(403);
            assertThat(client.put(path(id), body("Renamed", List.of(leaId), null)).status()).as(role.id()).isEqualTo(403);
        }
        assertThat(lea.post(path(id) + "/open", null).status()).as("an approver voter").isEqualTo(403);
        assertThat(manager.get(path(id)).json().at("/decision/status").asText()).isEqualTo("draft");
        assertThat(manager.get("/api/decisions").json().get("decisions")).hasSize(1);

        manager.post(path(id) + "/open", null);
        assertThat(app.as(Role.VIEWER).post(path(id) + "/close", null).status()).isEqualTo(403);
        assertThat(app.admin().post(path(id) + "/close", null).status()).isEqualTo(200);
    }

    @Test
    void only_invited_voters_may_vote_and_only_while_the_vote_is_open() {
        long id = created(List.of(leaId, tomId));
        long option = optionIds(manager.get(path(id)).json().get("decision")).getFirst();
        var ballot = Map.of("ranking", List.of(option));

        var early = lea.put(path(id) + "/ballot", ballot);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("error").asText()).contains("draft");
        manager.post(path(id) + "/open", null);
        var stranger = outsider.put(path(id) + "/ballot", ballot);
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.json().get("error").asText()).contains("not a voter");
        assertThat(manager.put(path(id) + "/ballot", ballot).status()).as("a manager who is not invited").isEqualTo(403);
        assertThat(manager.get(path(id)).json().at("/decision/turnout/voted").asInt()).isZero();

        manager.post(path(id) + "/close", null);
        var late = lea.put(path(id) + "/ballot", ballot);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("error").asText()).contains("closed");
    }

    @Test
    void ballots_and_tallies_stay_secret_until_the_vote_closes() {
        long id = created(List.of(leaId, tomId));
        long option = optionIds(manager.get(path(id)).json().get("decision")).getFirst();
        manager.post(path(id) + "/open", null);
        lea.put(path(id) + "/ballot", Map.of("ranking", List.of(option)));

        for (var reader : List.of(tom, manager, app.admin())) {
            var result = reader.get(path(id) + "/result");
            assertThat(result.status()).isEqualTo(409);
            assertThat(result.json().get("error").asText()).contains("sealed until the vote closes");
            assertThat(reader.get(path(id) + "/ballots").status()).isEqualTo(409);
            assertThat(reader.get(path(id)).text()).doesNotContain("rankings", "tallies");
        }
        assertThat(tom.get(path(id) + "/ballot").json().get("ballot").isNull()).as("tom has not voted: nothing of lea's shows").isTrue();
        assertThat(manager.get(path(id) + "/ballot").json().get("ballot").isNull()).isTrue();
        var voters = manager.get(path(id)).json().at("/decision/voters");
        assertThat(voters.toString()).contains("\"has_voted\":true", "\"has_voted\":false");
    }

    @Test
    void bad_ballots_are_refused_naming_the_problem_and_change_nothing() {
        long id = created(List.of(leaId, tomId));
        var options = optionIds(manager.get(path(id)).json().get("decision"));
        manager.post(path(id) + "/open", null);
        lea.put(path(id) + "/ballot", Map.of("ranking", List.of(options.get(0))));

        var unknown = lea.put(path(id) + "/ballot", Map.of("rankings", List.of(List.of(options.get(1)), List.of(987654))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error").asText()).contains("rankings[1][0]", "no option 987654");
        var empty = lea.put(path(id) + "/ballot", Map.of("rankings", List.of(List.of(), List.of())));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("error").asText()).contains("rank at least one option");
        var malformed = lea.put(path(id) + "/ballot", Map.of("rankings", "first"));
        assertThat(malformed.status()).isEqualTo(400);
        var both = lea.put(path(id) + "/ballot", Map.of("ranking", List.of(options.get(1)), "rankings", List.of(List.of(options.get(1)))));
        assertThat(both.status()).isEqualTo(400);

        assertThat(lea.get(path(id) + "/ballot").json().at("/ballot/rankings").toString()).isEqualTo("[[" + options.get(0) + "]]");
    }

    @Test
    void options_voters_and_rules_cannot_change_once_voting_opens() {
        long id = created(List.of(leaId, tomId));
        assertThat(manager.put(path(id), body("Which email tool?", List.of(leaId, tomId), List.of("fixed_order"))).status()).isEqualTo(200);
        manager.post(path(id) + "/open", null);

        var change = manager.put(path(id), body("Which email tool?", List.of(leaId), List.of("random")));
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.json().get("error").asText()).contains("fixed once voting opens");
        assertThat(manager.post(path(id) + "/open", null).status()).isEqualTo(409);
        var decision = manager.get(path(id)).json().get("decision");
        assertThat(decision.get("tie_break").toString()).isEqualTo("[\"fixed_order\"]");
        assertThat(decision.get("voters")).hasSize(2);
    }

    @Test
    void bad_drafts_are_refused_with_every_problem_and_nothing_is_created() {
        var input = new HashMap<String, Object>();
        input.put("title", " ");
        input.put("question", "Which?");
        input.put("options", List.of(Map.of("label", "Brevo"), Map.of("label", "brevo")));
        input.put("voter_ids", List.of(leaId, 987654));
        input.put("tie_break", List.of("previous_rounds", "coin_toss"));

        var response = manager.post("/api/decisions", Map.of("decision", input));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("details").toString()).contains("title", "options[1].label", "voter_ids[1]",
                "no person with id 987654", "tie_break[1]", "must end with random or fixed_order");
        assertThat(manager.get("/api/decisions").json().get("decisions")).isEmpty();
        var noDecision = manager.post("/api/decisions", Map.of("title", "flat"));
        assertThat(noDecision.status()).isEqualTo(400);
        assertThat(noDecision.json().get("error").asText()).contains("decision");
    }

    @Test
    void unknown_decisions_are_404_and_malformed_ids_400() {
        assertThat(manager.get("/api/decisions/987654").status()).isEqualTo(404);
        assertThat(manager.post("/api/decisions/987654/open", null).status()).isEqualTo(404);
        assertThat(lea.put("/api/decisions/987654/ballot", Map.of("ranking", List.of(1))).status()).isEqualTo(404);
        assertThat(manager.get("/api/decisions/987654/result").status()).isEqualTo(404);
        assertThat(manager.get("/api/decisions/first").status()).isEqualTo(400);
    }

    @Test
    void a_vote_past_its_closing_time_reads_as_closed_and_refuses_ballots() {
        var input = input("Quick poll", List.of(leaId, tomId), null);
        input.put("closes_at", "2001-01-01T00:00:00Z");
        input.put("opens_at", "2000-01-01T00:00:00Z");
        long id = manager.post("/api/decisions", Map.of("decision", input)).json().at("/decision/id").asLong();
        manager.post(path(id) + "/open", null);

        var decision = manager.get(path(id)).json().get("decision");
        assertThat(decision.get("status").asText()).isEqualTo("closed");
        assertThat(decision.get("closed_at").asText()).startsWith("2001-01-01");
        assertThat(lea.put(path(id) + "/ballot", Map.of("ranking", List.of(optionIds(decision).getFirst()))).status()).isEqualTo(409);
        var result = manager.get(path(id) + "/result");
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().at("/result/tabulation/winner").isNull()).isTrue();
    }

    @Test
    void a_draft_is_deleted_and_then_gone() {
        long kept = created(List.of(leaId, tomId));
        long id = created(List.of(leaId, tomId));

        var deleted = manager.delete(path(id));

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(manager.get(path(id)).status()).isEqualTo(404);
        assertThat(manager.delete(path(id)).status()).isEqualTo(404);
        assertThat(manager.get("/api/decisions").json().get("decisions")).extracting(d -> d.get("id").asLong())
                .containsExactly(kept);
    }

    @Test
    void an_open_vote_cannot_be_deleted_until_it_is_closed_and_then_goes_with_its_ballots() {
        long id = created(List.of(leaId, tomId));
        manager.post(path(id) + "/open", null);
        long option = optionIds(manager.get(path(id)).json().get("decision")).getFirst();
        assertThat(lea.put(path(id) + "/ballot", Map.of("ranking", List.of(option))).status()).isEqualTo(200);

        var refused = manager.delete(path(id));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asText()).contains("close the vote first");
        var still = manager.get(path(id)).json().get("decision");
        assertThat(still.get("status").asText()).isEqualTo("open");
        assertThat(still.at("/turnout/voted").asInt()).isEqualTo(1);
        assertThat(lea.get(path(id) + "/ballot").json().at("/ballot/rankings").toString()).isEqualTo("[[" + option + "]]");

        manager.post(path(id) + "/close", null);
        assertThat(manager.delete(path(id)).status()).isEqualTo(204);
        assertThat(manager.get(path(id)).status()).isEqualTo(404);
        assertThat(manager.get(path(id) + "/ballots").status()).isEqualTo(404);
        assertThat(lea.get(path(id) + "/ballot").status()).isEqualTo(404);
    }

    @Test
    void only_people_who_manage_decisions_may_delete_them_and_unknown_ids_are_404() {
        long id = created(List.of(leaId, tomId));

        for (var role : List.of(Role.VIEWER, Role.APPROVER)) {
            assertThat(app.as(role).delete(path(id)).status()).as(role.id()).isEqualTo(403);
        }
        assertThat(lea.delete(path(id)).status()).as("an invited voter").isEqualTo(403);
        assertThat(manager.get(path(id)).json().at("/decision/status").asText()).isEqualTo("draft");
        assertThat(manager.delete("/api/decisions/987654").status()).isEqualTo(404);
        assertThat(manager.delete("/api/decisions/first").status()).isEqualTo(400);
        assertThat(manager.get("/api/decisions").json().get("decisions")).hasSize(1);
    }

    private long person(String email, String name, Role role) {
        return app.wiring.users.create(email, name, role, TestApp.PASSWORD).id();
    }

    private long created(List<Long> voters) {
        var response = manager.post("/api/decisions", body("Which email tool do we keep?", voters, null));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().at("/decision/id").asLong();
    }

    private static String path(long id) {
        return "/api/decisions/" + id;
    }

    private static Map<String, Object> body(String title, List<Long> voters, List<String> tieBreak) {
        return Map.of("decision", input(title, voters, tieBreak));
    }

    private static Map<String, Object> input(String title, List<Long> voters, List<String> tieBreak) {
        var input = new HashMap<String, Object>();
        input.put("title", title);
        input.put("question", "Rank the tools you want to keep.");
        input.put("context", "Three tools overlap in email.");
        input.put("options", List.of(Map.of("label", "Brevo", "description", "cheapest"),
                Map.of("label", "Mailchimp"), Map.of("label", "HubSpot Email", "stack_tool_id", 7)));
        input.put("voter_ids", voters);
        if (tieBreak != null) input.put("tie_break", tieBreak);
        return input;
    }

    private static List<Long> optionIds(JsonNode decision) {
        var ids = new ArrayList<Long>();
        decision.get("options").forEach(option -> ids.add(option.get("id").asLong()));
        return ids;
    }

}
