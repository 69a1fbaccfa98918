package dev.duet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
import dev.duet.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema editor (Components screen) in real headless Chromium against a real Duet with the demo space. */
class SchemaEditorIT extends OnDemoSpace {


    private String components() {
        return "admin/spaces/" + spaceId + "/components";
    }

    @Test
    void a_developer_creates_a_component_with_fields_of_several_types_reorders_them_and_the_api_has_the_schema() {
        browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).open(components());
        browser.findWithText(".component-group h2", "Content");
        browser.click(".new-component");
        browser.type("dialog input[name=display_name]", "Promo Banner");
        assertThat(browser.find("dialog input[name=name]").getAttribute("value")).isEqualTo("promo_banner");
        browser.click("dialog button[type=submit]");
        browser.findWithText(".component-editor h2", "Promo Banner");
        assertThat(browser.path()).endsWith("?component=promo_banner");

        addField("headline", "text");
        browser.type(".field-settings input[name=max_length]", "80");
        browser.find(".field-settings input[name=max_length]").sendKeys(Keys.TAB);
        browser.click(".field-settings input[name=required]");
        addField("theme", "option");
        browser.click(".field-settings .add-choice").click(".field-settings .add-choice");
        var cells = browser.all(".field-settings .choice-row input");
        cells.get(0).sendKeys("Dark", Keys.TAB);
        cells.get(1).sendKeys("dark", Keys.TAB);
        cells.get(2).sendKeys("Light", Keys.TAB);
        cells.get(3).sendKeys("light", Keys.TAB);
        addField("items", "bloks");
        browser.click(".field-settings input[name=restrict_components]");
        browser.click(".field-settings .pick-list input[value=feature]");
        addField("visible", "boolean");
        assertThat(fieldKeys()).containsExactly("headline", "theme", "items", "visible");

