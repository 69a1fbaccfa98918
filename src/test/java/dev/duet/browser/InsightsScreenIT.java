package dev.duet.browser;

import dev.duet.access.Role;
import dev.duet.analytics.Event;
import dev.duet.analytics.EventType;
import dev.duet.testing.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Insights screen on the demo space with a month of events: headline numbers, a drawn chart, the heat map,
 * switching the split, top movers, sorting, the per-block view and the CSV download; and a viewer may see it all.
 */
class InsightsScreenIT extends OnDemoSpace {

    static final String HERO = "bfc132aa-61d7-4e74-ac4c-e521f12634e4";

    long home;
    long trial;

    @BeforeEach
    void appendEvents() {
        home = storyId("home");
        trial = storyId("landing-pages/free-trial");
        var now = Instant.now();
        var events = new ArrayList<Event>();
        for (int i = 1; i <= 6; i++) {
            events.add(view("v" + i, now.minus(Duration.ofHours(i * 20L)), home, i <= 4 ? "email" : "search",
                    i <= 3 ? "mobile" : "desktop"));
        }
        events.add(new Event(spaceId, EventType.CLICK, null, "v1", now.minus(Duration.ofHours(20)), home, HERO, null,
                null, null, null, "email", "en", "mobile"));
        events.add(new Event(spaceId, EventType.CLICK, null, "v2", now.minus(Duration.ofHours(40)), home, HERO, null,
                null, null, null, "email", "en", "mobile"));
        events.add(new Event(spaceId, EventType.CONVERSION, "signup", "v1", now.minus(Duration.ofHours(19)), home, null,
                null, null, 49.0, null, "email", "en", "mobile"));
        events.add(view("v7", now.minus(Duration.ofHours(3)), trial, "search", "desktop"));
        events.add(view("v8", now.minus(Duration.ofHours(4)), trial, "search", "desktop"));
        for (int i = 1; i <= 5; i++) events.add(view("p" + i, now.minus(Duration.ofDays(35)), trial, "search", "desktop"));
        for (int i = 1; i <= 2; i++) events.add(view("q" + i, now.minus(Duration.ofDays(40)), home, "email", "mobile"));
        app.wiring.eventLog.append(events);
    }

    Event view(String visitor, Instant at, long storyId, String channel, String device) {
        return new Event(spaceId, EventType.VIEW, null, visitor, at, storyId, null, null, null, null, null, channel,
                "en", device);
    }

    long storyId(String fullSlug) {
        for (var story : admin.get("/api/spaces/" + spaceId + "/stories?per_page=100").json().get("stories")) {
            if (story.get("full_slug").asText().equals(fullSlug)) return story.get("id").asLong();
        }
        throw new AssertionError("no story " + fullSlug + " in the demo space");
    }

    String insights() {
        return "admin/spaces/" + spaceId + "/insights";
    }

    String headline(String metric) {
        return browser.find(".headline[data-metric=" + metric + "] .headline-value").getText();
    }

    @Test
    void the_screen_shows_numbers_a_chart_the_split_movers_and_downloads() {
        signedInAt("admin/spaces/" + spaceId + "/content");
        browser.findWithText("nav.sidebar a", "Insights").click();
        browser.find(".insights-headlines");

        assertThat(browser.path()).isEqualTo("/" + insights());
        assertThat(headline("views")).isEqualTo("8");
        assertThat(headline("visitors")).isEqualTo("8");
        assertThat(headline("clicks")).isEqualTo("2");
        assertThat(headline("conversion_rate")).isEqualTo("12.5%");
        browser.find("duet-insights-chart canvas");
        Boolean drawn = browser.waitUntil(driver -> (Boolean) browser.script("""
                const canvas = document.querySelector('duet-insights-chart canvas');
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
                return null;"""));
        assertThat(drawn).as("the chart drew something").isTrue();
        assertThat(browser.all(".insights-heatmap td.heat[style*='--heat: 1.000']")).isNotEmpty();

        assertThat(browser.texts("table.insights-breakdown[data-by=channel] .breakdown-value")).containsExactly("email", "search");
        browser.click("button.split-by[data-by=device]");
        browser.find("table.insights-breakdown[data-by=device]");
        assertThat(browser.texts("table.insights-breakdown .breakdown-value")).containsExactly("desktop", "mobile");
        assertThat(browser.find("button.split-by[data-by=device]").getAttribute("aria-pressed")).isEqualTo("true");

        assertThat(browser.findWithText(".movers.rises li", "Home").getText()).contains("2 → 6 page views");
        assertThat(browser.findWithText(".movers.falls li", "Free Trial").getText()).contains("5 → 2 page views");
        assertThat(browser.texts("table.insights-stories tbody tr td:first-child a")).containsExactly("Home", "Free Trial");
        browser.click("button.sort-by[data-sort=name]");
        browser.waitUntil(driver -> browser.texts("table.insights-stories tbody tr td:first-child a")
                .equals(List.of("Free Trial", "Home")));

        var csvLink = browser.find(".insights-content a.download-csv").getAttribute("href");
        assertThat(csvLink).contains("format=csv", "sort=name");
        var csv = admin.get(csvLink.substring(csvLink.indexOf("/api/")));
        assertThat(csv.header("Content-Disposition")).startsWith("attachment; filename=\"insights-stories-");
        assertThat(csv.text()).startsWith("story_id,name,full_slug,views").contains(home + ",Home,home,6,6,2,1,");

        browser.findWithText("table.insights-stories a.insights-story-link", "Home").click();
        browser.find("table.insights-blocks");
        assertThat(browser.path()).isEqualTo("/" + insights() + "?story=" + home);
        assertThat(browser.find("h1").getText()).isEqualTo("Home");
        assertThat(headline("views")).isEqualTo("6");
        assertThat(browser.texts("table.insights-blocks tbody tr td:first-child")).singleElement().asString().startsWith("hero");
        assertThat(browser.texts("table.insights-blocks tbody tr td:nth-child(3)")).containsExactly("2");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_viewer_finds_insights_in_the_navigation_and_reads_them() {
        app.wiring.users.create("viewer@example.com", "Vera Viewer", Role.VIEWER, TestApp.PASSWORD);
        browser.signIn("viewer@example.com", TestApp.PASSWORD).open("admin/spaces/" + spaceId + "/content");

        browser.findWithText("nav.sidebar a", "Insights").click();

        assertThat(headline("views")).isEqualTo("8");
        assertThat(browser.findWithText(".headline[data-metric=views] .headline-change", "vs the previous 28 days")
                .getText()).contains("+14.3%");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
