package dev.duet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.access.Role;
import dev.duet.analytics.Event;
import dev.duet.analytics.EventType;
import dev.duet.testing.TestApp;
import dev.duet.web.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Experiments screen and a test's results in real Chromium: the home page's hero runs as an experiment, visitors'
 * exposures and sign-ups are stored through the event log, and the marketer reads the results and ships the winner
 * (or stops the test); a viewer reads the same results without the buttons.
 */
class ExperimentResultsScreenIT extends OnDemoSpace {

    private static final String KEY = "home-hero";
    private static final String VARIANT_HEADLINE = "Infrastructure your team trusts, in minutes";

    private long homeId;
    private String heroUid;
    private String variantUid;

    @BeforeEach
    void theHeroRunsAsAnExperimentWithVisitors() {
        for (var story : admin.get("/api/spaces/" + spaceId + "/stories?search=home&per_page=100").json().get("stories")) {
            if (story.get("full_slug").asText().equals("home")) homeId = story.get("id").asLong();
        }
        var story = story();
        var content = (ObjectNode) story.get("content").deepCopy();
        var body = (ArrayNode) content.get("body");
        var hero = (ObjectNode) body.get(0);
        heroUid = hero.get("_uid").asText();
        var variant = hero.deepCopy();
        variantUid = "variant-b-of-the-hero";
        variant.put("_uid", variantUid).put("headline", VARIANT_HEADLINE);
        var experiment = Json.mapper().createObjectNode()
                .put("component", "duet_experiment").put("_uid", "hero-experiment").put("key", KEY).put("status", "running");
        experiment.putArray("variants").add(hero).add(variant);
        experiment.putArray("variant_names").add("Control").add("Shorter headline");
        experiment.putArray("goals").addObject().put("type", "conversion").put("event", "signup").put("name", "Sign-ups");
        experiment.putArray("guardrails").addObject().put("type", "custom").put("event", "refund").put("aggregation", "sum").put("name", "Refunds")
                .put("lower_is_better", true);
        experiment.put("planned_units", 2000);
        body.set(0, experiment);
        var saved = admin.put("/api/spaces/" + spaceId + "/stories/" + homeId, Map.of(
                "story", Map.of("name", story.get("name").asText(), "slug", story.get("slug").asText(), "content", content),
                "version", story.get("version").asLong()));
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        var published = admin.post("/api/spaces/" + spaceId + "/stories/" + homeId + "/publish",
                Map.of("version", saved.json().at("/story/version").asLong()));
        assertThat(published.status()).as(published.text()).isEqualTo(200);

        // 1,000 visitors per variant; 100 sign-ups under the control, 160 under the shorter headline; 10 refunds of 20 each
        var exposed = Instant.now().minusSeconds(3600);
        var exposures = new ArrayList<Event>();
        var signups = new ArrayList<Event>();
        for (int variation = 0; variation < 2; variation++) {
            for (int i = 0; i < 1000; i++) {
                var visitor = "visitor-" + variation + "-" + i;
                // four in ten on mobile, the rest on desktop, for the breakdown by device
                exposures.add(new Event(spaceId, EventType.EXPOSURE, null, visitor, exposed, homeId, null, KEY, variation,
                        null, null, null, null, i < 400 ? "mobile" : "desktop"));
                if (i < (variation == 0 ? 100 : 160)) signups.add(event(EventType.CONVERSION, "signup", visitor, exposed.plusSeconds(60), null));
                if (i < 10) signups.add(new Event(spaceId, EventType.CUSTOM, "refund", visitor, exposed.plusSeconds(90), homeId, null, null, null,
                        20.0, null, null, null, null));
            }
        }
        app.wiring.eventLog.append(exposures);
        app.wiring.eventLog.append(signups);
    }

