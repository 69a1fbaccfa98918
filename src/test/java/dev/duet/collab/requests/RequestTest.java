package dev.duet.collab.requests;

import dev.duet.access.Team;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static Request request(RequestState state, LocalDate snoozedUntil, LocalDate due) {
        return new Request(1, "T", RequestType.OTHER, Team.IT, Priority.NORMAL, state, null, snoozedUntil, null,
                new Brief("p", "o", null, null, null, null, null), due, due == null ? null : "why",
                new Person(1L, "a@example.com"), null, List.of(), List.of(), 0, 1, null,
                Instant.parse("2026-03-07T23:59:00Z"), Instant.parse("2026-03-07T23:59:00Z"));
    }

    @Test
    void a_snoozed_request_is_new_again_from_its_date_on() {
        assertThat(request(RequestState.SNOOZED, TODAY.plusDays(1), null).state(TODAY)).isEqualTo(RequestState.SNOOZED);
        assertThat(request(RequestState.SNOOZED, TODAY, null).state(TODAY)).isEqualTo(RequestState.NEW);
    }

    @Test
    void open_requests_warn_three_days_ahead_and_once_overdue_but_closed_ones_never() {
        assertThat(request(RequestState.TO_DO, null, TODAY.plusDays(3)).dueSoon(TODAY)).isTrue();
        assertThat(request(RequestState.TO_DO, null, TODAY.plusDays(4)).dueSoon(TODAY)).isFalse();
        assertThat(request(RequestState.TO_DO, null, TODAY).overdue(TODAY)).isFalse();
        assertThat(request(RequestState.TO_DO, null, TODAY.minusDays(1)).overdue(TODAY)).isTrue();
        assertThat(request(RequestState.DONE, null, TODAY.minusDays(1)).overdue(TODAY)).isFalse();
        assertThat(request(RequestState.REJECTED, null, TODAY.plusDays(1)).dueSoon(TODAY)).isFalse();
    }

    @Test
    void age_counts_calendar_days_since_filing() {
        assertThat(request(RequestState.NEW, null, null).ageDays(Instant.parse("2026-03-08T00:01:00Z"))).isEqualTo(1);
        assertThat(request(RequestState.NEW, null, null).ageDays(Instant.parse("2026-03-07T23:59:30Z"))).isZero();
    }
}
