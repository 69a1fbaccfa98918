package dev.duet.browser;

import dev.duet.access.Role;
import dev.duet.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionVoteIT extends OnDemoSpace {

    @Test
    void a_vote_is_drafted_ranked_by_two_people_with_keyboard_and_drag_closed_read_round_by_round_and_deleted() {
        app.wiring.users.create("lea@acme.test", "Lea Marketing", Role.APPROVER, TestApp.PASSWORD);
        app.wiring.users.create("tom@acme.test", "Tom IT", Role.DEVELOPER, TestApp.PASSWORD);
        signedInAt("admin/spaces/" + spaceId + "/decisions").click(".new-decision");
        browser.type("input[name=title]", "Which email tool do we keep?");
        browser.type("textarea[name=question]", "Rank the email tools you want us to keep.");
        browser.type("input[name=option-label-0]", "Brevo");
        browser.type("input[name=option-label-1]", "Mailchimp");
        browser.click(".add-option-row");
        browser.type("input[name=option-label-2]", "HubSpot Email");
        browser.findWithText(".decision-voters label", "Lea Marketing").click();
        assertThat(browser.find(".decision-warning").getText()).contains("No voter from IT");
        browser.findWithText(".decision-voters label", "Tom IT").click();
        browser.findWithText(".decision-voters label", "Admin").click();
        browser.script("const select = document.querySelector('select[name=tie_break]');"
                + "select.value = 'previous_rounds,fixed_order'; select.dispatchEvent(new Event('change'));");
        browser.click(".create-decision");
        browser.click(".open-vote").click("dialog button[type=submit]");
        browser.findWithText(".decision-status", "Voting open");
        assertThat(browser.all(".delete-decision")).as("an open vote cannot be deleted").isEmpty();

        // the admin ranks HubSpot Email, then Mailchimp, with the keyboard path
        browser.click(".ballot-unranked li[data-option='" + option("HubSpot Email") + "'] button.add-option");
        browser.click(".ballot-unranked li[data-option='" + option("Mailchimp") + "'] button.add-option");
        browser.click(".cast-ballot");
        browser.findWithText(".ballot-cast", "Ballot cast");

        // Lea: Mailchimp then Brevo, then moves Brevo up with its button
        switchTo("lea@acme.test");
        browser.click(".ballot-unranked li[data-option='" + option("Mailchimp") + "'] button.add-option");
        browser.click(".ballot-unranked li[data-option='" + option("Brevo") + "'] button.add-option");
        browser.click(".ballot-ranked li[data-option='" + option("Brevo") + "'] button.move-up");
        browser.waitUntil(driver -> browser.texts(".ballot-ranked .ballot-label").equals(java.util.List.of("Brevo", "Mailchimp")));
        assertThat((String) browser.script("return document.activeElement.getAttribute('aria-label')")).as("focus stays on Brevo's row").isEqualTo("Move Brevo down");
        browser.click(".cast-ballot");
        browser.findWithText(".ballot-cast", "Ballot cast");

        // Tom drags Brevo into his ranking, then drags Mailchimp above it
        switchTo("tom@acme.test");
        drag(".ballot-unranked li[data-option='" + option("Brevo") + "']", ".ballot-ranked");
        browser.find(".ballot-ranked li[data-option='" + option("Brevo") + "']");
        drag(".ballot-unranked li[data-option='" + option("Mailchimp") + "']", ".ballot-ranked li[data-option='" + option("Brevo") + "']");
        browser.waitUntil(driver -> browser.texts(".ballot-ranked .ballot-label").equals(List.of("Mailchimp", "Brevo")));
        browser.click(".cast-ballot");
        browser.findWithText(".ballot-cast", "Ballot cast");
        assertThat(browser.find(".decision-turnout").getText()).contains("3 of 3");
        assertThat(browser.all("duet-decision-result")).as("no tallies before the vote closes").isEmpty();

        switchTo(TestApp.ADMIN_EMAIL);
        browser.click(".close-vote").click("dialog button[type=submit]");
        browser.findWithText(".decision-winner", "Mailchimp wins in round 2");
        assertThat(browser.texts(".decision-round[data-round='1'] .round-elimination"))
                .singleElement().asString().contains("HubSpot Email is eliminated", "the listed order", "1 to Mailchimp");
        assertThat(browser.texts(".decision-round[data-round='2'] .tally-votes")).containsExactly("2", "1");
        assertThat(browser.consoleErrors()).isEmpty();

        var result = admin.get("/api/decisions/" + decisionId() + "/result").json().at("/result/tabulation");
        assertThat(result.get("winner").asLong()).isEqualTo(option("Mailchimp"));
        assertThat(result.at("/rounds/0/tie/decided_by").asText()).isEqualTo("fixed_order");
        assertThat(result.at("/rounds/0/eliminated").asLong()).isEqualTo(option("HubSpot Email"));

        // once closed it can be deleted, after confirming
        long id = decisionId();
        browser.click(".delete-decision").click("dialog button[type=submit]");
        browser.findWithText(".empty-state h2", "No decisions yet");
        assertThat(admin.get("/api/decisions/" + id).status()).isEqualTo(404);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void switchTo(String email) {
        String path = browser.path();
        browser.driver.manage().deleteAllCookies();
        browser.signIn(email, TestApp.PASSWORD).open(path);
        browser.find(".decision-title");
    }

    /** Chromium cannot drag from WebDriver: dispatch the drag events with a DataTransfer, as a person's drag would. */
    private void drag(String from, String to) {
        browser.find(from);
        browser.script("""
                const from = document.querySelector(arguments[0]);
                const to = document.querySelector(arguments[1]);
                const data = new DataTransfer();
                const at = { bubbles: true, cancelable: true, dataTransfer: data };
                from.dispatchEvent(new DragEvent('dragstart', at));
                to.dispatchEvent(new DragEvent('dragover', at));
                to.dispatchEvent(new DragEvent('drop', at));
                """, from, to);
    }

    private long decisionId() {
        return admin.get("/api/decisions").json().at("/decisions/0/id").asLong();
    }

    private long option(String label) {
        for (var option : admin.get("/api/decisions/" + decisionId()).json().at("/decision/options")) {
            if (option.get("label").asText().equals(label)) return option.get("id").asLong();
        }
        throw new AssertionError("no option " + label);
    }
}
