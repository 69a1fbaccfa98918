package dev.duet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.duet.testing.Client;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The story editor's field elements (js/fields/*.js), each mounted alone on the signed-in admin page, driven with the
 * keyboard and mouse in real Chromium. The values they emit are checked, and saved through the API to show the server
 * accepts them as valid content.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldEditorsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestApp app;
    private Browser browser;
    private Client admin;
    private long spaceId;
    private int created;

    @BeforeAll
    void start() {
        assumeTrue(Browser.installed(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        app = new TestApp(TestDatabase.SQLITE);
        spaceId = DemoSpace.importInto(app).id();
        admin = app.admin();
        browser = new Browser(app.base());
        browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD);
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (app != null) app.close();
    }

    @BeforeEach
    void freshPage() {
        browser.open("admin/spaces/" + spaceId + "/content");
        browser.find(".story-row");
        browser.script("document.querySelectorAll('dialog').forEach(d => d.remove())");
    }

    /** Mounts `<tag>` from `module` in the page's main area, recording (and applying, as the editor does) its changes. */
    private WebElement mount(String module, String tag, Object field, Object value) {
        var answer = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const [module, tag, field, value, spaceId, done] = arguments;
                import(module).then(() => {
                  window.__changes = [];
                  const element = document.createElement(tag);
                  element.field = JSON.parse(field);
                  element.name = 'the_field';
                  element.value = JSON.parse(value);
                  element.spaceId = spaceId;
                  element.path = 'content.the_field';
                  element.addEventListener('value-changed', (event) => {
                    window.__changes.push(event.detail);
                    element.value = event.detail;
                  });
                  document.querySelector('main').replaceChildren(element);
                  return element.updateComplete;
                }).then(() => done('mounted'), (error) => done(String(error)));
                """, "/admin/js/fields/" + module, tag, json(field), json(value), spaceId);
        assertThat(answer).isEqualTo("mounted");
        return browser.find(tag);
    }

    private static String json(Object value) {
        try {
            return value instanceof String text ? text : JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last value the mounted element emitted (JSON null when none). */
    private JsonNode lastChange() {
        return parse((String) browser.script("return JSON.stringify(window.__changes.length ? window.__changes.at(-1) : null)"));
    }

    private JsonNode waitForChange(java.util.function.Predicate<JsonNode> condition) {
        browser.waitUntil(driver -> condition.test(lastChange()));
        return lastChange();
    }

    private WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }

    /** Saves a new story with this content through the API and returns the stored content (fails on a 4xx). */
    private JsonNode saveStory(Map<String, Object> content) {
        created++;
        var response = admin.post("/api/spaces/" + spaceId + "/stories", Map.of("story",
                Map.of("name", "Field test " + created, "slug", "field-test-" + created, "content", content)));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().at("/story/content");
    }

    private JsonNode demo() {
        try (var in = getClass().getResourceAsStream("/demo/acme-space.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String storyUuid(String fullSlug) {
        return admin.get("/api/spaces/" + spaceId + "/stories?per_page=100").json().get("stories").findParents("full_slug").stream()
                .filter(story -> story.get("full_slug").asText().equals(fullSlug)).findFirst().orElseThrow().get("uuid").asText();
    }

    // ------------------------------------------------------------------ rich text: the converter

    @Test
    void every_rich_text_document_of_the_demo_survives_the_trip_to_the_editor_and_back_unchanged() {
        var docs = JSON.createArrayNode();
        collectDocs(demo().get("stories"), docs);
        assertThat(docs.size()).isGreaterThan(3);

        var mismatches = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const [docs, done] = arguments;
                import('/admin/js/fields/richtext-doc.js').then(({ renderDoc, readDoc, canonical }) => {
                  const box = document.createElement('div');
                  document.body.append(box);
                  const wrong = [];
                  for (const doc of JSON.parse(docs)) {
                    renderDoc(doc, box);
                    const back = readDoc(box);
                    if (canonical(back) !== canonical(doc)) wrong.push(canonical(doc) + '\\n  came back as\\n' + canonical(back));
                  }
                  box.remove();
                  done(wrong);
                }, (error) => done([String(error)]));
                """, json(docs));
        assertThat((List<?>) mismatches).isEmpty();
    }

    private static void collectDocs(JsonNode node, ArrayNode into) {
        if (node.isObject() && "doc".equals(node.path("type").asText())) into.add(node);
        else node.forEach(child -> collectDocs(child, into));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_converter_keeps_line_breaks_unknown_nodes_and_unknown_marks_and_fills_an_empty_document() {
        var cases = """
                [
                  {"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"one"},{"type":"hard_break"}]}]},
                  {"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"a"},{"type":"hard_break"},{"type":"text","text":"b"}]}]},
                  {"type":"doc","content":[{"type":"image","attrs":{"src":"https://x.example/a.png","alt":"A"}},{"type":"paragraph"}]},
                  {"type":"doc","content":[{"type":"paragraph","content":[{"type":"emoji","attrs":{"name":"smile"}},{"type":"text","text":" hi","marks":[{"type":"highlight","attrs":{"color":"#ff0"}},{"type":"bold"}]}]}]},
                  {"type":"doc","content":[{"type":"ordered_list","attrs":{"order":3},"content":[{"type":"list_item","content":[{"type":"paragraph","content":[{"type":"text","text":"x"}]},{"type":"bullet_list","content":[{"type":"list_item","content":[{"type":"paragraph","content":[{"type":"text","text":"y","marks":[{"type":"italic"},{"type":"link","attrs":{"href":"https://e.example","linktype":"url","target":"_blank","uuid":null,"anchor":null}}]}]}]}]}]}]},{"type":"horizontal_rule"},{"type":"blockquote","content":[{"type":"paragraph","content":[{"type":"text","text":"q"}]}]},{"type":"heading","attrs":{"level":3,"textAlign":null},"content":[{"type":"text","text":"h"}]}]}
                ]""";
        var answer = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const [cases, done] = arguments;
                import('/admin/js/fields/richtext-doc.js').then(({ renderDoc, readDoc, canonical }) => {
                  const box = document.createElement('div');
                  document.body.append(box);
                  const results = JSON.parse(cases).map((doc) => {
                    renderDoc(doc, box);
                    return canonical(readDoc(box)) === canonical(doc) ? 'same' : canonical(readDoc(box));
                  });
                  renderDoc(null, box);
                  results.push(canonical(readDoc(box)));
                  box.innerHTML = '<ul><li>bare item</li></ul>plain <b>bold</b><div>in a div</div>';
                  results.push(canonical(readDoc(box)));
                  box.remove();
                  done(results);
                }, (error) => done([String(error)]));
                """, cases);
        assertThat((List<Object>) answer).containsExactly("same", "same", "same", "same", "same",
                "{\"content\":[{\"type\":\"paragraph\"}],\"type\":\"doc\"}",
                "{\"content\":[{\"content\":[{\"content\":[{\"content\":[{\"text\":\"bare item\",\"type\":\"text\"}],\"type\":\"paragraph\"}],\"type\":\"list_item\"}],\"type\":\"bullet_list\"},"
                        + "{\"content\":[{\"text\":\"plain \",\"type\":\"text\"},{\"marks\":[{\"type\":\"bold\"}],\"text\":\"bold\",\"type\":\"text\"}],\"type\":\"paragraph\"},"
                        + "{\"content\":[{\"text\":\"in a div\",\"type\":\"text\"}],\"type\":\"paragraph\"}],\"type\":\"doc\"}");
    }

    // ------------------------------------------------------------------ rich text: the editor

    private static final Map<String, Object> RICHTEXT = Map.of("type", "richtext", "display_name", "Body",
            "restrict_components", true, "component_whitelist", List.of("cta", "testimonial"));

    private WebElement mountRichtext(String doc) {
        mount("richtext.js", "duet-field-richtext", RICHTEXT, doc);
        var editor = browser.find(".rt-editor");
        editor.click();
        return editor;
    }

    @Test
    void typing_with_ctrl_b_makes_bold_text_and_the_document_saves_as_valid_content() {
        mountRichtext("{\"type\":\"doc\",\"content\":[{\"type\":\"paragraph\"}]}");
        focused().sendKeys("Plain and ");
        focused().sendKeys(Keys.chord(Keys.CONTROL, "b"));
        focused().sendKeys("strong");
        focused().sendKeys(Keys.chord(Keys.CONTROL, "b"));
        focused().sendKeys(" again");

        var doc = waitForChange(value -> value.toString().contains("again"));
        assertThat(doc.toString()).isEqualTo("{\"type\":\"doc\",\"content\":[{\"type\":\"paragraph\",\"content\":["
                + "{\"type\":\"text\",\"text\":\"Plain and \"},"
                + "{\"type\":\"text\",\"text\":\"strong\",\"marks\":[{\"type\":\"bold\"}]},"
                + "{\"type\":\"text\",\"text\":\" again\"}]}]}");
        assertThat(browser.find(".rt-bold").getAttribute("aria-pressed")).isEqualTo("false");

        var saved = saveStory(Map.of("component", "blog_post", "title", "Rich", "body", doc));
        assertThat(saved.get("body")).isEqualTo(doc);
    }

    @Test
    void the_list_and_heading_buttons_make_lists_of_paragraphs_and_headings() {
        mountRichtext("{\"type\":\"doc\",\"content\":[{\"type\":\"paragraph\"}]}");
        focused().sendKeys("Title");
        browser.click(".rt-h2");
        focused().sendKeys(Keys.END, Keys.ENTER, "first");
        browser.click(".rt-ul");
        focused().sendKeys(Keys.ENTER, "second", Keys.ENTER, Keys.ENTER, "after");

        var doc = waitForChange(value -> value.toString().contains("after"));
        assertThat(doc.at("/content/2")).isEqualTo(parse("{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"after\"}]}"));
        ((com.fasterxml.jackson.databind.node.ArrayNode) doc.get("content")).remove(2);
        assertThat(doc.get("content")).as((String) browser.script("return document.querySelector('.rt-editor').innerHTML")).hasSize(2);
        assertThat(doc.at("/content/0")).isEqualTo(parse("{\"type\":\"heading\",\"attrs\":{\"level\":2},\"content\":[{\"type\":\"text\",\"text\":\"Title\"}]}"));
        assertThat(doc.at("/content/1/type").asText()).as((String) browser.script("return document.querySelector('.rt-editor').innerHTML"))
                .isEqualTo("bullet_list");
        assertThat(doc.at("/content/1/content").findValuesAsText("type"))
                .as(browser.script("return document.querySelector('.rt-editor').innerHTML") + " " + doc).containsExactly(
                "list_item", "paragraph", "text", "list_item", "paragraph", "text");
        assertThat(doc.at("/content/1/content/1/content/0/content/0/text").asText()).isEqualTo("second");
    }

    @Test
    void ctrl_k_on_selected_words_links_them_as_storyblok_does() {
        mountRichtext("{\"type\":\"doc\",\"content\":[{\"type\":\"paragraph\"}]}");
        focused().sendKeys("Read the docs");
        focused().sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_LEFT), Keys.chord(Keys.SHIFT, Keys.ARROW_LEFT),
                Keys.chord(Keys.SHIFT, Keys.ARROW_LEFT), Keys.chord(Keys.SHIFT, Keys.ARROW_LEFT));
        focused().sendKeys(Keys.chord(Keys.CONTROL, "k"));
        browser.type("dialog input[name=href]", "https://docs.acme.example/start");
        browser.click("dialog input[name=blank]");
        browser.click("dialog button[type=submit]");

        var doc = waitForChange(value -> value.toString().contains("link"));
        assertThat(doc.at("/content/0/content")).isEqualTo(parse("""
                [{"type":"text","text":"Read the "},
                 {"type":"text","text":"docs","marks":[{"type":"link","attrs":{"href":"https://docs.acme.example/start",
                   "linktype":"url","target":"_blank","uuid":null,"anchor":null}}]}]"""));
    }

    @Test
    void insert_block_offers_the_allowed_components_and_embeds_a_blok_node() {
        mountRichtext("{\"type\":\"doc\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Intro\"}]}]}");
        browser.click(".rt-insert-blok");
        var select = new Select(browser.find("dialog select[name=component]"));
        assertThat(select.getOptions()).extracting(WebElement::getText).containsExactlyInAnyOrder("Call to action", "Testimonial");
        select.selectByValue("testimonial");
        browser.click("dialog button[type=submit]");

        var doc = waitForChange(value -> value.toString().contains("blok"));
        assertThat(doc.at("/content/0/content/0/text").asText()).isEqualTo("Intro");
        var blok = doc.at("/content/1");
        assertThat(blok.get("type").asText()).isEqualTo("blok");
        assertThat(blok.at("/attrs/id").asText()).matches("[0-9a-f-]{36}");
        assertThat(blok.at("/attrs/body/0/component").asText()).isEqualTo("testimonial");
        assertThat(blok.at("/attrs/body/0/_uid").asText()).matches("[0-9a-f-]{36}");
        assertThat(browser.find(".rt-blok .rt-chip-label").getText()).isEqualTo("Block: Testimonial");
    }

    @Test
    void an_embedded_block_is_edited_in_a_dialog_and_the_demo_document_is_not_changed_by_showing_it() {
        var post = admin.get("/api/spaces/" + spaceId + "/stories?component=blog_post&per_page=100").json().get("stories");
        JsonNode docWithBlok = null;
        for (var summary : post) {
            var content = admin.get("/api/spaces/" + spaceId + "/stories/" + summary.get("id").asLong()).json().at("/story/content");
            if (content.path("body").toString().contains("\"blok\"")) docWithBlok = content.get("body");
        }
        assertThat(docWithBlok).isNotNull();
        mountRichtext(docWithBlok.toString());
        assertThat(lastChange().isNull()).isTrue();
        assertThat(browser.find(".rt-blok .rt-chip-label").getText()).matches("Block: (Call to action|Testimonial)");

        browser.click(".rt-edit-blok");
        var editor = browser.find("dialog textarea[name=json], dialog duet-blok-form");
        if (editor.getTagName().equals("textarea")) {
            var body = parse(editor.getAttribute("value"));
            ((com.fasterxml.jackson.databind.node.ObjectNode) body.get(0)).put("headline", "Changed in the dialog");
            browser.script("arguments[0].value = arguments[1]", editor, body.toString());
            browser.click("dialog button[type=submit]");
            var doc = waitForChange(value -> value.toString().contains("Changed in the dialog"));
            assertThat(doc.findParents("type").stream().filter(node -> node.get("type").asText().equals("blok")).findFirst().orElseThrow()
                    .at("/attrs/body/0/headline").asText()).isEqualTo("Changed in the dialog");
        } else {
            var first = browser.find("dialog duet-blok-form textarea, dialog duet-blok-form input[type=text]");
            first.sendKeys(Keys.END, " (edited)");
            browser.click("dialog button[type=submit]");
            var doc = waitForChange(value -> value.toString().contains("(edited)"));
            assertThat(doc.findParents("type").stream().filter(node -> node.get("type").asText().equals("blok")).findFirst().orElseThrow()
                    .at("/attrs/body/0").toString()).contains("(edited)");
        }
    }

    // ------------------------------------------------------------------ options

    @Test
    void an_option_lists_its_datasource_entries_and_stores_the_chosen_value() {
        mount("options.js", "duet-field-option", Map.of("type", "option", "display_name", "Icon", "source", "datasource",
                "datasource_slug", "icons"), "\"\"");
        browser.findWithText("duet-field-option option", "Shield");
        var select = new Select(browser.find("duet-field-option select"));
        assertThat(select.getOptions()).extracting(WebElement::getText)
                .containsExactly("— None —", "Bolt", "Shield", "Chart", "Users", "Cloud", "Lock");
        select.selectByVisibleText("Shield");
        assertThat(waitForChange(JsonNode::isTextual).asText()).isEqualTo("shield");
    }

    @Test
    void an_option_of_languages_lists_the_space_languages() {
        mount("options.js", "duet-field-option", Map.of("type", "option", "source", "internal_languages"), "\"de\"");
        browser.findWithText("duet-field-option option", "German");
        var select = new Select(browser.find("duet-field-option select"));
        assertThat(select.getOptions()).extracting(WebElement::getText).containsExactly("— None —", "Default (English)", "German");
        assertThat(select.getFirstSelectedOption().getAttribute("value")).isEqualTo("de");
    }

    @Test
    void a_required_option_offers_no_empty_choice_once_set() {
        mount("options.js", "duet-field-option", Map.of("type", "option", "required", true, "options",
                List.of(Map.of("name", "Light", "value", "light"), Map.of("name", "Dark", "value", "dark"))), "\"dark\"");
        var select = new Select(browser.find("duet-field-option select"));
        assertThat(select.getOptions()).extracting(WebElement::getText).containsExactly("Light", "Dark");
        assertThat(select.getFirstSelectedOption().getText()).isEqualTo("Dark");
        assertThat(browser.find("duet-field-option .field-label").getText()).isEqualTo("The field *");
    }

    @Test
    void options_from_stories_are_checkboxes_that_store_story_uuids() {
        mount("options.js", "duet-field-options", Map.of("type", "options", "display_name", "Author",
                "source", "internal_stories", "filter_content_type", List.of("author")), "[]");
        var authors = admin.get("/api/spaces/" + spaceId + "/stories?component=author&per_page=100").json().get("stories");
        assertThat(authors.size()).isGreaterThan(1);
        var first = authors.get(0);
        var box = browser.findWithText("duet-field-options label.option-check", first.get("name").asText());
        assertThat(browser.all("duet-field-options input[type=checkbox]")).hasSize(authors.size());
        box.findElement(org.openqa.selenium.By.cssSelector("input")).sendKeys(Keys.SPACE);

        var value = waitForChange(JsonNode::isArray);
        assertThat(value).isEqualTo(JSON.createArrayNode().add(first.get("uuid").asText()));
        var saved = saveStory(Map.of("component", "blog_post", "title", "Options", "author", value));
        assertThat(saved.get("author")).isEqualTo(value);
    }

    // ------------------------------------------------------------------ datetime

    @Test
    void a_datetime_shows_the_stored_value_and_stores_what_is_picked_as_storyblok_writes_it() {
        mount("datetime.js", "duet-field-datetime", Map.of("type", "datetime", "display_name", "Published on"), "\"2026-04-07 09:00\"");
        var input = browser.find("duet-field-datetime input[type=datetime-local]");
        assertThat(input.getAttribute("value")).isEqualTo("2026-04-07T09:00");
        browser.script("""
                const input = arguments[0];
                input.value = '2026-12-24T18:45';
                input.dispatchEvent(new Event('change', { bubbles: true }));""", input);
        assertThat(waitForChange(JsonNode::isTextual).asText()).isEqualTo("2026-12-24 18:45");
        browser.click("duet-field-datetime button.link");
        assertThat(waitForChange(value -> value.asText().isEmpty()).asText()).isEmpty();

        browser.click("duet-field-datetime button.secondary");
        var now = waitForChange(value -> !value.asText().isEmpty()).asText();
        assertThat(now).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(saveStory(Map.of("component", "blog_post", "title", "Dated", "published_on", now)).get("published_on").asText()).isEqualTo(now);
    }

    @Test
    void a_datetime_without_time_is_a_date_input_and_stores_midnight() {
        mount("datetime.js", "duet-field-datetime", Map.of("type", "datetime", "disable_time", true), "\"2026-04-07 09:00\"");
        var input = browser.find("duet-field-datetime input[type=date]");
        assertThat(input.getAttribute("value")).isEqualTo("2026-04-07");
        browser.script("""
                arguments[0].value = '2027-01-02';
                arguments[0].dispatchEvent(new Event('change', { bubbles: true }));""", input);
        assertThat(waitForChange(JsonNode::isTextual).asText()).isEqualTo("2027-01-02 00:00");
    }

    // ------------------------------------------------------------------ markdown

    @Test
    void markdown_formats_with_the_toolbar_and_previews_safely() {
        mount("markdown.js", "duet-field-markdown", Map.of("type", "markdown"), "\"\"");
        var area = browser.find("duet-field-markdown textarea");
        area.sendKeys("Hello ");
        area.sendKeys(Keys.chord(Keys.CONTROL, "b"));
        area.sendKeys("world");
        assertThat(waitForChange(value -> value.asText().contains("world")).asText()).isEqualTo("Hello **world**");
        area.sendKeys(Keys.END, Keys.ENTER, "<script>alert(1)</script> and [a link](javascript:alert(1))");

        browser.click("duet-field-markdown [role=tab][data-tab=preview]");
        var preview = browser.find(".markdown-preview");
        assertThat(preview.findElement(org.openqa.selenium.By.cssSelector("strong")).getText()).isEqualTo("world");
        assertThat(preview.getText()).contains("<script>alert(1)</script>");
        assertThat(browser.all(".markdown-preview script, .markdown-preview a")).isEmpty();
    }

    // ------------------------------------------------------------------ table

    @Test
    void a_table_is_created_and_edited_cell_by_cell_with_rows_and_columns_added_and_removed() {
        mount("table.js", "duet-field-table", Map.of("type", "table", "display_name", "Plans"), "\"\"");
        browser.click(".table-start");
        focused().sendKeys("Plan");
        focused().sendKeys(Keys.TAB, "Price");
        browser.click(".table-add-col");
        focused().sendKeys("Seats");
        var cell = browser.find("input[data-row='0'][data-col='0']");
        cell.click();
        focused().sendKeys("Starter", Keys.ARROW_RIGHT, "9", Keys.ENTER);
        browser.waitUntil(driver -> "1".equals(focused().getAttribute("data-row")));
        focused().sendKeys("19");
        focused().sendKeys(Keys.HOME, Keys.ARROW_LEFT, "Growth");
        browser.click("button[aria-label='Remove column 3']");

        var table = waitForChange(value -> value.path("thead").size() == 2 && value.toString().contains("Growth"));
        assertThat(table.get("fieldtype").asText()).isEqualTo("table");
        assertThat(table.get("thead").findValuesAsText("value")).containsExactly("Plan", "Price");
        assertThat(table.get("thead").findValuesAsText("component")).containsOnly("_table_head");
        assertThat(table.get("tbody")).hasSize(2);
        assertThat(table.at("/tbody/0/component").asText()).isEqualTo("_table_row");
        assertThat(table.at("/tbody/0/body").findValuesAsText("value")).containsExactly("Starter", "9");
        assertThat(table.at("/tbody/1/body").findValuesAsText("value")).containsExactly("Growth", "19");
        assertThat(table.at("/tbody/1/body/0/component").asText()).isEqualTo("_table_col");

        browser.click("button[aria-label='Remove row 1']");
        var smaller = waitForChange(value -> value.path("tbody").size() == 1);
        assertThat(smaller.at("/tbody/0/body/0/value").asText()).isEqualTo("Growth");
        var saved = saveStory(Map.of("component", "page", "body", List.of(Map.of("component", "pricing_table", "_uid", "t-1", "plans", smaller))));
        assertThat(saved.at("/body/0/plans")).isEqualTo(smaller);
    }

    // ------------------------------------------------------------------ link

    @Test
    void a_link_to_a_story_is_found_by_search_and_stored_by_uuid_with_its_slug() {
        mount("link.js", "duet-field-multilink", Map.of("type", "multilink", "display_name", "Button link", "allow_target_blank", true),
                "{\"id\":\"\",\"url\":\"\",\"linktype\":\"story\",\"fieldtype\":\"multilink\",\"cached_url\":\"\"}");
        browser.find(".link-story-search").sendKeys("free trial");
        browser.findWithText(".link-result", "landing-pages/free-trial").click();

        var link = waitForChange(value -> !value.path("id").asText().isEmpty());
        assertThat(link).isEqualTo(parse("{\"id\":\"" + storyUuid("landing-pages/free-trial")
                + "\",\"url\":\"\",\"linktype\":\"story\",\"fieldtype\":\"multilink\",\"cached_url\":\"landing-pages/free-trial\"}"));
        assertThat(browser.find(".link-current").getText()).contains("/landing-pages/free-trial");

        browser.click(".link-blank");
        browser.type(".link-anchor", "pricing");
        browser.find(".link-anchor").sendKeys(Keys.TAB);
        var withAnchor = waitForChange(value -> value.has("anchor"));
        assertThat(withAnchor.get("anchor").asText()).isEqualTo("pricing");
        assertThat(withAnchor.get("target").asText()).isEqualTo("_blank");
        var saved = saveStory(Map.of("component", "page", "body", List.of(Map.of("component", "cta", "_uid", "c-1",
                "headline", "Go", "link", withAnchor))));
        assertThat(saved.at("/body/0/link")).isEqualTo(withAnchor);
    }

    @Test
    void url_and_email_links_are_stored_as_typed_and_a_wrong_email_is_explained() {
        mount("link.js", "duet-field-multilink", Map.of("type", "multilink", "email_link_type", true), "null");
        browser.find("[role=tab][data-type=story]").sendKeys(Keys.ARROW_RIGHT);
        assertThat(focused().getAttribute("data-type")).isEqualTo("url");
        browser.find(".link-url").sendKeys("https://acme.example/pricing?plan=pro");
        assertThat(waitForChange(value -> value.path("url").asText().endsWith("pro"))).isEqualTo(parse(
                "{\"id\":\"\",\"url\":\"https://acme.example/pricing?plan=pro\",\"linktype\":\"url\",\"fieldtype\":\"multilink\","
                        + "\"cached_url\":\"https://acme.example/pricing?plan=pro\"}"));

        browser.click("[role=tab][data-type=email]");
        browser.find(".link-email").sendKeys("sales@acme");
        assertThat(browser.find(".link-email-problem").getText()).contains("not an email address");
        assertThat(lastChange().get("linktype").asText()).isEqualTo("url");
        browser.find(".link-email").sendKeys(".example");
        var email = waitForChange(value -> value.path("linktype").asText().equals("email"));
        assertThat(email.get("email").asText()).isEqualTo("sales@acme.example");
        assertThat(browser.all(".link-email-problem")).isEmpty();
    }

    // ------------------------------------------------------------------ assets

    @Test
    void an_asset_field_shows_its_image_edits_alt_text_and_can_be_removed() {
        var image = demo().get("stories").findParents("fieldtype").stream()
                .filter(node -> node.get("fieldtype").asText().equals("asset")).findFirst().orElseThrow();
        mount("asset.js", "duet-field-asset", Map.of("type", "asset", "filetypes", List.of("images")), image.toString());
        assertThat(browser.find(".asset-thumb img").getAttribute("src")).isEqualTo(image.get("filename").asText() + "/m/160x0");
        var alt = browser.find(".asset-alt");
        alt.sendKeys(Keys.END, " at dawn");
        var changed = waitForChange(value -> value.path("alt").asText().endsWith("at dawn"));
        assertThat(changed.get("filename")).isEqualTo(image.get("filename"));
        assertThat(changed.get("id")).isEqualTo(image.get("id"));

        browser.click(".asset-remove");
        assertThat(waitForChange(value -> value.path("filename").asText().isEmpty()).get("fieldtype").asText()).isEqualTo("asset");
        assertThat(browser.find(".asset-pick").getText()).isEqualTo("Choose a file");
    }

    @Test
    void the_asset_picker_takes_a_web_address_and_refuses_files_of_the_wrong_kind() {
        mount("asset.js", "duet-field-multiasset", Map.of("type", "multiasset", "filetypes", List.of("images")), "[]");
        browser.click(".asset-pick");
        browser.find("dialog.asset-dialog");
        browser.type(".asset-url input[name=url]", "https://cdn.acme.example/brochure.pdf");
        browser.click(".asset-url button[type=submit]");
        assertThat(browser.find(".asset-url .field-error").getText()).contains("only images");
        browser.type(".asset-url input[name=url]", "https://cdn.acme.example/team.jpg");
        browser.click(".asset-url button[type=submit]");

        var list = waitForChange(JsonNode::isArray);
        assertThat(list).hasSize(1);
        assertThat(list.at("/0/filename").asText()).isEqualTo("https://cdn.acme.example/team.jpg");
        assertThat(list.at("/0/fieldtype").asText()).isEqualTo("asset");
        var saved = saveStory(Map.of("component", "landing_page", "gallery", list));
        assertThat(saved.get("gallery")).isEqualTo(list);
    }

    @Test
    void a_file_uploaded_from_the_picker_is_chosen_and_refusals_are_explained() throws IOException {
        assumeTrue(admin.get("/api/spaces/" + spaceId + "/assets").status() != 404, "needs the assets API (dev.duet.assets)");
        var folder = dev.duet.testing.TempDirs.create("duet-upload");
        var png = folder.resolve("sunrise.png");
        var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", png.toFile());
        var notAnImage = java.nio.file.Files.writeString(folder.resolve("fake.png"), "this is text, not a picture");
        var text = java.nio.file.Files.writeString(folder.resolve("notes.txt"), "notes");

        mount("asset.js", "duet-field-asset", Map.of("type", "asset", "filetypes", List.of("images")), "null");
        browser.click(".asset-pick");
        var upload = browser.driver.findElement(org.openqa.selenium.By.cssSelector("dialog.asset-dialog input[type=file]"));
        upload.sendKeys(text.toString());
        assertThat(browser.find(".asset-upload .field-error").getText()).contains("notes.txt").contains("only images");
        upload.sendKeys(notAnImage.toString());
        assertThat(browser.findWithText(".asset-upload .field-error", "was not uploaded").getText()).contains("fake.png");
        upload.sendKeys(png.toString());

        var value = waitForChange(node -> node.path("filename").asText().endsWith("sunrise.png"));
        assertThat(value.get("id").asLong()).isPositive();
        assertThat(value.get("fieldtype").asText()).isEqualTo("asset");
        assertThat(value.get("filename").asText()).contains("/a/" + spaceId + "/");
        assertThat(browser.find(".asset-thumb img").getAttribute("src")).isEqualTo(value.get("filename").asText() + "/m/160x0");
        var listed = admin.get("/api/spaces/" + spaceId + "/assets?search=sunrise").json().get("assets");
        assertThat(listed.findValuesAsText("filename")).contains(value.get("filename").asText());

        browser.click(".asset-replace");
        browser.type("dialog.asset-dialog input[type=search]", "sunrise");
        browser.waitUntil(driver -> {
            try {
                browser.findWithText(".asset-grid[aria-busy=false] .asset-choice", "sunrise").click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        });
        assertThat(browser.all("dialog.asset-dialog")).isEmpty();
        assertThat(lastChange().get("filename")).isEqualTo(value.get("filename"));
    }
}