        // keyboard: Alt+↑ on "visible" puts it above "items"
        browser.find("[data-field=visible] .field-toggle").sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_UP));
        browser.waitUntil(driver -> fieldKeys().equals(List.of("headline", "theme", "visible", "items")));
        // mouse: drop "items" on the top half of "headline"
        browser.script("""
                const [from, to] = [arguments[0], arguments[1]].map(key => document.querySelector(`.field-row[data-field="${key}"]`));
                const data = new DataTransfer();
                const box = to.getBoundingClientRect();
                const at = { bubbles: true, cancelable: true, dataTransfer: data, clientX: box.left + 20, clientY: box.top + 2 };
                from.querySelector('.field-summary').dispatchEvent(new DragEvent('dragstart', at));
                to.dispatchEvent(new DragEvent('dragover', at));
                to.dispatchEvent(new DragEvent('drop', at));
                """, "items", "headline");
        browser.waitUntil(driver -> fieldKeys().equals(List.of("items", "headline", "theme", "visible")));

        browser.click(".save-component");
        browser.findWithText(".toast", "Saved");

        var saved = componentNamed("promo_banner");
        assertThat(saved.get("is_nestable").asBoolean()).isTrue();
        assertThat(keysByPosition(saved.get("schema"))).containsExactly("items", "headline", "theme", "visible");
        var schema = saved.get("schema");
        assertThat(schema.at("/headline/type").asText()).isEqualTo("text");
        assertThat(schema.at("/headline/max_length").asInt()).isEqualTo(80);
        assertThat(schema.at("/headline/required").asBoolean()).isTrue();
        assertThat(schema.at("/theme/options/1/value").asText()).isEqualTo("light");
        assertThat(schema.at("/theme/options/0/name").asText()).isEqualTo("Dark");
        assertThat(schema.at("/items/restrict_components").asBoolean()).isTrue();
        assertThat(schema.at("/items/component_whitelist/0").asText()).isEqualTo("feature");
        assertThat(schema.at("/visible/type").asText()).isEqualTo("boolean");
    }

    @Test
    void a_setting_the_api_refuses_is_explained_next_to_it_and_nothing_is_saved() {
        var before = componentNamed("hero");
        browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).open(components() + "?component=hero");
        browser.click("[data-field=headline] .field-toggle");
        // changing a stored key is allowed, with an honest warning about the stories' content under the old key
        browser.type(".field-settings input[name=key]", "heading");
        browser.find(".field-settings input[name=key]").sendKeys(Keys.TAB);
        assertThat(browser.find("[data-field=heading] .rename-warning").getText()).contains("under the old key headline");
        browser.type(".field-settings input[name=key]", "headline");
        browser.find(".field-settings input[name=key]").sendKeys(Keys.TAB);
        browser.waitUntil(driver -> browser.all(".rename-warning").isEmpty());

        browser.type(".field-settings input[name=regex]", "([a-z");
        browser.find(".field-settings input[name=regex]").sendKeys(Keys.TAB);
        browser.click(".save-component");

        var error = browser.find("[data-field=headline] .field-settings .field-error");
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.find(".field-settings input[name=regex]").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(".unsaved").getText()).contains("Unsaved");
        var after = componentNamed("hero");
        assertThat(after.get("version").asInt()).isEqualTo(before.get("version").asInt());
        assertThat(after.at("/schema/headline/regex").isMissingNode()).isTrue();
    }

    @Test
    void a_viewer_sees_the_schema_read_only() {
        app.wiring.users.create("viewer@example.com", "Vera Viewer", Role.VIEWER, TestApp.PASSWORD);
        browser.signIn("viewer@example.com", TestApp.PASSWORD).open(components() + "?component=hero");
        browser.findWithText(".field-table td", "Headline");
        assertThat(browser.texts(".field-table tr[data-field] code")).contains("headline", "subheadline", "cta_link");
        assertThat(browser.all(".new-component")).isEmpty();
        assertThat(browser.all(".save-component")).isEmpty();
        assertThat(browser.all(".component-editor input, .component-editor select, .component-editor button")).isEmpty();
        assertThat(browser.all(".group-actions")).isEmpty();
    }

    @Test
    void a_component_other_components_still_allow_cannot_be_deleted_and_the_dialog_says_where() {
        browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).open(components() + "?component=feature");
        browser.findWithText(".component-editor h2", "Feature");
        browser.click(".delete-component");
        browser.click("dialog button.danger");
        browser.findWithText("dialog .still-used-list li", "Feature grid");
        assertThat(browser.texts("dialog .still-used-list li")).anyMatch(text -> text.contains("features"));
        browser.click("dialog button[type=submit]");
        assertThat(admin.get("/api/spaces/" + spaceId + "/components?search=feature").json().get("components"))
                .anyMatch(component -> component.get("name").asText().equals("feature"));
    }

    @Test
    void groups_are_created_and_a_component_moves_into_one() {
        browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).open(components() + "?component=faq");
        browser.findWithText(".page-header button", "New group").click();
        browser.type("dialog input[name=name]", "Support");
        browser.click("dialog button[type=submit]");
        browser.findWithText(".component-group h2", "Support");

        new Select(browser.find(".component-editor select[name=component_group_uuid]")).selectByVisibleText("Support");
        browser.click(".save-component");
        browser.findWithText(".toast", "Saved");
        browser.waitUntil(driver -> Boolean.TRUE.equals(browser.script("""
                return [...document.querySelectorAll('.component-group')].some(group =>
                    group.querySelector('h2').textContent.includes('Support') && group.querySelector('[data-component=faq]'))""")));

        var group = admin.get("/api/spaces/" + spaceId + "/component_groups").json().get("component_groups");
        String uuid = null;
        for (var candidate : group) if (candidate.get("name").asText().equals("Support")) uuid = candidate.get("uuid").asText();
        assertThat(componentNamed("faq").get("component_group_uuid").asText()).isEqualTo(uuid);
    }

    private void addField(String key, String type) {
        new Select(browser.find(".add-field select[name=new_type]")).selectByValue(type);
        browser.type(".add-field input[name=new_key]", key);
        browser.find(".add-field input[name=new_key]").sendKeys(Keys.ENTER);
        browser.find(".field-row[data-field=" + key + "] .field-settings");
    }

    private List<String> fieldKeys() {
        return browser.texts(".field-row .field-key");
    }

    private JsonNode componentNamed(String name) {
        for (var component : admin.get("/api/spaces/" + spaceId + "/components?per_page=100").json().get("components")) {
            if (component.get("name").asText().equals(name)) return component;
        }
        throw new AssertionError("no component " + name);
    }

    private static List<String> keysByPosition(JsonNode schema) {
        var keys = new ArrayList<String>();
        schema.fieldNames().forEachRemaining(keys::add);
        keys.sort(Comparator.comparingInt(key -> schema.get(key).get("pos").asInt()));
        return keys;
    }
}
