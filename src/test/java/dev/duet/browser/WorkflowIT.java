package dev.duet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
import dev.duet.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review in the admin app: an admin makes the demo space's workflow enforce review, an editor's publish is refused
 * with the reason, the story goes to review with a comment and an assignee, and the approver approves it.
 */
class WorkflowIT extends OnDemoSpace {

    private static final String APPROVER = "alex.approver@example.com";

    private JsonNode workflow() {
        return admin.get("/api/spaces/" + spaceId + "/workflow").json();
    }

    private JsonNode stage(long storyId) {
        return admin.get("/api/spaces/" + spaceId + "/stories/" + storyId + "/stage").json();
    }

    private JsonNode someStory() {
        return admin.get("/api/spaces/" + spaceId + "/stories?per_page=100&is_folder=false").json().get("stories")
                .valueStream().filter(story -> !story.get("is_folder").asBoolean()).findFirst().orElseThrow();
    }

    @Test
    void a_story_goes_to_review_with_a_comment_and_is_approved_by_someone_else() {
        long approverId = app.wiring.users.create(APPROVER, "Alex Approver", Role.APPROVER, TestApp.PASSWORD).id();
        var story = someStory();
        long storyId = story.get("id").asLong();

        // the admin makes review mandatory: no publishing from Drafting or In review, only approvers approve
        signedInAt("admin/spaces/" + spaceId + "/settings");
        browser.find(".workflow-stage[data-stage-index='0'] input[name=allow_publish]").click();
        browser.find(".workflow-stage[data-stage-index='1'] input[name=allow_publish]").click();
        browser.find(".workflow-stage[data-stage-index='2'] input[name=role_approver]").click();
        browser.click("button.save-workflow");
        browser.findWithText(".toast", "Workflow saved.");
        var stages = workflow().get("stages");
        assertThat(stages.at("/0/allow_publish").asBoolean()).isFalse();
        assertThat(stages.at("/1/allow_publish").asBoolean()).isFalse();
        assertThat(stages.at("/2/roles").toString()).isEqualTo("[\"approver\"]");

        // publishing from Drafting is refused with the server's reason
        browser.open("admin/spaces/" + spaceId + "/stories/" + storyId);
        browser.findWithText(".stage-badge", "Drafting");
        browser.click("duet-story-editor button.publish");
        browser.findWithText(".toast", "which does not allow publishing");
        assertThat(stage(storyId).at("/stage/name").asText()).isEqualTo("Drafting");

        // to review, with a comment and the approver assigned
        browser.click("duet-story-editor button.change-stage");
        new Select(browser.find("dialog select.stage-choice")).selectByVisibleText("In review");
        new Select(browser.find("dialog select.assignee-choice")).selectByVisibleText("Alex Approver (" + APPROVER + ")");
        browser.type("dialog textarea[name=comment]", "Please check the hero copy");
        browser.click("dialog button[type=submit]");
        browser.findWithText(".stage-badge", "In review");
        var inReview = stage(storyId);
        assertThat(inReview.at("/stage/name").asText()).isEqualTo("In review");
        assertThat(inReview.at("/assignee/id").asLong()).isEqualTo(approverId);
        assertThat(inReview.at("/history/0/details/comment").asText()).isEqualTo("Please check the hero copy");

        // the approver finds it waiting for review and approves it
        browser.driver.manage().deleteAllCookies();
        browser.signIn(APPROVER, TestApp.PASSWORD).open("admin/spaces/" + spaceId + "/content");
        browser.findWithText("button.waiting-chip", "Waiting for review (1)").click();
        browser.waitUntil(driver -> browser.texts(".story-row .row-name").equals(java.util.List.of(story.get("name").asText())));
        assertThat(browser.texts(".story-row .stage-badge")).containsExactly("In review");
        browser.click(".story-row a");
        browser.click("duet-story-editor button.change-stage");
        new Select(browser.find("dialog select.stage-choice")).selectByVisibleText("Approved (approves this version)");
        browser.click("dialog button[type=submit]");
        browser.findWithText(".stage-badge", "Approved");
        var approved = stage(storyId);
        assertThat(approved.at("/stage/name").asText()).isEqualTo("Approved");
        assertThat(approved.get("approved_version").asInt()).isEqualTo(story.get("version").asInt());
        assertThat(approved.at("/history/0/actor").asText()).isEqualTo(APPROVER);

        // the tree's stage filter finds it among the whole space's stories
        browser.open("admin/spaces/" + spaceId + "/content");
        new Select(browser.find("select.stage-filter")).selectByVisibleText("Approved");
        browser.waitUntil(driver -> browser.texts(".story-row .row-name").equals(java.util.List.of(story.get("name").asText())));
        assertThat(browser.texts(".story-row .stage-badge")).containsExactly("Approved");
        // the refused publish is a 409 the browser logs; nothing else may fail
        assertThat(browser.consoleErrors()).filteredOn(message -> !message.contains("status of 409")).isEmpty();
    }
}
