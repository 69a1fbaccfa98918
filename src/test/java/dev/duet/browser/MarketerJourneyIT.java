package dev.duet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.content.DeliveryToken;
import dev.duet.content.Spaces;
import dev.duet.testing.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end-to-end proof: a marketer builds a landing page in real headless Chromium, with Duet's own demo site
 * (and its bridge.js) as the live preview, and the delivery API serves what was published. Only the UI is used to
 * act; the API is read to check each step's result.
 */
class MarketerJourneyIT extends OnDemoSpace {

    private long storyId;

    @TempDir
    Path files;

    @BeforeEach
    void previewOnTheDemoSite() {
        var space = app.wiring.spaces.get(spaceId);
        app.wiring.spaces.update(spaceId,
                new Spaces.Settings(space.name(), space.defaultLanguage(), space.languages(), app.base() + "/demo-site/"));
    }

    @Test
    void a_marketer_builds_previews_reorders_illustrates_restores_and_publishes_a_landing_page_that_the_delivery_api_serves()
            throws IOException {
        // 1. sign in and create the story from the content tree
        browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).open("admin/spaces/" + spaceId + "/content");
        browser.findWithText(".story-row .row-name", "Home");
        browser.findWithText(".page-header button.primary", "New story").click();
        browser.type("dialog input[name=name]", "Spring Sale");
        assertThat(browser.find("dialog input[name=slug]").getAttribute("value")).isEqualTo("spring-sale");
        new Select(browser.find("dialog select[name=component]")).selectByValue("landing_page");
        browser.click("dialog button[type=submit]");
        browser.find("duet-story-editor .story-content duet-blok-form");
        assertThat(browser.path()).matches("/admin/spaces/" + spaceId + "/stories/\\d+");
        storyId = Long.parseLong(browser.path().replaceAll(".*/", ""));
        // lit takes the content tree off the page with element.remove(): the view must not shadow that method
        assertThat(browser.all("duet-content")).isEmpty();
        assertThat(story().get("full_slug").asText()).isEqualTo("spring-sale");
        assertThat(story().at("/content/component").asText()).isEqualTo("landing_page");

        // 2. a hero and a call to action from the block picker, required fields filled, saved
        var hero = addBlock("hero");
        replaceText(card(hero) + " [data-field=headline] input", "Spring Sale");
        var cta = addBlock("cta");
        replaceText(card(cta) + " [data-field=headline] input", "Save 30% until May");
        save();
        assertThat(apiComponents()).containsExactly("hero", "cta");
        assertThat(apiUids()).containsExactly(hero, cta);
        assertThat(body().at("/0/headline").asText()).isEqualTo("Spring Sale");

        // 3. the demo site in the preview shows the page and follows typing before anything is saved
        browser.waitUntil(driver -> browser.all("duet-story-editor .preview-bar").stream()
                .anyMatch(bar -> bar.getText().contains("Live")) ? true : null);
        inPreview(() -> browser.findWithText("section.hero h1", "Spring Sale"));
        var versionBeforeTyping = story().get("version").asLong();
        browser.find(card(hero) + " [data-field=headline] input").sendKeys(" starts today");
        browser.findWithText(".unsaved", "Unsaved changes");
        inPreview(() -> browser.findWithText("section.hero h1", "Spring Sale starts today"));
        assertThat(story().get("version").asLong()).isEqualTo(versionBeforeTyping);
        assertThat(body().at("/0/headline").asText()).isEqualTo("Spring Sale");

        // 4. a click on the call to action in the preview opens and focuses its card in the form
        assertThat(focusedCard()).isEqualTo(hero);
        inPreview(() -> browser.click(marked(cta, "h2")));
        browser.find(card(cta) + ".open > .block-body input");
        browser.waitUntil(driver -> cta.equals(focusedCard()) ? true : null);

