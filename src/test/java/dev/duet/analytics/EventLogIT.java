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

/** Appending events, then deriving them: rollups, visitor sketches and experiment metrics, each batch exactly once. */
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
        app.wiring.eventDerivation.catchUp();

        assertThat(viewsPerHour("event_rollups")).containsExactly("2026-11-23T12=3", "2026-11-23T13=1");
        assertThat(viewsPerHour("insights_hours")).containsExactly("2026-11-23T12=3", "2026-11-23T13=1");
        assertThat(visitorsOn("2026-11-23", 0)).isEqualTo(2);
        assertThat(visitorsOn("2026-11-23", 7)).isEqualTo(2);
    }

    @Test
    void a_batch_is_derived_once_however_many_derive_at_the_same_time() throws Exception {
        for (int batch = 0; batch < 10; batch++) {
            var views = new java.util.ArrayList<Event>();
            for (int i = 0; i < 50; i++) views.add(view("v" + (batch * 50 + i), NOON.plusSeconds(i)));
            app.wiring.eventLog.append(views);
        }
        var readers = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 4; i++) done.add(readers.submit(() -> app.wiring.eventDerivation.catchUp()));
            for (var future : done) future.get();
        } finally {
            readers.shutdown();
        }

        assertThat(viewsPerHour("insights_hours")).containsExactly("2026-11-23T12=500");
        assertThat(viewsPerHour("event_rollups")).containsExactly("2026-11-23T12=500");
        assertThat(visitorsOn("2026-11-23", 0)).isEqualTo(500);
        assertThat(app.wiring.eventDerivation.backlog()).isZero();
    }

    @Test
    void a_batch_nobody_derived_is_derived_when_its_numbers_are_read() {
        app.wiring.eventDerivation.close(); // as if the node stopped right after acknowledging
        app.wiring.eventLog.append(List.of(view("ann", NOON), view("bob", NOON)));
        assertThat(app.wiring.eventDerivation.backlog()).isEqualTo(2);
        assertThat(viewsPerHour("insights_hours")).isEmpty();

        app.wiring.eventDerivation.catchUp();

        assertThat(app.wiring.eventDerivation.backlog()).isZero();
        assertThat(viewsPerHour("insights_hours")).containsExactly("2026-11-23T12=2");
        assertThat(visitorsOn("2026-11-23", 0)).isEqualTo(2);
    }

    @Test
    void deleting_a_space_deletes_its_events_and_those_arriving_meanwhile_are_deleted_when_derived() {
        long other = MarketingSite.create(app.admin());
        app.wiring.eventLog.append(List.of(view("ann", NOON)));
        app.wiring.eventDerivation.catchUp();
        app.wiring.eventDerivation.close(); // so the late batch below waits for catchUp, not the background thread

        app.wiring.spaces.delete(spaceId);
        // a request whose token was checked before the deletion: its group commit holds another space's events too
        app.wiring.eventLog.append(List.of(view("bob", NOON), otherSpace(view("cid", NOON), other)));
        app.wiring.eventDerivation.catchUp();

        assertThat(app.wiring.eventDerivation.backlog()).as("the late batch is derived, not retried forever").isZero();
        assertThat(eventsOf(other)).isEqualTo(1);
        assertThat(eventsOf(spaceId)).as("the late event is deleted instead of derived").isZero();
        assertThat(viewsPerHour("event_rollups")).isEmpty();
        var otherViews = app.wiring.database.read(handle -> handle.createQuery(
                "SELECT SUM(events) FROM insights_hours WHERE space_id = :space AND type = 'view'")
                .bind("space", other).mapTo(Long.class).one());
        assertThat(otherViews).isEqualTo(1);
    }

    private long eventsOf(long space) {
        return app.wiring.database.read(handle -> handle.createQuery("SELECT COUNT(*) FROM events WHERE space_id = :space")
                .bind("space", space).mapTo(Long.class).one());
    }

    private static Event otherSpace(Event event, long space) {
        return new Event(space, event.type(), event.name(), event.visitor(), event.occurredAt(), event.storyId(),
                event.blockUid(), event.experiment(), event.variation(), event.value(), event.segment(), event.channel(),
                event.locale(), event.device());
    }

    private List<String> viewsPerHour(String table) {
        return app.wiring.database.read(handle -> handle.createQuery(
                        "SELECT hour, SUM(events) AS events FROM <table> WHERE space_id = :space AND type = 'view' "
                                + "GROUP BY hour ORDER BY hour")
                .define("table", table).bind("space", spaceId)
                .map((rs, ctx) -> rs.getString("hour") + "=" + rs.getLong("events")).list());
    }

    private long visitorsOn(String day, long storyId) {
        return app.wiring.database.read(handle -> handle.createQuery(
                        "SELECT sketch FROM visitor_sketches WHERE space_id = :space AND story_id = :story AND day = :day")
                .bind("space", spaceId).bind("story", storyId).bind("day", day)
                .map((rs, ctx) -> VisitorSketch.of(rs.getBytes("sketch")).count()).one());
    }

    @Test
    void closing_the_writer_commits_every_waiting_event_answers_its_request_and_then_takes_no_more() {
        var writer = new EventWriter(app.wiring.eventLog, 10_000);
        var commits = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> writer.submit(List.of(view("visitor-" + i, NOON))))
                .map(admission -> ((EventWriter.Queued) admission).committed()).toList();

        writer.close();

        assertThat(commits).allSatisfy(committed -> assertThat(committed).isCompleted().isNotCompletedExceptionally());
        assertThat(StoredEvents.visitors(app.wiring.database, spaceId)).hasSize(50);
        assertThat(writer.submit(List.of(view("late", NOON)))).isInstanceOf(EventWriter.Closed.class);
        assertThat(writer.waiting()).isZero();
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
