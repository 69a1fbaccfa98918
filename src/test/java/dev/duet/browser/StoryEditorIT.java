package dev.duet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.duet.content.DeliveryToken;
import dev.duet.content.Spaces;
import dev.duet.testing.Client;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The story editor in real headless Chromium against a real Duet with the demo space: edit, validate, blocks, history, publish, preview. */
class StoryEditorIT {

    private static final String SLUG = "landing-pages/spring-campaign";

    private TestApp app;
    private Browser browser;
    private Client admin;
    private long spaceId;
    private long storyId;
    private HttpServer site;

    @BeforeEach
    void start() {
        assumeTrue(Browser.installed(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        app = new TestApp(TestDatabase.SQLITE);
        spaceId = DemoSpace.importInto(app).id();
        admin = app.admin();
        storyId = admin.get("/api/spaces/" + spaceId + "/stories?per_page=100&search=spring-campaign").json().get("stories")
                .valueStream().filter(story -> story.get("full_slug").asText().equals(SLUG)).findFirst().orElseThrow()
                .get("id").asLong();
        setPreviewUrl(null);
        browser = new Browser(app.base());
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.close();
        if (site != null) site.stop(0);
        if (app != null) app.close();
    }

    private void setPreviewUrl(String url) {
        var space = app.wiring.spaces.get(spaceId);
        app.wiring.spaces.update(spaceId, new Spaces.Settings(space.name(), space.defaultLanguage(), space.languages(), url));
    }

    private void openEditor() {
        browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).open("admin/spaces/" + spaceId + "/stories/" + storyId);
        browser.find("duet-story-editor .story-content duet-blok-form");
    }

    private JsonNode story() {
        return admin.get("/api/spaces/" + spaceId + "/stories/" + storyId).json().get("story");
    }

    private JsonNode body() {
        return story().at("/content/body");
    }

    private String uid(int index) {
        return body().get(index).get("_uid").asText();
    }

    private String card(String uid) {
        return "[data-path=body] li.block-card[data-uid='" + uid + "']";
    }

    private void expand(String uid) {
        browser.click(card(uid) + " > .block-header .block-toggle");
        browser.find(card(uid) + " > .block-body duet-blok-form .form-field");
    }

    private void replaceText(String css, String text) {
        var input = browser.find(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    private void save() {
        browser.click("duet-story-editor button.save");
    }

    private void waitForToast(String text) {
        browser.findWithText(".toast", text);
    }

    private List<String> cardUids() {
        @SuppressWarnings("unchecked")
        var uids = (List<String>) browser.script(
                "return [...document.querySelectorAll('[data-path=body] > duet-field-bloks > .bloks > ol > li.block-card')].map(li => li.dataset.uid)");
        return uids;
    }

    private List<String> apiUids() {
        var uids = new ArrayList<String>();
        body().forEach(block -> uids.add(block.get("_uid").asText()));
        return uids;
    }

    @Test
    void editing_the_hero_headline_and_saving_stores_a_new_draft() {
        openEditor();
        var hero = uid(0);
        var versionBefore = story().get("version").asLong();
        expand(hero);
        replaceText("[data-path='body[0].headline'] input", "Spring into savings");
        browser.findWithText(".unsaved", "Unsaved changes");
        browser.find(".story-status").getText();
        assertThat(browser.find(".story-status").getText()).isEqualTo("Unpublished changes");

        browser.find("[data-path='body[0].headline'] input").sendKeys(Keys.chord(Keys.CONTROL, "s"));
        waitForToast("Saved.");

        var saved = story();
        assertThat(saved.at("/content/body/0/headline").asText()).isEqualTo("Spring into savings");
        assertThat(saved.get("version").asLong()).isGreaterThan(versionBefore);
        assertThat(browser.all(".unsaved")).isEmpty();
    }

    @Test
    void a_required_field_left_empty_is_shown_on_that_field_and_nothing_is_saved() {
        openEditor();
        var before = story();
        expand(uid(0));
        replaceText("[data-path='body[0].headline'] input", "x");
        browser.find("[data-path='body[0].headline'] input").sendKeys(Keys.BACK_SPACE);
        save();

        assertThat(browser.find("[data-path='body[0].headline'] .field-error").getText()).containsIgnoringCase("required");
        assertThat(browser.find("[data-path='body[0].headline'] input").getAttribute("aria-invalid")).isEqualTo("true");
        var summaryLink = browser.find(".problem-summary a[data-problem-path='body[0].headline']");
        assertThat(summaryLink.getText()).contains("Headline");
        browser.findWithText(".unsaved", "Unsaved changes");
        assertThat(story().get("version")).isEqualTo(before.get("version"));
        assertThat(story().at("/content/body/0/headline").asText()).isEqualTo(before.at("/content/body/0/headline").asText());

        browser.click(card(uid(0)) + " > .block-header .block-toggle");
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-path='body[0].headline']"), 0));
        summaryLink.click();
        browser.waitUntil(driver -> browser.script(
                "return document.activeElement === document.querySelector(\"[data-path='body[0].headline'] input\")"));
    }

    @Test
    void a_slug_already_taken_is_explained_next_to_the_slug() {
        openEditor();
        browser.click("details.story-settings summary");
        replaceText(".story-settings input[name=slug]", "free-trial");
        save();
        assertThat(browser.find(".problem-summary a[data-problem-path='story.slug']").getText()).isEqualTo("Slug");
        assertThat(browser.find(".story-settings input[name=slug]").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(".story-settings .field-error").getText()).isNotBlank();
        assertThat(story().get("slug").asText()).isEqualTo("spring-campaign");
    }

    @Test
    void a_block_from_the_picker_can_be_reordered_with_the_keyboard_deleted_and_brought_back() {
        openEditor();
        var before = apiUids();
        browser.click("[data-path=body] .add-block");
        browser.find(".block-picker input[type=search]");
        var offered = browser.texts(".block-picker .picker-option .block-name");
        var allowed = new ArrayList<String>();
        for (var component : admin.get("/api/spaces/" + spaceId + "/components?per_page=100").json().get("components")) {
            if (List.of("hero", "feature_grid", "cta", "testimonial", "rich_text").contains(component.get("name").asText())) {
                allowed.add(component.path("display_name").asText(component.get("name").asText()));
            }
        }
        assertThat(offered).containsExactlyInAnyOrderElementsOf(allowed);

        browser.find(".block-picker input[type=search]").sendKeys("testi");
        browser.waitUntil(driver -> browser.texts(".block-picker .picker-option .block-name").size() == 1);
        browser.find(".block-picker input[type=search]").sendKeys(Keys.ARROW_DOWN);
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);

        browser.waitUntil(driver -> cardUids().size() == before.size() + 1 ? true : null);
        var added = cardUids().getLast();
        assertThat(before).doesNotContain(added);
        replaceText(card(added) + " [data-field=quote] textarea", "Duet made our launches boring, in the best way.");

        browser.find(card(added) + " > .block-header .block-toggle").sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_UP));
        browser.waitUntil(driver -> cardUids().indexOf(added) == before.size() - 1 ? true : null);
        browser.waitUntil(driver -> browser.script(
                "return document.activeElement.closest('li.block-card')?.dataset.uid === arguments[0]", added));

