package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.failure.InvalidInput;
import dev.duet.failure.Problems;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

/**
 * The whole schema of a space as schema-as-code files hold it: every component (in the shape of the component API)
 * and every component group. As a request body it is the desired state: what it leaves out is to be removed.
 * Groups are matched by {@code uuid}, else by name, so files taken from one space fit another.
 */
public record SchemaFile(List<ComponentDraft> components, List<GroupSpec> groups) {

    /** A group as files name it; {@code uuid} is what the files' components refer to, and may be absent. */
    public record GroupSpec(String uuid, String name) {
    }

    private static final int MAX_GROUP_NAME = 100;

    public SchemaFile {
        components = List.copyOf(components);
        groups = List.copyOf(groups);
    }

    /** The stored schema, ordered by name so an export is stable. */
    public static SchemaFile of(List<Component> components, List<ComponentGroup> groups) {
        return new SchemaFile(components.stream().sorted(Comparator.comparing(Component::name)).map(ComponentDraft::of).toList(),
                groups.stream().sorted(Comparator.comparing(ComponentGroup::name))
                        .map(group -> new GroupSpec(group.uuid(), group.name())).toList());
    }

    /**
     * Reads {@code {"components": [...], "component_groups": [...]}}, checking every component on its own and the
     * whole set together: unique names, whitelists naming components of the set, group uuids naming groups of the
     * set. Problems name their place ({@code components[2].schema.title.type}).
     */
    public static SchemaFile parse(JsonNode body) {
        var problems = new Problems();
        var groups = groups(body.get("component_groups"), problems);
        var components = components(body.get("components"), problems);
        problems.throwIfAny("invalid schema");
        checkReferences(components, groups, problems);
        problems.throwIfAny("invalid schema");
        return new SchemaFile(components, groups);
    }

    /** {@code {"components": [...], "component_groups": [...]}} with every component in its file form. */
    public ObjectNode toJson() {
        var json = JsonNodeFactory.instance.objectNode();
        var list = json.putArray("components");
        components.forEach(component -> list.add(component.toFileJson()));
        var groupList = json.putArray("component_groups");
        groups.forEach(group -> {
            var entry = groupList.addObject();
            if (group.uuid() != null) entry.put("uuid", group.uuid());
            entry.put("name", group.name());
        });
        return json;
    }

    private static List<ComponentDraft> components(JsonNode json, Problems problems) {
        if (json == null || json.isNull()) {
            problems.add("components", "required: the full list of the space's components (an empty list removes them all)");
            return List.of();
        }
        if (!json.isArray()) {
            problems.add("components", "must be an array of components");
            return List.of();
        }
        var drafts = new java.util.ArrayList<ComponentDraft>();
        var seen = new HashMap<String, Integer>();
        for (int i = 0; i < json.size(); i++) {
            var path = "components[" + i + "]";
            if (!json.get(i).isObject()) {
                problems.add(path, "must be a component object like {\"name\": \"hero\", \"schema\": {...}}");
                continue;
            }
            try {
                var draft = ComponentDraft.parse(json.get(i));
                var first = seen.putIfAbsent(draft.name(), i);
                if (first != null) problems.add(path + ".name", "\"" + draft.name() + "\" is also components[" + first + "]");
                else drafts.add(draft);
            } catch (InvalidInput e) {
                addPrefixed(problems, path, e);
            }
        }
        return drafts;
    }

    private static List<GroupSpec> groups(JsonNode json, Problems problems) {
        if (json == null || json.isNull()) return List.of();
        if (!json.isArray()) {
            problems.add("component_groups", "must be an array of {\"uuid\": ..., \"name\": ...}");
            return List.of();
        }
        var groups = new java.util.ArrayList<GroupSpec>();
        var names = new HashSet<String>();
        var uuids = new HashSet<String>();
        for (int i = 0; i < json.size(); i++) {
            var path = "component_groups[" + i + "]";
            var item = json.get(i);
            var name = item.path("name");
            var uuid = item.path("uuid");
            if (!item.isObject() || !name.isTextual() || name.textValue().isBlank()) {
                problems.add(path + ".name", "required: the group's name");
            } else if (name.textValue().strip().length() > MAX_GROUP_NAME) {
                problems.add(path + ".name", "must be at most " + MAX_GROUP_NAME + " characters");
            } else if (!uuid.isMissingNode() && !uuid.isNull() && (!uuid.isTextual() || uuid.textValue().isBlank()
                    || uuid.textValue().length() > MAX_GROUP_NAME)) {
                problems.add(path + ".uuid", "must be text of at most " + MAX_GROUP_NAME + " characters, or left out");
            } else if (!names.add(name.textValue().strip())) {
                problems.add(path + ".name", "\"" + name.textValue().strip() + "\" names two groups");
            } else if (uuid.isTextual() && !uuids.add(uuid.textValue().strip())) {
                problems.add(path + ".uuid", "\"" + uuid.textValue().strip() + "\" is the uuid of two groups");
            } else {
                groups.add(new GroupSpec(uuid.isTextual() ? uuid.textValue().strip() : null, name.textValue().strip()));
            }
        }
        return groups;
    }

    /** The files describe the whole schema, so what they refer to must be in them too. */
    private static void checkReferences(List<ComponentDraft> components, List<GroupSpec> groups, Problems problems) {
        var names = new HashSet<String>();
        components.forEach(component -> names.add(component.name()));
        var uuids = new HashSet<String>();
        groups.forEach(group -> {
            if (group.uuid() != null) uuids.add(group.uuid());
        });
        for (int i = 0; i < components.size(); i++) {
            try {
                References.check(components.get(i), names, uuids);
            } catch (InvalidInput e) {
                addPrefixed(problems, "components[" + i + "]", e);
            }
        }
    }

    private static void addPrefixed(Problems problems, String prefix, InvalidInput failure) {
        for (var detail : failure.details()) {
            if (detail instanceof InvalidInput.Problem problem) {
                problems.add(problem.path().isEmpty() ? prefix : prefix + "." + problem.path(), problem.message());
            }
        }
    }
}
