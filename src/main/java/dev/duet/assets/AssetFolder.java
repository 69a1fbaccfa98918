package dev.duet.assets;

import java.time.Instant;

/** A folder of a space's asset library; {@code parentId} is null at the top level. */
public record AssetFolder(long id, long spaceId, Long parentId, String name, Instant createdAt, Instant updatedAt) {
}