        // 5. the call to action moves above the hero with the keyboard, and the order is saved
        browser.find(card(cta) + " > .block-header .block-toggle").sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_UP));
        browser.waitUntil(driver -> cardUids().equals(List.of(cta, hero)) ? true : null);
        save();
        assertThat(apiUids()).containsExactly(cta, hero);
        assertThat(body().at("/1/headline").asText()).isEqualTo("Spring Sale starts today");
        inPreview(() -> browser.waitUntil(driver -> browser.texts("main section.cta h2, main section.hero h1")
                .equals(List.of("Save 30% until May", "Spring Sale starts today")) ? true : null));

        // 6. an image uploaded from the hero's image field, then its focus point set on the Assets screen
        var png = png("spring-hero.png", 400, 300);
        openCard(hero);
        browser.click(card(hero) + " [data-field=image] .asset-pick");
        browser.find("dialog.asset-dialog");
        browser.driver.findElement(By.cssSelector("dialog.asset-dialog input[type=file]")).sendKeys(png.toString());
        browser.waitUntil(driver -> browser.all("dialog.asset-dialog").isEmpty() ? true : null);
        browser.find(card(hero) + " [data-field=image] .asset-thumb img");
        save();
        var image = body().at("/1/image");
        var filename = image.get("filename").asText();
        assertThat(filename).endsWith("spring-hero.png").contains("/a/" + spaceId + "/");
        var assetId = image.get("id").asLong();
        assertThat(asset(assetId).get("filename").asText()).isEqualTo(filename);
        inPreview(() -> browser.waitUntil(driver -> browser.all("section.hero img").stream()
                .anyMatch(img -> img.getAttribute("src").contains("spring-hero.png")) ? true : null));

        browser.click("nav.sidebar a[href$='/assets']");
        browser.findWithText(".asset-card .asset-name", "spring-hero.png");
        browser.click(".asset-card .asset-open");
        var picture = browser.find(".focus-picker img");
        browser.waitUntil(driver -> Boolean.TRUE.equals(browser.script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", picture)) ? true : null);
        // Selenium's offsets are from the element's centre: this clicks a quarter across and three quarters down
        new Actions(browser.driver).moveToElement(picture, -picture.getSize().getWidth() / 4, picture.getSize().getHeight() / 4)
                .click().perform();
        browser.find(".focus-marker");
        browser.click(".save-asset");
        browser.findWithText(".toast", "Asset saved");
        var focus = focusCentre(asset(assetId).get("focus").asText());
        assertThat(focus[0]).isBetween(90.0, 110.0);
        assertThat(focus[1]).isBetween(215.0, 235.0);

        // 7. back to the story through the content tree, a later headline, then the earlier version restored
        browser.click("nav.sidebar a[href$='/content']");
        browser.findWithText(".story-row .row-name", "Spring Sale").click();
        browser.find("duet-story-editor .story-content duet-blok-form");
        assertThat(browser.all("duet-asset-details, dialog")).as("closing the asset's details asks nothing").isEmpty();
        openCard(hero);
        replaceText(card(hero) + " [data-field=headline] input", "Spring Sale: last chance");
        save();
        assertThat(body().at("/1/headline").asText()).isEqualTo("Spring Sale: last chance");
        int earlier = latestVersion() - 1;
        browser.findWithText("duet-story-editor .actions button", "History").click(); // add-ons put their panel buttons first
        browser.click("duet-story-history button[data-version='" + earlier + "']");
        assertThat(browser.findWithText(".diff .change", "Headline").getText())
                .contains("Spring Sale: last chance").contains("Spring Sale starts today");
        browser.click(".diff button.restore");
        browser.findWithText(".toast", "restored");
        browser.waitUntil(driver -> body().at("/1/headline").asText().equals("Spring Sale starts today") ? true : null);
        assertThat(apiUids()).containsExactly(cta, hero);
        assertThat(body().at("/1/image/filename").asText()).isEqualTo(filename);

        // 8. published, and the delivery API serves the page, its order and its image
        browser.click("duet-story-editor button.publish");
        browser.findWithText(".toast", "Published");
        browser.findWithText(".story-status", "Published");
        var token = app.wiring.spaces.tokens(spaceId).stream().filter(t -> t.access().equals(DeliveryToken.PUBLIC))
                .findFirst().orElseThrow().token();
        var cv = app.wiring.spaces.get(spaceId).cv();
        var delivered = app.anonymous().get("/v2/cdn/stories/spring-sale?token=" + token + "&cv=" + cv);
        assertThat(delivered.status()).isEqualTo(200);
        var published = delivered.json().get("story");
        assertThat(published.get("name").asText()).isEqualTo("Spring Sale");
        var blocks = published.at("/content/body");
        assertThat(blocks.findValuesAsText("component")).containsExactly("cta", "hero");
        assertThat(blocks.at("/0/headline").asText()).isEqualTo("Save 30% until May");
        assertThat(blocks.at("/1/headline").asText()).isEqualTo("Spring Sale starts today");
        assertThat(blocks.at("/1/image/filename").asText()).isEqualTo(filename);

        var thumbnail = app.anonymous().download(URI.create(filename + "/m/100x100").getRawPath());
        assertThat(thumbnail.status()).isEqualTo(200);
        var scaled = ImageIO.read(new ByteArrayInputStream(thumbnail.bytes()));
        assertThat(scaled).isNotNull();
        assertThat(scaled.getWidth()).isEqualTo(100);
        assertThat(scaled.getHeight()).isEqualTo(100);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    // ------------------------------------------------------------------ UI steps

    /** Adds a block of {@code component} from the body's block picker and returns its uid (its card opens). */
    private String addBlock(String component) {
        var before = cardUids();
        browser.click("[data-path=body] .add-block");
        browser.click(".block-picker .picker-option[data-component=" + component + "]");
        browser.waitUntil(driver -> cardUids().size() == before.size() + 1 ? true : null);
        var added = new ArrayList<>(cardUids());
        added.removeAll(before);
        assertThat(added).hasSize(1);
        browser.find(card(added.getFirst()) + " [data-field=headline] input");
        return added.getFirst();
    }

    private void openCard(String uid) {
        if (browser.all(card(uid) + ".open").isEmpty()) browser.click(card(uid) + " > .block-header .block-toggle");
        browser.find(card(uid) + ".open > .block-body duet-blok-form .form-field");
    }

    private void replaceText(String css, String text) {
        var input = browser.find(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    private void save() {
        browser.click("duet-story-editor button.save");
        browser.findWithText(".toast", "Saved.");
        browser.waitUntil(driver -> browser.all(".unsaved").isEmpty() ? true : null);
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

    /** The {@code inner} element of the demo site's element for the block {@code uid}, as bridge.js marks it. */
    private String marked(String uid, String inner) {
        return "[data-blok-uid='" + storyId + "-" + uid + "'] " + inner + ", [data-duet-uid='" + uid + "'] " + inner;
    }

    private static String card(String uid) {
        return "[data-path=body] li.block-card[data-uid='" + uid + "']";
    }

    private List<String> cardUids() {
        @SuppressWarnings("unchecked")
        var uids = (List<String>) browser.script(
                "return [...document.querySelectorAll('[data-path=body] > duet-field-bloks > .bloks > ol > li.block-card')].map(li => li.dataset.uid)");
        return uids;
    }

    private String focusedCard() {
        return (String) browser.script("return document.activeElement.closest('li.block-card')?.dataset.uid ?? null");
    }

    // ------------------------------------------------------------------ API checks

    private JsonNode story() {
        return admin.get("/api/spaces/" + spaceId + "/stories/" + storyId).json().get("story");
    }

    private JsonNode body() {
        return story().at("/content/body");
    }

    private List<String> apiUids() {
        var uids = new ArrayList<String>();
        body().forEach(block -> uids.add(block.get("_uid").asText()));
        return uids;
    }

    private List<String> apiComponents() {
        var components = new ArrayList<String>();
        body().forEach(block -> components.add(block.get("component").asText()));
        return components;
    }

    private JsonNode asset(long id) {
        return admin.get("/api/spaces/" + spaceId + "/assets/" + id).json().get("asset");
    }

    private int latestVersion() {
        int latest = 0;
        for (var version : admin.get("/api/spaces/" + spaceId + "/stories/" + storyId + "/versions?per_page=100").json().get("versions")) {
            latest = Math.max(latest, version.get("number").asInt());
        }
        return latest;
    }

    private Path png(String name, int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x2563eb));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.YELLOW);
        graphics.fillOval(width / 8, height / 2, width / 4, height / 2);
        graphics.dispose();
        var file = files.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static double[] focusCentre(String focus) {
        var parts = focus.split("[x:]");
        return new double[] {(Double.parseDouble(parts[0]) + Double.parseDouble(parts[2])) / 2,
                (Double.parseDouble(parts[1]) + Double.parseDouble(parts[3])) / 2};
    }
}
