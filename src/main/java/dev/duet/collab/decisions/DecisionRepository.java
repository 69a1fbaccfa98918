package dev.duet.collab.decisions;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.duet.access.Team;
import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The decisions, their options, voters and ballots. Methods taking a {@link Handle} run inside the caller's
 * transaction. Reading a decision takes {@code now}: an open vote past its closing time reads as closed.
 */
final class DecisionRepository {

    private static final String COLUMNS = "id, title, question, context, status, tie_break, seed, opens_at, closes_at, "
            + "opened_at, closed_at, closed_by, created_by, created_at, updated_at";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    /** The fields a manager sets on a draft. */
    record Draft(String title, String question, String context, List<NewOption> options, List<NewVoter> voters,
                 List<TieBreak> tieBreak, Long seed, Instant opensAt, Instant closesAt) {
    }

    record NewOption(String label, String description, Long stackToolId) {
    }

    record NewVoter(long userId, String name, String email, List<Team> teams) {
    }

    /** A ballot as stored, with when it was (last) cast. */
    record StoredBallot(List<List<Long>> rankings, Instant castAt) {
    }

    private final Database db;

    DecisionRepository(Database db) {
        this.db = db;
    }

    Database db() {
        return db;
    }

    long insert(Handle handle, Draft draft, String actor, Instant now) {
        long id = handle.createUpdate("INSERT INTO decisions (title, question, context, status, tie_break, seed, opens_at, "
                        + "closes_at, created_by, created_at, updated_at) VALUES (:title, :question, :context, :status, "
                        + ":tieBreak, :seed, :opensAt, :closesAt, :actor, :now, :now)")
                .bind("title", draft.title()).bind("question", draft.question()).bind("context", draft.context())
                .bind("status", DecisionStatus.DRAFT.id()).bind("tieBreak", Json.write(draft.tieBreak()))
                .bind("seed", draft.seed()).bind("opensAt", Timestamps.format(draft.opensAt()))
                .bind("closesAt", Timestamps.format(draft.closesAt())).bind("actor", actor)
                .bind("now", Timestamps.format(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertParts(handle, id, draft, now);
        return id;
    }

    /** Replaces every field of a draft, its options and its voters. */
    void replace(Handle handle, long id, Draft draft, Instant now) {
        handle.createUpdate("UPDATE decisions SET title = :title, question = :question, context = :context, "
                        + "tie_break = :tieBreak, seed = :seed, opens_at = :opensAt, closes_at = :closesAt, updated_at = :now "
                        + "WHERE id = :id")
                .bind("title", draft.title()).bind("question", draft.question()).bind("context", draft.context())
                .bind("tieBreak", Json.write(draft.tieBreak())).bind("seed", draft.seed())
                .bind("opensAt", Timestamps.format(draft.opensAt())).bind("closesAt", Timestamps.format(draft.closesAt()))
                .bind("now", Timestamps.format(now)).bind("id", id).execute();
        handle.createUpdate("DELETE FROM decision_options WHERE decision_id = :id").bind("id", id).execute();
        handle.createUpdate("DELETE FROM decision_voters WHERE decision_id = :id").bind("id", id).execute();
        insertParts(handle, id, draft, now);
    }

    private static void insertParts(Handle handle, long id, Draft draft, Instant now) {
        int position = 0;
        for (var option : draft.options()) {
            handle.createUpdate("INSERT INTO decision_options (decision_id, position, label, description, stack_tool_id) "
                            + "VALUES (:decision, :position, :label, :description, :tool)")
                    .bind("decision", id).bind("position", position++).bind("label", option.label())
                    .bind("description", option.description()).bind("tool", option.stackToolId()).execute();
        }
        for (var voter : draft.voters()) {
            handle.createUpdate("INSERT INTO decision_voters (decision_id, user_id, name, email, teams, invited_at) "
                            + "VALUES (:decision, :user, :name, :email, :teams, :now)")
                    .bind("decision", id).bind("user", voter.userId()).bind("name", voter.name())
                    .bind("email", voter.email()).bind("teams", String.join(",", voter.teams().stream().map(Team::id).toList()))
                    .bind("now", Timestamps.format(now)).execute();
        }
    }

    void markOpen(Handle handle, long id, long seed, Instant now) {
        handle.createUpdate("UPDATE decisions SET status = :status, seed = :seed, opened_at = :now, updated_at = :now "
                        + "WHERE id = :id")
                .bind("status", DecisionStatus.OPEN.id()).bind("seed", seed).bind("now", Timestamps.format(now))
                .bind("id", id).execute();
    }

    void markClosed(Handle handle, long id, String actor, Instant at) {
        handle.createUpdate("UPDATE decisions SET status = :status, closed_at = :at, closed_by = :actor, updated_at = :at "
                        + "WHERE id = :id")
                .bind("status", DecisionStatus.CLOSED.id()).bind("at", Timestamps.format(at)).bind("actor", actor)
                .bind("id", id).execute();
    }

    /**
     * Deletes the decision and its rows. The children go first, explicitly: the schema's ON DELETE CASCADE is not
     * relied on because SQLite only honours it when foreign keys are switched on for the connection.
     */
    void delete(Handle handle, long id) {
        for (var table : List.of("decision_ballots", "decision_voters", "decision_options")) {
            handle.createUpdate("DELETE FROM " + table + " WHERE decision_id = :id").bind("id", id).execute();
        }
        handle.createUpdate("DELETE FROM decisions WHERE id = :id").bind("id", id).execute();
    }

    Optional<Decision> find(Handle handle, long id, Instant now) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM decisions WHERE id = :id").bind("id", id)
                .map((rs, c) -> decision(handle, rs, now)).findOne();
    }

    /** Newest first. */
    List<Decision> list(Handle handle, int offset, int limit, Instant now) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM decisions ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset).map((rs, c) -> decision(handle, rs, now)).list();
    }

    long count(Handle handle) {
        return handle.createQuery("SELECT COUNT(*) FROM decisions").mapTo(Long.class).one();
    }

    /** Casts or replaces the voter's ballot. */
    void saveBallot(Handle handle, long decisionId, long userId, List<List<Long>> rankings, Instant now) {
        handle.createUpdate("INSERT INTO decision_ballots (decision_id, user_id, rankings, cast_at) "
                        + "VALUES (:decision, :user, :rankings, :now) ON CONFLICT (decision_id, user_id) "
                        + "DO UPDATE SET rankings = excluded.rankings, cast_at = excluded.cast_at")
                .bind("decision", decisionId).bind("user", userId).bind("rankings", Json.write(rankings))
                .bind("now", Timestamps.format(now)).execute();
    }

    Optional<StoredBallot> ballot(Handle handle, long decisionId, long userId) {
        return handle.createQuery("SELECT rankings, cast_at FROM decision_ballots WHERE decision_id = :decision "
                        + "AND user_id = :user")
                .bind("decision", decisionId).bind("user", userId)
                .map((rs, c) -> new StoredBallot(rankings(rs.getString("rankings")), Timestamps.parse(rs.getString("cast_at"))))
                .findOne();
    }

    /**
     * Every ballot's rankings, ordered by their text rather than by voter or time, so the list cannot be matched to
     * who voted when.
     */
    List<List<List<Long>>> ballots(Handle handle, long decisionId) {
        return handle.createQuery("SELECT rankings FROM decision_ballots WHERE decision_id = :decision ORDER BY rankings")
                .bind("decision", decisionId).map((rs, c) -> rankings(rs.getString("rankings"))).list();
    }

    private static List<List<Long>> rankings(String json) {
        try {
            return Json.mapper().readValue(json, new TypeReference<>() {
            });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored ballot is unreadable", e);
        }
    }

    private Decision decision(Handle handle, ResultSet rs, Instant now) throws SQLException {
        long id = rs.getLong("id");
        var status = DecisionStatus.of(rs.getString("status")).orElseThrow();
        var closesAt = Timestamps.parse(rs.getString("closes_at"));
        var closedAt = Timestamps.parse(rs.getString("closed_at"));
        var closedBy = rs.getString("closed_by");
        if (status == DecisionStatus.OPEN && closesAt != null && !now.isBefore(closesAt)) {
            status = DecisionStatus.CLOSED;
            closedAt = closesAt;
        }
        var tieBreak = tieBreak(rs.getString("tie_break"));
        long seed = rs.getLong("seed");
        return new Decision(id, rs.getString("title"), rs.getString("question"), rs.getString("context"), status,
                options(handle, id), voters(handle, id), tieBreak, rs.wasNull() ? null : seed,
                Timestamps.parse(rs.getString("opens_at")), closesAt, Timestamps.parse(rs.getString("opened_at")),
                closedAt, closedBy, rs.getString("created_by"), Timestamps.parse(rs.getString("created_at")),
                Timestamps.parse(rs.getString("updated_at")));
    }

    private static List<TieBreak> tieBreak(String json) {
        try {
            return Json.mapper().readValue(json, STRINGS).stream().map(id -> TieBreak.of(id).orElseThrow()).toList();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored tie-break rules are unreadable", e);
        }
    }

    private static List<DecisionOption> options(Handle handle, long id) {
        return handle.createQuery("SELECT id, label, description, stack_tool_id FROM decision_options "
                        + "WHERE decision_id = :id ORDER BY position")
                .bind("id", id).map((rs, c) -> {
                    long tool = rs.getLong("stack_tool_id");
                    Long toolId = rs.wasNull() ? null : tool;
                    return new DecisionOption(rs.getLong("id"), rs.getString("label"), rs.getString("description"), toolId);
                }).list();
    }

    private static List<Voter> voters(Handle handle, long id) {
        return handle.createQuery("SELECT v.user_id, v.name, v.email, v.teams, (SELECT COUNT(*) FROM decision_ballots b "
                        + "WHERE b.decision_id = v.decision_id AND b.user_id = v.user_id) AS ballots FROM decision_voters v "
                        + "WHERE v.decision_id = :id ORDER BY v.name, v.user_id")
                .bind("id", id).map((rs, c) -> new Voter(rs.getLong("user_id"), rs.getString("name"), rs.getString("email"),
                        teams(rs.getString("teams")), rs.getLong("ballots") > 0)).list();
    }

    private static List<Team> teams(String text) {
        return Arrays.stream(text.split(",")).filter(id -> !id.isBlank()).map(id -> Team.of(id).orElseThrow()).toList();
    }
}
