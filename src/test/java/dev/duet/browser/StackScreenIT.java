package dev.duet.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Lea adds the company's tools to the stack and the audit shows where two of them do the same job. */
class StackScreenIT extends OnDemoSpace {

    private void fillTool(String name, String category, String cost, String currency) {
        browser.type("dialog input[name=name]", name);
        new Select(browser.find("dialog select[name=category]")).selectByValue(category);
        browser.type("dialog input[name=cost]", cost);
        browser.type("dialog input[name=currency]", currency);
    }

    @Test
    void a_tool_added_in_the_stack_screen_shows_up_in_the_audit_as_overlapping_its_category() {
        admin.post("/api/stack/tools", Map.of("tool", Map.of("name", "Mailwave", "category", "email", "owner_team", "marketing",
                "cost", "1200", "currency", "EUR", "billing_period", "yearly")));

        signedInAt("admin/spaces/" + spaceId + "/stack");
        browser.findWithText("tr.stack-tool .tool-name", "Mailwave");
        browser.click("button.add-tool");
        fillTool("Sendly", "email", "49.90", "EUR");
        new Select(browser.find("dialog select[name=billing_period]")).selectByValue("monthly");
        browser.type("dialog input[name=seats_paid]", "10");
        browser.type("dialog input[name=seats_active]", "4");
        browser.click("dialog button[type=submit]");

        browser.findWithText("tr.stack-tool .tool-name", "Sendly");
        var tools = admin.get("/api/stack/tools?category=email").json().get("tools");
        assertThat(tools).extracting(tool -> tool.get("name").asText()).containsExactly("Mailwave", "Sendly");
        assertThat(tools.at("/1/annual_cost").asText()).isEqualTo("598.80");

        browser.click("button.tab-audit");
        browser.findWithText(".stack-overlap[data-category=email]", "Mailwave, Sendly");
        browser.findWithText(".stack-unused-tool", "6 of 10 seats unused");
        assertThat(browser.path()).endsWith("/stack?tab=audit");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_refused_tool_shows_the_problem_next_to_its_field_and_nothing_is_added() {
        signedInAt("admin/spaces/" + spaceId + "/stack");
        browser.click("button.add-tool");
        fillTool("Trackly", "analytics", "10", "EURO");
        browser.click("dialog button[type=submit]");

        browser.findWithText("dialog .field-problem", "ISO 4217");
        assertThat(browser.find("dialog input[name=name]").getAttribute("value")).isEqualTo("Trackly");
        browser.click("dialog button.secondary");
        assertThat(admin.get("/api/stack/tools").json().get("tools")).isEmpty();
    }

    @Test
    void a_decision_recorded_in_the_audit_is_shown_with_who_took_it() {
        admin.post("/api/stack/tools", Map.of("tool", Map.of("name", "Mailwave", "category", "email", "owner_team", "marketing",
                "cost", "1200", "currency", "EUR", "billing_period", "yearly")));

        signedInAt("admin/spaces/" + spaceId + "/stack?tab=audit");
        browser.click("tr.stack-decision button.decide-tool");
        new Select(browser.find("dialog select[name=decision]")).selectByValue("renegotiate");
        browser.type("dialog textarea[name=rationale]", "31 of 40 seats unused");
        browser.click("dialog button[type=submit]");

        browser.findWithText("tr.stack-decision .decision", "Renegotiate");
        var tool = admin.get("/api/stack/tools").json().at("/tools/0");
        assertThat(tool.at("/decision/decision").asText()).isEqualTo("renegotiate");
        assertThat(tool.at("/decision/rationale").asText()).isEqualTo("31 of 40 seats unused");
    }
}
