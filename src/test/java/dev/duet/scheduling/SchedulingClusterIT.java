package dev.duet.scheduling;

import dev.duet.testing.TestApp;
import dev.duet.testing.TestClock;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several Duet nodes on one PostgreSQL database, on one (test) clock, each polling for due schedules every few
 * milliseconds: every schedule runs on exactly one of them.
 */
class SchedulingClusterIT {

    static final int NODES = 3;
    static final int SCHEDULES = 40;

    TestClock clock = new TestClock();
    List<TestApp> nodes = new ArrayList<>();

    @BeforeEach
    void start() {
        var setup = ScheduleSite.setup(TestDatabase.POSTGRES, clock);
        for (int i = 0; i < NODES; i++) nodes.add(new TestApp(setup));
    }

    @AfterEach
    void stop() {
        nodes.forEach(TestApp::close);
    }

    @Test
    void every_due_schedule_runs_exactly_once_across_the_nodes() {
        var site = ScheduleSite.create(nodes.get(0), clock);
        var stories = new ArrayList<Long>();
        for (int i = 0; i < SCHEDULES; i++) {
            long story = site.story("Page " + i);
            stories.add(story);
            // each node takes some of the plans, as people using different nodes behind a load balancer would
            site.on(nodes.get(i % NODES)).scheduled("publish", story, Duration.ofMinutes(1 + i % 3));
        }

        clock.advance(Duration.ofMinutes(5));
        var done = awaitAllDone(site);

        assertThat(done).isEqualTo(SCHEDULES);
        assertThat(total(site, "/activity?kind=schedule.ran")).isEqualTo(SCHEDULES);
        assertThat(total(site, "/activity?kind=story.published")).isEqualTo(SCHEDULES);
        assertThat(total(site, "/activity?kind=schedule.failed")).isZero();
        var published = new HashSet<Long>();
        site.admin.get(site.path("/activity?kind=story.published&per_page=100")).json().get("activity")
                .forEach(entry -> assertThat(published.add(entry.get("story_id").asLong())).as("published twice: " + entry).isTrue());
        assertThat(published).containsExactlyInAnyOrderElementsOf(stories);
        site.admin.get(site.path("/schedules?per_page=100")).json().get("schedules")
                .forEach(schedule -> assertThat(schedule.get("attempts").asInt()).as(schedule.toString()).isEqualTo(1));
        for (var node : nodes) {
            // every node serves the published pages: the cache version moved once per publish everywhere
            assertThat(site.on(node).storyJson(stories.get(SCHEDULES - 1)).get("published").asBoolean()).isTrue();
        }
    }

    private static long total(ScheduleSite site, String query) {
        return Long.parseLong(site.admin.get(site.path(query)).header("total"));
    }

    private static long awaitAllDone(ScheduleSite site) {
        var deadline = Instant.now().plusSeconds(30);
        long done = 0;
        while (Instant.now().isBefore(deadline)) {
            done = total(site, "/schedules?status=done");
            if (done == SCHEDULES && total(site, "/schedules?status=running") == 0) return done;
            ScheduleSite.pause();
        }
        return done;
    }
}
