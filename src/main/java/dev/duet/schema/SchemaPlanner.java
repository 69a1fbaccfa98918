package dev.duet.schema;

import dev.duet.failure.Problems;
import dev.duet.schema.ContentRewriter.Retype;
import dev.duet.schema.SchemaPlan.ComponentChange;
import dev.duet.schema.StoryContents.StoryContent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Plans a schema change: pairs the space's components with the files' (by name, or through an explicit component
 * rename), checks the renames, diffs each pair, and works out from the stories' content what the change migrates,
 * loses or cannot do. Pure: the same inputs always give the same plan.
 *
 * <p>A rename that is already done (its old key is gone and its new key is there) is skipped, so files pushed again
 * with the same renames plan nothing.
 */
final class SchemaPlanner {

    /** The writes that apply a plan; components by their stored ids. */
    record Writes(GroupMatch groups, List<ComponentDraft> create, Map<Component, ComponentDraft> replace, List<Component> delete) {
    }

    /** A plan, with what applying it writes and how it rewrites content. */
    record Planned(SchemaPlan plan, Writes writes, ContentRewriter rewrite, String summary) {
    }

    private SchemaPlanner() {
    }

    static Planned plan(List<Component> current, List<ComponentGroup> groups, SchemaFile files, Renames renames,
                        Predicate<String> uuidFree, List<StoryContent> stories) {
        var groupMatch = new GroupMatch(groups, files.groups(), uuidFree);
        var oldGroupNames = new HashMap<String, String>();
        groups.forEach(group -> oldGroupNames.put(group.uuid(), group.name()));
        var byName = new HashMap<String, Component>();
        current.forEach(component -> byName.put(component.name(), component));
        var wanted = files.components().stream().map(draft -> draft.mappingGroups(groupMatch::spaceUuid))
                .sorted(Comparator.comparing(ComponentDraft::name)).toList();
        var wantedByName = new HashMap<String, ComponentDraft>();
        wanted.forEach(draft -> wantedByName.put(draft.name(), draft));

        var problems = new Problems();
        var oldNameOf = componentRenames(renames.components(), byName, wantedByName, problems);
        var paired = new HashMap<String, Component>();
        wanted.forEach(draft -> {
            var old = byName.get(oldNameOf.getOrDefault(draft.name(), draft.name()));
            if (old != null) paired.put(draft.name(), old);
        });
        var fieldRenames = fieldRenames(renames.fields(), paired, wantedByName, problems);
        problems.throwIfAny("invalid renames");

        var changes = new ArrayList<ComponentChange>();
        var create = new ArrayList<ComponentDraft>();
        var replace = new HashMap<Component, ComponentDraft>();
        var rewrites = new Rewrites();
        for (var draft : wanted) {
            var old = paired.get(draft.name());
            if (old == null) {
                changes.add(ComponentDiff.added(draft, groupMatch::name));
                create.add(draft);
                continue;
            }
            var moves = fieldRenames.getOrDefault(old.name(), Map.of());
            var change = ComponentDiff.between(ComponentDraft.of(old), draft, moves, oldGroupNames::get, groupMatch::name);
            if (change == null) continue;
            changes.add(change);
            replace.put(old, draft);
            rewrites.pair(old, draft, moves);
        }
        var delete = current.stream().filter(component -> !paired.containsValue(component)).toList();
        delete.forEach(component -> {
            changes.add(ComponentDiff.removed(component));
            rewrites.removedComponents.add(component.name());
        });
        changes.sort(Comparator.comparing(ComponentChange::name));

        var rewriter = rewrites.rewriter(wanted);
        var impact = new DataImpact(rewriter, stories);
        var plan = new SchemaPlan(groupMatch.changes(), changes, impact.migrations(), impact.losses(), impact.blockers(),
                impact.storiesToMigrate());
        return new Planned(plan, new Writes(groupMatch, create, replace, delete), rewriter, summary(plan));
    }

    /** Explicit component renames, as new name to old name; renames already done are left out. */
    private static Map<String, String> componentRenames(List<Renames.ComponentRename> renames, Map<String, Component> current,
                                                        Map<String, ComponentDraft> wanted, Problems problems) {
        var oldNameOf = new HashMap<String, String>();
        var used = new HashSet<String>();
        for (int i = 0; i < renames.size(); i++) {
            var rename = renames.get(i);
            var path = "component_renames[" + i + "]";
            boolean done = !current.containsKey(rename.from()) && current.containsKey(rename.to()) && wanted.containsKey(rename.to());
            if (!used.add(rename.from()) || !used.add(">" + rename.to())) {
                problems.add(path, "renames \"" + rename.from() + "\" or to \"" + rename.to() + "\" twice");
            } else if (done) {
                continue;
            } else if (!current.containsKey(rename.from())) {
                problems.add(path + ".from", "the space has no component \"" + rename.from() + "\"");
            } else if (wanted.containsKey(rename.from())) {
                problems.add(path + ".from", "the files still have \"" + rename.from() + "\"; a renamed component leaves its old name");
            } else if (!wanted.containsKey(rename.to())) {
                problems.add(path + ".to", "the files have no component \"" + rename.to() + "\"");
            } else if (current.containsKey(rename.to())) {
                problems.add(path + ".to", "the space already has a component \"" + rename.to() + "\"");
            } else {
                oldNameOf.put(rename.to(), rename.from());
            }
        }
        return oldNameOf;
    }

