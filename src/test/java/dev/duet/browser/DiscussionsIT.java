package dev.duet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviewing on a block in real Chromium: an editor comments on a block and mentions an approver (picked with the
 * keyboard), the block card shows the count, the approver sees the notification, follows it, replies and resolves.
 */
class DiscussionsIT extends OnDemoSpace {

    private static final String APPROVER = "abe@example.com";

    private long storyId;
    private String heroUid;

    @BeforeEach
    void findTheStory() {
        app.wiring.users.create(APPROVER, "Abe Approver", Role.APPROVER, TestApp.PASSWORD);
        var story = admin.get("/api/spaces/" + spaceId + "/stories?per_page=100&search=spring-campaign").json().get("stories")
                .valueStream().filter(found -> found.get("full_slug").asText().equals("landing-pages/spring-campaign"))
                .findFirst().orElseThrow();
        storyId = story.get("id").asLong();
        heroUid = admin.get(storyPath()).json().at("/story/content/body/0/_uid").asText();
    }

    private String storyPath() {
        return "/api/spaces/" + spaceId + "/stories/" + storyId;
    }

    private JsonNode threads(Client client) {
        return client.get(storyPath() + "/discussions?status=all").json().get("discussions");
    }

    private String card() {
        return "li.block-card[data-uid='" + heroUid + "']";
    }

    @Test
    void a_comment_on_a_block_reaches_the_mentioned_approver_who_replies_and_resolves_it() {
        signedInAt("admin/spaces/" + spaceId + "/stories/" + storyId);
        browser.click(card() + " .block-comments");
        var box = browser.find(".new-thread textarea");
        box.sendKeys("@abe");
        browser.findWithText(".mention-suggestions li", "Abe Approver");
        box.sendKeys(Keys.ENTER);
        box.sendKeys("is the headline too long?");
        assertThat(browser.find(".thread-anchor").getAttribute("value")).isEqualTo("block");
        browser.click(".start-thread");

        browser.findWithText(card() + " .block-comments .count", "1");
        var started = threads(admin);
        assertThat(started).hasSize(1);
        assertThat(started.at("/0/anchor/block_uid").asText()).isEqualTo(heroUid);
        assertThat(started.at("/0/comments/0/text").asText()).isEqualTo("@" + APPROVER + " is the headline too long?");
        assertThat(started.at("/0/comments/0/mentions")).hasSize(1);

        browser.click(".who button.link");
        browser.find("input[name=email]");
        browser.signIn(APPROVER, TestApp.PASSWORD);
        browser.findWithText("duet-notifications .unread-count", "1");
        browser.click("duet-notifications .bell");
        browser.findWithText(".notification.unread a", "mentioned you").click();

        browser.waitUntil(driver -> browser.path().equals("/admin/spaces/" + spaceId + "/stories/" + storyId));
        browser.findWithText(".discussions-panel .thread .comment-text", "is the headline too long?");
        browser.find(".discussions-panel .thread .reply textarea").sendKeys("Shortened it, have a look.");
        browser.click(".discussions-panel .send-reply");
        browser.findWithText(".discussions-panel .thread .comment-text", "Shortened it");
        browser.click(".discussions-panel .resolve-thread");
        browser.findWithText(".discussions-panel .empty-threads", "No open discussions");
        browser.waitUntil(driver -> browser.all(card() + " .block-comments .count").isEmpty());

        var checker = app.admin(); // signing out in the browser ended every session of the admin, the API client's too
        var done = threads(checker);
        assertThat(done.at("/0/status").asText()).isEqualTo("resolved");
        assertThat(done.at("/0/resolved_by").asText()).isEqualTo(APPROVER);
        assertThat(done.at("/0/comments")).hasSize(2);
        var told = checker.get("/api/notifications").json();
        assertThat(told.get("unread").asInt()).isEqualTo(2);
        assertThat(told.at("/notifications/0/reason").asText()).isEqualTo("resolved");
        assertThat(told.at("/notifications/1/reason").asText()).isEqualTo("replied");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_content_tree_counts_open_discussions_and_the_activity_screen_tells_who_started_them() {
        var started = admin.post(storyPath() + "/discussions", java.util.Map.of("anchor", java.util.Map.of("block_uid", heroUid),
                "text", "Check the offer dates"));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        long folder = admin.get(storyPath()).json().at("/story/parent_id").asLong();

        signedInAt("admin/spaces/" + spaceId + "/content?folder=" + folder);

        browser.findWithText("li.story-row[data-story-id='" + storyId + "'] .discussion-badge", "1");
        browser.click("nav.sidebar a[href$='/activity']");
        browser.findWithText(".activity-entry[data-kind='discussion.created']", "started a discussion on a hero block of “Spring Campaign 2026”");
        new Select(browser.find(".activity-kind select")).selectByValue("discussion.created");
        browser.waitUntil(driver -> browser.all(".activity-entry").size() == 1);
        browser.click(".activity-entry[data-kind='discussion.created'] a");
        browser.findWithText(".discussions-panel .comment-text", "Check the offer dates");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
