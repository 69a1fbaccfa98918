package dev.duet.webhooks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends queued deliveries while started: promptly when told new ones were queued ({@link #wake}), and by a scan every
 * {@link DeliverySchedule#scanInterval()} for retries that came due and for whatever a stopped or crashed node left
 * behind. Each attempt is claimed in the database first (so no two nodes send it), then sent on a virtual thread; at
 * most {@value #MAX_IN_FLIGHT} attempts are in flight at once. Thread-safe.
 */
public final class WebhookDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    /** How long a claim keeps other nodes away: well past the send timeout, so only a dead node's claim runs out. */
    static final Duration LEASE = Duration.ofMinutes(1);
    /** Longer than one send may take (its timeout is 10 s), shorter than a claim. */
    private static final Duration SEND_TIMEOUT_WITH_MARGIN = Duration.ofSeconds(15);
    static final int MAX_IN_FLIGHT = 32;
    private static final Duration STOP_GRACE = Duration.ofSeconds(3);

    /** The parts that live from start to stop. */
    private record Running(ScheduledExecutorService scanner, ExecutorService senders, WebhookSender sender) {
    }

    private final WebhookDeliveries deliveries;
    private final TargetGuard guard;
    private final DeliverySchedule schedule;
    private final Clock clock;
    private final Semaphore slots = new Semaphore(MAX_IN_FLIGHT);
    private final AtomicBoolean scanQueued = new AtomicBoolean();
    private volatile Running running;

    public WebhookDispatcher(WebhookDeliveries deliveries, TargetGuard guard, DeliverySchedule schedule, Clock clock) {
        this.deliveries = deliveries;
        this.guard = guard;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Starts sending, beginning with a scan for deliveries already due. Starting twice does nothing. */
    public synchronized void start() {
        if (running != null) return;
        var scanner = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("duet-webhook-scanner").daemon().factory());
        running = new Running(scanner, Executors.newVirtualThreadPerTaskExecutor(), new WebhookSender(guard));
        scanner.scheduleWithFixedDelay(this::scan, 0, schedule.scanInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops scanning and gives attempts in flight a moment to finish. An attempt cut short keeps its claim until the
     * claim runs out; then this or another node tries again.
     */
    public synchronized void stop() {
        var stopping = running;
        if (stopping == null) return;
        running = null;
        stopping.scanner().shutdownNow();
        stopping.senders().shutdown();
        try {
            if (!stopping.senders().awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) stopping.senders().shutdownNow();
        } catch (InterruptedException e) {
            stopping.senders().shutdownNow();
            Thread.currentThread().interrupt();
        }
        stopping.sender().close();
    }

    @Override
    public void close() {
        stop();
    }

    /** New deliveries were queued: scan now rather than at the next interval. Cheap; never blocks the caller. */
    void wake() {
        var current = running;
        if (current == null || !scanQueued.compareAndSet(false, true)) return;
        try {
            current.scanner().execute(() -> {
                scanQueued.set(false);
                scan();
            });
        } catch (RejectedExecutionException e) {
            scanQueued.set(false); // stopping: the next start scans anyway
        }
    }

    /**
     * Makes the delivery's next attempt on the calling thread, if nobody else has claimed it, and returns the delivery
     * as it then stands (used to test a webhook, where the caller waits for the answer).
     */
    Delivery sendNow(long deliveryId) {
        var current = running;
        if (current == null) throw new IllegalStateException("webhooks are not being sent: the dispatcher is stopped");
        var claimed = deliveries.claim(deliveryId, LEASE);
        if (claimed.isPresent()) {
            attempt(current.sender(), claimed.get());
            return deliveries.get(deliveryId);
        }
        return outcomeOf(deliveryId); // a scan claimed it first: its attempt is under way
    }

    /** The delivery once the attempt someone else is making has ended (or the attempt's time is up). */
    private Delivery outcomeOf(long deliveryId) {
        long deadline = System.nanoTime() + SEND_TIMEOUT_WITH_MARGIN.toNanos();
        var delivery = deliveries.get(deliveryId);
        while (delivery.status() == DeliveryStatus.PENDING && delivery.lastStatusCode() == null
                && delivery.lastError() == null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            delivery = deliveries.get(deliveryId);
        }
        return delivery;
    }

    private void scan() {
        var current = running;
        if (current == null) return;
        try {
            for (var id : deliveries.due(MAX_IN_FLIGHT)) {
                if (!slots.tryAcquire()) return;
                var claimed = deliveries.claim(id, LEASE);
                if (claimed.isEmpty()) {
                    slots.release();
                    continue;
                }
                submit(current, claimed.get());
            }
        } catch (RuntimeException e) {
            // the scanner must survive a database hiccup; the next scan tries again
            LOG.warn("scanning for due webhook deliveries failed; trying again in {}", schedule.scanInterval(), e);
        }
    }

    private void submit(Running current, Attempt attempt) {
        try {
            current.senders().execute(() -> {
                try {
                    attempt(current.sender(), attempt);
                } finally {
                    slots.release();
                }
            });
        } catch (RejectedExecutionException e) {
            slots.release(); // stopping: the claim runs out and the attempt is made after the next start
        }
    }

    private void attempt(WebhookSender sender, Attempt attempt) {
        var outcome = attempt.webhookActive() || attempt.event() == WebhookEvent.PING
                ? sender.send(attempt)
                : new Outcome.Refused("the webhook was deactivated before this attempt");
        if (!(outcome instanceof Outcome.Delivered)) LOG.info("{} did not succeed: {}", attempt, outcome);
        try {
            deliveries.record(attempt, schedule.after(attempt.number(), outcome, clock.instant()));
        } catch (RuntimeException e) {
            LOG.warn("cannot record how {} ended ({}); it is retried once its claim runs out", attempt, outcome, e);
        }
    }
}
