package dev.duet.analytics;

import dev.duet.analytics.ExperimentData.Aggregation;
import dev.duet.analytics.ExperimentData.VariationTotals;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Appending events: rollups, daily visitors and experiment metrics come out of the same batches. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class EventLogIT {

    static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    @Parameter
    TestDatabase database;

    TestApp app;
    long spaceId;

    @BeforeEach
    void start() {
        app = new TestApp(database);
        spaceId = MarketingSite.create(app.admin());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void only_events_after_a_visitors_first_exposure_count_for_the_experiment() {
        app.wiring.eventLog.append(List.of(
                conversion("ann", NOON.minusSeconds(60), null),
                exposure("ann", 1, NOON),
                exposure("ann", 0, NOON.plusSeconds(5)),
                exposure("bob", 0, NOON),
                exposure("cid", 1, NOON)));
        app.wiring.eventLog.append(List.of(
                conversion("ann", NOON.plusSeconds(10), 30.0),
                conversion("ann", NOON.plusSeconds(20), 12.0),
                conversion("bob", NOON.plusSeconds(30), 5.0),
                conversion("dan", NOON.plusSeconds(30), 7.0)));

        var signup = Set.of("conversion:signup");
        assertThat(app.wiring.experimentData.totals(spaceId, "hero", signup, Aggregation.ANY)).containsExactly(
                new VariationTotals(0, 1, 1, 1), new VariationTotals(1, 2, 1, 1));
        assertThat(app.wiring.experimentData.totals(spaceId, "hero", signup, Aggregation.SUM)).containsExactly(
                new VariationTotals(0, 1, 5, 25), new VariationTotals(1, 2, 42, 42 * 42));
        assertThat(app.wiring.experimentData.totals(spaceId, "hero", Set.of("conversion:other"), Aggregation.ANY))
                .containsExactly(new VariationTotals(0, 1, 0, 0), new VariationTotals(1, 2, 0, 0));
    }

    @Test
    void rollups_sum_events_per_hour_and_dimensions_across_batches() {
        app.wiring.eventLog.append(List.of(view("ann", NOON), view("bob", NOON.plusSeconds(60))));
        app.wiring.eventLog.append(List.of(view("ann", NOON.plusSeconds(120)), view("ann", NOON.plusSeconds(3600))));

        var rows = app.wiring.database.read(handle -> handle.createQuery(
                        "SELECT hour, events FROM event_rollups WHERE space_id = :space AND type = 'view' ORDER BY hour")
                .bind("space", spaceId).map((rs, ctx) -> rs.getString("hour") + "=" + rs.getLong("events")).list());
        assertThat(rows).containsExactly("2026-11-23T12=3", "2026-11-23T13=1");
        var visitors = app.wiring.database.read(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM daily_visitors WHERE space_id = :space AND story_id = 0")
                .bind("space", spaceId).mapTo(Long.class).one());
        assertThat(visitors).isEqualTo(2);
    }

    Event exposure(String visitor, int variation, Instant at) {
        return new Event(spaceId, EventType.EXPOSURE, null, visitor, at, null, "uid-1", "hero", variation, null,
                null, null, null, null);
    }

    Event conversion(String visitor, Instant at, Double value) {
        return new Event(spaceId, EventType.CONVERSION, "signup", visitor, at, null, null, null, null, value,
                "developer", "email", "en", "desktop");
    }

    Event view(String visitor, Instant at) {
        return new Event(spaceId, EventType.VIEW, null, visitor, at, 7L, null, null, null, null, null, "direct",
                "en", "mobile");
    }
}
