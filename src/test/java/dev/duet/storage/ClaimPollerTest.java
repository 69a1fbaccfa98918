package dev.duet.storage;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimPollerTest {

    @Test
    void it_polls_at_start_survives_a_failing_poll_names_one_node_and_stops_polling_when_stopped() throws InterruptedException {
        var nodes = new CopyOnWriteArrayList<String>();
        var threads = new CopyOnWriteArrayList<String>();
        var polled = new CountDownLatch(3);
        var poller = new ClaimPoller(ClaimPollerTest.class, "duet-test-poller", "polling in a test", Duration.ofMillis(10), node -> {
            nodes.add(node);
            threads.add(Thread.currentThread().getName());
            polled.countDown();
            if (nodes.size() == 1) throw new IllegalStateException("the database hiccuped");
        });

        poller.start();
        poller.start();
        assertThat(polled.await(5, TimeUnit.SECONDS)).as("polls go on after one failed").isTrue();
        poller.stop();
        int afterStop = nodes.size();
        Thread.sleep(100);

        assertThat(nodes).hasSizeGreaterThanOrEqualTo(3).allMatch(poller.node()::equals);
        assertThat(poller.node()).startsWith("node-");
        assertThat(threads).containsOnly("duet-test-poller");
        assertThat(nodes).as("no poll after stop").hasSize(afterStop);
        poller.stop();
    }

    @Test
    void each_poller_names_its_own_node() {
        var first = new ClaimPoller(ClaimPollerTest.class, "a", "a", Duration.ofSeconds(1), node -> { });
        var second = new ClaimPoller(ClaimPollerTest.class, "b", "b", Duration.ofSeconds(1), node -> { });

        assertThat(first.node()).isNotEqualTo(second.node());
    }

    @Test
    void a_poll_interval_that_is_not_positive_is_refused() {
        for (var interval : List.of(Duration.ZERO, Duration.ofMillis(-1))) {
            assertThatThrownBy(() -> new ClaimPoller(ClaimPollerTest.class, "t", "t", interval, node -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
        }
    }
}
