package dev.duet.scheduling;

import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The schedules repository. Runs are claimed with a conditional UPDATE whose row count says who won, so on several
 * Duet nodes sharing one PostgreSQL (or several threads on one SQLite) each run is claimed by exactly one of them.
 * Thread-safe: holds no state of its own.
 */
public final class Schedules {

    /** What to store for a new schedule. */
    record Draft(long spaceId, ScheduleAction action, Long storyId, Long releaseId, String targetName,
                 PlannedTime time, String createdBy, Long createdByUserId) {
    }

    private static final String COLUMNS = "id, space_id, action, story_id, release_id, target_name, run_at, time_zone, "
            + "status, reason, attempts, created_by, created_at, finished_at, intended_version, created_by_user_id";
    private static final String PENDING = ScheduleStatus.PENDING.id();
    private static final String RUNNING = ScheduleStatus.RUNNING.id();
    /** Due: pending and its time has come, or running on a claim that ran out (its node died or stalled). */
    private static final String DUE = "((status = :pending AND run_at <= :now) OR (status = :running AND claimed_until < :now))";

    private final Database db;
    private final Clock clock;

    public Schedules(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Schedule insert(Handle handle, Draft draft) {
        long id = handle.createUpdate("INSERT INTO schedules (space_id, action, story_id, release_id, target_name, run_at, "
                        + "time_zone, status, attempts, created_by, created_by_user_id, created_at) VALUES (:space, :action, "
                        + ":story, :release, :name, :runAt, :zone, :pending, 0, :by, :byUser, :now)")
                .bind("space", draft.spaceId()).bind("action", draft.action().id()).bind("story", draft.storyId())
                .bind("release", draft.releaseId()).bind("name", draft.targetName())
                .bind("runAt", Timestamps.format(draft.time().at())).bind("zone", draft.time().timeZone().getId())
                .bind("pending", PENDING).bind("by", draft.createdBy()).bind("byUser", draft.createdByUserId())
                .bind("now", Timestamps.format(clock.instant()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return get(handle, draft.spaceId(), id);
    }

    public Schedule get(long spaceId, long scheduleId) {
        return db.read(handle -> get(handle, spaceId, scheduleId));
    }

    Schedule get(Handle handle, long spaceId, long scheduleId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM schedules WHERE id = :id AND space_id = :space")
                .bind("id", scheduleId).bind("space", spaceId)
                .map((rs, ctx) -> schedule(rs)).findOne().orElseThrow(() -> new ScheduleNotFound(scheduleId));
    }

    /** One page of the space's schedules, soonest first (or latest first). */
    public List<Schedule> list(long spaceId, ScheduleFilter filter, int offset, int limit) {
        var order = filter.latestFirst() ? " ORDER BY run_at DESC, id DESC" : " ORDER BY run_at, id";
        return db.read(handle -> bind(handle.createQuery("SELECT " + COLUMNS + " FROM schedules" + where(filter) + order
                        + " LIMIT :limit OFFSET :offset"), spaceId, filter)
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> schedule(rs)).list());
    }

    public long count(long spaceId, ScheduleFilter filter) {
        return db.read(handle -> bind(handle.createQuery("SELECT COUNT(*) FROM schedules" + where(filter)), spaceId, filter)
                .mapTo(Long.class).one());
    }

    private static String where(ScheduleFilter filter) {
        return " WHERE space_id = :space" + (filter.status() == null ? "" : " AND status = :status")
                + (filter.storyId() == null ? "" : " AND story_id = :story")
                + (filter.releaseId() == null ? "" : " AND release_id = :release");
    }

    private static Query bind(Query query, long spaceId, ScheduleFilter filter) {
        return query.bind("space", spaceId).bind("status", filter.status() == null ? null : filter.status().id())
                .bind("story", filter.storyId()).bind("release", filter.releaseId());
    }

    /** Cancels the schedule if it is still pending; false when it is not (it ran, is running, or was cancelled). */
    boolean cancel(Handle handle, long spaceId, long scheduleId) {
        return handle.createUpdate("UPDATE schedules SET status = :cancelled, finished_at = :now "
                        + "WHERE id = :id AND space_id = :space AND status = :pending")
                .bind("cancelled", ScheduleStatus.CANCELLED.id()).bind("now", Timestamps.format(clock.instant()))
                .bind("id", scheduleId).bind("space", spaceId).bind("pending", PENDING).execute() == 1;
    }

    /** Up to {@code limit} schedules due now (in every space), longest overdue first. */
    List<Long> due(int limit) {
        return db.read(handle -> handle.createQuery("SELECT id FROM schedules WHERE " + DUE + " ORDER BY run_at, id LIMIT :limit")
                .bind("pending", PENDING).bind("running", RUNNING).bind("now", Timestamps.format(clock.instant()))
                .bind("limit", limit).mapTo(Long.class).list());
    }

    /**
     * Claims the schedule for {@code node} until {@code lease} has passed, if it is still due; empty when another node
     * or thread got it first. The UPDATE re-checks the condition on the row it locks, so of several racing claims
     * exactly one changes a row.
     */
    Optional<Schedule> claim(long scheduleId, String node, Duration lease) {
        var now = clock.instant();
        return db.write(handle -> {
            int claimed = handle.createUpdate("UPDATE schedules SET status = :running, claimed_by = :node, "
                            + "claimed_until = :until, attempts = attempts + 1 WHERE id = :id AND " + DUE)
                    .bind("node", node).bind("until", Timestamps.format(now.plus(lease))).bind("id", scheduleId)
                    .bind("pending", PENDING).bind("running", RUNNING).bind("now", Timestamps.format(now)).execute();
            if (claimed != 1) return Optional.empty();
            return handle.createQuery("SELECT " + COLUMNS + " FROM schedules WHERE id = :id").bind("id", scheduleId)
                    .map((rs, ctx) -> schedule(rs)).findOne();
        });
    }

    /** Notes the story version a publish run chose, before it publishes, for the re-check after a crash. */
    void intend(long scheduleId, String node, int version) {
        db.writeVoid(handle -> handle.createUpdate("UPDATE schedules SET intended_version = :version "
                        + "WHERE id = :id AND claimed_by = :node AND status = :running")
                .bind("version", version).bind("id", scheduleId).bind("node", node).bind("running", RUNNING).execute());
    }

    /**
     * Ends {@code node}'s run as done or failed; false (and nothing changed) when the node no longer holds the claim,
     * because it ran out and another node took the schedule over.
     */
    boolean finish(Handle handle, long scheduleId, String node, ScheduleStatus outcome, String reason) {
        return handle.createUpdate("UPDATE schedules SET status = :outcome, reason = :reason, finished_at = :now, "
                        + "claimed_until = NULL WHERE id = :id AND claimed_by = :node AND status = :running")
                .bind("outcome", outcome.id()).bind("reason", reason).bind("now", Timestamps.format(clock.instant()))
                .bind("id", scheduleId).bind("node", node).bind("running", RUNNING).execute() == 1;
    }

    /** Gives the schedule back to be run at the next poll (after an unexpected error, not a refusal). */
    void release(long scheduleId, String node, String reason) {
        db.writeVoid(handle -> handle.createUpdate("UPDATE schedules SET status = :pending, reason = :reason, "
                        + "claimed_by = NULL, claimed_until = NULL WHERE id = :id AND claimed_by = :node AND status = :running")
                .bind("pending", PENDING).bind("reason", reason).bind("id", scheduleId).bind("node", node)
                .bind("running", RUNNING).execute());
    }

    private static Schedule schedule(ResultSet rs) throws SQLException {
        return new Schedule(rs.getLong("id"), rs.getLong("space_id"), ScheduleAction.of(rs.getString("action")),
                nullableLong(rs, "story_id"), nullableLong(rs, "release_id"), rs.getString("target_name"),
                Timestamps.parse(rs.getString("run_at")), rs.getString("time_zone"),
                ScheduleStatus.of(rs.getString("status")), rs.getString("reason"), rs.getInt("attempts"),
                rs.getString("created_by"), Timestamps.parse(rs.getString("created_at")),
                Timestamps.parse(rs.getString("finished_at")), nullableInt(rs, "intended_version"),
                nullableLong(rs, "created_by_user_id"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
