package dev.duet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.testing.Client;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Scheduling in real headless Chromium: plan a publish in the story editor and watch it go live; cancel a plan. */
class ScheduleIT {

    private static final String SLUG = "landing-pages/spring-campaign";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private TestApp app;
    private Browser browser;
    private Client admin;
    private long spaceId;
    private long storyId;

    @BeforeEach
    void start() {
        assumeTrue(Browser.installed(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        app = new TestApp(TestApp.Setup.on(TestDatabase.SQLITE).env(Map.of("DUET_SCHEDULER_INTERVAL", "200ms")));
        spaceId = DemoSpace.importInto(app).id();
        admin = app.admin();
        storyId = admin.get(path("/stories?per_page=100&search=spring-campaign")).json().get("stories")
                .valueStream().filter(story -> story.get("full_slug").asText().equals(SLUG)).findFirst().orElseThrow()
                .get("id").asLong();
        var story = story();
        if (story.get("published").asBoolean()) {
            admin.post(path("/stories/" + storyId + "/unpublish"), Map.of("version", story.get("version").asLong()));
        }
        browser = new Browser(app.base());
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.close();
        if (app != null) app.close();
    }

    private String path(String rest) {
        return "/api/spaces/" + spaceId + rest;
    }

    private JsonNode story() {
        return admin.get(path("/stories/" + storyId)).json().get("story");
    }

    private void openEditor() {
        browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).open("admin/spaces/" + spaceId + "/stories/" + storyId);
        browser.find("duet-story-editor .story-content duet-blok-form");
    }


    @Test
    void a_story_scheduled_a_few_seconds_ahead_goes_live_and_the_editor_shows_it_published() {
        openEditor();
        assertThat(browser.find("duet-story-editor .story-status").getText()).isEqualTo("Draft");
        var when = ScheduledMinute.soon(BERLIN);

        browser.click("duet-story-editor button.schedule");
        browser.find("dialog duet-schedule-when select[name=time_zone]");
        browser.script("const picker = document.querySelector('dialog duet-schedule-when');"
                + "picker.date = arguments[0]; picker.time = arguments[1]; picker.zone = 'Europe/Berlin';",
                when.toLocalDate().toString(), when.toLocalTime().toString());
        var utc = when.withZoneSameInstant(ZoneId.of("UTC"));
        browser.findWithText("dialog .schedule-utc", String.format("%02d:%02d UTC", utc.getHour(), utc.getMinute()));
        browser.click("dialog button[type=submit]");

        var note = browser.findWithText("duet-story-editor .schedule-note", "Scheduled to publish");
        assertThat(note.getText()).contains(String.format("%02d:%02d (Europe/Berlin)", when.getHour(), when.getMinute()));
        var planned = admin.get(path("/schedules?story_id=" + storyId)).json().at("/schedules/0");
        assertThat(planned.get("status").asText()).isEqualTo("pending");
        assertThat(planned.get("time_zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(planned.get("run_at").asText()).startsWith(utc.toLocalDateTime().toString());

        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(40))
                .until(driver -> browser.texts("duet-story-editor .story-status").equals(java.util.List.of("Published")));

        assertThat(story().get("published").asBoolean()).isTrue();
        assertThat(admin.get(path("/schedules/" + planned.get("id").asLong())).json().at("/schedule/status").asText()).isEqualTo("done");
        assertThat(browser.all("duet-story-editor .schedule-note")).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_scheduled_screen_lists_what_is_planned_and_cancels_it_from_the_keyboard() {
        var created = admin.post(path("/schedules"), Map.of("action", "publish", "story_id", storyId,
                "run_at", "2099-05-04T10:30", "time_zone", "Europe/Berlin"));
        long scheduleId = created.json().at("/schedule/id").asLong();

        browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD);
        browser.findWithText("nav.sidebar a", "Scheduled").click();
        var row = browser.find(".upcoming-schedules tr[data-schedule='" + scheduleId + "']");
        assertThat(row.getText()).contains("Publish Spring", "(Europe/Berlin)", "08:30 UTC", "Waiting");

        browser.find(".upcoming-schedules .cancel-schedule").sendKeys(Keys.ENTER);
        browser.find("dialog button[type=submit]").sendKeys(Keys.ENTER);

        browser.findWithText(".recent-schedules .schedule-status", "Cancelled");
        assertThat(browser.find(".empty-upcoming").getText()).isEqualTo("Nothing is scheduled.");
        assertThat(admin.get(path("/schedules/" + scheduleId)).json().at("/schedule/status").asText()).isEqualTo("cancelled");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
