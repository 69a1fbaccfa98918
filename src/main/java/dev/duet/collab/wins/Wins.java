package dev.duet.collab.wins;

import dev.duet.failure.InvalidInput;
import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The wins repository: the feed newest first, reactions and kudos. Reads answer wins as a given reader sees them
 * (which reactions are theirs). Thread-safe: holds no state of its own.
 */
public final class Wins {

    private static final String COLUMNS = "w.id, w.kind, w.source, w.space_id, w.title, w.actor, w.link, w.details, "
            + "w.created_at, (SELECT COUNT(*) FROM win_kudos k WHERE k.win_id = w.id) AS kudos_count";

    /** A recorded row before its reactions are attached. */
    private record Row(long id, WinKind kind, String source, Long spaceId, String title, String actor, String link,
                       String details, Instant createdAt, long kudosCount) {
    }

    /** How often one reaction was given on one win, and whether the reader gave it. */
    private record Given(long winId, Reaction reaction, long count, boolean mine) {
    }

    private final Database db;
    private final Clock clock;

    public Wins(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The wins {@code filter} lets through, newest first, as {@code readerId} sees them. */
    public List<Win> list(WinFilter filter, long readerId, int offset, int limit) {
        return db.read(handle -> {
            var rows = bind(handle.createQuery("SELECT " + COLUMNS + " FROM wins w" + where(filter)
                    + " ORDER BY w.created_at DESC, w.id DESC LIMIT :limit OFFSET :offset"), filter)
                    .bind("limit", limit).bind("offset", offset)
                    .map((rs, ctx) -> row(rs)).list();
            return withReactions(handle, rows, readerId);
        });
    }

    public long count(WinFilter filter) {
        return db.read(handle -> bind(handle.createQuery("SELECT COUNT(*) FROM wins w" + where(filter)), filter)
                .mapTo(Long.class).one());
    }

    public Win get(long winId, long readerId) {
        return db.read(handle -> get(handle, winId, readerId));
    }

    /** The win recorded for {@code source} (e.g. {@code story:42:live}), if there is one. */
    public Optional<Win> bySource(String source, long readerId) {
        return db.read(handle -> {
            var rows = handle.createQuery("SELECT " + COLUMNS + " FROM wins w WHERE w.source = :source")
                    .bind("source", source).map((rs, ctx) -> row(rs)).list();
            return withReactions(handle, rows, readerId).stream().findFirst();
        });
    }

    /** Gives ({@code on}) or takes back one reaction of {@code userId}; giving twice or taking back none is fine. */
    public Win react(long winId, long userId, Reaction reaction, boolean on) {
        return db.write(handle -> {
            require(handle, winId);
            if (on) {
                handle.createUpdate("INSERT INTO win_reactions (win_id, user_id, reaction, created_at) "
                                + "VALUES (:win, :user, :reaction, :at) ON CONFLICT DO NOTHING")
                        .bind("win", winId).bind("user", userId).bind("reaction", reaction.id())
                        .bind("at", Timestamps.format(clock.instant())).execute();
            } else {
                handle.createUpdate("DELETE FROM win_reactions WHERE win_id = :win AND user_id = :user AND reaction = :reaction")
                        .bind("win", winId).bind("user", userId).bind("reaction", reaction.id()).execute();
            }
            return get(handle, winId, userId);
        });
    }

    /** Adds kudos by {@code userId} ({@code author} is their email); the text is 1 to 280 characters once trimmed. */
    public Kudos addKudos(long winId, long userId, String author, String text) {
        var checked = checkedText(text);
        return db.write(handle -> {
            require(handle, winId);
            long id = handle.createUpdate("INSERT INTO win_kudos (win_id, user_id, author, text, created_at) "
                            + "VALUES (:win, :user, :author, :text, :at)")
                    .bind("win", winId).bind("user", userId).bind("author", author).bind("text", checked)
                    .bind("at", Timestamps.format(clock.instant()))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return kudos(handle, winId, id);
        });
    }

    /** Deletes kudos: its author may, and so may a {@code moderator}; anyone else gets {@link NotYourKudos}. */
    public void deleteKudos(long winId, long kudosId, long userId, boolean moderator) {
        db.writeVoid(handle -> {
            require(handle, winId);
            var found = kudos(handle, winId, kudosId);
            if (found.userId() != userId && !moderator) throw new NotYourKudos(kudosId);
            handle.createUpdate("DELETE FROM win_kudos WHERE id = :id").bind("id", kudosId).execute();
        });
    }

    /** A win's kudos, oldest first (a conversation reads top down). */
    public List<Kudos> kudos(long winId) {
        return db.read(handle -> {
            require(handle, winId);
            return handle.createQuery("SELECT * FROM win_kudos WHERE win_id = :win ORDER BY id")
                    .bind("win", winId).map((rs, ctx) -> kudos(rs)).list();
        });
    }

    /** Kudos written in [{@code from}, {@code until}), longest first, as a digest's "top kudos". */
    public List<Kudos> kudosBetween(Instant from, Instant until, int limit) {
        return db.read(handle -> handle.createQuery("SELECT k.* FROM win_kudos k JOIN wins w ON w.id = k.win_id "
                        + "WHERE w.created_at >= :from AND w.created_at < :until ORDER BY LENGTH(k.text) DESC, k.id LIMIT :limit")
                .bind("from", Timestamps.format(from)).bind("until", Timestamps.format(until)).bind("limit", limit)
                .map((rs, ctx) -> kudos(rs)).list());
    }

    static String checkedText(String text) {
        var stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) throw InvalidInput.field("text", "is required: a short note of thanks");
        int length = stripped.codePointCount(0, stripped.length());
        if (length > Kudos.MAX_LENGTH) {
            throw InvalidInput.field("text", "must be at most " + Kudos.MAX_LENGTH + " characters, got " + length);
        }
        return stripped;
    }

