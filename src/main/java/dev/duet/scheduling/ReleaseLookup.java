package dev.duet.scheduling;

/**
 * How scheduling learns that a release exists, from the releases feature (bound in the composition root), so that a
 * merge is never scheduled for a release that is not there.
 */
@FunctionalInterface
public interface ReleaseLookup {

    /** The release's name; throws the releases feature's not-found failure when the space has no such release. */
    String name(long spaceId, long releaseId);
}
