package dev.duet.workflow;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.duet.access.Role;
import dev.duet.content.Spaces;
import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workflows repository: each space's stages and four-eyes setting. A space gets the default workflow stored the
 * first time anything asks for it, so spaces created, imported or migrated in any way all have one. Thread-safe.
 */
public final class Workflows {

    /** What replacing a workflow did to stories: those in removed stages went to the default stage. */
    public record Replaced(Workflow workflow, List<Moved> moved) {
    }

    public record Moved(long storyId, String fromStage, String toStage) {
    }

    static final List<Stage> DEFAULT_STAGES = List.of(
            new Stage(0, "Drafting", "#8a8f98", 0, true, false, true, false, List.of()),
            new Stage(0, "In review", "#d29922", 1, true, false, false, false, List.of()),
            new Stage(0, "Approved", "#1f883d", 2, true, true, false, false, List.of()),
            new Stage(0, "Published", "#8250df", 3, true, false, false, true, List.of()));

    private static final TypeReference<List<Role>> ROLES = new TypeReference<>() {
    };

    private final Database db;
    private final StoryStages storyStages;
    private final Clock clock;

    public Workflows(Database db, StoryStages storyStages, Clock clock) {
        this.db = db;
        this.storyStages = storyStages;
        this.clock = clock;
    }

    /** The space's workflow (404 for an unknown space). */
    public Workflow get(long spaceId) {
        return db.read(handle -> find(handle, spaceId)).orElseGet(() -> db.write(handle -> ensure(handle, spaceId)));
    }

    /** The space's workflow inside the caller's transaction, storing the default one if it has none yet. */
    public Workflow ensure(Handle handle, long spaceId) {
        var found = find(handle, spaceId);
        if (found.isPresent()) return found.get();
        Spaces.get(handle, spaceId);
        // ON CONFLICT: when two nodes store the default at once, the second waits for the first and adds nothing
        int created = handle.createUpdate("INSERT INTO workflows (space_id, four_eyes, updated_at) VALUES (:space, :four, :now) "
                        + "ON CONFLICT (space_id) DO NOTHING")
                .bind("space", spaceId).bind("four", true).bind("now", Timestamps.format(clock.instant())).execute();
        if (created == 1) DEFAULT_STAGES.forEach(stage -> insert(handle, spaceId, stage));
        return find(handle, spaceId).orElseThrow();
    }

    /** Replaces the whole workflow after checking it; stories in removed stages move to the default stage. */
    public Replaced replace(long spaceId, WorkflowInput input) {
        return db.write(handle -> {
            var current = ensure(handle, spaceId);
            var wanted = WorkflowRules.check(spaceId, input, current);
            var kept = new ArrayList<Long>();
            long defaultId = 0;
            for (var stage : wanted.stages()) {
                long id = stage.id() == 0 ? insert(handle, spaceId, stage) : update(handle, stage);
                kept.add(id);
                if (stage.isDefault()) defaultId = id;
            }
            var moved = new ArrayList<Moved>();
            var defaultName = wanted.defaultStage().name();
            for (var gone : current.stages()) {
                if (kept.contains(gone.id())) continue;
                for (long storyId : storyStages.moveAll(handle, gone.id(), defaultId, clock.instant())) {
                    moved.add(new Moved(storyId, gone.name(), defaultName));
                }
                handle.createUpdate("DELETE FROM workflow_stages WHERE id = :id").bind("id", gone.id()).execute();
            }
            handle.createUpdate("UPDATE workflows SET four_eyes = :four, updated_at = :now WHERE space_id = :space")
                    .bind("four", wanted.fourEyes()).bind("now", Timestamps.format(clock.instant()))
                    .bind("space", spaceId).execute();
            return new Replaced(find(handle, spaceId).orElseThrow(), List.copyOf(moved));
        });
    }

    private Optional<Workflow> find(Handle handle, long spaceId) {
        return handle.createQuery("SELECT four_eyes FROM workflows WHERE space_id = :space").bind("space", spaceId)
                .mapTo(Boolean.class).findOne()
                .map(fourEyes -> new Workflow(spaceId, fourEyes, handle.createQuery(
                                "SELECT * FROM workflow_stages WHERE space_id = :space ORDER BY position, id")
                        .bind("space", spaceId).map((rs, ctx) -> stage(rs)).list()));
    }

    private static long insert(Handle handle, long spaceId, Stage stage) {
        return handle.createUpdate("INSERT INTO workflow_stages (space_id, name, color, position, allow_publish, approval, "
                        + "is_default, after_publish, roles) VALUES (:space, :name, :color, :position, :allowPublish, "
                        + ":approval, :isDefault, :afterPublish, :roles)")
                .bind("space", spaceId).bindMethods(stage).bind("roles", Json.write(stage.roles()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static long update(Handle handle, Stage stage) {
        handle.createUpdate("UPDATE workflow_stages SET name = :name, color = :color, position = :position, "
                        + "allow_publish = :allowPublish, approval = :approval, is_default = :isDefault, "
                        + "after_publish = :afterPublish, roles = :roles WHERE id = :id")
                .bindMethods(stage).bind("roles", Json.write(stage.roles())).execute();
        return stage.id();
    }

    private static Stage stage(ResultSet rs) throws SQLException {
        List<Role> roles = Json.mapper().convertValue(Json.tree(rs.getString("roles")), ROLES);
        return new Stage(rs.getLong("id"), rs.getString("name"), rs.getString("color"), rs.getInt("position"),
                rs.getBoolean("allow_publish"), rs.getBoolean("approval"), rs.getBoolean("is_default"),
                rs.getBoolean("after_publish"), roles);
    }
}
