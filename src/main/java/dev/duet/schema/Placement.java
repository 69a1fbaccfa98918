package dev.duet.schema;

import dev.duet.schema.FieldType.BloksField;
import dev.duet.schema.FieldType.RichtextField;

import java.util.List;
import java.util.Set;

/**
 * Which nestable components a bloks or richtext field accepts: any (not restricted), those named in its whitelist,
 * or those in its whitelisted groups. Storyblok ignores a whitelist unless {@code restrict_components} is true.
 */
record Placement(Set<String> names, Set<String> groupUuids) {

    static final Placement ANYWHERE = new Placement(null, null);

    static Placement of(BloksField field) {
        if (!Boolean.TRUE.equals(field.restrictComponents())) return ANYWHERE;
        if (field.restrictsByGroups()) return new Placement(null, set(field.componentGroupWhitelist()));
        return new Placement(set(field.componentWhitelist()), null);
    }

    static Placement of(RichtextField field) {
        if (!Boolean.TRUE.equals(field.restrictComponents())) return ANYWHERE;
        return new Placement(set(field.componentWhitelist()), null);
    }

    boolean allows(Component component) {
        if (names != null) return names.contains(component.name());
        var group = component.componentGroupUuid();
        if (groupUuids != null) return group != null && groupUuids.contains(group);
        return true;
    }

    /** Says what is allowed instead, for the problem message. */
    String allowed() {
        if (names == null) return "allowed: components of the field's whitelisted groups";
        return names.isEmpty() ? "no component is allowed here" : "allowed: " + String.join(", ", names.stream().sorted().toList());
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
