package dev.duet.collab.wins;

import dev.duet.access.Secrets;
import dev.duet.failure.NotFound;
import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The digest subscription (one, company-wide) and its delivery log. A scheduled send is claimed with a conditional
 * UPDATE whose row count says who won, so of several Duet nodes exactly one sends a week's digest. Thread-safe:
 * holds no state of its own.
 */
public final class DigestSubscriptions {

    /** The subscription as saved, and its secret when this save made a new one (shown once), else null. */
    public record Saved(DigestSubscription subscription, String newSecret, boolean created) {
    }

    /** There is no digest subscription yet. */
    public static final class NoSubscription extends NotFound {
        NoSubscription() {
            super("digest subscription", "(none set up; PUT /api/wins/digest/subscription)");
        }
    }

    private static final long ID = 1;

    private final Database db;
    private final Clock clock;

    public DigestSubscriptions(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<DigestSubscription> find() {
        return db.read(DigestSubscriptions::find);
    }

    public DigestSubscription get() {
        return find().orElseThrow(NoSubscription::new);
    }

    /**
     * Creates or changes the subscription. A new one gets a secret and counts the week whose slot has passed as sent,
     * so the first digest goes out at the next slot rather than at once.
     */
    public Saved save(DigestSettings.Checked settings, String actor) {
        var now = clock.instant();
        return db.write(handle -> {
            var existing = find(handle);
            var secret = existing.isEmpty() || settings.rotateSecret() ? Secrets.random(24) : null;
            if (existing.isEmpty()) {
                var draft = new DigestSubscription(settings.url().toString(), secret, settings.baseUrl(),
                        settings.weekday(), settings.hour(), settings.active(), null, 0, null, actor, now);
                handle.createUpdate("INSERT INTO win_digest_subscription (id, url, secret, base_url, weekday, hour, active, "
                                + "sent_week, attempts, updated_by, updated_at) VALUES (:id, :url, :secret, :base, :weekday, "
                                + ":hour, :active, :sent, 0, :by, :at)")
                        .bind("id", ID).bind("url", draft.url()).bind("secret", secret).bind("base", draft.baseUrl())
                        .bind("weekday", draft.weekday()).bind("hour", draft.hour()).bind("active", draft.active())
                        .bind("sent", draft.dueWeek(now).toString()).bind("by", actor).bind("at", Timestamps.format(now))
                        .execute();
            } else {
                handle.createUpdate("UPDATE win_digest_subscription SET url = :url, secret = COALESCE(:secret, secret), "
                                + "base_url = :base, weekday = :weekday, hour = :hour, active = :active, updated_by = :by, "
                                + "updated_at = :at WHERE id = :id")
                        .bind("id", ID).bind("url", settings.url().toString()).bind("secret", secret)
                        .bind("base", settings.baseUrl()).bind("weekday", settings.weekday()).bind("hour", settings.hour())
                        .bind("active", settings.active()).bind("by", actor).bind("at", Timestamps.format(now)).execute();
            }
            return new Saved(find(handle).orElseThrow(), secret, existing.isEmpty());
        });
    }

    public void delete() {
        db.writeVoid(handle -> {
            if (handle.createUpdate("DELETE FROM win_digest_subscription WHERE id = :id").bind("id", ID).execute() == 0) {
                throw new NoSubscription();
            }
        });
    }

    /**
     * Claims the sending of {@code week}'s digest for {@code node} until {@code now + lease}: only while the
     * subscription is active, the week unsent, its retry due and no live claim on it. True for exactly one caller.
     */
    boolean claim(String week, String node, Duration lease) {
        var now = clock.instant();
        return db.write(handle -> handle.createUpdate("UPDATE win_digest_subscription SET claimed_by = :node, "
                        + "claimed_until = :until WHERE id = :id AND active = :yes AND (sent_week IS NULL OR sent_week <> :week) "
                        + "AND (next_attempt_at IS NULL OR next_attempt_at <= :now) "
                        + "AND (claimed_until IS NULL OR claimed_until < :now)")
                .bind("node", node).bind("until", Timestamps.format(now.plus(lease))).bind("id", ID).bind("yes", true)
                .bind("week", week).bind("now", Timestamps.format(now)).execute() == 1);
    }

    /** Ends {@code node}'s claim: the week sent (or given up on), or to be tried again at {@code retryAt}. */
    void finish(String node, String week, Instant retryAt) {
        db.writeVoid(handle -> {
            var update = retryAt == null
                    ? "sent_week = :week, attempts = 0, next_attempt_at = NULL"
                    : "attempts = attempts + 1, next_attempt_at = :retry";
            handle.createUpdate("UPDATE win_digest_subscription SET " + update + ", claimed_by = NULL, claimed_until = NULL "
                            + "WHERE id = :id AND claimed_by = :node")
                    .bind("week", week).bind("retry", Timestamps.format(retryAt)).bind("id", ID).bind("node", node)
                    .execute();
        });
    }

    DigestDelivery log(String week, String cause, String url, String outcome, Integer statusCode, String error) {
        return db.write(handle -> {
            long id = handle.createUpdate("INSERT INTO win_digest_deliveries (week, cause, url, outcome, status_code, error, "
                            + "created_at) VALUES (:week, :cause, :url, :outcome, :status, :error, :at)")
                    .bind("week", week).bind("cause", cause).bind("url", url).bind("outcome", outcome)
                    .bind("status", statusCode).bind("error", error).bind("at", Timestamps.format(clock.instant()))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return handle.createQuery("SELECT * FROM win_digest_deliveries WHERE id = :id").bind("id", id)
                    .map((rs, ctx) -> delivery(rs)).one();
        });
    }

    /** The delivery log, newest first. */
    public List<DigestDelivery> deliveries(int offset, int limit) {
        return db.read(handle -> handle.createQuery("SELECT * FROM win_digest_deliveries ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset).map((rs, ctx) -> delivery(rs)).list());
    }

    public long countDeliveries() {
        return db.read(handle -> handle.createQuery("SELECT COUNT(*) FROM win_digest_deliveries").mapTo(Long.class).one());
    }

    private static Optional<DigestSubscription> find(Handle handle) {
        return handle.createQuery("SELECT * FROM win_digest_subscription WHERE id = :id").bind("id", ID)
                .map((rs, ctx) -> subscription(rs)).findOne();
    }

    private static DigestSubscription subscription(ResultSet rs) throws SQLException {
        return new DigestSubscription(rs.getString("url"), rs.getString("secret"), rs.getString("base_url"),
                rs.getInt("weekday"), rs.getInt("hour"), rs.getBoolean("active"), rs.getString("sent_week"),
                rs.getInt("attempts"), Timestamps.parse(rs.getString("next_attempt_at")), rs.getString("updated_by"),
                Timestamps.parse(rs.getString("updated_at")));
    }

    private static DigestDelivery delivery(ResultSet rs) throws SQLException {
        int status = rs.getInt("status_code");
        Integer statusCode = rs.wasNull() ? null : status;
        return new DigestDelivery(rs.getLong("id"), rs.getString("week"), rs.getString("cause"), rs.getString("url"),
                rs.getString("outcome"), statusCode, rs.getString("error"), Timestamps.parse(rs.getString("created_at")));
    }
}
