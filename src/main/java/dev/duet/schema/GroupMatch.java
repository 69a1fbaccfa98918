package dev.duet.schema;

import dev.duet.schema.SchemaFile.GroupSpec;
import dev.duet.schema.SchemaPlan.Change;
import dev.duet.schema.SchemaPlan.GroupChange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Pairs the groups of the files with the groups of the space: first by uuid, then by name, so files pulled from
 * another space (whose group uuids differ) still fit. A group of the files that pairs with none is created, with the
 * files' uuid when it is a UUID no other group anywhere has (uuids are unique across spaces), else with a new one. The files'
 * components refer to groups by the files' uuids; {@link #spaceUuid} translates them.
 */
final class GroupMatch {

    /** A group to create. */
    record NewGroup(String uuid, String name) {
    }

    private final Map<String, String> spaceUuids = new HashMap<>();
    private final Map<String, String> namesBySpaceUuid = new HashMap<>();
    private final List<NewGroup> created = new ArrayList<>();
    private final Map<Long, String> renamed = new HashMap<>();
    private final List<ComponentGroup> removed = new ArrayList<>();
    private final List<GroupChange> changes = new ArrayList<>();

    GroupMatch(List<ComponentGroup> current, List<GroupSpec> wanted, Predicate<String> uuidFree) {
        var byUuid = new HashMap<String, ComponentGroup>();
        var byName = new HashMap<String, ComponentGroup>();
        current.forEach(group -> {
            byUuid.put(group.uuid(), group);
            byName.put(group.name(), group);
        });
        var pairs = new HashMap<GroupSpec, ComponentGroup>();
        var paired = new HashSet<Long>();
        for (var group : wanted) {
            var match = group.uuid() == null ? null : byUuid.get(group.uuid());
            if (match != null && paired.add(match.id())) pairs.put(group, match);
        }
        for (var group : wanted) {
            var match = byName.get(group.name());
            if (!pairs.containsKey(group) && match != null && paired.add(match.id())) pairs.put(group, match);
        }
        for (var group : wanted) {
            var match = pairs.get(group);
            if (match != null) {
                keep(group, match);
            } else {
                var uuid = isUuid(group.uuid()) && uuidFree.test(group.uuid()) ? group.uuid() : UUID.randomUUID().toString();
                created.add(new NewGroup(uuid, group.name()));
                map(group, uuid);
                changes.add(new GroupChange(Change.ADDED, group.name(), null, uuid));
            }
        }
        current.stream().filter(group -> !paired.contains(group.id())).forEach(group -> {
            removed.add(group);
            namesBySpaceUuid.put(group.uuid(), group.name());
            changes.add(new GroupChange(Change.REMOVED, group.name(), null, group.uuid()));
        });
        changes.sort(Comparator.comparing(GroupChange::name).thenComparing(change -> change.change().ordinal()));
    }

    private static boolean isUuid(String text) {
        if (text == null) return false;
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void keep(GroupSpec group, ComponentGroup match) {
        map(group, match.uuid());
        if (!match.name().equals(group.name())) {
            renamed.put(match.id(), group.name());
            changes.add(new GroupChange(Change.RENAMED, group.name(), match.name(), match.uuid()));
        }
    }

    private void map(GroupSpec group, String spaceUuid) {
        if (group.uuid() != null) spaceUuids.put(group.uuid(), spaceUuid);
        namesBySpaceUuid.put(spaceUuid, group.name());
    }

    /** The space's uuid for a uuid the files use. */
    String spaceUuid(String filesUuid) {
        return spaceUuids.getOrDefault(filesUuid, filesUuid);
    }

    /** A group's name by its space uuid (the new name of a renamed one, the last name of a removed one). */
    String name(String spaceUuid) {
        return spaceUuid == null ? null : namesBySpaceUuid.getOrDefault(spaceUuid, spaceUuid);
    }

    List<NewGroup> created() {
        return List.copyOf(created);
    }

    Map<Long, String> renamed() {
        return Map.copyOf(renamed);
    }

    List<ComponentGroup> removed() {
        return List.copyOf(removed);
    }

    List<GroupChange> changes() {
        return List.copyOf(changes);
    }
}
