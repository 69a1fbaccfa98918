package dev.duet.analytics;

import dev.duet.storage.Database;
import dev.duet.testing.Client;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import dev.duet.webhooks.DeliverySchedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Durability across a crash: Duet runs as its own process ({@code duet start}), sites send batches from several
 * threads, the process is killed (SIGKILL, no shutdown hook) while requests are in flight right after
 * acknowledgements, and the database opened again holds every event that was acknowledged.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class EventCrashIT {

    private static final Pattern RUNNING = Pattern.compile("Duet is running at (http://\\S+?)/?$", Pattern.MULTILINE);
    private static final int SENDERS = 4;
    private static final int BATCH = 100;
    private static final int ENOUGH = 4000;

    @Parameter
    TestDatabase database;

    private Process duet;

    @AfterEach
    void stop() throws InterruptedException {
        if (duet != null && duet.isAlive()) duet.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Test
    void every_acknowledged_event_is_stored_after_the_process_is_killed() throws Exception {
        var url = database.newUrl();
        String token;
        try (var app = new TestApp(new TestApp.Setup(url, Map.of(), null, DeliverySchedule.STANDARD))) {
            var admin = app.admin();
            long spaceId = MarketingSite.create(admin);
            token = tokenOf(admin, spaceId);
        }
        var base = startDuet(url);

        var acknowledged = ConcurrentHashMap.<String>newKeySet();
        var running = new AtomicBoolean(true);
        var senders = IntStream.range(0, SENDERS).mapToObj(sender -> Thread.ofPlatform().start(() ->
                send(base, token, sender, acknowledged, running))).toList();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < ENOUGH && System.nanoTime() < deadline) Thread.sleep(5);
        duet.destroyForcibly();
        assertThat(duet.waitFor(30, TimeUnit.SECONDS)).isTrue();
        running.set(false);
        for (var sender : senders) sender.join();

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ENOUGH);
        try (var reopened = new Database(url, null, null);
             var derivation = new EventDerivation(reopened, java.time.Clock.systemUTC())) {
            // what was acknowledged but not derived when the process died is derived now, exactly once
            derivation.catchUp(java.time.Duration.ofMinutes(2));
            assertThat(derivation.backlog()).isZero();
            var stored = new HashSet<>(reopened.read(handle -> handle.createQuery("SELECT visitor FROM events")
                    .mapTo(String.class).list()));
            var exposed = new HashSet<>(reopened.read(handle -> handle.createQuery(
                    "SELECT visitor FROM experiment_exposures WHERE experiment = 'crash'").mapTo(String.class).list()));
            assertThat(stored).containsAll(acknowledged);
            assertThat(exposed).containsAll(acknowledged);
            long rolledUp = reopened.read(handle -> handle.createQuery(
                    "SELECT COALESCE(SUM(events), 0) FROM event_rollups WHERE type = 'exposure'").mapTo(Long.class).one());
            assertThat(rolledUp).as("every stored event is in the rollups once").isEqualTo(stored.size());
        }
    }

    /** Sends batches of exposures with fresh visitors until the process is gone; remembers what was acknowledged. */
    private static void send(String base, String token, int sender, Set<String> acknowledged, AtomicBoolean running) {
        var client = new Client(base);
        for (int batch = 0; running.get(); batch++) {
            var visitors = new ArrayList<String>(BATCH);
            for (int i = 0; i < BATCH; i++) visitors.add("s" + sender + "-b" + batch + "-" + i);
            var events = visitors.stream().map(visitor -> Map.of("type", "exposure", "visitor", visitor,
                    "experiment", "crash", "variation", visitor.hashCode() & 1)).toList();
            try {
                var answer = client.post("/v2/events?token=" + token, Map.of("events", events));
                if (answer.status() == 200 && answer.json().get("accepted").asInt() == BATCH) acknowledged.addAll(visitors);
            } catch (UncheckedIOException | IllegalStateException e) {
                return; // the process is gone
            }
        }
    }

    private String startDuet(String url) throws IOException, InterruptedException {
        var dataDir = dev.duet.testing.TempDirs.create("duet-crash");
        var log = dataDir.resolve("duet.log");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        duet = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.duet.app.Duet", "start",
                "--database-url", url, "--data-dir", dataDir.toString(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            var matcher = RUNNING.matcher(Files.readString(log));
            if (matcher.find()) return matcher.group(1);
            if (!duet.isAlive()) break;
            Thread.sleep(50);
        }
        throw new IllegalStateException("Duet did not start:\n" + Files.readString(log));
    }

    private static String tokenOf(Client admin, long spaceId) {
        for (var entry : admin.get("/api/spaces/" + spaceId + "/delivery_tokens").json().get("tokens")) {
            if (entry.get("access").asText().equals("public")) return entry.get("token").asText();
        }
        throw new IllegalStateException("no public token");
    }

}
