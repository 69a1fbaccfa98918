package dev.duet.delivery;

import dev.duet.content.DeliveryToken;
import dev.duet.storage.Database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Delivery tokens, resolved from memory. The whole token table is small, so it is held as one immutable map that is
 * swapped, never changed: lookups never lock. A token not in the map is looked up in the database (a token created a
 * moment ago, or on another node) and added; the map is read again when older than {@code maxAge}, which bounds how
 * long a deleted token keeps working.
 */
final class DeliveryTokens {

    private record Loaded(Map<String, Access> tokens, long loadedAtNanos) {
    }

    private final Database db;
    private final long maxAgeNanos;
    private volatile Loaded loaded = new Loaded(Map.of(), Long.MIN_VALUE / 2);

    DeliveryTokens(Database db, Duration maxAge) {
        this.db = db;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** The access of a known token, or null: memory only, for the fast path (null means "ask {@link #resolve}"). */
    Access cached(String token) {
        var current = loaded;
        if (System.nanoTime() - current.loadedAtNanos > maxAgeNanos) return null;
        return current.tokens.get(token);
    }

    /** The access the token gives, reading the database on a miss or when the map is old; empty if it is unknown. */
    Optional<Access> resolve(String token) {
        if (!plausible(token)) return Optional.empty();
        var current = loaded;
        if (System.nanoTime() - current.loadedAtNanos > maxAgeNanos) current = reloadAll();
        var access = current.tokens.get(token);
        if (access != null) return Optional.of(access);
        var found = find(token);
        found.ifPresent(this::remember);
        return found.map(row -> row.access);
    }

    /** Text that could never be a token is not looked up (PostgreSQL also refuses NUL in a parameter). */
    private static boolean plausible(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) return false;
        for (int i = 0; i < token.length(); i++) if (token.charAt(i) < 0x21 || token.charAt(i) > 0x7e) return false;
        return true;
    }

    private record Found(String token, Access access) {
    }

    private synchronized void remember(Found found) {
        var copy = new HashMap<>(loaded.tokens);
        copy.put(found.token, found.access);
        loaded = new Loaded(Map.copyOf(copy), loaded.loadedAtNanos);
    }

    private synchronized Loaded reloadAll() {
        var all = db.read(handle -> handle.createQuery("SELECT token, space_id, access FROM delivery_tokens")
                .map((rs, c) -> map(rs)).list());
        var tokens = new HashMap<String, Access>();
        all.forEach(found -> tokens.put(found.token, found.access));
        loaded = new Loaded(Map.copyOf(tokens), System.nanoTime());
        return loaded;
    }

    private Optional<Found> find(String token) {
        return db.read(handle -> handle.createQuery("SELECT token, space_id, access FROM delivery_tokens WHERE token = :token")
                .bind("token", token).map((rs, c) -> map(rs)).findOne());
    }

    private static Found map(ResultSet rs) throws SQLException {
        return new Found(rs.getString("token"),
                new Access(rs.getLong("space_id"), DeliveryToken.PREVIEW.equals(rs.getString("access"))));
    }
}
