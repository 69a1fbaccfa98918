package dev.duet.webhooks;

import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deliveries repository: the durable queue of events to send and the log of how sending went. Rows are claimed
 * for one attempt at a time with a conditional UPDATE whose row count says who won, so several Duet nodes on one
 * PostgreSQL never send the same attempt twice. Thread-safe: holds no state of its own.
 */
public final class WebhookDeliveries {

    private record Subscription(long webhookId, List<WebhookEvent> events) {
    }

    private static final String PENDING = DeliveryStatus.PENDING.id();
    private static final String COLUMNS = "id, webhook_id, event, payload, status, attempts, next_attempt_at, "
            + "last_status_code, last_error, created_at, delivered_at";

    private final Database db;
    private final Clock clock;

    public WebhookDeliveries(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Queues {@code payload} for every active webhook of the space subscribed to {@code event}; returns the new ids. */
    List<Long> enqueue(long spaceId, WebhookEvent event, String payload) {
        return db.write(handle -> {
            var active = handle.createQuery("SELECT id, events FROM webhooks WHERE space_id = :space AND active = :active ORDER BY id")
                    .bind("space", spaceId).bind("active", true)
                    .map((rs, c) -> new Subscription(rs.getLong("id"), Webhooks.events(rs.getString("events"))))
                    .list();
            var ids = new ArrayList<Long>();
            for (var subscription : active) {
                if (subscription.events().contains(event)) ids.add(insert(handle, subscription.webhookId(), event, payload));
            }
            return ids;
        });
    }

    /** Queues {@code payload} for one webhook whatever it subscribed to (a test ping). */
    long enqueue(long spaceId, long webhookId, WebhookEvent event, String payload) {
        return db.write(handle -> {
            Webhooks.get(handle, spaceId, webhookId);
            return insert(handle, webhookId, event, payload);
        });
    }

    private long insert(Handle handle, long webhookId, WebhookEvent event, String payload) {
        var now = Timestamps.format(clock.instant());
        return handle.createUpdate("INSERT INTO webhook_deliveries (webhook_id, event, payload, status, attempts, next_attempt_at, created_at) "
                        + "VALUES (:webhook, :event, :payload, :pending, 0, :now, :now)")
                .bind("webhook", webhookId).bind("event", event.id()).bind("payload", payload).bind("pending", PENDING)
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Up to {@code limit} pending deliveries due now and claimed by nobody, longest waiting first. */
    List<Long> due(int limit) {
        var now = Timestamps.format(clock.instant());
        return db.read(handle -> handle.createQuery("SELECT id FROM webhook_deliveries WHERE status = :pending "
                        + "AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until < :now) "
                        + "ORDER BY next_attempt_at, id LIMIT :limit")
                .bind("pending", PENDING).bind("now", now).bind("limit", limit).mapTo(Long.class).list());
    }

    /**
     * Claims the delivery for its next attempt until {@code lease} has passed, if it is still pending, due and
     * unclaimed; empty if another thread or node got it first (or it is no longer due).
     */
    Optional<Attempt> claim(long id, Duration lease) {
        var now = clock.instant();
        return db.write(handle -> {
            int claimed = handle.createUpdate("UPDATE webhook_deliveries SET attempts = attempts + 1, claimed_until = :until "
                            + "WHERE id = :id AND status = :pending AND next_attempt_at <= :now "
                            + "AND (claimed_until IS NULL OR claimed_until < :now)")
                    .bind("until", Timestamps.format(now.plus(lease))).bind("id", id).bind("pending", PENDING)
                    .bind("now", Timestamps.format(now)).execute();
            if (claimed != 1) return Optional.empty();
            return handle.createQuery("SELECT d.id, d.attempts, d.event, d.payload, w.url, w.secret, w.active "
                            + "FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE d.id = :id")
                    .bind("id", id)
                    .map((rs, c) -> new Attempt(rs.getLong("id"), rs.getInt("attempts"),
                            WebhookEvent.of(rs.getString("event")).orElseThrow(), rs.getString("payload"),
                            rs.getString("url"), rs.getString("secret"), rs.getBoolean("active")))
                    .findOne();
        });
    }

    /**
     * Stores how the attempt ended and releases the claim. Ignored if the attempt is no longer the delivery's latest
     * (its claim ran out and another attempt began) or the webhook was deleted meanwhile.
     */
    void record(Attempt attempt, DeliverySchedule.Result result) {
        db.writeVoid(handle -> handle.createUpdate("UPDATE webhook_deliveries SET status = :status, next_attempt_at = :next, "
                        + "claimed_until = NULL, last_status_code = :code, last_error = :error, delivered_at = :delivered "
                        + "WHERE id = :id AND attempts = :attempt AND status = :pending")
                .bind("status", result.status().id()).bind("next", Timestamps.format(result.nextAttemptAt()))
                .bind("code", result.statusCode()).bind("error", result.error())
                .bind("delivered", Timestamps.format(result.deliveredAt()))
                .bind("id", attempt.deliveryId()).bind("attempt", attempt.number()).bind("pending", PENDING)
                .execute());
    }

    /** A page of the webhook's deliveries, newest first. */
    public List<Delivery> log(long spaceId, long webhookId, int offset, int limit) {
        return db.read(handle -> {
            Webhooks.get(handle, spaceId, webhookId);
            return handle.createQuery("SELECT " + COLUMNS + " FROM webhook_deliveries WHERE webhook_id = :webhook "
                            + "ORDER BY id DESC LIMIT :limit OFFSET :offset")
                    .bind("webhook", webhookId).bind("limit", limit).bind("offset", offset)
                    .map((rs, c) -> map(rs)).list();
        });
    }

    public long count(long webhookId) {
        return db.read(handle -> handle.createQuery("SELECT COUNT(*) FROM webhook_deliveries WHERE webhook_id = :webhook")
                .bind("webhook", webhookId).mapTo(Long.class).one());
    }

    public Delivery get(long id) {
        return db.read(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM webhook_deliveries WHERE id = :id")
                .bind("id", id).map((rs, c) -> map(rs)).findOne()
                .orElseThrow(() -> new dev.duet.failure.NotFound("webhook delivery", id)));
    }

    private static Delivery map(ResultSet rs) throws SQLException {
        var status = DeliveryStatus.of(rs.getString("status"));
        var code = rs.getInt("last_status_code");
        Integer lastStatusCode = rs.wasNull() ? null : code;
        return new Delivery(rs.getLong("id"), rs.getLong("webhook_id"), WebhookEvent.of(rs.getString("event")).orElseThrow(),
                status, rs.getInt("attempts"), lastStatusCode, rs.getString("last_error"),
                status == DeliveryStatus.PENDING ? Timestamps.parse(rs.getString("next_attempt_at")) : null,
                Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("delivered_at")),
                Json.tree(rs.getString("payload")));
    }
}
