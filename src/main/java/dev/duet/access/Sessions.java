package dev.duet.access;

import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Sign-in sessions. The cookie carries a random id; only its digest is stored, so a leaked database holds no usable
 * session. Each session has its own CSRF token that cookie-authenticated writes must echo in a header.
 */
public final class Sessions {

    /** A live session: the user it belongs to and the CSRF token its writes must carry. */
    public record Session(long userId, String csrfToken) {
    }

    /** A just-opened session; {@code id} goes into the cookie and is never stored. */
    public record Opened(String id, String csrfToken) {
    }

    private final Database db;
    private final Clock clock;
    private final Duration lifetime;

    public Sessions(Database db, Clock clock, Duration lifetime) {
        this.db = db;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public Opened open(long userId) {
        var id = Secrets.random(32);
        var csrf = Secrets.random(24);
        var now = clock.instant();
        db.writeVoid(handle -> handle.createUpdate("INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at) "
                        + "VALUES (:hash, :user, :csrf, :now, :expires)")
                .bind("hash", Secrets.digest(id)).bind("user", userId).bind("csrf", csrf)
                .bind("now", Timestamps.format(now)).bind("expires", Timestamps.format(now.plus(lifetime))).execute());
        return new Opened(id, csrf);
    }

    public Optional<Session> find(String id) {
        if (id == null || id.isBlank()) return Optional.empty();
        return db.read(handle -> handle.createQuery("SELECT user_id, csrf_token FROM sessions "
                        + "WHERE id_hash = :hash AND expires_at > :now")
                .bind("hash", Secrets.digest(id)).bind("now", Timestamps.format(clock.instant()))
                .map((rs, c) -> new Session(rs.getLong("user_id"), rs.getString("csrf_token"))).findOne());
    }

    /** Ends every session of the user: on logout and on a password change, so a stolen cookie dies too. */
    public int endAll(long userId) {
        return db.write(handle -> handle.createUpdate("DELETE FROM sessions WHERE user_id = :user")
                .bind("user", userId).execute());
    }

    public int purgeExpired() {
        return db.write(handle -> handle.createUpdate("DELETE FROM sessions WHERE expires_at <= :now")
                .bind("now", Timestamps.format(clock.instant())).execute());
    }
}
