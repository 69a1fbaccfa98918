package dev.duet.workflow;

import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The story_stages repository: which stage each story is in. A story without a row is in the default stage. */
public final class StoryStages {

    /** A stored row, or for {@link #list} a story's row or nothing ({@code stageId} null: the default stage). */
    record Row(long storyId, Long stageId, Long assigneeId, Integer approvedVersion, Instant since) {
    }

    private final Database db;

    public StoryStages(Database db) {
        this.db = db;
    }

    Optional<Row> find(Handle handle, long storyId) {
        return handle.createQuery("SELECT * FROM story_stages WHERE story_id = :story").bind("story", storyId)
                .map((rs, ctx) -> row(rs, rs.getLong("story_id"))).findOne();
    }

    void put(Handle handle, long spaceId, long storyId, long stageId, Long assigneeId, Integer approvedVersion, Instant since) {
        handle.createUpdate("INSERT INTO story_stages (story_id, space_id, stage_id, assignee_id, approved_version, since) "
                        + "VALUES (:story, :space, :stage, :assignee, :approved, :since) ON CONFLICT (story_id) DO UPDATE "
                        + "SET stage_id = :stage, assignee_id = :assignee, approved_version = :approved, since = :since")
                .bind("story", storyId).bind("space", spaceId).bind("stage", stageId).bind("assignee", assigneeId)
                .bind("approved", approvedVersion).bind("since", Timestamps.format(since)).execute();
    }

    /** Moves every story in {@code fromStage} to {@code toStage}, keeping assignees; returns the stories moved. */
    List<Long> moveAll(Handle handle, long fromStage, long toStage, Instant now) {
        var storyIds = handle.createQuery("SELECT story_id FROM story_stages WHERE stage_id = :from ORDER BY story_id")
                .bind("from", fromStage).mapTo(Long.class).list();
        handle.createUpdate("UPDATE story_stages SET stage_id = :to, approved_version = NULL, since = :now WHERE stage_id = :from")
                .bind("to", toStage).bind("from", fromStage).bind("now", Timestamps.format(now)).execute();
        return storyIds;
    }

    /** Every story (not folder) of the space with its stored row, if any, in id order. */
    List<Row> list(long spaceId) {
        return db.read(handle -> handle.createQuery("SELECT s.id AS sid, ss.stage_id, ss.assignee_id, ss.approved_version, "
                        + "ss.since FROM stories s LEFT JOIN story_stages ss ON ss.story_id = s.id "
                        + "WHERE s.space_id = :space AND s.is_folder = :folder ORDER BY s.id")
                .bind("space", spaceId).bind("folder", false).map((rs, ctx) -> row(rs, rs.getLong("sid"))).list());
    }

    private static Row row(ResultSet rs, long storyId) throws SQLException {
        return new Row(storyId, nullableLong(rs, "stage_id"), nullableLong(rs, "assignee_id"),
                nullableInt(rs, "approved_version"), Timestamps.parse(rs.getString("since")));
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