    @Test
    void a_marketer_reads_the_results_and_ships_the_winner_as_a_new_version_of_the_page() {
        signedInAt("admin/spaces/" + spaceId + "/experiments");

        // the list names the test, its page, its status and its visitors
        var row = "table.experiments tr[data-key='" + KEY + "']";
        browser.findWithText(row, "Home");
        assertThat(browser.find(row + " .experiment-status").getText()).isEqualTo("Running");
        assertThat(browser.find(row + " .experiment-live-status").getText()).isEqualTo("Running");
        assertThat(browser.find(row + " .experiment-units").getText()).contains("2,000");
        new Select(browser.find("select.experiment-filter")).selectByValue("stopped");
        browser.find(".experiments-empty");
        new Select(browser.find("select.experiment-filter")).selectByValue("running");
        browser.find(row);

        // the results: visitors per variant, the goal's conversions and lift with its interval, the decision
        browser.click(row + " a.experiment-open");
        browser.findWithText("h1.experiment-title", KEY);
        assertThat(browser.path()).isEqualTo("/admin/spaces/" + spaceId + "/experiments?experiment=" + KEY);
        assertThat(browser.find(".experiment-total").getText()).contains("2,000").contains("2,000 planned");
        var goal = "article.metric-result.goal";
        assertThat(browser.find(goal + " h3").getText()).isEqualTo("Sign-ups");
        assertThat(browser.find(goal + " tr[data-variation='0'] .total").getText()).isEqualTo("100");
        assertThat(browser.find(goal + " tr[data-variation='1'] .total").getText()).isEqualTo("160");
        assertThat(browser.find(goal + " tr[data-variation='1'] .lift-number").getText()).isEqualTo("+60.0%");
        assertThat(browser.find(goal + " tr[data-variation='1'] svg.lift-bar").getAttribute("aria-label")).startsWith("Lift +60.0%, likely between +");
        assertThat(browser.all(goal + " tr[data-variation='1'] svg.lift-better")).hasSize(1);
        assertThat(browser.find(goal + " tr[data-variation='1'] .chance").getText()).matches("\\d+(\\.\\d)?%");
        assertThat(browser.find(".experiment-decision").getAttribute("data-action")).isEqualTo("ship");
        assertThat(browser.find(".experiment-decision").getText()).contains("Shorter headline");
        assertThat(browser.all(".experiment-srm")).isEmpty();
        var guardrail = "article.metric-result.guardrail";
        assertThat(browser.find(guardrail + " h3").getText()).isEqualTo("Refunds lower is better");
        assertThat(browser.find(guardrail + " thead").getText()).contains("Total").contains("Per visitor");
        assertThat(browser.find(guardrail + " tr[data-variation='1'] .total").getText()).isEqualTo("200");
        new Select(browser.find("select.engine")).selectByValue("frequentist");
        browser.findWithText(goal + " thead th", "p-value");
        assertThat(browser.find(goal + " tr[data-variation='1'] .chance").getText()).isNotBlank().doesNotContain("%");

        // by audience: the first goal per device, the largest slice first, with each slice's lift
        new Select(browser.find("select.breakdown-dimension")).selectByValue("device");
        var desktop = ".breakdown-table tr[data-value='desktop']";
        browser.find(desktop);
        assertThat(browser.all(".breakdown-table tbody tr")).hasSize(2);
        assertThat(browser.find(".breakdown-table tbody tr").getAttribute("data-value")).isEqualTo("desktop");
        assertThat(browser.find(desktop + " .units").getText()).isEqualTo("1,200");
        assertThat(browser.find(".breakdown-table tr[data-value='mobile'] .units").getText()).isEqualTo("800");
        assertThat(browser.find(".breakdown-table tr[data-value='mobile'] .lift").getText()).startsWith("+").contains("p = ");

        // a correction for testing several slices (and goals) at once: adjusted p-values in both tables
        new Select(browser.find("select.correction")).selectByValue("holm");
        browser.findWithText(goal + " thead th", "p-value (adjusted)");
        browser.findWithText(".breakdown-table tr[data-value='mobile'] .lift", "adjusted p = ");
        assertThat(browser.find(".experiment-breakdown").getText()).contains("one family");

        // the method is kept in the address: the same link opened again shows the same numbers
        var corrected = "admin/spaces/" + spaceId + "/experiments?experiment=" + KEY + "&engine=frequentist&correction=holm";
        assertThat(browser.path()).isEqualTo("/" + corrected);
        browser.open(corrected);
        browser.findWithText(goal + " thead th", "p-value (adjusted)");
        assertThat(new Select(browser.find("select.correction")).getFirstSelectedOption().getAttribute("value")).isEqualTo("holm");
        assertThat(new Select(browser.find("select.engine")).getFirstSelectedOption().getAttribute("value")).isEqualTo("frequentist");
        assertThat(browser.all(".method-planned")).as("the test plans the Bayesian engine").isEmpty();
        new Select(browser.find("select.engine")).selectByValue("bayesian");
        browser.findWithText(goal + " thead th", "Chance to win");
        assertThat(browser.all("select.correction")).isEmpty();
        browser.find(".method-planned");

        // a cautious prior tempers the lift the data alone show
        new Select(browser.find("select.prior")).selectByValue("0.3");
        browser.waitUntil(driver -> !browser.find(goal + " tr[data-variation='1'] .lift-number").getText().equals("+60.0%"));
        assertThat(browser.find(goal + " tr[data-variation='1'] .lift-number").getText()).startsWith("+");
        var before = story().get("version").asLong();

        // Ship the winner offers the suggested variant, makes a new version, then offers to open the page
        browser.click("button.ship-winner");
        assertThat(new Select(browser.find("dialog select.ship-variation")).getFirstSelectedOption().getText()).isEqualTo("Shorter headline");
        browser.click("dialog button[type=submit]");
        browser.findWithText("dialog h2", "Open the page?");
        browser.click("dialog button[type=submit]");
        browser.find("duet-story-editor .story-content duet-blok-form");
        assertThat(browser.path()).isEqualTo("/admin/spaces/" + spaceId + "/stories/" + homeId);

        var story = story();
        assertThat(story.get("version").asLong()).isGreaterThan(before);
        var first = story.at("/content/body/0");
        assertThat(first.get("component").asText()).isEqualTo("hero");
        assertThat(first.get("_uid").asText()).isEqualTo(variantUid);
        assertThat(first.get("headline").asText()).isEqualTo(VARIANT_HEADLINE);
        assertThat(story.get("content").toString()).doesNotContain("duet_experiment");

        // the results stay readable while the site still runs the test, with nothing left to ship or stop in the draft
        browser.open("admin/spaces/" + spaceId + "/experiments?experiment=" + KEY);
        browser.findWithText("h1.experiment-title", KEY);
        assertThat(browser.find("header .experiment-status").getText()).isEqualTo("ended");
        assertThat(browser.all("button.ship-winner, button.stop-test")).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_sample_ratio_mismatch_is_flagged_a_marketer_stops_the_test_and_a_viewer_reads_the_results_without_any_button() {
        // 300 more visitors counted under the shorter headline only: the split no longer matches 50/50
        var extra = new ArrayList<Event>();
        for (int i = 0; i < 300; i++) extra.add(event(EventType.EXPOSURE, null, "extra-" + i, Instant.now().minusSeconds(600), 1));
        app.wiring.eventLog.append(extra);

        signedInAt("admin/spaces/" + spaceId + "/experiments?experiment=" + KEY);
        browser.findWithText("h1.experiment-title", KEY);
        assertThat(browser.find(".experiment-srm").getText()).contains("Sample ratio mismatch");
        assertThat(browser.find(".experiment-decision").getAttribute("data-action")).isEqualTo("stop");
        browser.click("button.stop-test");
        browser.click("dialog button[type=submit]");
        browser.findWithText(".toast", "Test stopped");
        browser.waitUntil(driver -> browser.all("button.stop-test").isEmpty() ? true : null);
        assertThat(experimentInDraft().get("status").asText()).isEqualTo("stopped");
        assertThat(experimentInDraft().at("/variants/1/_uid").asText()).isEqualTo(variantUid);

        app.wiring.users.create("viewer@example.com", "Vera Viewer", Role.VIEWER, TestApp.PASSWORD);
        browser.findWithText("button.link", "Sign out").click();
        browser.signIn("viewer@example.com", TestApp.PASSWORD).open("admin/spaces/" + spaceId + "/experiments?experiment=" + KEY);
        browser.findWithText("h1.experiment-title", KEY);
        assertThat(browser.find("article.metric-result.goal tr[data-variation='1'] .total").getText()).isEqualTo("160");
        assertThat(browser.all("button.ship-winner, button.stop-test")).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private Event event(EventType type, String name, String visitor, Instant at, Integer variation) {
        return new Event(spaceId, type, name, visitor, at, homeId, null, type == EventType.EXPOSURE ? KEY : null, variation,
                null, null, null, null, null);
    }

    private JsonNode story() {
        return admin.get("/api/spaces/" + spaceId + "/stories/" + homeId).json().get("story");
    }

    private JsonNode experimentInDraft() {
        var found = new ArrayList<JsonNode>();
        story().at("/content/body").forEach(block -> {
            if (block.get("component").asText().equals("duet_experiment")) found.add(block);
        });
        assertThat(found).hasSize(1);
        return found.getFirst();
    }
}
