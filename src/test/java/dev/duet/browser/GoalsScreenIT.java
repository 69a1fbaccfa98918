package dev.duet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Lea sets a quarter's objective, adds a key result fed by a live Duet metric and checks in on a manual one. */
class GoalsScreenIT extends OnDemoSpace {

    private static String thisQuarter() {
        var today = LocalDate.now(ZoneOffset.UTC);
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    private JsonNode objective(long id) {
        return admin.get("/api/goals/objectives/" + id).json().get("objective");
    }

    private void choose(String css, String value) {
        new Select(browser.find(css)).selectByValue(value);
    }

    @Test
    void a_key_result_fed_by_a_live_metric_is_scored_as_soon_as_it_is_added() {
        var created = admin.post("/api/goals/objectives", Map.of("title", "A site that never lets customers down",
                "period", thisQuarter()));
        long objectiveId = created.json().at("/objective/id").asLong();
        signedInAt("admin/spaces/" + spaceId + "/goals");
        browser.findWithText(".objective-title", "A site that never lets customers down");

        browser.click(".objective .add-key-result");
        browser.type("dialog input[name=title]", "Site stays available");
        choose("dialog select.kr-team", "it");
        browser.click("dialog input.driver-operational");
        choose("dialog select.kr-operational-metric", "availability_percent");
        choose("dialog select.kr-type", "percent");
        choose("dialog select.kr-direction", "stay_above");
        browser.type("dialog input.kr-target", "99.5");
        browser.click("dialog button[type=submit]");

        var row = browser.findWithText("tr.key-result", "Site stays available");
        assertThat(row.findElement(By.cssSelector(".team-badge")).getText()).isEqualTo("IT");
        browser.findWithText("tr.key-result .goal-score", "100 %");
        browser.findWithText("tr.key-result .goal-band", "On track");
        browser.findWithText(".objective-progress .goal-score", "100 %");
        var keyResult = objective(objectiveId).get("key_results").get(0);
        assertThat(keyResult.at("/driver/kind").asText()).isEqualTo("operational");
        assertThat(keyResult.at("/driver/metric").asText()).isEqualTo("availability_percent");
        assertThat(keyResult.get("direction").asText()).isEqualTo("stay_above");
        assertThat(keyResult.get("target_value").asDouble()).isEqualTo(99.5);
        assertThat(keyResult.get("score").asDouble()).isEqualTo(1);
        if (System.getenv("DUET_GOALS_SCREENSHOT") != null) browser.screenshot(Path.of(System.getenv("DUET_GOALS_SCREENSHOT")));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_check_in_moves_a_manual_key_result_and_shows_its_band() {
        var created = admin.post("/api/goals/objectives", Map.of("title", "Grow the newsletter", "period", thisQuarter()));
        long objectiveId = created.json().at("/objective/id").asLong();
        admin.post("/api/goals/objectives/" + objectiveId + "/key_results", Map.of("title", "Subscribers",
                "owner_team", "marketing", "type", "number", "start_value", 1000, "target_value", 2000));
        signedInAt("admin/spaces/" + spaceId + "/goals");
        browser.findWithText("tr.key-result .kr-progress", "No score yet");

        browser.click("tr.key-result button.check-in");
        browser.type("dialog input.check-in-value", "1500");
        choose("dialog select[name=confidence]", "high");
        browser.type("dialog textarea[name=comment]", "Webinar week");
        browser.click("dialog button[type=submit]");

        browser.findWithText("tr.key-result .goal-score", "50 %");
        browser.findWithText("tr.key-result .goal-band", "Progressing");
        var keyResult = objective(objectiveId).get("key_results").get(0);
        assertThat(keyResult.get("current_value").asDouble()).isEqualTo(1500);
        assertThat(keyResult.at("/last_check_in/comment").asText()).isEqualTo("Webinar week");
        assertThat(keyResult.at("/last_check_in/confidence").asDouble()).isEqualTo(0.8);
    }
}
