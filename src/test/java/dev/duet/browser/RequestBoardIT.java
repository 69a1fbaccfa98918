package dev.duet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Lea files a request with a short brief; Tom accepts it and moves it across the board by mouse and by keyboard. */
class RequestBoardIT extends OnDemoSpace {

    private JsonNode request(long id) {
        return admin.get("/api/requests/" + id).json().get("request");
    }

    private JsonNode only() {
        var requests = admin.get("/api/requests").json().get("requests");
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private void waitForState(long id, String state) {
        browser.waitUntil(driver -> request(id).get("state").asText().equals(state));
    }

    private String card(long id) {
        return ".request-card[data-request-id=\"" + id + "\"]";
    }

    private String column(long id) {
        return (String) browser.script("return document.querySelector(arguments[0]).closest('.request-column').dataset.state", card(id));
    }

    @Test
    void a_request_filed_with_a_brief_is_accepted_and_moved_across_the_board_by_drag_and_by_keyboard() {
        signedInAt("admin/spaces/" + spaceId + "/requests");
        browser.click("button.new-request");
        browser.find("dialog.request-dialog input[name=title]");

        browser.click("dialog.request-dialog button.file-request");
        browser.findWithText("dialog.request-dialog .field-error", "is required");
        assertThat(admin.get("/api/requests").json().get("requests")).isEmpty();

        browser.type("dialog.request-dialog input[name=title]", "Track webinar sign-ups by channel");
        browser.script("document.querySelector('dialog.request-dialog select[name=type]').value = 'tracking'");
        browser.script("document.querySelector('dialog.request-dialog select[name=to_team]').value = 'it'");
        browser.type("dialog.request-dialog textarea[name=problem]", "We cannot tell which sign-ups came from the newsletter");
        browser.type("dialog.request-dialog textarea[name=objective]", "Every sign-up carries its channel");
        browser.type("dialog.request-dialog textarea[name=success_kpi]", "95% of sign-ups attributed");
        var due = LocalDate.now(ZoneOffset.UTC).plusDays(14).toString();
        browser.script("document.querySelector('dialog.request-dialog input[name=due_date]').value = arguments[0]", due);
        browser.click("dialog.request-dialog button.file-request");
        browser.findWithText("dialog.request-dialog .field-error", "say why the request is due");
        assertThat(admin.get("/api/requests").json().get("requests")).isEmpty();

        browser.type("dialog.request-dialog input[name=due_reason]", "Registration for the spring webinar opens");
        browser.click("dialog.request-dialog button.file-request");
        browser.findWithText(".request-detail-title", "Track webinar sign-ups by channel");
        var filed = only();
        long id = filed.get("id").asLong();
        assertThat(filed.get("to_team").asText()).isEqualTo("it");
        assertThat(filed.at("/brief/success_kpi").asText()).isEqualTo("95% of sign-ups attributed");
        assertThat(filed.get("due_date").asText()).isEqualTo(due);
        assertThat(filed.get("due_reason").asText()).isEqualTo("Registration for the spring webinar opens");
        assertThat(column(id)).isEqualTo("new");

        browser.click("button.accept-request");
        waitForState(id, "to_do");
        browser.waitUntil(driver -> "to_do".equals(column(id)));

        browser.script("""
                const card = document.querySelector(arguments[0]);
                const to = document.querySelector('.request-column[data-state="in_progress"]');
                const data = new DataTransfer();
                const box = to.getBoundingClientRect();
                const at = { bubbles: true, cancelable: true, dataTransfer: data, clientX: box.left + 20, clientY: box.top + 60 };
                card.dispatchEvent(new DragEvent('dragstart', at));
                to.dispatchEvent(new DragEvent('dragover', at));
                to.dispatchEvent(new DragEvent('drop', at));
                """, card(id));
        waitForState(id, "in_progress");
        browser.waitUntil(driver -> "in_progress".equals(column(id)));

        browser.find(card(id)).sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_RIGHT));
        waitForState(id, "in_review");
        browser.findWithText(".board-announcer", "moved to In review");
        browser.waitUntil(driver -> "in_review".equals(column(id)));
        assertThat((Boolean) browser.script("return document.activeElement.matches(arguments[0])", card(id)))
                .as("focus stays on the moved card").isTrue();

