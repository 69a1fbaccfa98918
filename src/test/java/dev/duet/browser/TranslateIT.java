package dev.duet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.content.Spaces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A marketer translates the demo's pricing page into German in the editor's Translate panel, leaves the hero's
 * subheadline untranslated, and sees the preview (the demo site) show the German headline and the English
 * subheadline as its fallback; the API then holds what was saved and reports each field's status.
 */
class TranslateIT extends OnDemoSpace {

    private long storyId;
    private String hero;

    @BeforeEach
    void previewOnTheDemoSite() {
        var space = app.wiring.spaces.get(spaceId);
        app.wiring.spaces.update(spaceId,
                new Spaces.Settings(space.name(), space.defaultLanguage(), space.languages(), app.base() + "/demo-site/"));
        var listed = admin.get("/api/spaces/" + spaceId + "/stories?starts_with=pricing").json().get("stories");
        storyId = listed.get(0).get("id").asLong();
        hero = story().at("/content/body/0/_uid").asText();
    }

    private JsonNode story() {
        return admin.get("/api/spaces/" + spaceId + "/stories/" + storyId).json().get("story");
    }

    private String row(String field) {
        return ".translate-row[data-path='" + hero + "." + field + "']";
    }

    private void replaceText(String css, String text) {
        var input = browser.find(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) input.sendKeys(text);
    }

    @Test
    void a_translated_field_and_an_empty_one_show_in_the_preview_as_the_translation_and_the_default_language_fallback() {
        var english = story().at("/content/body/0/subheadline").asText();
        signedInAt("admin/spaces/" + spaceId + "/stories/" + storyId);
        browser.click("duet-story-editor button.panel-translate");
        assertThat(new Select(browser.find("select.translate-language")).getFirstSelectedOption().getText()).isEqualTo("DE");
        browser.findWithText(row("headline") + " .badge", "Translated");
        assertThat(browser.find(row("headline") + " .translate-source").getText()).isEqualTo("Simple pricing that scales with your team");

        replaceText(row("headline") + " textarea", "Preise, die mit Ihnen wachsen");
        replaceText(row("subheadline") + " textarea", "");

        browser.findWithText(row("headline") + " .badge", "Edited");
        browser.findWithText(row("subheadline") + " .badge", "Missing");
        assertThat(browser.find(row("subheadline") + " .translate-fallback").getText()).contains(english);
        browser.findWithText(".translate-counts", "missing");

        browser.click(".translate-panel button.preview-language-button");
        browser.waitUntil(driver -> browser.all("duet-story-editor .preview-bar").stream()
                .anyMatch(bar -> bar.getText().contains("Live") && bar.getText().contains("DE")) ? true : null);
        inPreview(() -> {
            browser.findWithText("section.hero h1", "Preise, die mit Ihnen wachsen");
            browser.findWithText("section.hero p.lead", english);
        });

        browser.click("duet-story-editor button.save");
        browser.findWithText(".toast", "Saved.");
        var saved = story().at("/content/body/0");
        assertThat(saved.get("headline__i18n__de").asText()).isEqualTo("Preise, die mit Ihnen wachsen");
        assertThat(saved.has("subheadline__i18n__de")).isFalse();
        var status = admin.get("/api/spaces/" + spaceId + "/stories/" + storyId + "/translations").json()
                .at("/translations/languages/0/fields");
        assertThat(status).filteredOn(field -> field.get("uid").asText().equals(hero))
                .extracting(field -> field.get("field").asText() + "=" + field.get("status").asText())
                .contains("headline=translated", "subheadline=missing");
        inPreview(() -> browser.findWithText("section.hero h1", "Preise, die mit Ihnen wachsen"));
    }

    @Test
    void the_translate_panel_is_reached_by_keyboard_and_copy_source_fills_an_empty_translation() {
        signedInAt("admin/spaces/" + spaceId + "/stories/" + storyId);
        var button = browser.find("duet-story-editor button.panel-translate");
        button.sendKeys(Keys.ENTER);
        replaceText(row("subheadline") + " textarea", "");
        browser.findWithText(row("subheadline") + " .badge", "Missing");

        browser.find(row("subheadline") + " button.copy-source").sendKeys(Keys.ENTER);

        browser.waitUntil(driver -> browser.find(row("subheadline") + " textarea").getAttribute("value")
                .equals(story().at("/content/body/0/subheadline").asText()) ? true : null);
        browser.findWithText(row("subheadline") + " .badge", "Edited");
    }

    @Test
    void a_translators_xliff_file_imported_in_the_panel_becomes_the_translation_and_a_language_copy_is_listed(@TempDir Path files)
            throws IOException {
        var export = admin.get("/api/spaces/" + spaceId + "/stories/" + storyId + "/translations/de/export?format=xliff").text();
        var source = "<source>Simple pricing that scales with your team</source><target>Einfache Preise, die mit Ihrem Team wachsen</target>";
        assertThat(export).contains(source);
        var file = Files.writeString(files.resolve("pricing-de.xlf"),
                export.replace(source, "<source>Simple pricing that scales with your team</source><target>Preise für jedes Team</target>"));
        admin.post("/api/spaces/" + spaceId + "/stories", java.util.Map.of("story", java.util.Map.of("name", "de", "is_folder", true)));
        int version = story().get("version").asInt();
        signedInAt("admin/spaces/" + spaceId + "/stories/" + storyId);
        browser.click("duet-story-editor button.panel-translate");

        browser.driver.findElement(org.openqa.selenium.By.cssSelector(".translate-import input[type=file]")).sendKeys(file.toString());

        browser.findWithText(".toast", "Imported");
        browser.waitUntil(driver -> "Preise für jedes Team".equals(browser.find(row("headline") + " textarea").getAttribute("value")) ? true : null);
        assertThat(story().at("/content/body/0/headline__i18n__de").asText()).isEqualTo("Preise für jedes Team");
        assertThat(story().get("version").asInt()).isEqualTo(version + 1);

        browser.click(".translate-copy summary");
        new Select(browser.find(".translate-copy select[name=parent_id]")).selectByVisibleText("de");
        browser.type(".translate-copy input[name=slug]", "preise");
        browser.click(".translate-copy button[type=submit]");

        browser.findWithText(".translate-alternates a", "Pricing");
        assertThat(story().get("alternates")).extracting(alternate -> alternate.get("full_slug").asText()).containsExactly("de/preise");
    }

    /** Runs {@code step} inside the preview iframe (the demo site) and comes back to the editor. */
    private void inPreview(Runnable step) {
        browser.driver.switchTo().frame(browser.find("iframe.preview-frame"));
        try {
            step.run();
        } finally {
            browser.driver.switchTo().defaultContent();
        }
    }
}