    /** Explicit field renames by the component's old name, old key to new key; renames already done are left out. */
    private static Map<String, Map<String, String>> fieldRenames(List<Renames.FieldRename> renames, Map<String, Component> paired,
                                                                 Map<String, ComponentDraft> wanted, Problems problems) {
        var moves = new HashMap<String, Map<String, String>>();
        var used = new HashSet<String>();
        for (int i = 0; i < renames.size(); i++) {
            var rename = renames.get(i);
            var path = "renames[" + i + "]";
            var draft = wanted.get(rename.component());
            var old = paired.get(rename.component());
            if (draft == null) {
                problems.add(path + ".component", "the files have no component \"" + rename.component() + "\"");
                continue;
            }
            if (old == null) {
                problems.add(path + ".component", "\"" + rename.component() + "\" is new, so it has no field to rename");
                continue;
            }
            var before = old.schema().fields();
            var after = draft.schema().fields();
            var from = rename.from();
            var to = rename.to();
            if (!used.add(rename.component() + "." + from) || !used.add(rename.component() + ">" + to)) {
                problems.add(path, "renames \"" + from + "\" or to \"" + to + "\" of " + rename.component() + " twice");
            } else if (!before.containsKey(from) && before.containsKey(to) && after.containsKey(to)) {
                continue;
            } else if (!before.containsKey(from)) {
                problems.add(path + ".from", old.name() + " has no field \"" + from + "\"");
            } else if (after.containsKey(from)) {
                problems.add(path + ".from", "the files' " + draft.name() + " still has \"" + from + "\"; a renamed field leaves its old key");
            } else if (!after.containsKey(to)) {
                problems.add(path + ".to", "the files' " + draft.name() + " has no field \"" + to + "\"");
            } else if (before.containsKey(to)) {
                problems.add(path + ".to", old.name() + " already has a field \"" + to + "\"");
            } else {
                moves.computeIfAbsent(old.name(), name -> new HashMap<>()).put(from, to);
            }
        }
        return moves;
    }

    /** The message the stories' new versions carry: what moved or went. */
    private static String summary(SchemaPlan plan) {
        var parts = new ArrayList<String>();
        plan.migrations().forEach(migration -> parts.add(migration.kind() == SchemaPlan.MigrationKind.FIELD_RENAMED
                ? migration.component() + "." + migration.from() + " renamed to " + migration.to()
                : "component " + migration.from() + " renamed to " + migration.to()));
        plan.dataLoss().forEach(loss -> parts.add(switch (loss.reason()) {
            case FIELD_REMOVED -> loss.component() + "." + loss.field() + " removed";
            case TYPE_CHANGED -> loss.component() + "." + loss.field() + " values of the old type removed";
            case COMPONENT_REMOVED -> "bloks of " + loss.component() + " removed";
        }));
        return "Schema change: " + (parts.isEmpty() ? "content updated" : String.join("; ", parts));
    }

    /** Collects, pair by pair, how content must change. */
    private static final class Rewrites {
        final Map<String, String> componentRenames = new HashMap<>();
        final Map<String, Map<String, String>> fieldRenames = new HashMap<>();
        final Map<String, Map<String, FieldType>> removedFields = new HashMap<>();
        final Map<String, Map<String, Retype>> retyped = new HashMap<>();
        final Set<String> removedComponents = new HashSet<>();

        void pair(Component old, ComponentDraft draft, Map<String, String> moves) {
            if (!old.name().equals(draft.name())) componentRenames.put(old.name(), draft.name());
            if (!moves.isEmpty()) fieldRenames.put(old.name(), moves);
            old.schema().fields().forEach((key, field) -> {
                if (!field.holdsValue()) return;
                var newKey = moves.getOrDefault(key, key);
                var now = draft.schema().fields().get(newKey);
                if (now == null) {
                    removedFields.computeIfAbsent(old.name(), name -> new HashMap<>()).put(key, field);
                } else if (!now.typeName().equals(field.typeName())) {
                    retyped.computeIfAbsent(old.name(), name -> new HashMap<>()).put(newKey, new Retype(field, now));
                }
            });
        }

        ContentRewriter rewriter(List<ComponentDraft> wanted) {
            var components = wanted.stream().map(draft -> new Component(0, 0, draft.name(), draft.displayName(), draft.schema(),
                    draft.isRoot(), draft.isNestable(), draft.componentGroupUuid(), draft.previewField(), draft.image(),
                    draft.color(), draft.icon(), null, null, 1)).toList();
            return new ContentRewriter(componentRenames, fieldRenames, removedFields, retyped, removedComponents, components);
        }
    }
}
