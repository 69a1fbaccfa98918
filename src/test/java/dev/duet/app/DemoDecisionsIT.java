package dev.duet.app;

import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDecisionsIT {

    @Test
    void the_demo_shows_a_closed_email_tool_vote_decided_in_round_two_and_an_open_vote_with_secret_ballots() {
        try (var app = new TestApp(TestDatabase.SQLITE)) {
            DemoDecisions.create(app.wiring.decisions, app.wiring.users, TestApp.ADMIN_EMAIL, TestApp.PASSWORD);
            var admin = app.admin();

            var decisions = admin.get("/api/decisions").json().get("decisions");
            assertThat(decisions).hasSize(2);
            var email = decisions.get(1);
            assertThat(email.get("title").asText()).isEqualTo("Which email tool do we keep?");
            assertThat(email.get("status").asText()).isEqualTo("closed");
            assertThat(email.get("teams_missing")).isEmpty();
            var count = admin.get("/api/decisions/" + email.get("id").asLong() + "/result").json().at("/result/tabulation");
            assertThat(count.get("winning_round").asInt()).isEqualTo(2);
            assertThat(count.get("winner").asLong()).isEqualTo(email.at("/options/0/id").asLong());
            var open = decisions.get(0);
            assertThat(open.get("status").asText()).isEqualTo("open");
            assertThat(open.at("/turnout/voted").asInt()).isEqualTo(2);
            assertThat(admin.get("/api/decisions/" + open.get("id").asLong() + "/result").status()).isEqualTo(409);
        }
    }
}
