package dev.duet.assets;

import dev.duet.content.Spaces;
import dev.duet.failure.InvalidInput;
import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * The asset folders repository: the folder tree of a space's asset library. Writes take the space's lock, so two
 * moves at once cannot build a cycle. A folder is only deleted when empty. Thread-safe: holds no state of its own.
 */
public final class AssetFolders {

    public static final int MAX_NAME = 200;
    /** Deeper trees are refused: nobody files assets 30 folders deep, and the walk up the tree stays short. */
    public static final int MAX_DEPTH = 30;

    private static final String COLUMNS = "id, space_id, parent_id, name, created_at, updated_at";

    private final Database db;
    private final Spaces spaces;
    private final Clock clock;

    public AssetFolders(Database db, Spaces spaces, Clock clock) {
        this.db = db;
        this.spaces = spaces;
        this.clock = clock;
    }

    /** Every folder of the space, by name: the whole tree at once, for a picker to draw. */
    public List<AssetFolder> list(long spaceId) {
        return db.read(handle -> {
            Spaces.get(handle, spaceId);
            return handle.createQuery("SELECT " + COLUMNS + " FROM asset_folders WHERE space_id = :space ORDER BY name, id")
                    .bind("space", spaceId).map((rs, c) -> map(rs)).list();
        });
    }

    public AssetFolder get(long spaceId, long id) {
        return db.read(handle -> get(handle, spaceId, id));
    }

    public AssetFolder create(long spaceId, FolderSettings settings) {
        var name = name(settings.name());
        var now = Timestamps.format(clock.instant());
        return db.write(handle -> {
            spaces.lockForWrite(handle, spaceId);
            var parent = parent(handle, spaceId, settings.parentId(), null);
            long id = handle.createUpdate("INSERT INTO asset_folders (space_id, parent_id, name, created_at, updated_at) "
                            + "VALUES (:space, :parent, :name, :now, :now)")
                    .bind("space", spaceId).bind("parent", parent).bind("name", name).bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return get(handle, spaceId, id);
        });
    }

    /** Renames and/or moves a folder (with what it holds); never into itself or one of its own subfolders. */
    public AssetFolder update(long spaceId, long id, FolderSettings settings) {
        var name = settings.name() == null ? null : name(settings.name());
        return db.write(handle -> {
            spaces.lockForWrite(handle, spaceId);
            var current = get(handle, spaceId, id);
            var parent = settings.parentId() == null ? current.parentId() : parent(handle, spaceId, settings.parentId(), id);
            handle.createUpdate("UPDATE asset_folders SET name = :name, parent_id = :parent, updated_at = :now WHERE id = :id")
                    .bind("name", name == null ? current.name() : name).bind("parent", parent)
                    .bind("now", Timestamps.format(clock.instant())).bind("id", id).execute();
            return get(handle, spaceId, id);
        });
    }

    /** Deletes an empty folder; one that holds assets or folders is refused with 409. */
    public void delete(long spaceId, long id) {
        db.writeVoid(handle -> {
            spaces.lockForWrite(handle, spaceId);
            var folder = get(handle, spaceId, id);
            long assets = Assets.countIn(handle, id);
            long folders = handle.createQuery("SELECT COUNT(*) FROM asset_folders WHERE parent_id = :id").bind("id", id)
                    .mapTo(Long.class).one();
            if (assets > 0 || folders > 0) throw new AssetFolderNotEmpty(folder, assets, folders);
            handle.createUpdate("DELETE FROM asset_folders WHERE id = :id").bind("id", id).execute();
        });
    }

    static AssetFolder get(Handle handle, long spaceId, long id) {
        Spaces.get(handle, spaceId);
        return handle.createQuery("SELECT " + COLUMNS + " FROM asset_folders WHERE id = :id AND space_id = :space")
                .bind("id", id).bind("space", spaceId).map((rs, c) -> map(rs)).findOne()
                .orElseThrow(() -> new AssetFolderNotFound(id));
    }

    /**
     * The parent to store for a requested {@code parentId} (null or 0: top level). For a folder being moved
     * ({@code moving} not null), the parent may be neither the folder itself nor below it.
     */
    private static Long parent(Handle handle, long spaceId, Long parentId, Long moving) {
        if (parentId == null || parentId == 0) return null;
        if (parentId < 0) throw InvalidInput.field("parent_id", "must be a folder id, or 0 for the top level");
        AssetFolder ancestor = referenced(handle, spaceId, parentId, "parent_id");
        int depth = 1;
        while (ancestor != null) {
            if (moving != null && ancestor.id() == moving) {
                throw InvalidInput.field("parent_id", "cannot put folder " + moving + " inside itself or one of its subfolders");
            }
            if (++depth > MAX_DEPTH) throw InvalidInput.field("parent_id", "folders may be nested at most " + MAX_DEPTH + " deep");
            ancestor = ancestor.parentId() == null ? null : get(handle, spaceId, ancestor.parentId());
        }
        return parentId;
    }

    /** A folder named in a body ({@code field}): one that does not exist is bad input (400), not a missing resource. */
    static AssetFolder referenced(Handle handle, long spaceId, long id, String field) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM asset_folders WHERE id = :id AND space_id = :space")
                .bind("id", id).bind("space", spaceId).map((rs, c) -> map(rs)).findOne()
                .orElseThrow(() -> InvalidInput.field(field, "no asset folder " + id + " in this space"));
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) throw InvalidInput.field("name", "is required");
        if (name.strip().length() > MAX_NAME) throw InvalidInput.field("name", "must be at most " + MAX_NAME + " characters");
        return name.strip();
    }

    private static AssetFolder map(ResultSet rs) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new AssetFolder(rs.getLong("id"), rs.getLong("space_id"), parentId, rs.getString("name"),
                Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("updated_at")));
    }
}
