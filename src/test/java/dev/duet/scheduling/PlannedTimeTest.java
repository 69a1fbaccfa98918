package dev.duet.scheduling;

import dev.duet.failure.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlannedTimeTest {

    @Test
    void a_time_with_an_offset_is_that_instant_whatever_the_zone_kept_for_display() {
        var planned = PlannedTime.of("2026-11-23T09:00:00+01:00", "America/New_York");

        assertThat(planned.at()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
        assertThat(planned.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void a_wall_clock_time_is_read_in_the_zone_and_utc_when_none_is_given() {
        assertThat(PlannedTime.of("2026-07-01T09:00", "Europe/Berlin").at()).isEqualTo(Instant.parse("2026-07-01T07:00:00Z"));
        assertThat(PlannedTime.of("2026-07-01T09:00:30", null).at()).isEqualTo(Instant.parse("2026-07-01T09:00:30Z"));
        assertThat(PlannedTime.of("2026-07-01T09:00Z", " ").timeZone()).isEqualTo(PlannedTime.DEFAULT_ZONE);
    }

    @Test
    void a_wall_clock_time_in_a_daylight_saving_gap_moves_forward_as_clocks_do() {
        // Berlin's clocks jump from 02:00 to 03:00 on 29 March 2026
        assertThat(PlannedTime.of("2026-03-29T02:30", "Europe/Berlin").at()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void malformed_times_and_unknown_zones_are_refused_naming_the_field() {
        assertThatThrownBy(() -> PlannedTime.of("tomorrow", null)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("run_at:");
        assertThatThrownBy(() -> PlannedTime.of(null, null)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("run_at: is required");
        assertThatThrownBy(() -> PlannedTime.of("2026-07-01T09:00", "Europe/Atlantis")).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("time_zone: unknown time zone Europe/Atlantis");
    }
}
