package dev.duet.collab.requests;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.duet.access.Team;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The requests table. Every method runs in the caller's transaction; every change bumps the version. */
final class RequestRepository {

    private static final String COLUMNS = "id, title, type, to_team, priority, state, state_reason, snoozed_until, "
            + "duplicate_of, brief, due_date, due_reason, requester_id, requester, assignee_id, assignee, attachments, "
            + "links, board_rank, version, delivered_at, created_at, updated_at";
    /** The board's new column: new requests and snoozed ones whose date has come. */
    private static final String NEW = "(state = 'new' OR (state = 'snoozed' AND snoozed_until <= :today))";
    private static final String OPEN = "state NOT IN ('done', 'rejected', 'duplicate')";
    private static final TypeReference<List<Attachment>> ATTACHMENTS = new TypeReference<>() {
    };
    private static final TypeReference<List<RequestLink>> LINKS = new TypeReference<>() {
    };

    long insert(Handle handle, Draft draft, Person requester, long rank, Instant now) {
        var at = Timestamps.format(now);
        var update = handle.createUpdate("INSERT INTO requests (title, type, to_team, priority, state, brief, due_date, "
                + "due_reason, requester_id, requester, attachments, links, board_rank, version, created_at, updated_at) "
                + "VALUES (:title, :type, :team, :priority, 'new', :brief, :due, :reason, :requester_id, :requester, "
                + ":attachments, :links, :rank, 1, :at, :at)");
        bindDraft(update, draft);
        return update.bind("requester_id", requester.id()).bind("requester", requester.email()).bind("rank", rank)
                .bind("at", at).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void update(Handle handle, long id, Draft draft, Instant now) {
        var update = handle.createUpdate("UPDATE requests SET title = :title, type = :type, to_team = :team, "
                + "priority = :priority, brief = :brief, due_date = :due, due_reason = :reason, attachments = :attachments, "
                + "links = :links, version = version + 1, updated_at = :at WHERE id = :id");
        bindDraft(update, draft);
        update.bind("at", Timestamps.format(now)).bind("id", id).execute();
    }

    private static void bindDraft(org.jdbi.v3.core.statement.Update update, Draft draft) {
        update.bind("title", draft.title()).bind("type", draft.type().id()).bind("team", draft.toTeam().id())
                .bind("priority", draft.priority().id()).bind("brief", Json.write(draft.brief()))
                .bind("due", draft.dueDate() == null ? null : draft.dueDate().toString())
                .bind("reason", draft.dueReason()).bind("attachments", Json.write(draft.attachments()))
                .bind("links", Json.write(draft.links()));
    }

    /** Stores a new state with its facts; {@code deliveredAt} is kept only for done. */
    void setState(Handle handle, long id, RequestState state, String reason, LocalDate snoozedUntil, Long duplicateOf,
                  Instant deliveredAt, long rank, Instant now) {
        handle.createUpdate("UPDATE requests SET state = :state, state_reason = :reason, snoozed_until = :until, "
                        + "duplicate_of = :duplicate, delivered_at = :delivered, board_rank = :rank, version = version + 1, "
                        + "updated_at = :at WHERE id = :id")
                .bind("state", state.id()).bind("reason", reason)
                .bind("until", snoozedUntil == null ? null : snoozedUntil.toString()).bind("duplicate", duplicateOf)
                .bind("delivered", Timestamps.format(deliveredAt)).bind("rank", rank)
                .bind("at", Timestamps.format(now)).bind("id", id).execute();
    }

    void setAssignee(Handle handle, long id, Person assignee, Instant now) {
        handle.createUpdate("UPDATE requests SET assignee_id = :user, assignee = :email, version = version + 1, "
                        + "updated_at = :at WHERE id = :id")
                .bind("user", assignee == null ? null : assignee.id()).bind("email", assignee == null ? null : assignee.email())
                .bind("at", Timestamps.format(now)).bind("id", id).execute();
    }

    void bumpVersion(Handle handle, long id, Instant now) {
        handle.createUpdate("UPDATE requests SET version = version + 1, updated_at = :at WHERE id = :id")
                .bind("at", Timestamps.format(now)).bind("id", id).execute();
    }

    void setRank(Handle handle, long id, long rank) {
        handle.createUpdate("UPDATE requests SET board_rank = :rank WHERE id = :id").bind("rank", rank).bind("id", id).execute();
    }

    /**
     * Takes the request's row lock until the transaction ends (a no-op update, which both databases lock for), so two
     * changes based on the same version cannot both pass the version check.
     */
    void lock(Handle handle, long id) {
        handle.createUpdate("UPDATE requests SET version = version WHERE id = :id").bind("id", id).execute();
    }

    Optional<Request> find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM requests WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne();
    }

    boolean exists(Handle handle, long id) {
        return handle.createQuery("SELECT COUNT(*) FROM requests WHERE id = :id").bind("id", id).mapTo(Long.class).one() > 0;
    }

    /** The ids in one board column, top first. */
    List<Long> column(Handle handle, RequestState column, LocalDate today) {
        return columnQuery(handle, "SELECT id FROM requests WHERE " + columnCondition(column) + " ORDER BY board_rank, id")
                .bind("state", column.id()).bind("today", today.toString()).mapTo(Long.class).list();
    }

    /** The rank that puts a card at the bottom of a column. */
    long bottomOf(Handle handle, RequestState column, LocalDate today) {
        return columnQuery(handle, "SELECT COALESCE(MAX(board_rank), -1) + 1 FROM requests WHERE " + columnCondition(column))
                .bind("state", column.id()).bind("today", today.toString()).mapTo(Long.class).one();
    }

