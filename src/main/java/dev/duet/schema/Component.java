package dev.duet.schema;

import java.time.Instant;

/**
 * A block type of one space: its schema and how it may be used. A root component ({@code is_root}) can be a story's
 * content type; a nestable one ({@code is_nestable}) can be placed in bloks and richtext fields. {@code version}
 * counts edits; writers send the version they edited (optimistic locking).
 */
public record Component(long id, long spaceId, String name, String displayName, Schema schema, boolean isRoot,
                        boolean isNestable, String componentGroupUuid, String previewField, String image, String color,
                        String icon, Instant createdAt, Instant updatedAt, int version) {
}
