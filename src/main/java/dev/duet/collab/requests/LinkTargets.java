package dev.duet.collab.requests;

/**
 * Tells whether the space item a request links to exists, so links never point nowhere when they are made. The
 * composition root answers it from the content, releases and experiments features; goals are not checked (they are
 * built apart and referred to by id only).
 */
@FunctionalInterface
public interface LinkTargets {

    /** Whether the {@code kind} ("story", "release", "experiment") named by {@code id} or {@code key} is in the space. */
    boolean exists(String kind, long spaceId, Long id, String key);
}
