package dev.duet.scheduling;

import dev.duet.testing.TestApp;
import dev.duet.testing.TestClock;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node that claimed a schedule and died mid-run: once its claim runs out, a living node re-checks the schedule and
 * finishes it without doing anything twice. The dead node is played by claiming through the repository, as a node does.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ScheduleRecoveryIT {

    private static final String DEAD_NODE = "node-that-died";

    @Parameter
    TestDatabase database;

    TestClock clock = new TestClock();
    TestApp quiet;
    TestApp living;
    ScheduleSite site;
    long home;

    @BeforeEach
    void start() {
        // this node polls once, at start, and then not for an hour: the dead node's claim is not raced
        quiet = new TestApp(TestApp.Setup.on(database).env(Map.of("DUET_SCHEDULER_INTERVAL", "60m")).clock(clock));
        site = ScheduleSite.create(quiet, clock);
        home = site.story("Home");
    }

    @AfterEach
    void stop() {
        quiet.close();
        if (living != null) living.close();
    }

    private Schedule claimByDeadNode(long scheduleId) {
        clock.advance(Duration.ofMinutes(2));
        return quiet.wiring.schedules.claim(scheduleId, DEAD_NODE, Duration.ofMinutes(1)).orElseThrow();
    }

    private void startLivingNodeAfterTheClaimRanOut() {
        var setup = new TestApp.Setup(quiet.wiring.config.databaseUrl(), ScheduleSite.FAST_SCHEDULER, null,
                dev.duet.webhooks.DeliverySchedule.STANDARD, clock);
        living = new TestApp(setup);
        ScheduleSite.pause();
        assertThat(site.get(lastSchedule()).get("status").asText()).as("the claim still holds").isEqualTo("running");
        clock.advance(Duration.ofMinutes(2));
    }

    private long lastSchedule() {
        return site.admin.get(site.path("/schedules?order=latest")).json().at("/schedules/0/id").asLong();
    }

    @Test
    void a_run_cut_short_before_it_published_is_run_by_another_node_once_the_claim_runs_out() {
        long id = site.scheduled("publish", home, Duration.ofMinutes(1));
        assertThat(claimByDeadNode(id).status()).isEqualTo(ScheduleStatus.RUNNING);

        startLivingNodeAfterTheClaimRanOut();
        var ran = site.awaitEnd(id);

        assertThat(ran.get("status").asText()).isEqualTo("done");
        assertThat(ran.get("attempts").asInt()).isEqualTo(2);
        assertThat(site.kinds("kind=story.published")).hasSize(1);
        assertThat(site.storyJson(home).get("published").asBoolean()).isTrue();
    }

    @Test
    void a_run_cut_short_after_it_published_is_only_marked_done_and_publishes_nothing_twice() {
        long id = site.scheduled("publish", home, Duration.ofMinutes(1));
        claimByDeadNode(id);
        quiet.wiring.schedules.intend(id, DEAD_NODE, 1);
        var published = site.admin.post(site.path("/stories/" + home + "/publish"), Map.of("version", 1));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);

        startLivingNodeAfterTheClaimRanOut();
        var ran = site.awaitEnd(id);

        assertThat(ran.get("status").asText()).isEqualTo("done");
        assertThat(site.kinds("kind=story.published")).hasSize(1);
        var entry = site.admin.get(site.path("/activity?kind=schedule.ran")).json().at("/activity/0");
        assertThat(entry.at("/details/recovered").asBoolean()).isTrue();
    }

    @Test
    void a_dead_node_cannot_finish_a_run_another_node_took_over() {
        long id = site.scheduled("publish", home, Duration.ofMinutes(1));
        claimByDeadNode(id);
        startLivingNodeAfterTheClaimRanOut();
        site.awaitEnd(id);

        boolean finished = quiet.wiring.database.write(handle ->
                quiet.wiring.schedules.finish(handle, id, DEAD_NODE, ScheduleStatus.FAILED, "late"));

        assertThat(finished).isFalse();
        assertThat(site.get(id).get("status").asText()).isEqualTo("done");
    }
}
