package dev.duet.browser;

import dev.duet.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.duet.testing.MarketingSite.blok;
import static org.assertj.core.api.Assertions.assertThat;

/** The Wins screen: a launch shows up as a card, people react to it and send kudos. */
class WinsScreenIT extends OnDemoSpace {

    private long launch(String name) {
        var content = blok("page", "root", "body", List.of());
        var created = admin.post("/api/spaces/" + spaceId + "/stories", Map.of("story", Map.of("name", name, "content", content)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long storyId = created.json().at("/story/id").asLong();
        var published = admin.post("/api/spaces/" + spaceId + "/stories/" + storyId + "/publish", Map.of("version", 1));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return admin.get("/api/wins?per_page=1").json().at("/wins/0/id").asLong();
    }

    @Test
    void a_launch_shows_as_a_win_people_react_to_and_send_kudos_on() {
        long winId = launch("Winter sale landing page");
        signedInAt("admin/spaces/" + spaceId + "/wins");

        var card = "duet-win-card article[data-win='" + winId + "']";
        browser.findWithText(card + " .win-title", "“Winter sale landing page” is live");
        assertThat(browser.find(card + " .win-kind").getText()).isEqualToIgnoringCase("Page live");
        assertThat(browser.find(card + " .win-meta").getText()).contains(TestApp.ADMIN_EMAIL);

        var tada = card + " button.reaction[data-reaction=tada]";
        assertThat(browser.find(tada).getAttribute("aria-pressed")).isEqualTo("false");
        browser.click(tada);
        browser.waitUntil(driver -> "true".equals(browser.find(tada).getAttribute("aria-pressed")));
        assertThat(browser.find(tada).getText()).contains("1");
        assertThat(reaction(winId, "tada")).isEqualTo(1);

        browser.click(card + " .kudos-toggle");
        browser.findWithText(card + " .win-kudos", "No kudos yet");
        browser.type(card + " .kudos-input", "Huge thanks to design and IT for the quick turnaround!");
        browser.click(card + " .kudos-send");
        browser.findWithText(card + " .kudos q", "Huge thanks to design and IT");
        assertThat(browser.find(card + " .kudos-toggle").getText()).contains("Kudos (1)");

        var detail = admin.get("/api/wins/" + winId).json();
        assertThat(detail.at("/kudos/0/text").asText()).isEqualTo("Huge thanks to design and IT for the quick turnaround!");
        assertThat(detail.at("/kudos/0/author").asText()).isEqualTo(TestApp.ADMIN_EMAIL);

        browser.click(tada);
        browser.waitUntil(driver -> "false".equals(browser.find(tada).getAttribute("aria-pressed")));
        assertThat(reaction(winId, "tada")).as("pressing again takes the reaction back").isZero();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_digest_links_open_the_weekly_digest_page() {
        launch("Spring pricing");
        signedInAt("admin/spaces/" + spaceId + "/wins");

        var href = browser.find("a.digest-this").getAttribute("href");
        browser.open(href.substring(href.indexOf("/api/")));

        browser.findWithText("h1", "This week's wins");
        assertThat(browser.find("body").getText()).contains("New pages live", "“Spring pricing” is live");
    }

    private int reaction(long winId, String id) {
        for (var reaction : admin.get("/api/wins/" + winId).json().at("/win/reactions")) {
            if (reaction.get("reaction").asText().equals(id)) return reaction.get("count").asInt();
        }
        throw new AssertionError("no reaction " + id);
    }
}
