package dev.duet.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How many events may wait for their commit: --events-queue or DUET_EVENTS_QUEUE, validated at start. */
class EventsQueueTest {

    @TempDir
    Path dir;

    private DuetConfig config(Integer option, Map<String, String> env) {
        return DuetConfig.from(new DuetConfig.Given(dir.toString(), null, null, null, null, null, null, null, null, null,
                null, null, null, option), env);
    }

    @Test
    void fifty_thousand_events_may_wait_unless_told_otherwise() {
        assertThat(config(null, Map.of()).eventsQueue()).isEqualTo(50_000);
    }

    @Test
    void the_option_beats_the_environment() {
        assertThat(config(null, Map.of("DUET_EVENTS_QUEUE", "2000")).eventsQueue()).isEqualTo(2000);
        assertThat(config(5000, Map.of("DUET_EVENTS_QUEUE", "2000")).eventsQueue()).isEqualTo(5000);
    }

    @Test
    void a_queue_smaller_than_one_request_or_not_a_number_stops_the_start_with_a_clear_message() {
        assertThatThrownBy(() -> config(999, Map.of())).isInstanceOf(DuetConfig.Invalid.class)
                .hasMessage("The events queue must hold between 1000 and 10000000 events (got 999).");
        assertThatThrownBy(() -> config(null, Map.of("DUET_EVENTS_QUEUE", "lots")))
                .hasMessage("DUET_EVENTS_QUEUE must be a whole number (got lots).");
    }
}
