package dev.duet.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How often the scheduler polls: --scheduler-interval or DUET_SCHEDULER_INTERVAL, validated at start. */
class SchedulerIntervalTest {

    @TempDir
    Path dir;

    private DuetConfig config(String option, Map<String, String> env) {
        return DuetConfig.from(new DuetConfig.Given(dir.toString(), null, null, null, null, null, null, null, null, null,
                null, null, option), env);
    }

    @Test
    void the_scheduler_polls_every_ten_seconds_unless_told_otherwise() {
        assertThat(config(null, Map.of()).schedulerInterval()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void the_interval_reads_milliseconds_seconds_and_minutes_and_the_option_beats_the_environment() {
        assertThat(config("250ms", Map.of()).schedulerInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(config(null, Map.of("DUET_SCHEDULER_INTERVAL", "2m")).schedulerInterval()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config("30s", Map.of("DUET_SCHEDULER_INTERVAL", "2m")).schedulerInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void an_interval_without_a_unit_or_out_of_range_stops_the_start_with_a_clear_message() {
        assertThatThrownBy(() -> config("10", Map.of())).isInstanceOf(DuetConfig.Invalid.class)
                .hasMessage("The scheduler interval must be a number with ms, s or m, such as 10s (got 10).");
        assertThatThrownBy(() -> config("1ms", Map.of())).hasMessageContaining("between 10ms and 60m");
        assertThatThrownBy(() -> config("61m", Map.of())).hasMessageContaining("between 10ms and 60m");
    }
}
