package dev.duet.collab.requests;

import dev.duet.access.Team;
import dev.duet.failure.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RequestRulesTest {

    private static final LinkTargets NOTHING_EXISTS = (kind, spaceId, id, key) -> false;
    private static final LinkTargets EVERYTHING_EXISTS = (kind, spaceId, id, key) -> true;
    private static final Brief BRIEF = new Brief(" Sign-ups have no channel ", "Attribute them", null, null, null, null, null);

    private static RequestInput.Filing filing(String dueDate, String dueReason, List<RequestLink> links) {
        return new RequestInput.Filing(" Webinar tracking ", "tracking", "it", null, BRIEF, dueDate, dueReason, null, links, null);
    }

    private static List<String> paths(RequestInput.Filing input, LinkTargets targets) {
        var failure = catchThrowableOfType(InvalidInput.class, () -> RequestRules.check(input, targets));
        assertThat(failure).as("refused").isNotNull();
        return failure.details().stream().map(problem -> ((InvalidInput.Problem) problem).path()).toList();
    }

    @Test
    void a_valid_filing_is_trimmed_and_defaults_to_normal_priority() {
        var draft = RequestRules.check(filing("2026-03-02", "Webinar day", List.of()), NOTHING_EXISTS);

        assertThat(draft.title()).isEqualTo("Webinar tracking");
        assertThat(draft.brief().problem()).isEqualTo("Sign-ups have no channel");
        assertThat(draft.priority()).isEqualTo(Priority.NORMAL);
        assertThat(draft.toTeam()).isEqualTo(Team.IT);
        assertThat(draft.dueDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void a_due_date_needs_its_reason_and_a_reason_needs_its_date() {
        assertThat(paths(filing("2026-03-02", "  ", List.of()), NOTHING_EXISTS)).containsExactly("due_reason");
        assertThat(paths(filing(null, "Webinar day", List.of()), NOTHING_EXISTS)).containsExactly("due_date");
        assertThat(paths(filing("2 March", "Webinar day", List.of()), NOTHING_EXISTS)).containsExactly("due_date");
    }

    @Test
    void links_name_what_they_point_to_and_space_items_must_exist() {
        var links = List.of(new RequestLink("story", 1L, 42L, null), new RequestLink("experiment", 1L, null, null),
                new RequestLink("goal", null, null, null), new RequestLink("release", null, 3L, null));

        assertThat(paths(filing(null, null, links), NOTHING_EXISTS))
                .containsExactly("links[0]", "links[1].key", "links[2].id", "links[3].space_id");
        var draft = RequestRules.check(filing(null, null, List.of(new RequestLink("story", 1L, 42L, "ignored"),
                new RequestLink("goal", 9L, 5L, null))), EVERYTHING_EXISTS);
        assertThat(draft.links()).containsExactly(new RequestLink("story", 1L, 42L, null), new RequestLink("goal", null, 5L, null));
    }

    @Test
    void attachments_are_web_addresses_labelled_by_their_address_when_unlabelled() {
        var input = new RequestInput.Filing("T", "other", "marketing", "low", BRIEF, null, null,
                List.of(new Attachment(null, "https://example.com/a.pdf")), List.of(), null);

        assertThat(RequestRules.check(input, NOTHING_EXISTS).attachments())
                .containsExactly(new Attachment("https://example.com/a.pdf", "https://example.com/a.pdf"));
        var bad = new RequestInput.Filing("T", "other", "marketing", "low", BRIEF, null, null,
                List.of(new Attachment("x", "file:///etc/passwd")), List.of(), null);
        assertThat(paths(bad, NOTHING_EXISTS)).containsExactly("attachments[0].url");
    }
}
