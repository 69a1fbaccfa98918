package dev.duet.releases;

import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The releases and release items tables. Methods taking a {@link Handle} run inside the caller's transaction. It also
 * reads (never writes) the authors of story versions, which the conflict check needs.
 */
final class ReleaseRepository {

    private static final String COLUMNS = "r.id, r.space_id, r.name, r.description, r.status, r.created_by, r.created_at, "
            + "r.updated_at, r.merged_at, r.merged_by, r.reverted_at, r.reverted_by, "
            + "(SELECT COUNT(*) FROM release_items i WHERE i.release_id = r.id) AS item_count";
    private static final String ITEM_COLUMNS = "release_id, story_id, story_name, version_number, base_version, added_by, "
            + "added_at, pinned_by, pinned_at, previous_version";

    /** A version saved after an item was pinned, and who saved it. */
    record LaterVersion(int number, String author) {
    }

    private final Database db;

    ReleaseRepository(Database db) {
        this.db = db;
    }

    Database db() {
        return db;
    }

    long insert(Handle handle, long spaceId, String name, String description, String actor, Instant now) {
        return handle.createUpdate("INSERT INTO releases (space_id, name, description, status, created_by, created_at, "
                        + "updated_at) VALUES (:space, :name, :description, :status, :actor, :now, :now)")
                .bind("space", spaceId).bind("name", name).bind("description", description)
                .bind("status", ReleaseStatus.OPEN.id()).bind("actor", actor).bind("now", Timestamps.format(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    Optional<Release> find(Handle handle, long spaceId, long releaseId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM releases r WHERE r.space_id = :space AND r.id = :id")
                .bind("space", spaceId).bind("id", releaseId).map((rs, c) -> release(rs)).findOne();
    }

    /** A space's releases, newest first; only those with {@code status} when it is given. */
    List<Release> list(long spaceId, ReleaseStatus status, int offset, int limit) {
        return db.read(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM releases r WHERE r.space_id = :space"
                        + (status == null ? "" : " AND r.status = :status") + " ORDER BY r.id DESC LIMIT :limit OFFSET :offset")
                .bind("space", spaceId).bind("status", status == null ? null : status.id())
                .bind("limit", limit).bind("offset", offset).map((rs, c) -> release(rs)).list());
    }

    long count(long spaceId, ReleaseStatus status) {
        return db.read(handle -> handle.createQuery("SELECT COUNT(*) FROM releases r WHERE r.space_id = :space"
                        + (status == null ? "" : " AND r.status = :status"))
                .bind("space", spaceId).bind("status", status == null ? null : status.id()).mapTo(Long.class).one());
    }

    /** The releases of a space that hold {@code storyId}, newest first. */
    List<Release> holding(Handle handle, long spaceId, long storyId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM releases r JOIN release_items ri ON ri.release_id = r.id "
                        + "WHERE r.space_id = :space AND ri.story_id = :story ORDER BY r.id DESC")
                .bind("space", spaceId).bind("story", storyId).map((rs, c) -> release(rs)).list();
    }

    void describe(Handle handle, long releaseId, String name, String description, Instant now) {
        handle.createUpdate("UPDATE releases SET name = :name, description = :description, updated_at = :now WHERE id = :id")
                .bind("name", name).bind("description", description).bind("now", Timestamps.format(now))
                .bind("id", releaseId).execute();
    }

    void markMerged(Handle handle, long releaseId, String actor, Instant now) {
        handle.createUpdate("UPDATE releases SET status = :status, merged_at = :now, merged_by = :actor, updated_at = :now "
                        + "WHERE id = :id")
                .bind("status", ReleaseStatus.MERGED.id()).bind("now", Timestamps.format(now)).bind("actor", actor)
                .bind("id", releaseId).execute();
    }

    void markReverted(Handle handle, long releaseId, String actor, Instant now) {
        handle.createUpdate("UPDATE releases SET status = :status, reverted_at = :now, reverted_by = :actor, "
                        + "updated_at = :now WHERE id = :id")
                .bind("status", ReleaseStatus.REVERTED.id()).bind("now", Timestamps.format(now)).bind("actor", actor)
                .bind("id", releaseId).execute();
    }

    void delete(Handle handle, long releaseId) {
        handle.createUpdate("DELETE FROM releases WHERE id = :id").bind("id", releaseId).execute();
    }

    List<ReleaseItem> items(Handle handle, long releaseId) {
        return handle.createQuery("SELECT " + ITEM_COLUMNS + " FROM release_items WHERE release_id = :release ORDER BY added_at, story_id")
                .bind("release", releaseId).map((rs, c) -> item(rs)).list();
    }

    Optional<ReleaseItem> item(Handle handle, long releaseId, long storyId) {
        return handle.createQuery("SELECT " + ITEM_COLUMNS + " FROM release_items WHERE release_id = :release AND story_id = :story")
                .bind("release", releaseId).bind("story", storyId).map((rs, c) -> item(rs)).findOne();
    }

    void addItem(Handle handle, long releaseId, long storyId, String storyName, int versionNumber, int baseVersion,
                 String actor, Instant now) {
        handle.createUpdate("INSERT INTO release_items (release_id, story_id, story_name, version_number, base_version, "
                        + "added_by, added_at, pinned_by, pinned_at) VALUES (:release, :story, :name, :number, :base, "
                        + ":actor, :now, :actor, :now)")
                .bind("release", releaseId).bind("story", storyId).bind("name", storyName).bind("number", versionNumber)
                .bind("base", baseVersion).bind("actor", actor).bind("now", Timestamps.format(now)).execute();
    }

    void repin(Handle handle, long releaseId, long storyId, String storyName, int versionNumber, int baseVersion,
               String actor, Instant now) {
        handle.createUpdate("UPDATE release_items SET story_name = :name, version_number = :number, base_version = :base, "
                        + "pinned_by = :actor, pinned_at = :now WHERE release_id = :release AND story_id = :story")
                .bind("release", releaseId).bind("story", storyId).bind("name", storyName).bind("number", versionNumber)
                .bind("base", baseVersion).bind("actor", actor).bind("now", Timestamps.format(now)).execute();
    }

    void removeItem(Handle handle, long releaseId, long storyId) {
        handle.createUpdate("DELETE FROM release_items WHERE release_id = :release AND story_id = :story")
                .bind("release", releaseId).bind("story", storyId).execute();
    }

    void setPrevious(Handle handle, long releaseId, long storyId, Integer previousVersion) {
        handle.createUpdate("UPDATE release_items SET previous_version = :previous WHERE release_id = :release "
                        + "AND story_id = :story")
                .bind("previous", previousVersion).bind("release", releaseId).bind("story", storyId).execute();
    }

    /** The versions of {@code storyId} saved after {@code number}, oldest first. */
    List<LaterVersion> versionsAfter(Handle handle, long storyId, int number) {
        return handle.createQuery("SELECT number, author FROM story_versions WHERE story_id = :story AND number > :number "
                        + "ORDER BY number")
                .bind("story", storyId).bind("number", number)
                .map((rs, c) -> new LaterVersion(rs.getInt("number"), rs.getString("author"))).list();
    }

    private static Release release(ResultSet rs) throws SQLException {
        return new Release(rs.getLong("id"), rs.getLong("space_id"), rs.getString("name"), rs.getString("description"),
                ReleaseStatus.parse("status", rs.getString("status")), rs.getString("created_by"),
                Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("updated_at")),
                Timestamps.parse(rs.getString("merged_at")), rs.getString("merged_by"),
                Timestamps.parse(rs.getString("reverted_at")), rs.getString("reverted_by"), rs.getInt("item_count"));
    }

    private static ReleaseItem item(ResultSet rs) throws SQLException {
        int previous = rs.getInt("previous_version");
        Integer previousVersion = rs.wasNull() ? null : previous;
        return new ReleaseItem(rs.getLong("release_id"), rs.getLong("story_id"), rs.getString("story_name"), null,
                rs.getInt("version_number"), rs.getInt("base_version"), null, rs.getString("added_by"),
                Timestamps.parse(rs.getString("added_at")), rs.getString("pinned_by"),
                Timestamps.parse(rs.getString("pinned_at")), previousVersion, null);
    }
}
