package dev.duet.analytics;

import dev.duet.testing.Client;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.Response;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full queue: with the smallest queue (1000 events) and the writer held up by a lock another connection holds on
 * the events table (as a slow database would), a second request that does not fit is refused whole with 429 and
 * Retry-After, and accepted once the writer caught up.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class EventBackpressureIT {

    @Parameter
    TestDatabase database;

    TestApp app;
    String url;
    long spaceId;
    String token;

    @BeforeEach
    void start() {
        var setup = TestApp.Setup.on(database).env(Map.of("DUET_EVENTS_QUEUE", "1000"));
        url = setup.databaseUrl();
        app = new TestApp(setup);
        var admin = app.admin();
        spaceId = MarketingSite.create(admin);
        for (var entry : admin.get("/api/spaces/" + spaceId + "/delivery_tokens").json().get("tokens")) {
            if (entry.get("access").asText().equals("public")) token = entry.get("token").asText();
        }
    }

    @AfterEach
    void stop() {
        app.close();
    }

    Response send(String prefix, int events) {
        var batch = IntStream.range(0, events).mapToObj(i -> Map.of("type", "view", "visitor", prefix + i)).toList();
        return new Client(app.base()).post("/v2/events?token=" + token, Map.of("events", batch));
    }

    /** Holds the database's write lock (SQLite) or a lock on the events table that blocks inserts (PostgreSQL). */
    Connection holdWrites() throws SQLException {
        var connection = DriverManager.getConnection(url);
        try (var statement = connection.createStatement()) {
            if (url.startsWith("jdbc:sqlite:")) {
                statement.execute("BEGIN IMMEDIATE");
            } else {
                connection.setAutoCommit(false);
                statement.execute("LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE");
            }
        }
        return connection;
    }

    static void release(Connection connection) throws SQLException {
        try (connection; var statement = connection.createStatement()) {
            if (connection.getAutoCommit()) statement.execute("COMMIT");
            else connection.commit();
        }
    }

    @Test
    void a_request_that_does_not_fit_the_queue_gets_429_with_retry_after_and_none_of_its_events_are_stored() throws Exception {
        var lock = holdWrites();
        CompletableFuture<Response> first;
        Response refused;
        try {
            first = CompletableFuture.supplyAsync(() -> send("first-", 600));
            // the first request's 600 events are queued (or being written) as long as it has no answer
            Thread.sleep(700);
            assertThat(first).isNotDone();
            refused = CompletableFuture.supplyAsync(() -> send("second-", 600)).get(10, TimeUnit.SECONDS);
        } finally {
            release(lock);
        }

        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(refused.json().get("error").asText()).contains("none of these were taken");
        assertThat(first.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(StoredEvents.visitors(app.wiring.database, spaceId)).hasSize(600).allMatch(v -> v.startsWith("first-"));

        var retried = send("second-", 600);

        assertThat(retried.status()).isEqualTo(200);
        assertThat(StoredEvents.visitors(app.wiring.database, spaceId)).hasSize(1200).doesNotHaveDuplicates();
    }

    @Test
    void requests_that_fit_share_the_queue_while_the_writer_is_held() throws Exception {
        var lock = holdWrites();
        List<CompletableFuture<Response>> waiting;
        try {
            waiting = IntStream.range(0, 4).mapToObj(r -> CompletableFuture.supplyAsync(() -> send("r" + r + "-", 250))).toList();
            Thread.sleep(700);
            assertThat(waiting).noneMatch(CompletableFuture::isDone);
        } finally {
            release(lock);
        }

        for (var answer : waiting) assertThat(answer.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(StoredEvents.visitors(app.wiring.database, spaceId)).hasSize(1000);
    }

    /** Makes the database refuse to store an event of the visitor {@code poison}, as a failing disk or constraint would. */
    void poisonVisitor() throws SQLException {
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute(url.startsWith("jdbc:sqlite:")
                    ? "CREATE TRIGGER poison BEFORE INSERT ON events WHEN NEW.visitor = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned'); END"
                    : "ALTER TABLE events ADD CONSTRAINT poison CHECK (visitor <> 'poison') NOT VALID");
        }
    }

    @Test
    void a_failed_commit_answers_503_with_retry_after_acknowledges_nothing_and_the_writer_carries_on() throws Exception {
        poisonVisitor();

        var failed = new Client(app.base()).post("/v2/events?token=" + token, List.of(
                Map.of("type", "view", "visitor", "fine"), Map.of("type", "view", "visitor", "poison")));
        var later = send("later-", 3);

        assertThat(failed.status()).as(failed.toString()).isEqualTo(503);
        assertThat(failed.header("Retry-After")).isEqualTo("1");
        assertThat(failed.json().get("error").asText()).isEqualTo("the events could not be stored; none were kept, send them again");
        assertThat(later.status()).isEqualTo(200);
        assertThat(StoredEvents.visitors(app.wiring.database, spaceId)).containsExactly("later-0", "later-1", "later-2");
    }
}