        browser.click(card(added) + " > .block-header button[aria-label^='Delete']");
        browser.waitUntil(driver -> cardUids().contains(added) ? null : true);
        browser.findWithText(".toast", "deleted");
        browser.click(".toast button.link");
        browser.waitUntil(driver -> cardUids().indexOf(added) == before.size() - 1 ? true : null);

        save();
        waitForToast("Saved.");
        var expected = new ArrayList<>(before);
        expected.add(before.size() - 1, added);
        assertThat(apiUids()).isEqualTo(expected);
        assertThat(body().get(before.size() - 1).get("component").asText()).isEqualTo("testimonial");
    }

    @Test
    void dragging_a_block_by_its_header_reorders_the_list() {
        openEditor();
        var before = apiUids();
        browser.script("""
                const [first, , third] = document.querySelectorAll('[data-path=body] > duet-field-bloks > .bloks > ol > li.block-card');
                const data = new DataTransfer();
                const header = first.querySelector(':scope > .block-header');
                header.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
                const box = third.getBoundingClientRect();
                const at = {bubbles: true, cancelable: true, dataTransfer: data, clientX: box.left + 10, clientY: box.bottom - 2};
                third.dispatchEvent(new DragEvent('dragover', at));
                third.dispatchEvent(new DragEvent('drop', at));
                header.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));
                """);
        var expected = new ArrayList<>(before);
        expected.add(2, expected.removeFirst());
        browser.waitUntil(driver -> cardUids().equals(expected) ? true : null);
        save();
        waitForToast("Saved.");
        assertThat(apiUids()).isEqualTo(expected);
    }

    @Test
    void a_save_after_someone_else_saved_is_refused_and_offers_a_reload() {
        openEditor();
        var theirs = story();
        var content = (com.fasterxml.jackson.databind.node.ObjectNode) theirs.get("content").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) content.get("body").get(0)).put("headline", "Their headline");
        assertThat(admin.put("/api/spaces/" + spaceId + "/stories/" + storyId,
                java.util.Map.of("story", java.util.Map.of("content", content), "version", theirs.get("version").asLong())).status())
                .isEqualTo(200);

        expand(uid(0));
        replaceText("[data-path='body[0].headline'] input", "My headline");
        save();
        assertThat(browser.find("dialog.merge-dialog").getText()).contains("Someone else saved this story");
        assertThat(story().at("/content/body/0/headline").asText()).isEqualTo("Their headline");

        browser.click("dialog.merge-dialog .merge-reload");
        browser.waitUntil(driver -> browser.all(".banner-error").isEmpty() ? true : null);
        browser.waitUntil(driver -> "Their headline".equals(browser.find("[data-path='body[0].headline'] input").getAttribute("value")) ? true : null);
        assertThat(browser.all(".unsaved")).isEmpty();
    }

    @Test
    void leaving_with_unsaved_changes_asks_first() {
        openEditor();
        var editor = browser.path();
        browser.click("details.story-settings summary");
        replaceText(".story-settings input[name=name]", "Spring Campaign (new)");

        browser.click("nav.sidebar a[href$='/content']");
        var alert = browser.waitUntil(ExpectedConditions.alertIsPresent());
        assertThat(alert.getText()).contains("unsaved changes");
        alert.dismiss();
        assertThat(browser.path()).isEqualTo(editor);
        assertThat(browser.find(".story-settings input[name=name]").getAttribute("value")).isEqualTo("Spring Campaign (new)");

        browser.click("nav.sidebar a[href$='/content']");
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.find(".story-list");
        assertThat(browser.path()).isEqualTo("/admin/spaces/" + spaceId + "/content");
        assertThat(story().get("name").asText()).isEqualTo("Spring Campaign 2026");
    }

    @Test
    void an_earlier_version_can_be_compared_and_restored_from_the_history() {
        openEditor();
        expand(uid(0));
        var headline = "[data-path='body[0].headline'] input";
        replaceText(headline, "First change");
        save();
        waitForToast("Saved.");
        browser.findWithText(".story-status", "Unpublished changes");
        browser.waitUntil(driver -> browser.all(".unsaved").isEmpty() ? true : null);
        replaceText(headline, "Second change");
        save();
        browser.waitUntil(driver -> story().at("/content/body/0/headline").asText().equals("Second change") ? true : null);
        var versions = admin.get("/api/spaces/" + spaceId + "/stories/" + storyId + "/versions?per_page=100").json().get("versions");
        int first = 0;
        for (var version : versions) first = Math.max(first, version.get("number").asInt());
        first -= 1;

        browser.findWithText("duet-story-editor .actions button", "History").click(); // add-ons put their panel buttons first
        browser.click("duet-story-history button[data-version='" + first + "']");
        var change = browser.findWithText(".diff .change", "Headline");
        assertThat(change.getText()).contains("Second change").contains("First change");
        browser.click(".diff button.restore");
        waitForToast("restored");

        assertThat(story().at("/content/body/0/headline").asText()).isEqualTo("First change");
        browser.waitUntil(driver -> "First change".equals(browser.find(headline).getAttribute("value")) ? true : null);
    }

    @Test
    void publishing_saves_the_edit_and_the_delivery_api_serves_it() {
        openEditor();
        expand(uid(0));
        replaceText("[data-path='body[0].headline'] input", "Live for spring");
        browser.click("duet-story-editor button.publish");
        waitForToast("Published");
        browser.findWithText(".story-status", "Published");

        var token = app.wiring.spaces.tokens(spaceId).stream().filter(t -> t.access().equals(DeliveryToken.PUBLIC))
                .findFirst().orElseThrow().token();
        var cv = app.wiring.spaces.get(spaceId).cv();
        var delivered = app.anonymous().get("/v2/cdn/stories/" + SLUG + "?token=" + token + "&cv=" + cv);
        assertThat(delivered.status()).isEqualTo(200);
        assertThat(delivered.json().at("/story/content/body/0/headline").asText()).isEqualTo("Live for spring");
    }

    @Test
    void saved_changes_can_be_discarded_and_the_story_unpublished() {
        openEditor();
        var published = story().at("/content/body/0/headline").asText();
        expand(uid(0));
        replaceText("[data-path='body[0].headline'] input", "Not ready for the world");
        save();
        waitForToast("Saved.");

        browser.click("duet-story-editor button.discard");
        browser.click("dialog button[type=submit]");
        waitForToast("Changes discarded");
        assertThat(story().at("/content/body/0/headline").asText()).isEqualTo(published);
        browser.waitUntil(driver -> published.equals(browser.find("[data-path='body[0].headline'] input").getAttribute("value")) ? true : null);

        browser.click("duet-story-editor button.unpublish");
        browser.click("dialog button[type=submit]");
        waitForToast("Unpublished");
        browser.findWithText(".story-status", "Draft");
        assertThat(story().get("published").asBoolean()).isFalse();
        var token = app.wiring.spaces.tokens(spaceId).stream().filter(t -> t.access().equals(DeliveryToken.PUBLIC))
                .findFirst().orElseThrow().token();
        var cv = app.wiring.spaces.get(spaceId).cv();
        assertThat(app.anonymous().get("/v2/cdn/stories/" + SLUG + "?token=" + token + "&cv=" + cv).status()).isEqualTo(404);
    }

    @Test
    void the_preview_receives_every_edit_and_a_click_in_it_opens_that_block() throws IOException {
        var requests = new CopyOnWriteArrayList<String>();
        var cta = body().valueStream().filter(block -> block.get("component").asText().equals("cta")).findFirst().orElseThrow();
        startSite(cta.get("_uid").asText(), requests);
        setPreviewUrl("http://127.0.0.1:" + site.getAddress().getPort() + "/");
        openEditor();
        var original = story().at("/content/body/0/headline").asText();

        browser.driver.switchTo().frame(browser.find("iframe.preview-frame"));
        browser.findWithText("#headline", original);
        browser.driver.switchTo().defaultContent();
        assertThat(requests).anySatisfy(uri -> assertThat(uri).startsWith("/" + SLUG + "?_storyblok=" + storyId)
                .contains("_duet_editor=" + java.net.URLEncoder.encode(app.base().replaceAll("/$", ""), StandardCharsets.UTF_8))
                .contains("_duet_space=" + spaceId));

        expand(uid(0));
        browser.find("[data-path='body[0].headline'] input").sendKeys(" now");
        browser.driver.switchTo().frame(browser.find("iframe.preview-frame"));
        browser.findWithText("#headline", original + " now");
        assertThat(browser.find("#focus").getText()).isEqualTo(uid(0));

        browser.click("#select");
        browser.driver.switchTo().defaultContent();
        var ctaCard = card(cta.get("_uid").asText());
        browser.find(ctaCard + ".open > .block-body input");
        browser.waitUntil(driver -> browser.script(
                "return document.activeElement.closest('li.block-card')?.dataset.uid === arguments[0]", cta.get("_uid").asText()));
    }

    /** A stand-in for the developer's site: shows the headline the editor sends and selects the CTA on a click. */
    private void startSite(String selectUid, List<String> requests) throws IOException {
        var page = """
                <!doctype html><html><body data-uid="%s"><h1 id="headline">waiting</h1><p id="focus"></p>
                <button id="select">Select the call to action</button>
                <script>
                  const params = new URLSearchParams(location.search);
                  const editor = params.get('_duet_editor');
                  addEventListener('message', (event) => {
                    if (event.origin !== editor || event.data?.source !== 'duet-editor') return;
                    if (event.data.type === 'input') document.getElementById('headline').textContent = event.data.story.content.body[0].headline;
                    if (event.data.type === 'focus') document.getElementById('focus').textContent = event.data.uid;
                  });
                  document.getElementById('select').addEventListener('click', () =>
                    parent.postMessage({source: 'duet-bridge', type: 'select', uid: document.body.dataset.uid}, editor));
                  parent.postMessage({source: 'duet-bridge', type: 'ready', story_id: Number(params.get('_storyblok')), url: location.href}, editor);
                </script></body></html>
                """.formatted(selectUid).getBytes(StandardCharsets.UTF_8);
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (var out = exchange.getResponseBody()) {
                out.write(page);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        site.start();
    }
}
