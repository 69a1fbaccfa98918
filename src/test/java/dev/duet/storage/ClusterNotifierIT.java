package dev.duet.storage;

import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterNotifierIT {

    private final List<AutoCloseable> opened = new ArrayList<>();

    private record Node(Database db, ClusterNotifier notifier, BlockingQueue<String> heard, AtomicInteger resyncs) {
    }

    private Node node(String url) {
        var db = new Database(url, null, null);
        db.migrate();
        var notifier = new ClusterNotifier(db, url, null, null);
        var node = new Node(db, notifier, new LinkedBlockingQueue<>(), new AtomicInteger());
        notifier.start(node.heard()::add, node.resyncs()::incrementAndGet);
        opened.add(db);
        opened.add(notifier);
        return node;
    }

    @AfterEach
    void close() throws Exception {
        for (var each : opened.reversed()) each.close();
    }

    @Test
    void a_message_from_one_node_reaches_the_other_within_a_second_but_not_its_sender() throws Exception {
        var url = TestDatabase.POSTGRES.newUrl();
        var first = node(url);
        var second = node(url); // started means listening: no wait needed

        first.notifier().send("space 1 changed");

        assertThat(second.heard().poll(1, TimeUnit.SECONDS)).isEqualTo("space 1 changed");
        assertThat(first.heard().poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void a_node_resyncs_when_it_starts_listening_and_again_when_its_connection_drops_and_is_restored() throws Exception {
        var url = TestDatabase.POSTGRES.newUrl();
        var first = node(url);
        var second = node(url);
        assertThat(second.resyncs().get()).as("what was kept before listening may have missed a message").isEqualTo(1);

        first.db().read(handle -> handle.createQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                + "WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()").mapTo(Boolean.class).list());

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (second.resyncs().get() == 1 && System.nanoTime() < deadline) Thread.sleep(50);
        assertThat(second.resyncs().get()).isEqualTo(2);
        first.notifier().send("after the reconnect");
        assertThat(second.heard().poll(2, TimeUnit.SECONDS)).isEqualTo("after the reconnect");
    }

    @Test
    void on_sqlite_there_is_one_node_and_nothing_is_sent() throws Exception {
        var url = TestDatabase.SQLITE.newUrl();
        var only = node(url);

        only.notifier().send("nobody listens");

        assertThat(only.notifier().clustered()).isFalse();
        assertThat(only.heard().poll(300, TimeUnit.MILLISECONDS)).isNull();
    }
}