        browser.find(card(id)).sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_LEFT));
        waitForState(id, "in_progress");
        browser.waitUntil(driver -> "in_progress".equals(column(id)));
        var timeline = admin.get("/api/requests/" + id + "/timeline").json().get("events");
        assertThat(timeline).extracting(event -> event.get("kind").asText())
                .containsExactly("filed", "accepted", "moved", "moved", "moved");
    }

    @Test
    void a_card_is_reordered_with_alt_and_the_arrow_keys_and_the_new_order_is_kept() {
        long first = admin.post("/api/requests", filing("Newsletter template")).json().at("/request/id").asLong();
        long second = admin.post("/api/requests", filing("Access to the CRM")).json().at("/request/id").asLong();
        admin.post("/api/requests/" + first + "/accept", null);
        admin.post("/api/requests/" + second + "/accept", null);

        signedInAt("admin/spaces/" + spaceId + "/requests");
        browser.find(card(second)).sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_UP));

        browser.findWithText(".board-announcer", "moved to position 1 of 2 in To do");
        var todo = admin.get("/api/requests/board").json().get("columns").get(1).get("cards");
        assertThat(todo).extracting(card -> card.get("id").asLong()).containsExactly(second, first);
        browser.find(card(second)).sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_UP));
        browser.findWithText(".board-announcer", "already at the top of To do");
    }

    @Test
    void the_requester_edits_a_new_request_and_links_a_story_with_problems_shown_beside_the_fields() {
        app.wiring.users.create("lea@example.com", "Lea", dev.duet.access.Role.EDITOR, dev.duet.testing.TestApp.PASSWORD);
        var lea = app.anonymous().login("lea@example.com", dev.duet.testing.TestApp.PASSWORD);
        long id = lea.post("/api/requests", filing("Webinar tracking")).json().at("/request/id").asLong();
        long storyId = admin.get("/api/spaces/" + spaceId + "/stories?per_page=1").json().at("/stories/0/id").asLong();

        browser.signIn("lea@example.com", dev.duet.testing.TestApp.PASSWORD).open("admin/spaces/" + spaceId + "/requests?request=" + id);
        browser.click("button.edit-request");
        browser.type("dialog.request-dialog input[name=title]", "Webinar and newsletter tracking");
        browser.script("document.querySelector('dialog.request-dialog select[name=link_kind]').value = 'story'");
        browser.type("dialog.request-dialog input[name=link_target]", "999999");
        browser.click("dialog.request-dialog button.file-request");
        browser.findWithText("dialog.request-dialog .field-error", "no story 999999");
        assertThat(request(id).get("title").asText()).isEqualTo("Webinar tracking");

        browser.type("dialog.request-dialog input[name=link_target]", Long.toString(storyId));
        browser.click("dialog.request-dialog button.file-request");
        browser.findWithText(".request-detail-title", "Webinar and newsletter tracking");
        var edited = request(id);
        assertThat(edited.get("title").asText()).isEqualTo("Webinar and newsletter tracking");
        assertThat(edited.at("/links/0/id").asLong()).isEqualTo(storyId);
        assertThat(edited.at("/links/0/space_id").asLong()).isEqualTo(spaceId);
        assertThat(browser.all("button.accept-request")).as("Lea triages for marketing, not IT").isEmpty();
    }

    private static Map<String, Object> filing(String title) {
        return Map.of("title", title, "type", "other", "to_team", "it",
                "brief", Map.of("problem", "It is missing", "objective", "Have it"));
    }
}
