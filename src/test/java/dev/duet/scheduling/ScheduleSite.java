package dev.duet.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.testing.Client;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.Response;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestClock;
import dev.duet.testing.TestDatabase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.duet.testing.MarketingSite.page;
import static org.assertj.core.api.Assertions.assertThat;

/** A marketing site on a Duet whose clock the test moves and whose scheduler polls every few milliseconds. */
final class ScheduleSite {

    static final Map<String, String> FAST_SCHEDULER = Map.of("DUET_SCHEDULER_INTERVAL", "50ms");

    final TestClock clock;
    final long spaceId;
    final Client admin;

    private ScheduleSite(TestClock clock, long spaceId, Client admin) {
        this.clock = clock;
        this.spaceId = spaceId;
        this.admin = admin;
    }

    /** Creates the site on {@code app}, whose clock is {@code clock}. */
    static ScheduleSite create(TestApp app, TestClock clock) {
        var admin = app.admin();
        return new ScheduleSite(clock, MarketingSite.create(admin), admin);
    }

    /** The same site seen through another node (or the same database after a restart). */
    ScheduleSite on(TestApp app) {
        return new ScheduleSite(clock, spaceId, app.admin());
    }

    static TestApp.Setup setup(TestDatabase database, TestClock clock) {
        return TestApp.Setup.on(database).env(FAST_SCHEDULER).clock(clock);
    }

    String path(String rest) {
        return "/api/spaces/" + spaceId + rest;
    }

    long story(String name) {
        var created = admin.post(path("/stories"), Map.of("story", Map.of("name", name,
                "slug", name.toLowerCase().replace(' ', '-'), "content", page(name))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().at("/story/id").asLong();
    }

    JsonNode storyJson(long storyId) {
        return admin.get(path("/stories/" + storyId)).json().get("story");
    }

    /** The test clock's now plus {@code ahead}, as ISO-8601 with an offset. */
    String in(Duration ahead) {
        return clock.instant().plus(ahead).toString();
    }

    Response schedule(Client client, String action, long storyId, String runAt) {
        return client.post(path("/schedules"), Map.of("action", action, "story_id", storyId, "run_at", runAt));
    }

    long scheduled(String action, long storyId, Duration ahead) {
        var created = schedule(admin, action, storyId, in(ahead));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().at("/schedule/id").asLong();
    }

    JsonNode get(long scheduleId) {
        return admin.get(path("/schedules/" + scheduleId)).json().get("schedule");
    }

    /** Waits (up to 10 s) until the schedule is no longer pending or running, and answers it. */
    JsonNode awaitEnd(long scheduleId) {
        var deadline = Instant.now().plusSeconds(10);
        var schedule = get(scheduleId);
        while (List.of("pending", "running").contains(schedule.get("status").asText()) && Instant.now().isBefore(deadline)) {
            pause();
            schedule = get(scheduleId);
        }
        return schedule;
    }

    List<String> kinds(String query) {
        var kinds = new ArrayList<String>();
        admin.get(path("/activity?per_page=100&" + query)).json().get("activity")
                .forEach(entry -> kinds.add(entry.get("kind").asText()));
        return kinds;
    }

    static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
