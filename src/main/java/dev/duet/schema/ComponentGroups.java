package dev.duet.schema;

import dev.duet.failure.InvalidInput;
import dev.duet.failure.NotFound;
import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The component groups repository. Names are unique per space; deleting a group leaves its components ungrouped. */
public final class ComponentGroups {

    private static final int MAX_NAME = 100;

    private final Database db;
    private final Clock clock;

    public ComponentGroups(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<ComponentGroup> list(long spaceId) {
        return db.read(handle -> {
            Components.requireSpace(handle, spaceId);
            return all(handle, spaceId);
        });
    }

    public ComponentGroup get(long spaceId, long id) {
        return db.read(handle -> {
            Components.requireSpace(handle, spaceId);
            return get(handle, spaceId, id);
        });
    }

    public ComponentGroup create(long spaceId, String name) {
        var checked = checkName(name);
        return db.write(handle -> {
            Components.requireSpace(handle, spaceId);
            requireFree(handle, spaceId, checked, null);
            long id = handle.createUpdate("INSERT INTO component_groups (uuid, space_id, name) VALUES (:uuid, :space, :name)")
                    .bind("uuid", UUID.randomUUID().toString()).bind("space", spaceId).bind("name", checked)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return get(handle, spaceId, id);
        });
    }

    public ComponentGroup rename(long spaceId, long id, String name) {
        var checked = checkName(name);
        return db.write(handle -> {
            Components.requireSpace(handle, spaceId);
            get(handle, spaceId, id);
            requireFree(handle, spaceId, checked, id);
            handle.createUpdate("UPDATE component_groups SET name = :name WHERE id = :id")
                    .bind("name", checked).bind("id", id).execute();
            return get(handle, spaceId, id);
        });
    }

    /**
     * Deletes the group and ungroups its components, raising their versions since they changed. Refused while a bloks
     * field is restricted to the group, because that field would silently allow nothing.
     */
    public void delete(long spaceId, long id) {
        db.writeVoid(handle -> {
            Components.requireSpace(handle, spaceId);
            var group = get(handle, spaceId, id);
            var uses = References.usesOfGroup(Components.all(handle, spaceId), group.uuid());
            if (!uses.isEmpty()) throw new StillReferenced("component group \"" + group.name() + "\"", uses);
            handle.createUpdate("UPDATE components SET component_group_uuid = NULL, updated_at = :now, version = version + 1 "
                            + "WHERE space_id = :space AND component_group_uuid = :uuid")
                    .bind("now", Timestamps.format(clock.instant())).bind("space", spaceId).bind("uuid", group.uuid()).execute();
            handle.createUpdate("DELETE FROM component_groups WHERE id = :id").bind("id", id).execute();
        });
    }

    static List<ComponentGroup> all(Handle handle, long spaceId) {
        return handle.createQuery("SELECT * FROM component_groups WHERE space_id = :space ORDER BY name, id")
                .bind("space", spaceId).map((rs, c) -> map(rs)).list();
    }

    /** Whether any group of any space has the uuid (uuids are unique across spaces). */
    static boolean uuidTaken(Handle handle, String uuid) {
        return handle.createQuery("SELECT COUNT(*) FROM component_groups WHERE uuid = :uuid")
                .bind("uuid", uuid).mapTo(Long.class).one() > 0;
    }

    static void insert(Handle handle, long spaceId, String uuid, String name) {
        handle.createUpdate("INSERT INTO component_groups (uuid, space_id, name) VALUES (:uuid, :space, :name)")
                .bind("uuid", uuid).bind("space", spaceId).bind("name", name).execute();
    }

    static void setName(Handle handle, long id, String name) {
        handle.createUpdate("UPDATE component_groups SET name = :name WHERE id = :id").bind("name", name).bind("id", id).execute();
    }

    static void remove(Handle handle, long id) {
        handle.createUpdate("DELETE FROM component_groups WHERE id = :id").bind("id", id).execute();
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) throw InvalidInput.field("name", "required");
        if (name.strip().length() > MAX_NAME) throw InvalidInput.field("name", "must be at most " + MAX_NAME + " characters");
        return name.strip();
    }

    private static void requireFree(Handle handle, long spaceId, String name, Long except) {
        var taken = handle.createQuery("SELECT id FROM component_groups WHERE space_id = :space AND name = :name")
                .bind("space", spaceId).bind("name", name).mapTo(Long.class).findOne();
        if (taken.isPresent() && !taken.get().equals(except)) throw new ComponentNameTaken("component group", name);
    }

    private static ComponentGroup get(Handle handle, long spaceId, long id) {
        return handle.createQuery("SELECT * FROM component_groups WHERE id = :id AND space_id = :space")
                .bind("id", id).bind("space", spaceId).map((rs, c) -> map(rs)).findOne()
                .orElseThrow(() -> new NotFound("component group", id));
    }

    private static ComponentGroup map(ResultSet rs) throws SQLException {
        return new ComponentGroup(rs.getLong("id"), rs.getString("uuid"), rs.getLong("space_id"), rs.getString("name"));
    }
}
