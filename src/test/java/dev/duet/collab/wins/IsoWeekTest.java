package dev.duet.collab.wins;

import dev.duet.failure.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoWeekTest {

    @Test
    void a_week_runs_from_monday_midnight_utc_to_the_next_monday() {
        var week = IsoWeek.parse("2026-W47");

        assertThat(week.start()).isEqualTo(Instant.parse("2026-11-16T00:00:00Z"));
        assertThat(week.end()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(week).hasToString("2026-W47");
    }

    @Test
    void the_first_week_of_a_year_can_start_in_december_and_the_last_complete_week_crosses_years() {
        assertThat(IsoWeek.parse("2026-W01").start()).isEqualTo(Instant.parse("2025-12-29T00:00:00Z"));
        assertThat(IsoWeek.of(Instant.parse("2027-01-01T12:00:00Z"))).hasToString("2026-W53");
        assertThat(IsoWeek.lastComplete(Instant.parse("2026-01-01T00:00:00Z"))).hasToString("2025-W52");
        assertThat(IsoWeek.lastComplete(Instant.parse("2026-11-23T00:00:00Z"))).hasToString("2026-W47");
    }

    @Test
    void malformed_weeks_and_weeks_a_year_does_not_have_are_refused_naming_the_week() {
        assertThatThrownBy(() -> IsoWeek.parse("2026-47")).isInstanceOf(InvalidInput.class).hasMessageContaining("week");
        assertThatThrownBy(() -> IsoWeek.parse("last week")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> IsoWeek.parse("2025-W53")).isInstanceOf(InvalidInput.class).hasMessageContaining("1 to 52");
        assertThat(IsoWeek.parse("2026-W53").end()).isEqualTo(Instant.parse("2027-01-04T00:00:00Z"));
    }

    @Test
    void a_subscription_sends_the_week_that_ended_once_its_weekday_and_hour_have_come() {
        var mondayNine = new DigestSubscription("https://hooks.example.com", "secret-1234", "https://cms.example.com", 1, 9,
                true, null, 0, null, "ada@example.com", Instant.EPOCH);

        assertThat(mondayNine.dueWeek(Instant.parse("2026-11-23T08:59:00Z"))).hasToString("2026-W46");
        assertThat(mondayNine.dueWeek(Instant.parse("2026-11-23T09:00:00Z"))).hasToString("2026-W47");
        assertThat(mondayNine.secretHint()).isEqualTo("…1234");
    }

    @Test
    void digest_html_escapes_everything_people_wrote() {
        assertThat(DigestHtml.escape("<script>\"x\" & 'y'</script>"))
                .isEqualTo("&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;");
    }
}
