package dev.duet.webhooks;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.duet.access.Secrets;
import dev.duet.content.Spaces;
import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * The webhooks repository: a space's webhooks and their settings. Input is checked (rules, then the target's
 * addresses) before the one transaction that stores it, so a refused request changes nothing. Thread-safe: holds no
 * state of its own.
 */
public final class Webhooks {

    /** A webhook just created and its secret: the only time the secret is shown. */
    public record Created(Webhook webhook, String secret) {
    }

    private static final String COLUMNS = "id, space_id, name, url, secret, events, active, created_at, updated_at";

    private final Database db;
    private final TargetGuard guard;
    private final Clock clock;

    public Webhooks(Database db, TargetGuard guard, Clock clock) {
        this.db = db;
        this.guard = guard;
        this.clock = clock;
    }

    /** A page of the space's webhooks, oldest first. */
    public List<Webhook> list(long spaceId, int offset, int limit) {
        return db.read(handle -> {
            Spaces.get(handle, spaceId);
            return handle.createQuery("SELECT " + COLUMNS + " FROM webhooks WHERE space_id = :space ORDER BY id "
                            + "LIMIT :limit OFFSET :offset")
                    .bind("space", spaceId).bind("limit", limit).bind("offset", offset)
                    .map((rs, c) -> map(rs)).list();
        });
    }

    public long count(long spaceId) {
        return db.read(handle -> handle.createQuery("SELECT COUNT(*) FROM webhooks WHERE space_id = :space")
                .bind("space", spaceId).mapTo(Long.class).one());
    }

    public Webhook get(long spaceId, long id) {
        return db.read(handle -> get(handle, spaceId, id));
    }

    /** Creates a webhook; its secret is the one given or a generated one, returned here once. */
    public Created create(long spaceId, WebhookSettings settings) {
        var checked = WebhookRules.forCreate(settings);
        guard.check(checked.url());
        var secret = checked.secret() != null ? checked.secret() : "whsec_" + Secrets.random(32);
        var active = checked.active() == null || checked.active();
        var now = Timestamps.format(clock.instant());
        return db.write(handle -> {
            Spaces.get(handle, spaceId);
            long id = handle.createUpdate("INSERT INTO webhooks (space_id, name, url, secret, events, active, created_at, updated_at) "
                            + "VALUES (:space, :name, :url, :secret, :events, :active, :now, :now)")
                    .bind("space", spaceId).bind("name", checked.name()).bind("url", checked.url().toString())
                    .bind("secret", secret).bind("events", Json.write(checked.events())).bind("active", active)
                    .bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return new Created(get(handle, spaceId, id), secret);
        });
    }

    /** Changes the given settings and keeps the rest; a new URL is checked like a new webhook's. */
    public Webhook update(long spaceId, long id, WebhookSettings settings) {
        var checked = WebhookRules.forUpdate(settings);
        if (checked.url() != null) guard.check(checked.url());
        return db.write(handle -> {
            var current = get(handle, spaceId, id);
            var newSecret = checked.secret() != null ? ", secret = :secret" : "";
            var update = handle.createUpdate("UPDATE webhooks SET name = :name, url = :url, events = :events, active = :active, "
                            + "updated_at = :now" + newSecret + " WHERE id = :id")
                    .bind("name", checked.name() != null ? checked.name() : current.name())
                    .bind("url", checked.url() != null ? checked.url().toString() : current.url())
                    .bind("events", Json.write(checked.events() != null ? checked.events() : current.events()))
                    .bind("active", checked.active() != null ? checked.active() : current.active())
                    .bind("now", Timestamps.format(clock.instant())).bind("id", id);
            if (checked.secret() != null) update.bind("secret", checked.secret());
            update.execute();
            return get(handle, spaceId, id);
        });
    }

    /** Deletes the webhook and its delivery log; deliveries not yet sent are dropped. */
    public void delete(long spaceId, long id) {
        db.writeVoid(handle -> {
            get(handle, spaceId, id);
            handle.createUpdate("DELETE FROM webhooks WHERE id = :id").bind("id", id).execute();
        });
    }

    /** The webhook with this id in the space; one of another space is not found, as if it did not exist. */
    static Webhook get(Handle handle, long spaceId, long id) {
        Spaces.get(handle, spaceId);
        return handle.createQuery("SELECT " + COLUMNS + " FROM webhooks WHERE id = :id AND space_id = :space")
                .bind("id", id).bind("space", spaceId).map((rs, c) -> map(rs)).findOne()
                .orElseThrow(() -> new WebhookNotFound(id));
    }

    static List<WebhookEvent> events(String json) {
        List<String> names = Json.mapper().convertValue(Json.tree(json), new TypeReference<List<String>>() { });
        return names.stream().flatMap(name -> WebhookEvent.of(name).stream()).toList();
    }

    private static Webhook map(ResultSet rs) throws SQLException {
        return new Webhook(rs.getLong("id"), rs.getLong("space_id"), rs.getString("name"), rs.getString("url"),
                events(rs.getString("events")), rs.getBoolean("active"), Webhook.hint(rs.getString("secret")),
                Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("updated_at")));
    }
}
