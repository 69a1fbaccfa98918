package dev.duet.browser;

import dev.duet.testing.Client;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The base of browser tests: each test gets a real Duet on SQLite with the demo space imported, an admin API client
 * to arrange and check through, and a fresh headless Chromium. Skipped where Chromium is not installed.
 */
abstract class OnDemoSpace {

    protected TestApp app;
    protected Browser browser;
    protected Client admin;
    protected long spaceId;

    @BeforeEach
    void startDuetAndBrowser() {
        assumeTrue(Browser.installed(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        System.setProperty("java.awt.headless", "true");
        app = new TestApp(TestDatabase.SQLITE);
        spaceId = DemoSpace.importInto(app).id();
        admin = app.admin();
        browser = new Browser(app.base());
    }

    @AfterEach
    void stopBrowserAndDuet() {
        if (browser != null) browser.close();
        if (app != null) app.close();
    }

    /** Signs in as the test app's admin and opens {@code path} of the admin app. */
    protected Browser signedInAt(String path) {
        return browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).open(path);
    }
}
