package dev.duet.storage;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Tells the other Duet nodes on the same PostgreSQL what changed, with LISTEN/NOTIFY, so each can update what it keeps
 * in memory within a second. On SQLite there is only ever one node, and this does nothing.
 *
 * <p>Messages are text (at most a few kilobytes, PostgreSQL's limit is 8000 bytes). A node never hears its own
 * messages. The listening connection is its own (not the pool's). {@code resync} runs each time it starts listening,
 * the first time included: a message sent before LISTEN took effect (while the node was starting, or while a dropped
 * connection was being restored) never arrives, so what was kept until then must be rebuilt. {@link #start} waits,
 * briefly, for the first LISTEN, so a node that has started is already hearing. Thread-safe.
 */
public final class ClusterNotifier implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterNotifier.class);
    private static final String CHANNEL = "duet_changes";
    private static final int POLL_MILLIS = 250;
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final Duration FIRST_LISTEN_WAIT = Duration.ofSeconds(10);

    private final Database db;
    private final String url;
    private final String user;
    private final String password;
    private final String nodeId = UUID.randomUUID().toString();
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean running;
    private Thread listener;

    public ClusterNotifier(Database db, String url, String user, String password) {
        this.db = db;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public boolean clustered() {
        return db.dialect() == Dialect.POSTGRES;
    }

    /** Sends a message to every other node; call after the change it describes has committed. */
    public void send(String message) {
        if (!clustered()) return;
        db.read(handle -> handle.createQuery("SELECT pg_notify(:channel, :payload)")
                .bind("channel", CHANNEL).bind("payload", nodeId + " " + message).mapTo(String.class).findOne());
    }

    /** Starts listening; {@code onMessage} gets other nodes' messages, {@code resync} runs after a lost connection. */
    public synchronized void start(Consumer<String> onMessage, Runnable resync) {
        if (!clustered() || running) return;
        running = true;
        listener = Thread.ofPlatform().daemon().name("duet-cluster-listener").start(() -> listen(onMessage, resync));
        awaitFirstListen();
    }

    private void awaitFirstListen() {
        try {
            if (!listening.await(FIRST_LISTEN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("not yet hearing other nodes after {} s; still trying", FIRST_LISTEN_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void listen(Consumer<String> onMessage, Runnable resync) {
        while (running) {
            try (var connection = connect()) {
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                resync.run();
                listening.countDown();
                receive(connection.unwrap(PGConnection.class), onMessage);
            } catch (SQLException | RuntimeException e) {
                if (!running) return;
                LOG.warn("cluster notifications interrupted ({}); reconnecting in {} s", e.getMessage(), RETRY.toSeconds());
                sleep();
            }
        }
    }

    private void receive(PGConnection connection, Consumer<String> onMessage) throws SQLException {
        while (running) {
            var notifications = connection.getNotifications(POLL_MILLIS);
            if (notifications == null) continue;
            for (var notification : notifications) {
                var payload = notification.getParameter();
                int space = payload.indexOf(' ');
                if (space < 0 || payload.substring(0, space).equals(nodeId)) continue;
                try {
                    onMessage.accept(payload.substring(space + 1));
                } catch (RuntimeException e) {
                    LOG.error("a cluster message could not be applied: {}", payload, e);
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        var properties = new java.util.Properties();
        if (user != null) properties.setProperty("user", user);
        if (password != null) properties.setProperty("password", password);
        return DriverManager.getConnection(url, properties);
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (listener != null) listener.interrupt();
    }
}
