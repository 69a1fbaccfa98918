package dev.duet.schema;

import dev.duet.failure.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Checks that a component's whitelists and group name things that exist in its space, and finds who names what. */
final class References {

    private References() {
    }

    /**
     * Fails with every dangling reference of the draft. A component may whitelist itself (recursive layouts), so its
     * own name counts as existing even before it is stored.
     */
    static void check(ComponentDraft draft, Set<String> componentNames, Set<String> groupUuids) {
        var problems = new Problems();
        for (var reference : draft.schema().componentReferences()) {
            var target = reference.target();
            if (!componentNames.contains(target) && !target.equals(draft.name())) {
                problems.add(reference.path(), "no component \"" + target + "\" in this space");
            }
        }
        for (var reference : draft.schema().groupReferences()) {
            if (!groupUuids.contains(reference.target())) {
                problems.add(reference.path(), "no component group with uuid \"" + reference.target() + "\" in this space");
            }
        }
        var group = draft.componentGroupUuid();
        if (group != null && !groupUuids.contains(group)) {
            problems.add("component_group_uuid", "no component group with uuid \"" + group + "\" in this space");
        }
        problems.throwIfAny("invalid component");
    }

    /** Where components other than the named one whitelist it. */
    static List<StillReferenced.Use> usesOfComponent(Collection<Component> components, String name) {
        var uses = new ArrayList<StillReferenced.Use>();
        for (var component : components) {
            if (component.name().equals(name)) continue;
            component.schema().componentReferences().stream().filter(reference -> reference.target().equals(name))
                    .forEach(reference -> uses.add(new StillReferenced.Use(component.name(), reference.path())));
        }
        return uses;
    }

    /** Where components restrict bloks fields to the group. */
    static List<StillReferenced.Use> usesOfGroup(Collection<Component> components, String groupUuid) {
        var uses = new ArrayList<StillReferenced.Use>();
        for (var component : components) {
            component.schema().groupReferences().stream().filter(reference -> reference.target().equals(groupUuid))
                    .forEach(reference -> uses.add(new StillReferenced.Use(component.name(), reference.path())));
        }
        return uses;
    }
}
