package dev.duet.collab.wins;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends the weekly digest while started: polls every {@code interval}; when the subscription's slot has come and
 * the week that just ended is unsent, claims it in the database (so of several nodes exactly one sends) and sends.
 * A failed send is retried after 1 min, 5 min, 30 min and 2 h, then the week is given up on (the log keeps every
 * attempt); a refused target (SSRF guard) is not retried. All state is in the database. Thread-safe.
 */
public final class DigestRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DigestRunner.class);
    /** Far longer than one send (10 s timeout), so only a dead node's claim runs out. */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final List<Duration> RETRIES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2));
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final DigestSubscriptions subscriptions;
    private final DigestSender sender;
    private final Clock clock;
    private final Duration interval;
    private final String node = "node-" + UUID.randomUUID();
    private ScheduledExecutorService poller;

    public DigestRunner(DigestSubscriptions subscriptions, DigestSender sender, Clock clock, Duration interval) {
        if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("the poll interval must be positive");
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.clock = clock;
        this.interval = interval;
    }

    public synchronized void start() {
        if (poller != null) return;
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("duet-wins-digest").daemon().factory());
        poller.scheduleWithFixedDelay(this::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (poller == null) return;
        var stopping = poller;
        poller = null;
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) stopping.shutdownNow();
        } catch (InterruptedException e) {
            stopping.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void poll() {
        try {
            var found = subscriptions.find();
            if (found.isEmpty() || !found.get().active()) return;
            var week = found.get().dueWeek(clock.instant());
            if (week.toString().equals(found.get().sentWeek())) return;
            if (!subscriptions.claim(week.toString(), node, LEASE)) return;
            // read again under the claim: the URL or secret may have changed since
            var subscription = subscriptions.get();
            var delivery = sender.send(subscription, week, "scheduled");
            subscriptions.finish(node, week.toString(), retryAt(delivery, subscription.attempts()));
        } catch (RuntimeException e) {
            // the poller must survive a database hiccup; the next poll tries again (a held claim runs out)
            LOG.warn("sending the wins digest failed; trying again in {}", interval, e);
        }
    }

    /** When to try again after {@code delivery}, the {@code failedBefore + 1}th attempt; null when done or given up. */
    private Instant retryAt(DigestDelivery delivery, int failedBefore) {
        if (!delivery.outcome().equals("failed") || failedBefore >= RETRIES.size()) return null;
        return clock.instant().plus(RETRIES.get(failedBefore));
    }
}