    private Win get(Handle handle, long winId, long readerId) {
        var rows = handle.createQuery("SELECT " + COLUMNS + " FROM wins w WHERE w.id = :id").bind("id", winId)
                .map((rs, ctx) -> row(rs)).list();
        if (rows.isEmpty()) throw new WinNotFound(winId);
        return withReactions(handle, rows, readerId).getFirst();
    }

    private static void require(Handle handle, long winId) {
        long found = handle.createQuery("SELECT COUNT(*) FROM wins WHERE id = :id").bind("id", winId).mapTo(Long.class).one();
        if (found == 0) throw new WinNotFound(winId);
    }

    private static Kudos kudos(Handle handle, long winId, long kudosId) {
        return handle.createQuery("SELECT * FROM win_kudos WHERE id = :id AND win_id = :win")
                .bind("id", kudosId).bind("win", winId).map((rs, ctx) -> kudos(rs)).findOne()
                .orElseThrow(() -> new KudosNotFound(kudosId));
    }

    private static List<Win> withReactions(Handle handle, List<Row> rows, long readerId) {
        if (rows.isEmpty()) return List.of();
        var given = handle.createQuery("SELECT win_id, reaction, COUNT(*) AS given, "
                        + "SUM(CASE WHEN user_id = :reader THEN 1 ELSE 0 END) AS mine FROM win_reactions "
                        + "WHERE win_id IN (<ids>) GROUP BY win_id, reaction")
                .bind("reader", readerId).bindList("ids", rows.stream().map(Row::id).toList())
                .map((rs, ctx) -> new Given(rs.getLong("win_id"), Reaction.parse("reaction", rs.getString("reaction")),
                        rs.getLong("given"), rs.getLong("mine") > 0))
                .list();
        var counts = new HashMap<Long, Map<Reaction, Given>>();
        for (var one : given) counts.computeIfAbsent(one.winId(), id -> new EnumMap<>(Reaction.class)).put(one.reaction(), one);
        var wins = new ArrayList<Win>(rows.size());
        for (var row : rows) {
            var mine = counts.getOrDefault(row.id(), Map.of());
            var reactions = new ArrayList<Win.ReactionCount>();
            for (var reaction : Reaction.values()) {
                var one = mine.get(reaction);
                reactions.add(new Win.ReactionCount(reaction, reaction.emoji(), reaction.label(),
                        one == null ? 0 : one.count(), one != null && one.mine()));
            }
            wins.add(new Win(row.id(), row.kind(), row.source(), row.spaceId(), row.title(), row.actor(), row.link(),
                    Json.tree(row.details()), row.createdAt(), reactions, row.kudosCount()));
        }
        return wins;
    }

    private static String where(WinFilter filter) {
        var conditions = new ArrayList<String>();
        if (filter.kind() != null) conditions.add("w.kind = :kind");
        if (filter.spaceId() != null) conditions.add("w.space_id = :space");
        if (filter.since() != null) conditions.add("w.created_at >= :since");
        if (filter.until() != null) conditions.add("w.created_at < :until");
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static <Q extends org.jdbi.v3.core.statement.SqlStatement<Q>> Q bind(Q query, WinFilter filter) {
        if (filter.kind() != null) query.bind("kind", filter.kind().id());
        if (filter.spaceId() != null) query.bind("space", filter.spaceId());
        if (filter.since() != null) query.bind("since", Timestamps.format(filter.since()));
        if (filter.until() != null) query.bind("until", Timestamps.format(filter.until()));
        return query;
    }

    private static Row row(ResultSet rs) throws SQLException {
        long space = rs.getLong("space_id");
        var spaceId = rs.wasNull() ? null : space;
        var kindId = rs.getString("kind");
        var kind = WinKind.of(kindId).orElseThrow(() -> new IllegalStateException("unknown win kind " + kindId));
        return new Row(rs.getLong("id"), kind, rs.getString("source"), spaceId, rs.getString("title"),
                rs.getString("actor"), rs.getString("link"), rs.getString("details"),
                Timestamps.parse(rs.getString("created_at")), rs.getLong("kudos_count"));
    }

    private static Kudos kudos(ResultSet rs) throws SQLException {
        return new Kudos(rs.getLong("id"), rs.getLong("win_id"), rs.getLong("user_id"), rs.getString("author"),
                rs.getString("text"), Timestamps.parse(rs.getString("created_at")));
    }
}