    /** The cards of the board's columns (for {@code team}, or every team when null), in column order. */
    List<Request> board(Handle handle, Team team, LocalDate today, int perColumn) {
        var cards = new ArrayList<Request>();
        for (var column : RequestState.BOARD) {
            cards.addAll(columnQuery(handle, "SELECT " + COLUMNS + " FROM requests WHERE " + columnCondition(column)
                            + (team == null ? "" : " AND to_team = :team")
                            + " ORDER BY board_rank, id LIMIT :limit")
                    .bind("state", column.id()).bind("today", today.toString())
                    .bind("team", team == null ? null : team.id()).bind("limit", perColumn)
                    .map((rs, ctx) -> map(rs)).list());
        }
        return cards;
    }

    List<Request> list(Handle handle, RequestFilter filter, LocalDate today, int offset, int limit) {
        var query = handle.createQuery("SELECT " + COLUMNS + " FROM requests" + where(filter) + " ORDER BY "
                + order(filter.sort()) + " LIMIT :limit OFFSET :offset");
        return bindFilter(query, filter, today).bind("limit", limit).bind("offset", offset).map((rs, ctx) -> map(rs)).list();
    }

    long count(Handle handle, RequestFilter filter, LocalDate today) {
        var query = handle.createQuery("SELECT COUNT(*) FROM requests" + where(filter));
        return bindFilter(query, filter, today).mapTo(Long.class).one();
    }

    /** Column queries bind the state and today's date; the new column uses the date, the others the state. */
    private static Query columnQuery(Handle handle, String sql) {
        var query = handle.createQuery(sql);
        query.configure(SqlStatements.class, statements -> statements.setUnusedBindingAllowed(true));
        return query;
    }

    private static String columnCondition(RequestState column) {
        return column == RequestState.NEW ? NEW : "state = :state";
    }

    private static String where(RequestFilter filter) {
        var conditions = new ArrayList<String>();
        if (filter.state() == RequestState.NEW) conditions.add(NEW);
        else if (filter.state() == RequestState.SNOOZED) conditions.add("state = 'snoozed' AND snoozed_until > :today");
        else if (filter.state() != null) conditions.add("state = :state");
        if (filter.type() != null) conditions.add("type = :type");
        if (filter.team() != null) conditions.add("to_team = :team");
        if (filter.assigneeId() != null) conditions.add("assignee_id = :assignee");
        if (filter.requesterId() != null) conditions.add("requester_id = :requester");
        if (filter.priority() != null) conditions.add("priority = :priority");
        if (Boolean.TRUE.equals(filter.overdue())) conditions.add("due_date < :today AND " + OPEN);
        if (Boolean.FALSE.equals(filter.overdue())) conditions.add("NOT (due_date IS NOT NULL AND due_date < :today AND " + OPEN + ")");
        if (filter.q() != null) conditions.add("(LOWER(title) LIKE :q ESCAPE '!' OR LOWER(brief) LIKE :q ESCAPE '!')");
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds every filter value; the filters not in use leave theirs unused, which is allowed here on purpose. */
    private static Query bindFilter(Query query, RequestFilter filter, LocalDate today) {
        query.configure(SqlStatements.class, statements -> statements.setUnusedBindingAllowed(true));
        return query.bind("today", today.toString())
                .bind("state", filter.state() == null ? null : filter.state().id())
                .bind("type", filter.type() == null ? null : filter.type().id())
                .bind("team", filter.team() == null ? null : filter.team().id())
                .bind("assignee", filter.assigneeId()).bind("requester", filter.requesterId())
                .bind("priority", filter.priority() == null ? null : filter.priority().id())
                .bind("q", filter.q() == null ? null : "%" + escapeLike(filter.q().toLowerCase(Locale.ROOT)) + "%");
    }

    private static String order(RequestFilter.Sort sort) {
        return switch (sort) {
            case NEWEST -> "created_at DESC, id DESC";
            case AGE -> "created_at, id";
            case DUE -> "CASE WHEN due_date IS NULL THEN 1 ELSE 0 END, due_date, id";
            case PRIORITY -> "CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, "
                    + "CASE WHEN due_date IS NULL THEN 1 ELSE 0 END, due_date, id";
        };
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static Request map(ResultSet rs) throws SQLException {
        long duplicate = rs.getLong("duplicate_of");
        Long duplicateOf = rs.wasNull() ? null : duplicate;
        return new Request(rs.getLong("id"), rs.getString("title"), RequestType.of(rs.getString("type")).orElseThrow(),
                Team.of(rs.getString("to_team")).orElseThrow(), Priority.of(rs.getString("priority")).orElseThrow(),
                RequestState.of(rs.getString("state")).orElseThrow(), rs.getString("state_reason"),
                date(rs.getString("snoozed_until")), duplicateOf,
                Json.mapper().convertValue(Json.tree(rs.getString("brief")), Brief.class),
                date(rs.getString("due_date")), rs.getString("due_reason"),
                new Person(nullableLong(rs, "requester_id"), rs.getString("requester")), assignee(rs),
                Json.mapper().convertValue(Json.tree(rs.getString("attachments")), ATTACHMENTS),
                Json.mapper().convertValue(Json.tree(rs.getString("links")), LINKS),
                rs.getLong("board_rank"), rs.getLong("version"), Timestamps.parse(rs.getString("delivered_at")),
                Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("updated_at")));
    }

    private static Person assignee(ResultSet rs) throws SQLException {
        var email = rs.getString("assignee");
        return email == null ? null : new Person(nullableLong(rs, "assignee_id"), email);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
