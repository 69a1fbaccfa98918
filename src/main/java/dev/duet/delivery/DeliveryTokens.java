package dev.duet.delivery;

import dev.duet.content.DeliveryToken;
import dev.duet.storage.Database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Delivery tokens, resolved from memory. The whole token table is small, so it is held as one immutable map that is
 * swapped, never changed: lookups never lock. A token not in the map is looked up in the database (a token created a
 * moment ago, or on another node) and added; the map is read again when older than {@code maxAge}, which bounds how
 * long a deleted token keeps working.
 *
 * <p>{@link SignedPreviewToken Signed preview tokens} are checked against the signing keys of each space's preview
 * tokens, held in the same map: a valid one costs no database read. Only a signature no known key made sends it to
 * the database for that space's current keys (a preview token made a moment ago, or on another node).
 */
final class DeliveryTokens {

    private record Loaded(Map<String, Access> tokens, Map<Long, List<byte[]>> previewKeys, long loadedAtNanos) {
    }

    private final Database db;
    private final long maxAgeNanos;
    private final Clock clock;
    private volatile Loaded loaded = new Loaded(Map.of(), Map.of(), Long.MIN_VALUE / 2);

    DeliveryTokens(Database db, Duration maxAge) {
        this(db, maxAge, Clock.systemUTC());
    }

    DeliveryTokens(Database db, Duration maxAge, Clock clock) {
        this.db = db;
        this.maxAgeNanos = maxAge.toNanos();
        this.clock = clock;
    }

    /** The access of a known token, or null: memory only, for the fast path (null means "ask {@link #resolve}"). */
    Access cached(String token) {
        var current = loaded;
        if (System.nanoTime() - current.loadedAtNanos > maxAgeNanos || token == null) return null;
        if (SignedPreviewToken.looksSigned(token)) {
            var claims = unexpired(token);
            return claims != null && signedByKnownKey(current, claims) ? preview(claims) : null;
        }
        return current.tokens.get(token);
    }

    /** The access the token gives, reading the database on a miss or when the map is old; empty if it is unknown. */
    Optional<Access> resolve(String token) {
        if (!plausible(token)) return Optional.empty();
        var current = loaded;
        if (System.nanoTime() - current.loadedAtNanos > maxAgeNanos) current = reloadAll();
        if (SignedPreviewToken.looksSigned(token)) return resolveSigned(current, token);
        var access = current.tokens.get(token);
        if (access != null) return Optional.of(access);
        var found = find(token);
        found.ifPresent(this::remember);
        return found.map(Found::access);
    }

    private Optional<Access> resolveSigned(Loaded current, String token) {
        var claims = unexpired(token);
        if (claims == null) return Optional.empty();
        if (signedByKnownKey(current, claims)) return Optional.of(preview(claims));
        var keys = readPreviewKeys(claims.spaceId());
        // a space without preview tokens is not remembered, so made-up space ids cannot grow the map
        if (!keys.isEmpty()) rememberKeys(claims.spaceId(), keys);
        return SignedPreviewToken.signedByAny(claims, keys) ? Optional.of(preview(claims)) : Optional.empty();
    }

    /** The token's claims if it is well formed and not yet expired; its signature is not checked yet. */
    private SignedPreviewToken.Claims unexpired(String token) {
        var claims = SignedPreviewToken.parse(token);
        return claims != null && clock.instant().getEpochSecond() < claims.expiresAtSecond() ? claims : null;
    }

    private static boolean signedByKnownKey(Loaded current, SignedPreviewToken.Claims claims) {
        var keys = current.previewKeys.get(claims.spaceId());
        return keys != null && SignedPreviewToken.signedByAny(claims, keys);
    }

    private static Access preview(SignedPreviewToken.Claims claims) {
        return new Access(claims.spaceId(), true);
    }

    /** Text that could never be a token is not looked up (PostgreSQL also refuses NUL in a parameter). */
    private static boolean plausible(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) return false;
        for (int i = 0; i < token.length(); i++) if (token.charAt(i) < 0x21 || token.charAt(i) > 0x7e) return false;
        return true;
    }

    private record Found(String token, long spaceId, boolean preview) {
        Access access() {
            return new Access(spaceId, preview);
        }
    }

    private synchronized void remember(Found found) {
        var copy = new HashMap<>(loaded.tokens);
        copy.put(found.token, found.access());
        loaded = new Loaded(Map.copyOf(copy), loaded.previewKeys, loaded.loadedAtNanos);
    }

    private synchronized void rememberKeys(long spaceId, List<byte[]> keys) {
        var copy = new HashMap<>(loaded.previewKeys);
        copy.put(spaceId, List.copyOf(keys));
        loaded = new Loaded(loaded.tokens, Map.copyOf(copy), loaded.loadedAtNanos);
    }

    private synchronized Loaded reloadAll() {
        var all = db.read(handle -> handle.createQuery("SELECT token, space_id, access FROM delivery_tokens")
                .map((rs, c) -> map(rs)).list());
        var tokens = new HashMap<String, Access>();
        var keys = new HashMap<Long, List<byte[]>>();
        for (var found : all) {
            tokens.put(found.token, found.access());
            if (found.preview) keys.computeIfAbsent(found.spaceId, space -> new ArrayList<>()).add(SignedPreviewToken.key(found.token));
        }
        keys.replaceAll((space, list) -> List.copyOf(list));
        loaded = new Loaded(Map.copyOf(tokens), Map.copyOf(keys), System.nanoTime());
        return loaded;
    }

    private Optional<Found> find(String token) {
        return db.read(handle -> handle.createQuery("SELECT token, space_id, access FROM delivery_tokens WHERE token = :token")
                .bind("token", token).map((rs, c) -> map(rs)).findOne());
    }

    private List<byte[]> readPreviewKeys(long spaceId) {
        return db.read(handle -> handle.createQuery("SELECT token FROM delivery_tokens WHERE space_id = :space AND access = :access")
                .bind("space", spaceId).bind("access", DeliveryToken.PREVIEW)
                .map((rs, c) -> SignedPreviewToken.key(rs.getString("token"))).list());
    }

    private static Found map(ResultSet rs) throws SQLException {
        return new Found(rs.getString("token"), rs.getLong("space_id"), DeliveryToken.PREVIEW.equals(rs.getString("access")));
    }
}
