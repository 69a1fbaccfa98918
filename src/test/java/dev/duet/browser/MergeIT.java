package dev.duet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people on the demo home page: Marc saves through the API while the admin edits in the browser. The admin's save
 * is refused as stale and the editor offers a merge; the saved result keeps both people's changes. The editor also
 * shows who else is here.
 */
class MergeIT extends OnDemoSpace {

    private long home;
    private Client marc;

    @BeforeEach
    void openHome() {
        home = admin.get("/api/spaces/" + spaceId + "/stories?per_page=100").json().get("stories").valueStream()
                .filter(story -> story.get("full_slug").asText().equals("home")).findFirst().orElseThrow().get("id").asLong();
        app.wiring.users.create("marc@example.com", "Marc Keller", Role.EDITOR, TestApp.PASSWORD);
        marc = app.anonymous().login("marc@example.com", TestApp.PASSWORD);
    }

    private String storyPath() {
        return "/api/spaces/" + spaceId + "/stories/" + home;
    }

    private JsonNode story() {
        return admin.get(storyPath()).json().get("story");
    }

    private void openEditor() {
        signedInAt("admin/spaces/" + spaceId + "/stories/" + home);
        browser.find("duet-story-editor .story-content duet-blok-form");
    }

    /** Marc changes the content field at {@code pointer} (e.g. /body/0/headline) and saves through the API. */
    private void marcSaves(String pointer, String value) {
        var current = marc.get(storyPath()).json().get("story");
        var content = (ObjectNode) current.get("content").deepCopy();
        var parent = pointer.substring(0, pointer.lastIndexOf('/'));
        ((ObjectNode) content.at(parent)).put(pointer.substring(pointer.lastIndexOf('/') + 1), value);
        var saved = marc.put(storyPath(), Map.of("story", Map.of("content", content), "version", current.get("version").asLong()));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    private void expand(int index) {
        var uid = story().at("/content/body/" + index + "/_uid").asText();
        var card = "[data-path=body] li.block-card[data-uid='" + uid + "']";
        browser.click(card + " > .block-header .block-toggle");
        browser.find(card + " > .block-body duet-blok-form .form-field");
    }

    private void replaceText(String css, String text) {
        var input = browser.find(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    /** The admin edits the hero's headline and subheadline in the browser, then saves. */
    private void editHeroAndSave() {
        expand(0);
        replaceText("[data-path='body[0].headline'] input", "My headline");
        replaceText("[data-path='body[0].subheadline'] textarea", "My subheadline");
        browser.click("duet-story-editor button.save");
    }

    @Test
    void a_stale_save_offers_a_merge_and_the_saved_result_keeps_both_peoples_changes() {
        openEditor();
        marcSaves("/body/0/headline", "Their headline");
        marcSaves("/body/3/headline", "Their call to action");
        int versionAfterMarc = story().get("version").asInt();

        editHeroAndSave();

        var dialog = browser.find("dialog.merge-dialog");
        assertThat(dialog.getText()).contains("Someone else saved this story", "Their headline", "My headline");
        assertThat(browser.texts(".merge-conflict legend")).containsExactly("Body › Hero 1 › Headline");
        assertThat(browser.texts(".merge-changes li")).anyMatch(text -> text.contains("Body › Hero 1 › Subheadline"))
                .anyMatch(text -> text.contains("Body › Call to action 4 › Headline"));

        var screenshots = System.getProperty("duet.screenshots", "");
        if (!screenshots.isBlank()) browser.screenshot(java.nio.file.Path.of(screenshots, "merge-dialog.png"));
        browser.click("dialog.merge-dialog .merge-save");
        browser.findWithText("dialog.merge-dialog .dialog-error", "Keep mine");
        assertThat(story().get("version").asInt()).isEqualTo(versionAfterMarc);

        browser.click("dialog.merge-dialog .merge-conflict .keep-mine");
        browser.click("dialog.merge-dialog .merge-save");
        browser.findWithText(".toast", "Merged and saved.");

        var saved = story();
        assertThat(saved.at("/content/body/0/headline").asText()).isEqualTo("My headline");
        assertThat(saved.at("/content/body/0/subheadline").asText()).isEqualTo("My subheadline");
        assertThat(saved.at("/content/body/3/headline").asText()).isEqualTo("Their call to action");
        assertThat(saved.get("version").asInt()).isEqualTo(versionAfterMarc + 1);
        assertThat(browser.all(".banner-error")).isEmpty();
        assertThat(browser.all(".unsaved")).isEmpty();
    }

    @Test
    void taking_theirs_keeps_their_value_and_still_saves_my_other_changes() {
        openEditor();
        marcSaves("/body/0/headline", "Their headline");

        editHeroAndSave();
        browser.click("dialog.merge-dialog .merge-conflict .take-theirs");
        browser.click("dialog.merge-dialog .merge-save");
        browser.findWithText(".toast", "Merged and saved.");

        var saved = story();
        assertThat(saved.at("/content/body/0/headline").asText()).isEqualTo("Their headline");
        assertThat(saved.at("/content/body/0/subheadline").asText()).isEqualTo("My subheadline");
        browser.waitUntil(driver -> "Their headline".equals(
                browser.find("[data-path='body[0].headline'] input").getAttribute("value")) ? true : null);
    }

    @Test
    void a_save_of_the_merge_after_yet_another_save_is_refused_and_merged_again() {
        openEditor();
        marcSaves("/body/3/headline", "Their call to action");
        editHeroAndSave();
        browser.findWithText("dialog.merge-dialog", "Nothing clashes");

        marcSaves("/body/2/quote", "Their newer quote");
        browser.click("dialog.merge-dialog .merge-save");

        browser.findWithText("dialog.merge-dialog h2", "Someone saved again");
        assertThat(story().at("/content/body/0/headline").asText()).isNotEqualTo("My headline");
        browser.click("dialog.merge-dialog .merge-save");
        browser.findWithText(".toast", "Merged and saved.");
        var saved = story();
        assertThat(saved.at("/content/body/0/headline").asText()).isEqualTo("My headline");
        assertThat(saved.at("/content/body/3/headline").asText()).isEqualTo("Their call to action");
        assertThat(saved.at("/content/body/0/subheadline").asText()).isEqualTo("My subheadline");
        assertThat(saved.at("/content/body/2/quote").asText()).isEqualTo("Their newer quote");
    }

    @Test
    void keeping_on_editing_leaves_the_banner_whose_merge_button_opens_the_dialog_again() {
        openEditor();
        marcSaves("/body/0/headline", "Their headline");
        editHeroAndSave();

        browser.click("dialog.merge-dialog .merge-cancel");
        browser.find(".banner-error .merge-open");
        assertThat(story().at("/content/body/0/headline").asText()).isEqualTo("Their headline");
        browser.click(".banner-error .merge-open");

        browser.click("dialog.merge-dialog .merge-conflict .keep-mine");
        browser.click("dialog.merge-dialog .merge-save");
        browser.findWithText(".toast", "Merged and saved.");
        assertThat(story().at("/content/body/0/headline").asText()).isEqualTo("My headline");
    }

    @Test
    void the_editor_shows_who_else_is_here_and_says_goodbye_when_left() {
        assertThat(marc.post(storyPath() + "/presence", Map.of("editing", true)).status()).isEqualTo(200);

        openEditor();

        browser.findWithText(".editor-meta .presence", "Marc is here · editing");
        var screenshots = System.getProperty("duet.screenshots", "");
        if (!screenshots.isBlank()) browser.screenshot(java.nio.file.Path.of(screenshots, "presence.png"));
        assertThat(browser.find(".presence-avatar").getText()).isEqualTo("MK");
        browser.waitUntil(driver -> names(marc.get(storyPath() + "/presence").json()).contains(TestApp.ADMIN_EMAIL) ? true : null);

        browser.click(".breadcrumb a");
        browser.waitUntil(driver -> names(marc.get(storyPath() + "/presence").json()).contains(TestApp.ADMIN_EMAIL) ? null : true);
        assertThat(names(marc.get(storyPath() + "/presence").json())).containsExactly("marc@example.com");
    }

    private static java.util.List<String> names(JsonNode answer) {
        return answer.get("present").valueStream().map(entry -> entry.get("email").asText()).toList();
    }
}
