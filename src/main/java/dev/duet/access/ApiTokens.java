package dev.duet.access;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.duet.failure.Forbidden;
import dev.duet.failure.InvalidInput;
import dev.duet.failure.NotFound;
import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Management tokens: stored as SHA-256 digests, shown once, scoped to at most their owner's permissions, revocable. */
public final class ApiTokens {

    public static final String PREFIX = "duet_";

    /** A token just created: the only time its secret is seen. */
    public record Created(ApiToken token, String secret) {
    }

    /** A token presented with a request, resolved to its owner and its scopes. */
    public record Resolved(long tokenId, long userId, Set<Permission> scopes) {
    }

    private static final String COLUMNS = "id, name, prefix, user_id, scopes, created_at, expires_at, last_used_at, revoked_at";

    private static final java.time.Duration USE_RECORDING_INTERVAL = java.time.Duration.ofMinutes(1);

    private final Database db;
    private final Clock clock;
    private final java.util.concurrent.ConcurrentHashMap<Long, Instant> lastRecordedUse = new java.util.concurrent.ConcurrentHashMap<>();

    public ApiTokens(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Creates a token for {@code owner}; scopes default to all of the owner's permissions. */
    public Created create(User owner, String name, List<String> scopes, Instant expiresAt) {
        if (name == null || name.isBlank()) throw InvalidInput.field("name", "is required");
        var granted = parseScopes(scopes, owner.role());
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw InvalidInput.field("expires_at", "must be in the future");
        }
        var secret = PREFIX + Secrets.random(32);
        var scopeNames = new TreeSet<String>();
        granted.forEach(p -> scopeNames.add(p.scope()));
        long id = db.write(handle -> handle.createUpdate("INSERT INTO api_tokens (name, token_hash, prefix, user_id, scopes, created_at, expires_at) "
                        + "VALUES (:name, :hash, :prefix, :user, :scopes, :now, :expires)")
                .bind("name", name.strip()).bind("hash", Secrets.digest(secret)).bind("prefix", secret.substring(0, 12))
                .bind("user", owner.id()).bind("scopes", Json.write(scopeNames))
                .bind("now", Timestamps.format(clock.instant())).bind("expires", Timestamps.format(expiresAt))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Created(get(id), secret);
    }

    private static Set<Permission> parseScopes(List<String> scopes, Role role) {
        if (scopes == null || scopes.isEmpty()) return role.permissions();
        var granted = EnumSet.noneOf(Permission.class);
        var problems = new ArrayList<InvalidInput.Problem>();
        for (int i = 0; i < scopes.size(); i++) {
            var scope = scopes.get(i);
            var permission = Permission.ofScope(scope);
            if (permission.isEmpty()) {
                problems.add(new InvalidInput.Problem("scopes[" + i + "]", "unknown scope " + scope));
            } else if (!role.permissions().contains(permission.get())) {
                throw new Forbidden("a " + role.id() + " cannot grant the scope " + scope);
            } else {
                granted.add(permission.get());
            }
        }
        if (!problems.isEmpty()) throw new InvalidInput("unknown token scopes", problems);
        return granted;
    }

    public ApiToken get(long id) {
        return db.read(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM api_tokens WHERE id = :id")
                .bind("id", id).map((rs, c) -> map(rs)).findOne().orElseThrow(() -> new NotFound("token", id)));
    }

    public List<ApiToken> list(Long userId) {
        var sql = "SELECT " + COLUMNS + " FROM api_tokens" + (userId == null ? "" : " WHERE user_id = :user") + " ORDER BY id";
        return db.read(handle -> {
            var query = handle.createQuery(sql);
            if (userId != null) query.bind("user", userId);
            return query.map((rs, c) -> map(rs)).list();
        });
    }

    public void revoke(long id) {
        db.writeVoid(handle -> handle.createUpdate("UPDATE api_tokens SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .bind("now", Timestamps.format(clock.instant())).bind("id", id).execute());
    }

    /** The live token with this secret, if any; records its use. */
    public Optional<Resolved> resolve(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) return Optional.empty();
        var now = Timestamps.format(clock.instant());
        var found = db.read(handle -> handle.createQuery("SELECT id, user_id, scopes FROM api_tokens WHERE token_hash = :hash "
                        + "AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)")
                .bind("hash", Secrets.digest(secret)).bind("now", now)
                .map((rs, c) -> new Resolved(rs.getLong("id"), rs.getLong("user_id"), permissions(rs.getString("scopes"))))
                .findOne());
        found.ifPresent(token -> recordUse(token.tokenId()));
        return found;
    }

    /**
     * Keeps {@code last_used_at} to the minute without a database write on every request: a busy CI token would
     * otherwise turn each read into a write (and on SQLite, a wait for the write lock).
     */
    private void recordUse(long tokenId) {
        var now = clock.instant();
        var last = lastRecordedUse.get(tokenId);
        if (last != null && last.plus(USE_RECORDING_INTERVAL).isAfter(now)) return;
        lastRecordedUse.put(tokenId, now);
        db.writeVoid(handle -> handle.createUpdate("UPDATE api_tokens SET last_used_at = :now WHERE id = :id")
                .bind("now", Timestamps.format(now)).bind("id", tokenId).execute());
    }

    private static Set<Permission> permissions(String json) {
        var names = Json.mapper().convertValue(Json.tree(json), new TypeReference<List<String>>() { });
        var set = EnumSet.noneOf(Permission.class);
        names.forEach(name -> Permission.ofScope(name).ifPresent(set::add));
        return set;
    }

    private static ApiToken map(ResultSet rs) throws SQLException {
        var scopes = Json.mapper().convertValue(Json.tree(rs.getString("scopes")), new TypeReference<Set<String>>() { });
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"), rs.getLong("user_id"), scopes,
                Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("expires_at")),
                Timestamps.parse(rs.getString("last_used_at")), Timestamps.parse(rs.getString("revoked_at")));
    }
}
