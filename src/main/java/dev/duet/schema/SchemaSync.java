package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.failure.InvalidInput;
import dev.duet.schema.SchemaPlanner.Planned;
import dev.duet.schema.SchemaPlanner.Writes;
import dev.duet.schema.StoryContents.StoryContent;
import dev.duet.storage.Database;
import org.jdbi.v3.core.Handle;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Schema as code: a space's whole schema exported as files, and files planned and applied against the space. Applying
 * is one transaction with the stories' migration (see {@link StoryContents}): the plan is made again inside it, so
 * what is applied is exactly what was checked, and a refusal (data loss not accepted, a blocker) changes nothing.
 */
public final class SchemaSync {

    /** The files, the explicit renames, and whether losing data is accepted. */
    public record Request(SchemaFile files, Renames renames, boolean acceptDataLoss) {

        /** Reads a plan or apply body; every problem is reported with its path. */
        public static Request parse(JsonNode body) {
            if (body == null || !body.isObject()) {
                throw new InvalidInput("request body must be a JSON object like {\"components\": [...], \"component_groups\": [...]}");
            }
            var accept = body.get("accept_data_loss");
            if (accept != null && !accept.isNull() && !accept.isBoolean()) {
                throw InvalidInput.field("accept_data_loss", "must be true or false");
            }
            return new Request(SchemaFile.parse(body), Renames.parse(body), accept != null && accept.asBoolean(false));
        }
    }

    /** An applied plan and what it did to stories. */
    public record Applied(SchemaPlan plan, int storiesMigrated, int storiesRepublished) {
    }

    private final Database db;
    private final Components components;
    private final StoryContents stories;

    public SchemaSync(Database db, Components components, StoryContents stories) {
        this.db = db;
        this.components = components;
        this.stories = stories;
    }

    /** The space's components and groups, by name. */
    public SchemaFile export(long spaceId) {
        return db.read(handle -> {
            Components.requireSpace(handle, spaceId);
            return SchemaFile.of(Components.all(handle, spaceId), ComponentGroups.all(handle, spaceId));
        });
    }

    /** What applying the request would do; changes nothing. */
    public SchemaPlan plan(long spaceId, Request request) {
        var contents = stories.read(spaceId);
        return db.read(handle -> planned(handle, spaceId, request, contents).plan());
    }

    /**
     * Applies the request: refused with {@link SchemaChangeBlocked} when it cannot be applied, and with
     * {@link DataLossUnconfirmed} when it drops data that the request did not accept to lose.
     */
    public Applied apply(long spaceId, Request request, String author) {
        var migrated = stories.migrate(spaceId, (handle, contents) -> {
            var planned = planned(handle, spaceId, request, contents);
            var plan = planned.plan();
            if (!plan.blockers().isEmpty()) throw new SchemaChangeBlocked(plan.blockers());
            if (plan.losesData() && !request.acceptDataLoss()) throw new DataLossUnconfirmed(plan.dataLoss());
            write(handle, spaceId, planned.writes());
            return new StoryContents.Step<>(plan, planned.rewrite(), planned.summary());
        }, author);
        return new Applied(migrated.result(), migrated.storiesMigrated(), migrated.storiesRepublished());
    }

    private static Planned planned(Handle handle, long spaceId, Request request, List<StoryContent> contents) {
        Components.requireSpace(handle, spaceId);
        return SchemaPlanner.plan(Components.all(handle, spaceId), ComponentGroups.all(handle, spaceId), request.files(),
                request.renames(), uuid -> !ComponentGroups.uuidTaken(handle, uuid), contents);
    }

    /**
     * Removals first and additions last, so names freed by a removal or rename can be taken; group renames go through
     * a temporary name, so two groups may swap names.
     */
    private void write(Handle handle, long spaceId, Writes writes) {
        writes.delete().forEach(component -> components.remove(handle, component));
        var groups = writes.groups();
        groups.removed().forEach(group -> ComponentGroups.remove(handle, group.id()));
        var renamed = groups.renamed().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
        renamed.forEach(entry -> ComponentGroups.setName(handle, entry.getKey(), "~renaming " + entry.getKey()));
        renamed.forEach(entry -> ComponentGroups.setName(handle, entry.getKey(), entry.getValue()));
        groups.created().forEach(group -> ComponentGroups.insert(handle, spaceId, group.uuid(), group.name()));
        writes.replace().entrySet().stream().sorted(Comparator.comparing(entry -> entry.getKey().id()))
                .forEach(entry -> components.replace(handle, entry.getKey(), entry.getValue()));
        writes.create().stream().sorted(Comparator.comparing(ComponentDraft::name))
                .forEach(draft -> components.insert(handle, spaceId, draft));
    }
}
