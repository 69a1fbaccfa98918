package dev.duet.browser;

import dev.duet.content.Spaces;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Walks the main screens of the admin app on the demo space and checks each renders without a script error in the
 * browser console. With {@code -Dduet.screenshots=<folder>} (see scripts/screenshots.sh) it also saves a PNG of each
 * screen there, for the README.
 */
class ScreensIT {

    private static TestApp app;
    private static Browser browser;
    private static long spaceId;
    private static long homeId;
    private static final String FOLDER = System.getProperty("duet.screenshots", "");

    @BeforeAll
    static void start() {
        assumeTrue(Browser.installed(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        app = new TestApp(TestDatabase.SQLITE);
        var space = DemoSpace.importInto(app);
        spaceId = space.id();
        app.wiring.spaces.update(spaceId, new Spaces.Settings(null, null, null, app.base() + "/demo-site/"));
        for (var story : app.admin().get("/api/spaces/" + spaceId + "/stories?search=home&per_page=100").json().get("stories")) {
            if (story.get("full_slug").asText().equals("home")) homeId = story.get("id").asLong();
        }
        browser = new Browser(app.base());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (app != null) app.close();
    }

    private static void shoot(String name) {
        var severe = browser.consoleErrors();
        assertThat(severe).as("console errors on " + name).isEmpty();
        if (!FOLDER.isBlank()) browser.screenshot(Path.of(FOLDER, name + ".png"));
    }

    @Test
    void every_main_screen_renders_without_script_errors() {
        browser.open("admin/");
        browser.find("input[name=email]");
        shoot("01-sign-in");

        browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).open("admin/spaces/" + spaceId + "/content");
        browser.findWithText(".story-row .row-name", "Home");
        shoot("02-content");

        browser.open("admin/spaces/" + spaceId + "/stories/" + homeId);
        browser.find("duet-story-editor .story-content duet-blok-form");
        browser.waitUntil(driver -> browser.all("duet-story-editor .preview-bar").stream()
                .anyMatch(bar -> bar.getText().contains("Live")));
        browser.click("duet-story-editor li.block-card .block-toggle");
        shoot("03-visual-editor");

        browser.open("admin/spaces/" + spaceId + "/components?component=hero");
        browser.findWithText("main", "Headline");
        shoot("04-components");

        browser.open("admin/spaces/" + spaceId + "/assets");
        browser.find("main h1");
        shoot("05-assets");

        browser.open("admin/spaces/" + spaceId + "/settings");
        browser.find("input[name=preview_url]");
        shoot("06-settings");

        for (var screen : java.util.List.of("experiments", "insights", "releases", "schedules", "activity", "requests",
                "goals", "stack", "glossary", "decisions", "wins")) {
            browser.open("admin/spaces/" + spaceId + "/" + screen);
            browser.find("main h1");
            shoot("07-" + screen);
        }
    }
}
