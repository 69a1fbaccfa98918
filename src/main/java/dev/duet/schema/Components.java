package dev.duet.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.failure.StaleVersion;
import dev.duet.failure.InvalidInput;
import dev.duet.failure.NotFound;
import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The components repository. Every write checks the whole component against its space (names, whitelists, group)
 * and the version the writer edited inside one transaction, so a refused write changes nothing.
 */
public final class Components {

    private final Database db;
    private final Clock clock;

    public Components(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Component create(long spaceId, ComponentDraft draft) {
        return db.write(handle -> {
            requireSpace(handle, spaceId);
            var names = names(handle, spaceId);
            References.check(draft, names, groupUuids(handle, spaceId));
            if (names.contains(draft.name())) throw new ComponentNameTaken("component", draft.name());
            return get(handle, spaceId, insert(handle, spaceId, draft));
        });
    }

    /** Inserts a component already checked against its space, inside the caller's transaction; answers its id. */
    long insert(Handle handle, long spaceId, ComponentDraft draft) {
        return handle.createUpdate("INSERT INTO components (space_id, name, display_name, schema, is_root, is_nestable, "
                        + "component_group_uuid, preview_field, image, color, icon, created_at, updated_at, version) "
                        + "VALUES (:space, :name, :display_name, :schema, :is_root, :is_nestable, :group, :preview_field, "
                        + ":image, :color, :icon, :now, :now, 1)")
                .bind("space", spaceId).bindMap(columns(draft)).bind("now", Timestamps.format(clock.instant()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /**
     * Replaces the version {@code current} of a component with a draft already checked against its space, raising its
     * version; {@link StaleVersion} when someone changed it since it was read.
     */
    void replace(Handle handle, Component current, ComponentDraft draft) {
        int updated = handle.createUpdate("UPDATE components SET name = :name, display_name = :display_name, schema = :schema, "
                        + "is_root = :is_root, is_nestable = :is_nestable, component_group_uuid = :group, "
                        + "preview_field = :preview_field, image = :image, color = :color, icon = :icon, "
                        + "updated_at = :now, version = version + 1 WHERE id = :id AND version = :version")
                .bindMap(columns(draft)).bind("now", Timestamps.format(clock.instant())).bind("id", current.id())
                .bind("version", current.version()).execute();
        if (updated == 0) checkVersion(get(handle, current.spaceId(), current.id()), current.version());
    }

    /** Deletes the version {@code current} of a component whose removal was checked (no remaining whitelist names it). */
    void remove(Handle handle, Component current) {
        if (handle.createUpdate("DELETE FROM components WHERE id = :id AND version = :version")
                .bind("id", current.id()).bind("version", current.version()).execute() == 0) {
            checkVersion(get(handle, current.spaceId(), current.id()), current.version());
        }
    }

    public Component get(long spaceId, long id) {
        return db.read(handle -> {
            requireSpace(handle, spaceId);
            return get(handle, spaceId, id);
        });
    }

    /** Every component of the space, by name; one query, for validating content. */
    public List<Component> all(long spaceId) {
        return db.read(handle -> all(handle, spaceId));
    }

    public List<Component> list(long spaceId, ComponentFilter filter, int offset, int limit) {
        return db.read(handle -> {
            requireSpace(handle, spaceId);
            return handle.createQuery("SELECT * FROM components WHERE space_id = :space" + filter.sql()
                            + " ORDER BY name, id LIMIT :limit OFFSET :offset")
                    .bind("space", spaceId).bindMap(filter.params()).bind("limit", limit).bind("offset", offset)
                    .map((rs, c) -> map(rs)).list();
        });
    }

    public long count(long spaceId, ComponentFilter filter) {
        return db.read(handle -> {
            requireSpace(handle, spaceId);
            return handle.createQuery("SELECT COUNT(*) FROM components WHERE space_id = :space" + filter.sql())
                    .bind("space", spaceId).bindMap(filter.params()).mapTo(Long.class).one();
        });
    }

    /**
     * Applies {@code changes} (keys of a component object; absent keys keep their value) to the version the writer
     * edited. A rename also renames the component in the other components' whitelists, so they keep allowing it.
     */
    public Component update(long spaceId, long id, long editedVersion, ObjectNode changes) {
        return db.write(handle -> {
            requireSpace(handle, spaceId);
            var current = get(handle, spaceId, id);
            checkVersion(current, editedVersion);
            var merged = (ObjectNode) Json.mapper().valueToTree(current);
            merged.setAll(changes);
            var draft = ComponentDraft.parse(merged);
            var names = names(handle, spaceId);
            References.check(draft, names, groupUuids(handle, spaceId));
            if (!draft.name().equals(current.name())) {
                if (names.contains(draft.name())) throw new ComponentNameTaken("component", draft.name());
                renameInWhitelists(handle, spaceId, current, draft.name());
                draft = withSchema(draft, draft.schema().renamingComponent(current.name(), draft.name()));
            }
            var updated = handle.createUpdate("UPDATE components SET name = :name, display_name = :display_name, "
                            + "schema = :schema, is_root = :is_root, is_nestable = :is_nestable, component_group_uuid = :group, "
                            + "preview_field = :preview_field, image = :image, color = :color, icon = :icon, "
                            + "updated_at = :now, version = version + 1 WHERE id = :id AND version = :version")
                    .bindMap(columns(draft)).bind("now", Timestamps.format(clock.instant()))
                    .bind("id", id).bind("version", editedVersion).execute();
            if (updated == 0) checkVersion(get(handle, spaceId, id), editedVersion);
            return get(handle, spaceId, id);
        });
    }

    /** Deletes the version the writer saw; refused while other components' whitelists name it. */
    public void delete(long spaceId, long id, long editedVersion) {
        db.writeVoid(handle -> {
            requireSpace(handle, spaceId);
            var current = get(handle, spaceId, id);
            checkVersion(current, editedVersion);
            var uses = References.usesOfComponent(all(handle, spaceId), current.name());
            if (!uses.isEmpty()) throw new StillReferenced("component \"" + current.name() + "\"", uses);
            if (handle.createUpdate("DELETE FROM components WHERE id = :id AND version = :version")
                    .bind("id", id).bind("version", editedVersion).execute() == 0) {
                checkVersion(get(handle, spaceId, id), editedVersion);
            }
        });
    }

    static List<Component> all(Handle handle, long spaceId) {
        return handle.createQuery("SELECT * FROM components WHERE space_id = :space ORDER BY name")
                .bind("space", spaceId).map((rs, c) -> map(rs)).list();
    }

    static void requireSpace(Handle handle, long spaceId) {
        if (handle.createQuery("SELECT COUNT(*) FROM spaces WHERE id = :id").bind("id", spaceId).mapTo(Long.class).one() == 0) {
            throw new NotFound("space", spaceId);
        }
    }

    private void renameInWhitelists(Handle handle, long spaceId, Component renamed, String newName) {
        for (var other : all(handle, spaceId)) {
            if (other.id() == renamed.id()
                    || other.schema().componentReferences().stream().noneMatch(r -> r.target().equals(renamed.name()))) {
                continue;
            }
            handle.createUpdate("UPDATE components SET schema = :schema, updated_at = :now, version = version + 1 WHERE id = :id")
                    .bind("schema", Json.write(other.schema().renamingComponent(renamed.name(), newName)))
                    .bind("now", Timestamps.format(clock.instant())).bind("id", other.id()).execute();
        }
    }

    private static void checkVersion(Component current, long editedVersion) {
        if (current.version() != editedVersion) {
            throw new StaleVersion("component \"" + current.name() + "\"", editedVersion, current.version());
        }
    }

    private static Component get(Handle handle, long spaceId, long id) {
        return handle.createQuery("SELECT * FROM components WHERE id = :id AND space_id = :space")
                .bind("id", id).bind("space", spaceId).map((rs, c) -> map(rs)).findOne()
                .orElseThrow(() -> new NotFound("component", id));
    }

    private static Set<String> names(Handle handle, long spaceId) {
        return new HashSet<>(handle.createQuery("SELECT name FROM components WHERE space_id = :space")
                .bind("space", spaceId).mapTo(String.class).list());
    }

    private static Set<String> groupUuids(Handle handle, long spaceId) {
        return new HashSet<>(handle.createQuery("SELECT uuid FROM component_groups WHERE space_id = :space")
                .bind("space", spaceId).mapTo(String.class).list());
    }

    private static ComponentDraft withSchema(ComponentDraft draft, Schema schema) {
        return new ComponentDraft(draft.name(), draft.displayName(), schema, draft.isRoot(), draft.isNestable(),
                draft.componentGroupUuid(), draft.previewField(), draft.image(), draft.color(), draft.icon());
    }

    private static Map<String, Object> columns(ComponentDraft draft) {
        var columns = new HashMap<String, Object>();
        columns.put("name", draft.name());
        columns.put("display_name", draft.displayName());
        columns.put("schema", Json.write(draft.schema()));
        columns.put("is_root", draft.isRoot());
        columns.put("is_nestable", draft.isNestable());
        columns.put("group", draft.componentGroupUuid());
        columns.put("preview_field", draft.previewField());
        columns.put("image", draft.image());
        columns.put("color", draft.color());
        columns.put("icon", draft.icon());
        return columns;
    }

    private static Component map(ResultSet rs) throws SQLException {
        var name = rs.getString("name");
        Schema schema;
        try {
            schema = Schema.parse(Json.tree(rs.getString("schema")));
        } catch (InvalidInput e) {
            throw new IllegalStateException("the stored schema of component " + name + " is unreadable: " + e.details(), e);
        }
        return new Component(rs.getLong("id"), rs.getLong("space_id"), name, rs.getString("display_name"), schema,
                rs.getBoolean("is_root"), rs.getBoolean("is_nestable"), rs.getString("component_group_uuid"),
                rs.getString("preview_field"), rs.getString("image"), rs.getString("color"), rs.getString("icon"),
                Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("updated_at")),
                rs.getInt("version"));
    }
}
