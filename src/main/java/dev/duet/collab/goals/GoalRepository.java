package dev.duet.collab.goals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Team;
import dev.duet.monitoring.OperationalMetric;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The SQL of goals: objectives, key results and check-ins. Every method runs in the caller's handle. */
final class GoalRepository {

    private static final String OBJECTIVE_COLUMNS = "id, title, description, period_label, starts_on, ends_on, "
            + "owner_user_id, parent_id, status, created_at, updated_at";
    private static final String KEY_RESULT_COLUMNS = "id, objective_id, title, owner_team, owner_user_id, value_type, "
            + "currency, start_value, target_value, direction, weight, driver, driver_config, position, reached_at, "
            + "created_at, updated_at";

    /** What an objective write sets. */
    record ObjectiveFields(String title, String description, GoalPeriod period, Long ownerUserId, Long parentId,
                           ObjectiveStatus status) {
    }

    /** What a key result write sets. */
    record KeyResultFields(String title, Team ownerTeam, Long ownerUserId, ValueType type, String currency,
                           double startValue, double targetValue, Direction direction, double weight, Driver driver) {
    }

    long insertObjective(Handle handle, ObjectiveFields fields, Instant now) {
        return handle.createUpdate("INSERT INTO objectives (title, description, period_label, starts_on, ends_on, "
                        + "owner_user_id, parent_id, status, created_at, updated_at) VALUES (:title, :description, :label, "
                        + ":starts, :ends, :owner, :parent, :status, :now, :now)")
                .bindMap(objectiveBindings(fields)).bind("now", Timestamps.format(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void updateObjective(Handle handle, long id, ObjectiveFields fields, Instant now) {
        handle.createUpdate("UPDATE objectives SET title = :title, description = :description, period_label = :label, "
                        + "starts_on = :starts, ends_on = :ends, owner_user_id = :owner, parent_id = :parent, "
                        + "status = :status, updated_at = :now WHERE id = :id")
                .bindMap(objectiveBindings(fields)).bind("now", Timestamps.format(now)).bind("id", id).execute();
    }

    private static java.util.Map<String, Object> objectiveBindings(ObjectiveFields fields) {
        var map = new java.util.HashMap<String, Object>();
        map.put("title", fields.title());
        map.put("description", fields.description());
        map.put("label", fields.period().label());
        map.put("starts", fields.period().start().toString());
        map.put("ends", fields.period().end().toString());
        map.put("owner", fields.ownerUserId());
        map.put("parent", fields.parentId());
        map.put("status", fields.status().id());
        return map;
    }

    /** Deletes the objective with its key results and their check-ins; its children lose their parent. */
    void deleteObjective(Handle handle, long id) {
        handle.createUpdate("UPDATE objectives SET parent_id = NULL WHERE parent_id = :id").bind("id", id).execute();
        handle.createUpdate("DELETE FROM key_result_check_ins WHERE key_result_id IN "
                + "(SELECT id FROM key_results WHERE objective_id = :id)").bind("id", id).execute();
        handle.createUpdate("DELETE FROM key_results WHERE objective_id = :id").bind("id", id).execute();
        handle.createUpdate("DELETE FROM objectives WHERE id = :id").bind("id", id).execute();
    }

    Optional<Objective> findObjective(Handle handle, long id) {
        return handle.createQuery("SELECT " + OBJECTIVE_COLUMNS + " FROM objectives WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> objective(rs)).findOne();
    }

    /** Objectives whose period overlaps {@code from}–{@code to} (all when both are null), oldest first. */
    List<Objective> objectives(Handle handle, LocalDate from, LocalDate to) {
        if (from == null) {
            return handle.createQuery("SELECT " + OBJECTIVE_COLUMNS + " FROM objectives ORDER BY starts_on, id")
                    .map((rs, ctx) -> objective(rs)).list();
        }
        return handle.createQuery("SELECT " + OBJECTIVE_COLUMNS + " FROM objectives WHERE starts_on <= :to "
                        + "AND ends_on >= :from ORDER BY starts_on, id")
                .bind("from", from.toString()).bind("to", to.toString()).map((rs, ctx) -> objective(rs)).list();
    }

    /** The parent of an objective, or null: for walking up the tree. */
    Long parentOf(Handle handle, long id) {
        return handle.createQuery("SELECT parent_id FROM objectives WHERE id = :id").bind("id", id)
                .mapTo(Long.class).findOne().orElse(null);
    }

    long insertKeyResult(Handle handle, long objectiveId, KeyResultFields fields, Instant now) {
        int position = handle.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM key_results WHERE objective_id = :id")
                .bind("id", objectiveId).mapTo(Integer.class).one();
        return handle.createUpdate("INSERT INTO key_results (objective_id, title, owner_team, owner_user_id, value_type, "
                        + "currency, start_value, target_value, direction, weight, driver, driver_config, position, "
                        + "created_at, updated_at) VALUES (:objective, :title, :team, :owner, :type, :currency, :start, "
                        + ":target, :direction, :weight, :driver, :config, :position, :now, :now)")
                .bindMap(keyResultBindings(fields)).bind("objective", objectiveId).bind("position", position)
                .bind("now", Timestamps.format(now)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Updates a key result; a changed target or direction forgets that it was reached, so reaching it again counts. */
    void updateKeyResult(Handle handle, long id, KeyResultFields fields, boolean keepReached, Instant now) {
        handle.createUpdate("UPDATE key_results SET title = :title, owner_team = :team, owner_user_id = :owner, "
                        + "value_type = :type, currency = :currency, start_value = :start, target_value = :target, "
                        + "direction = :direction, weight = :weight, driver = :driver, driver_config = :config, "
                        + "reached_at = CASE WHEN :keep THEN reached_at ELSE NULL END, updated_at = :now WHERE id = :id")
                .bindMap(keyResultBindings(fields)).bind("keep", keepReached).bind("now", Timestamps.format(now))
                .bind("id", id).execute();
    }

    private static java.util.Map<String, Object> keyResultBindings(KeyResultFields fields) {
        var map = new java.util.HashMap<String, Object>();
        map.put("title", fields.title());
        map.put("team", fields.ownerTeam().id());
        map.put("owner", fields.ownerUserId());
        map.put("type", fields.type().id());
        map.put("currency", fields.currency());
        map.put("start", fields.startValue());
        map.put("target", fields.targetValue());
        map.put("direction", fields.direction().id());
        map.put("weight", fields.weight());
        map.put("driver", fields.driver().kind());
        map.put("config", Json.write(fields.driver().describe()));
        return map;
    }

    void deleteKeyResult(Handle handle, long id) {
        handle.createUpdate("DELETE FROM key_result_check_ins WHERE key_result_id = :id").bind("id", id).execute();
        handle.createUpdate("DELETE FROM key_results WHERE id = :id").bind("id", id).execute();
    }

    /** Marks the key result reached unless it already was; true when this call marked it. */
    boolean markReached(Handle handle, long id, Instant now) {
        return handle.createUpdate("UPDATE key_results SET reached_at = :now WHERE id = :id AND reached_at IS NULL")
                .bind("now", Timestamps.format(now)).bind("id", id).execute() == 1;
    }

    Optional<KeyResult> findKeyResult(Handle handle, long id) {
        return handle.createQuery("SELECT " + KEY_RESULT_COLUMNS + " FROM key_results WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> keyResult(rs)).findOne();
    }

    List<KeyResult> keyResults(Handle handle, long objectiveId) {
        return handle.createQuery("SELECT " + KEY_RESULT_COLUMNS + " FROM key_results WHERE objective_id = :id "
                        + "ORDER BY position, id")
                .bind("id", objectiveId).map((rs, ctx) -> keyResult(rs)).list();
    }

    long insertCheckIn(Handle handle, long keyResultId, double value, Double confidence, String comment, String author,
                       Instant now) {
        return handle.createUpdate("INSERT INTO key_result_check_ins (key_result_id, value, confidence, comment, author, "
                        + "created_at) VALUES (:kr, :value, :confidence, :comment, :author, :now)")
                .bind("kr", keyResultId).bind("value", value).bind("confidence", confidence).bind("comment", comment)
                .bind("author", author).bind("now", Timestamps.format(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** The key result's check-ins, newest first, at most {@code limit}. */
    List<CheckIn> checkIns(Handle handle, long keyResultId, int limit) {
        return handle.createQuery("SELECT id, key_result_id, value, confidence, comment, author, created_at "
                        + "FROM key_result_check_ins WHERE key_result_id = :kr ORDER BY created_at DESC, id DESC LIMIT :limit")
                .bind("kr", keyResultId).bind("limit", limit)
                .map((rs, ctx) -> new CheckIn(rs.getLong("id"), rs.getLong("key_result_id"), rs.getDouble("value"),
                        nullableDouble(rs, "confidence"), rs.getString("comment"), rs.getString("author"),
                        Timestamps.parse(rs.getString("created_at"))))
                .list();
    }

    private static Objective objective(ResultSet rs) throws SQLException {
        var period = new GoalPeriod(rs.getString("period_label"), LocalDate.parse(rs.getString("starts_on")),
                LocalDate.parse(rs.getString("ends_on")));
        return new Objective(rs.getLong("id"), rs.getString("title"), rs.getString("description"), period,
                nullableLong(rs, "owner_user_id"), nullableLong(rs, "parent_id"),
                ObjectiveStatus.of(rs.getString("status")).orElseThrow(),
                Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("updated_at")));
    }

    private static KeyResult keyResult(ResultSet rs) throws SQLException {
        var reached = rs.getString("reached_at");
        return new KeyResult(rs.getLong("id"), rs.getLong("objective_id"), rs.getString("title"),
                Team.of(rs.getString("owner_team")).orElseThrow(), nullableLong(rs, "owner_user_id"),
                ValueType.of(rs.getString("value_type")).orElseThrow(), rs.getString("currency"),
                rs.getDouble("start_value"), rs.getDouble("target_value"),
                Direction.of(rs.getString("direction")).orElseThrow(), rs.getDouble("weight"),
                driver(rs.getString("driver"), Json.tree(rs.getString("driver_config"))), rs.getInt("position"),
                reached == null ? null : Timestamps.parse(reached),
                Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("updated_at")));
    }

    private static Driver driver(String kind, JsonNode config) {
        return switch (kind) {
            case "manual" -> new Driver.Manual(config.path("stale_after_days").asInt(Driver.Manual.DEFAULT_STALE_AFTER_DAYS));
            case "insights" -> new Driver.Insights(config.path("space_id").asLong(),
                    Driver.LiveMetric.of(config.path("metric").asText()).orElseThrow(),
                    config.path("story_id").isNumber() ? config.get("story_id").asLong() : null,
                    config.path("experiment_key").isTextual() ? config.get("experiment_key").asText() : null,
                    config.path("variation").isNumber() ? config.get("variation").asInt() : null,
                    config.path("goal").isTextual() ? config.get("goal").asText() : null,
                    Driver.Window.of(config.path("window").asText()).orElseThrow());
            case "operational" -> new Driver.Operational(OperationalMetric.of(config.path("metric").asText()).orElseThrow());
            default -> throw new IllegalStateException("unknown key result driver " + kind);
        };
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
