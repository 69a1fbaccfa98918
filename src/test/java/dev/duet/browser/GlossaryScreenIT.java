package dev.duet.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Tom writes down what a word means; Lea meets the word in the app and reads its explanation right there. */
class GlossaryScreenIT extends OnDemoSpace {

    @Test
    void a_term_added_in_the_glossary_is_explained_where_it_appears_in_the_app() {
        signedInAt("admin/spaces/" + spaceId + "/glossary");
        browser.click("button.new-term");
        browser.type("dialog input[name=term]", "Release");
        browser.type("dialog textarea[name=definition_marketing]", "Several story changes that go live together.");
        browser.type("dialog textarea[name=definition_developer]", "A named set of pinned story versions, merged in one transaction.");
        browser.click("dialog button[type=submit]");
        browser.findWithText(".glossary-term .glossary-term-name", "Release");
        assertThat(admin.get("/api/glossary?q=release").json().at("/terms/0/definition_marketing").asText())
                .isEqualTo("Several story changes that go live together.");

        browser.click("nav.sidebar a[href$='/releases']");
        WebElement term = browser.find("main duet-term");
        assertThat(term.getText()).isEqualToIgnoringCase("release");
        assertThat(browser.all("main duet-term")).as("only its first appearance is marked").hasSize(1);
        browser.script("arguments[0].focus()", term);

        var tip = browser.find("#" + term.getAttribute("aria-describedby"));
        assertThat(tip.getText()).contains("For marketers: Several story changes that go live together.",
                "For developers: A named set of pinned story versions");
        assertThat(term.getAttribute("aria-expanded")).isEqualTo("true");
        term.sendKeys(Keys.ESCAPE);
        browser.waitUntil(driver -> !tip.isDisplayed());
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_glossary_finds_a_term_by_its_alias_and_a_taken_name_is_refused_naming_its_term() {
        admin.post("/api/glossary", Map.of("term", Map.of("term", "Sample ratio mismatch", "aliases", List.of("SRM"),
                "definition_marketing", "The visitor split is off.")));
        admin.post("/api/glossary", Map.of("term", Map.of("term", "Guardrail", "definition_marketing", "Must not get worse.")));

        signedInAt("admin/spaces/" + spaceId + "/glossary");
        browser.type("input.glossary-search", "srm");
        browser.waitUntil(driver -> browser.texts(".glossary-term-name").equals(List.of("Sample ratio mismatch")));

        browser.click("button.new-term");
        browser.type("dialog input[name=term]", "srm");
        browser.type("dialog textarea[name=definition_marketing]", "Something else");
        browser.click("dialog button[type=submit]");
        browser.findWithText("dialog .field-problem", "Sample ratio mismatch");
        browser.click("dialog button.secondary");
        assertThat(admin.get("/api/glossary").json().get("terms")).hasSize(2);
    }

    @Test
    void a_marked_term_goes_away_cleanly_when_the_screen_shows_other_text_in_its_place() {
        for (var name : List.of("Mailwave", "Sendly")) {
            admin.post("/api/stack/tools", Map.of("tool", Map.of("name", name, "category", "email", "owner_team", "marketing",
                    "cost", "10", "currency", "EUR", "billing_period", "monthly")));
        }
        admin.post("/api/glossary", Map.of("term", Map.of("term", "Mailwave", "definition_marketing", "Our newsletter tool.")));

        signedInAt("admin/spaces/" + spaceId + "/stack");
        browser.findWithText("tr.stack-tool .tool-name duet-term", "Mailwave");
        browser.type("input.stack-search", "send");

        browser.waitUntil(driver -> browser.texts("tr.stack-tool .tool-name").equals(List.of("Sendly")));
        assertThat(browser.all("main duet-term")).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
