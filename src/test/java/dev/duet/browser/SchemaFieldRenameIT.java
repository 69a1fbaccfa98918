package dev.duet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.testing.TestApp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Renaming a field in the schema editor through schema-as-code, so stories keep their content under the new key. */
class SchemaFieldRenameIT extends OnDemoSpace {


    @Test
    void renaming_a_field_and_keeping_its_content_moves_every_story_s_content_to_the_new_key() {
        var story = storyWithHero();
        var headline = hero(story).get("headline").asText();
        assertThat(headline).isNotBlank();

        browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).open("admin/spaces/" + spaceId + "/components?component=hero");
        browser.click("[data-field=headline] .field-toggle");
        browser.click(".field-settings .rename-field");
        browser.type("dialog input[name=key]", "title");
        browser.click("dialog button[type=submit]");
        assertThat(browser.findWithText("dialog p", "title").getText()).contains("headline").contains("stor");
        browser.click("dialog button[type=submit]");
        browser.findWithText(".toast", "Renamed");
        browser.find(".field-row[data-field=title]");

        var schema = admin.get("/api/spaces/" + spaceId + "/components?search=hero").json().at("/components/0/schema");
        assertThat(schema.has("title")).isTrue();
        assertThat(schema.has("headline")).isFalse();
        var after = admin.get("/api/spaces/" + spaceId + "/stories/" + story.get("id").asLong()).json().get("story");
        assertThat(hero(after).get("title").asText()).isEqualTo(headline);
        assertThat(hero(after).has("headline")).isFalse();
    }

    private JsonNode storyWithHero() {
        for (var listed : admin.get("/api/spaces/" + spaceId + "/stories?per_page=100&is_folder=false").json().get("stories")) {
            var story = admin.get("/api/spaces/" + spaceId + "/stories/" + listed.get("id").asLong()).json().get("story");
            if (hero(story) != null) return story;
        }
        throw new AssertionError("the demo space has no story with a hero block");
    }

    private static JsonNode hero(JsonNode story) {
        for (var block : story.at("/content/body")) {
            if (block.path("component").asText().equals("hero")) return block;
        }
        return null;
    }
}
