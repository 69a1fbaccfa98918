package dev.duet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
import dev.duet.content.Spaces;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A marketer bundles two stories into a release from their editors and publishes them together. */
class ReleasesIT extends OnDemoSpace {

    private JsonNode story(String slug) {
        for (var story : admin.get("/api/spaces/" + spaceId + "/stories?per_page=100").json().get("stories")) {
            if (story.get("slug").asText().equals(slug)) return story;
        }
        throw new AssertionError("the demo space has no story " + slug);
    }

    private JsonNode storyById(long id) {
        return admin.get("/api/spaces/" + spaceId + "/stories/" + id).json().get("story");
    }

    private void addToRelease(long storyId) {
        browser.open("admin/spaces/" + spaceId + "/stories/" + storyId);
        browser.click("button.add-to-release");
        browser.find("dialog .new-release-name");
    }

    @Test
    void a_story_changed_outside_the_release_is_flagged_and_its_merge_refused_until_re_pinned() {
        long story = story("enterprise").get("id").asLong();
        var created = admin.post("/api/spaces/" + spaceId + "/releases", Map.of("release", Map.of("name", "Autumn")));
        long releaseId = created.json().at("/release/id").asLong();
        admin.post("/api/spaces/" + spaceId + "/releases/" + releaseId + "/items", Map.of("story_id", story));
        var editor = app.as(Role.EDITOR);
        var current = storyById(story);
        editor.put("/api/spaces/" + spaceId + "/stories/" + story, Map.of("story", Map.of("name", "Enterprise plans"),
                "version", current.get("version").asInt()));

        signedInAt("admin/spaces/" + spaceId + "/releases?release=" + releaseId);
        browser.findWithText(".release-warning", "changed outside this release");
        browser.findWithText("tr.has-conflict .release-conflict", "was changed by");
        browser.click("button.merge-release");
        browser.click("dialog button[type=submit]");
        browser.findWithText(".release-refusal", "was changed by");
        assertThat(storyById(story).get("published").asBoolean()).isFalse();

        browser.click("tr.release-item button.repin-item");
        browser.waitUntil(driver -> browser.all("tr.has-conflict").isEmpty());
        browser.click("button.merge-release");
        browser.click("dialog button[type=submit]");
        browser.findWithText(".release-name .release-status", "Published");
        var published = storyById(story);
        assertThat(published.get("published_version").asInt()).isEqualTo(published.get("version").asInt());
    }

    @Test
    void a_release_made_of_two_stories_is_published_at_once() {
        app.wiring.spaces.update(spaceId, new Spaces.Settings(null, null, null, app.base() + "/demo-site/"));
        // two stories of the demo space that are not published yet
        long home = story("enterprise").get("id").asLong();
        long about = story("previewing-edge-functions").get("id").asLong();
        assertThat(storyById(home).get("published").asBoolean()).isFalse();
        assertThat(storyById(about).get("published").asBoolean()).isFalse();
        signedInAt("admin/spaces/" + spaceId + "/content");

        addToRelease(home);
        browser.type("dialog .new-release-name", "Spring campaign");
        browser.click("dialog button[type=submit]");
        browser.findWithText(".release-meta", "Spring campaign");

        addToRelease(about);
        assertThat(browser.find("dialog select.release-choice").getText()).contains("Spring campaign");
        browser.click("dialog button[type=submit]");
        browser.findWithText(".release-meta", "Spring campaign");
        browser.click(".release-meta button.preview-release-toggle");
        browser.waitUntil(driver -> String.valueOf(browser.find("iframe.preview-frame").getAttribute("src"))
                .contains("_storyblok_release="));
        assertThat(browser.find(".release-meta button.preview-release-toggle").getAttribute("aria-pressed")).isEqualTo("true");

        browser.click("nav.sidebar a[href$='/releases']");
        browser.click(".releases-table a.release-link");
        browser.waitUntil(driver -> browser.all(".release-items tr.release-item").size() == 2);
        browser.click("button.merge-release");
        browser.click("dialog button[type=submit]");
        browser.findWithText(".release-name .release-status", "Published");

        long releaseId = admin.get("/api/spaces/" + spaceId + "/releases").json().at("/releases/0/id").asLong();
        var release = admin.get("/api/spaces/" + spaceId + "/releases/" + releaseId).json().get("release");
        assertThat(release.get("status").asText()).isEqualTo("merged");
        assertThat(release.get("items")).hasSize(2);
        for (long id : new long[] {home, about}) {
            var story = storyById(id);
            assertThat(story.get("published").asBoolean()).as("story " + id).isTrue();
            assertThat(story.get("published_version").asInt()).as("story " + id).isEqualTo(story.get("version").asInt());
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
