package dev.duet.content;

import org.jdbi.v3.core.Handle;

/**
 * What another feature keeps per space without a foreign key to cascade by, deleted by that feature inside the
 * transaction that deletes the space ({@link Spaces#alsoDeleteWithASpace}): the space and its data go together or not
 * at all, and content need not know the other feature's tables.
 */
@FunctionalInterface
public interface SpaceCleanup {

    void deleteSpaceData(Handle handle, long spaceId);
}
