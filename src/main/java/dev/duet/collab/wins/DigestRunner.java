package dev.duet.collab.wins;

import dev.duet.storage.ClaimPoller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends the weekly digest while started: polls every {@code interval}; when the subscription's slot has come and
 * the week that just ended is unsent, claims it in the database (so of several nodes exactly one sends) and sends.
 * A failed send is retried after 1 min, 5 min, 30 min and 2 h, then the week is given up on (the log keeps every
 * attempt); a refused target (SSRF guard) is not retried. All state is in the database. Thread-safe.
 */
public final class DigestRunner implements AutoCloseable {

    /** Far longer than one send (10 s timeout), so only a dead node's claim runs out. */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final List<Duration> RETRIES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2));

    private final DigestSubscriptions subscriptions;
    private final DigestSender sender;
    private final Clock clock;
    private final ClaimPoller poller;

    public DigestRunner(DigestSubscriptions subscriptions, DigestSender sender, Clock clock, Duration interval) {
        this.poller = new ClaimPoller(DigestRunner.class, "duet-wins-digest", "sending the wins digest", interval, this::poll);
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.clock = clock;
    }

    public void start() {
        poller.start();
    }

    public void stop() {
        poller.stop();
    }

    @Override
    public void close() {
        poller.close();
    }

    private void poll(String node) {
        var found = subscriptions.find();
        if (found.isEmpty() || !found.get().active()) return;
        var week = found.get().dueWeek(clock.instant());
        if (week.toString().equals(found.get().sentWeek())) return;
        if (!subscriptions.claim(week.toString(), node, LEASE)) return;
        // read again under the claim: the URL or secret may have changed since
        var subscription = subscriptions.get();
        var delivery = sender.send(subscription, week, "scheduled");
        subscriptions.finish(node, week.toString(), retryAt(delivery, subscription.attempts()));
    }

    /** When to try again after {@code delivery}, the {@code failedBefore + 1}th attempt; null when done or given up. */
    private Instant retryAt(DigestDelivery delivery, int failedBefore) {
        if (!delivery.outcome().equals("failed") || failedBefore >= RETRIES.size()) return null;
        return clock.instant().plus(RETRIES.get(failedBefore));
    }
}
