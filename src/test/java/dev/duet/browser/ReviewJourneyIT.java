package dev.duet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
import dev.duet.content.DeliveryToken;
import dev.duet.testing.Client;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The review journey of issue 5 in real Chromium, across three people: an editor changes the spring campaign's hero
 * and cannot publish it (the space enforces review), sends it to review; the approver comments on the hero block,
 * approves it (someone else's change), schedules the publish, and sees it go live — on the site's delivery API too.
 */
class ReviewJourneyIT {

    private static final String SLUG = "landing-pages/spring-campaign";
    private static final String EDITOR = "eda.editor@example.com";
    private static final String APPROVER = "ines.approver@example.com";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private TestApp app;
    private Browser browser;
    private Client admin;
    private long spaceId;
    private long storyId;
    private String heroUid;

    @BeforeEach
    void start() {
        assumeTrue(Browser.installed(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        app = new TestApp(TestApp.Setup.on(TestDatabase.SQLITE).env(Map.of("DUET_SCHEDULER_INTERVAL", "200ms")));
        spaceId = DemoSpace.importInto(app).id();
        admin = app.admin();
        app.wiring.users.create(EDITOR, "Eda Editor", Role.EDITOR, TestApp.PASSWORD);
        app.wiring.users.create(APPROVER, "Ines Approver", Role.APPROVER, TestApp.PASSWORD);
        storyId = admin.get(path("/stories?per_page=100&search=spring-campaign")).json().get("stories").valueStream()
                .filter(story -> story.get("full_slug").asText().equals(SLUG)).findFirst().orElseThrow().get("id").asLong();
        var story = story();
        if (story.get("published").asBoolean()) {
            admin.post(path("/stories/" + storyId + "/unpublish"), Map.of("version", story.get("version").asLong()));
        }
        heroUid = story.at("/content/body/0/_uid").asText();
        enforceReview();
        browser = new Browser(app.base());
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.close();
        if (app != null) app.close();
    }

    @Test
    void an_edit_is_reviewed_on_its_block_approved_by_someone_else_scheduled_and_goes_live() {
        // the editor changes the hero and saves; publishing is refused because Drafting does not allow it
        browser.signIn(EDITOR, TestApp.PASSWORD).open("admin/spaces/" + spaceId + "/stories/" + storyId);
        browser.click(card() + " .block-toggle");
        var headline = browser.find("[data-path='body[0].headline'] input");
        headline.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        headline.sendKeys("Spring into savings");
        headline.sendKeys(Keys.chord(Keys.CONTROL, "s"));
        browser.findWithText(".toast", "Saved.");
        int edited = story().get("version").asInt();
        browser.click("duet-story-editor button.publish");
        browser.findWithText(".toast", "which does not allow publishing");
        assertThat(story().get("published").asBoolean()).isFalse();

        // ... and sends it to review, assigned to the approver
        browser.click("duet-story-editor button.change-stage");
        new Select(browser.find("dialog select.stage-choice")).selectByVisibleText("In review");
        new Select(browser.find("dialog select.assignee-choice")).selectByVisibleText("Ines Approver (" + APPROVER + ")");
        browser.type("dialog textarea[name=comment]", "New headline for the spring push");
        browser.click("dialog button[type=submit]");
        browser.findWithText(".stage-badge", "In review");

        // the approver finds it waiting, and comments on the hero block
        browser.driver.manage().deleteAllCookies();
        browser.signIn(APPROVER, TestApp.PASSWORD).open("admin/spaces/" + spaceId + "/content");
        browser.findWithText("button.waiting-chip", "Waiting for review (1)").click();
        browser.waitUntil(driver -> browser.texts(".story-row .stage-badge").equals(List.of("In review")));
        browser.click(".story-row a");
        browser.click(card() + " .block-comments");
        browser.find(".new-thread textarea").sendKeys("Claim checked: the 30% is in the offer sheet.");
        browser.click(".start-thread");
        browser.findWithText(card() + " .block-comments .count", "1");

        // ... approves the editor's version (four eyes: it is not her own change)
        browser.click("duet-story-editor button.change-stage");
        new Select(browser.find("dialog select.stage-choice")).selectByVisibleText("Approved (approves this version)");
        browser.click("dialog button[type=submit]");
        browser.findWithText(".stage-badge", "Approved");

        // ... and schedules the publish a few seconds ahead, then watches it go live
        var when = ScheduledMinute.soon(BERLIN);
        browser.click("duet-story-editor button.schedule");
        browser.find("dialog duet-schedule-when select[name=time_zone]");
        browser.script("const picker = document.querySelector('dialog duet-schedule-when');"
                        + "picker.date = arguments[0]; picker.time = arguments[1]; picker.zone = 'Europe/Berlin';",
                when.toLocalDate().toString(), when.toLocalTime().toString());
        browser.click("dialog button[type=submit]");
        browser.findWithText("duet-story-editor .schedule-note", "Scheduled to publish");
        new WebDriverWait(browser.driver, Duration.ofSeconds(45))
                .until(driver -> browser.texts("duet-story-editor .story-status").equals(List.of("Published")));

        var live = story();
        assertThat(live.get("published_version").asInt()).isEqualTo(edited);
        assertThat(delivered().at("/story/content/body/0/headline").asText()).isEqualTo("Spring into savings");
        var stage = admin.get(path("/stories/" + storyId + "/stage")).json();
        assertThat(stage.at("/stage/name").asText()).isEqualTo("Published");
        var approval = stage.get("history").valueStream()
                .filter(move -> move.at("/details/to_stage").asText().equals("Approved")).findFirst().orElseThrow();
        assertThat(approval.get("actor").asText()).isEqualTo(APPROVER);
        assertThat(approval.at("/details/version").asInt()).as("the editor's version was approved").isEqualTo(edited);
        var thread = admin.get(path("/stories/" + storyId + "/discussions")).json().at("/discussions/0");
        assertThat(thread.at("/anchor/block_uid").asText()).isEqualTo(heroUid);
        assertThat(thread.at("/comments/0/author").asText()).isEqualTo(APPROVER);
        assertThat(feed()).containsSubsequence("story.saved", "stage.changed", "discussion.created", "stage.changed",
                "schedule.created", "story.published", "schedule.ran");
        // the refused publish is a 409 the browser logs; nothing else may fail
        assertThat(browser.consoleErrors()).filteredOn(message -> !message.contains("status of 409")).isEmpty();
    }

    private String path(String rest) {
        return "/api/spaces/" + spaceId + rest;
    }

    private String card() {
        return "li.block-card[data-uid='" + heroUid + "']";
    }

    private JsonNode story() {
        return admin.get(path("/stories/" + storyId)).json().get("story");
    }

    private JsonNode delivered() {
        var token = app.wiring.spaces.tokens(spaceId).stream().filter(t -> t.access().equals(DeliveryToken.PUBLIC))
                .findFirst().orElseThrow().token();
        return app.anonymous().get("/v2/cdn/stories/" + SLUG + "?token=" + token + "&cv=" + System.nanoTime()).json();
    }

    /** The story's feed, oldest first. */
    private List<String> feed() {
        var kinds = new ArrayList<String>();
        admin.get(path("/activity?per_page=100&story_id=" + storyId)).json().get("activity")
                .forEach(entry -> kinds.addFirst(entry.get("kind").asText()));
        return kinds;
    }

    /** The admin's PUT of the default workflow with publishing only from Approved and Published, approvals by approvers. */
    private void enforceReview() {
        var stages = new ArrayList<Map<String, Object>>();
        for (var stage : admin.get(path("/workflow")).json().get("stages")) {
            var body = new HashMap<String, Object>();
            stage.properties().forEach(field -> body.put(field.getKey(), field.getValue()));
            var name = stage.get("name").asText();
            if (name.equals("Drafting") || name.equals("In review")) body.put("allow_publish", false);
            if (name.equals("Approved")) body.put("roles", List.of("admin", "approver"));
            stages.add(body);
        }
        var saved = admin.put(path("/workflow"), Map.of("four_eyes", true, "stages", stages));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }
}
