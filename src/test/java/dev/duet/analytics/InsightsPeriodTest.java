package dev.duet.analytics;

import dev.duet.failure.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InsightsPeriodTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-03-01T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void the_default_period_is_the_28_days_up_to_today_in_utc() {
        var period = InsightsPeriod.parse(null, " ", NOW);

        assertThat(period).isEqualTo(new InsightsPeriod(LocalDate.parse("2026-02-02"), LocalDate.parse("2026-03-01")));
        assertThat(period.days()).isEqualTo(28);
    }

    @Test
    void the_previous_period_has_the_same_length_and_ends_the_day_before() {
        var period = InsightsPeriod.parse("2026-02-27", "2026-03-01", NOW);

        assertThat(period.previous()).isEqualTo(new InsightsPeriod(LocalDate.parse("2026-02-24"), LocalDate.parse("2026-02-26")));
    }

    @Test
    void two_days_are_reported_by_hour_and_three_by_day() {
        var two = InsightsPeriod.parse("2026-02-28", "2026-03-01", NOW);
        var three = InsightsPeriod.parse("2026-02-27", "2026-03-01", NOW);

        assertThat(two.buckets()).hasSize(48).startsWith("2026-02-28T00", "2026-02-28T01").endsWith("2026-03-01T23");
        assertThat(three.buckets()).containsExactly("2026-02-27", "2026-02-28", "2026-03-01");
    }

    @Test
    void only_from_may_be_given_and_then_runs_to_today() {
        assertThat(InsightsPeriod.parse("2026-02-20", null, NOW).to()).isEqualTo(LocalDate.parse("2026-03-01"));
    }

    @Test
    void bad_dates_reversed_ranges_and_ranges_over_366_days_name_the_parameter() {
        assertThatThrownBy(() -> InsightsPeriod.parse("1.3.2026", null, NOW)).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("from: ");
        assertThatThrownBy(() -> InsightsPeriod.parse(null, "2026-02-30", NOW)).hasMessageStartingWith("to: ");
        assertThatThrownBy(() -> InsightsPeriod.parse("2026-03-02", "2026-03-01", NOW)).hasMessageStartingWith("from: must not be after");
        assertThatThrownBy(() -> InsightsPeriod.parse("2025-02-28", "2026-03-01", NOW)).hasMessageStartingWith("to: ");
        assertThat(InsightsPeriod.parse("2025-03-01", "2026-03-01", NOW).days()).isEqualTo(366);
    }
}
