package dev.duet.app;

import dev.duet.collab.requests.RequestFilter;
import dev.duet.collab.requests.RequestState;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code duet demo} shows Lea's and Tom's requests in every part of the board, once. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class DemoRequestsIT {

    @Parameter
    TestDatabase database;

    @TempDir
    Path dataDir;

    @Test
    void the_first_run_files_requests_across_the_board_and_a_delivered_one_is_a_win() {
        var given = new DuetConfig.Given(dataDir.toString(), database.newUrl(), null, null, "127.0.0.1", 0, null, null,
                null, null, null, null);
        try (var wiring = new Wiring(DuetConfig.from(given, Map.of()), Clock.systemUTC())) {
            var demo = DemoCommand.prepare(wiring);
            DemoRequests.add(wiring, demo);

            var today = wiring.requests.today();
            var states = wiring.requests.list(RequestFilter.ALL, 0, 100).stream().map(request -> request.state(today)).toList();
            assertThat(states).contains(RequestState.NEW, RequestState.IN_PROGRESS, RequestState.IN_REVIEW, RequestState.DONE,
                    RequestState.REJECTED, RequestState.SNOOZED);
            var webinar = wiring.requests.list(RequestFilter.ALL, 0, 100).stream()
                    .filter(request -> request.title().startsWith("Tracking for the webinar")).findFirst().orElseThrow();
            assertThat(webinar.dueReason()).isNotBlank();
            assertThat(webinar.links()).extracting(link -> link.kind()).containsExactly("story");
            assertThat(wiring.requests.get(webinar.id()).comments()).hasSize(2);
            long wins = wiring.database.read(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM wins WHERE kind = 'request.delivered'").mapTo(Long.class).one());
            assertThat(wins).isEqualTo(1);

            DemoRequests.add(wiring, DemoCommand.prepare(wiring));
            assertThat(wiring.requests.count(RequestFilter.ALL)).isEqualTo(states.size());
            assertThat(states).hasSize(6);
        }
    }
}
