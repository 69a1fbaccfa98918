package dev.duet.scheduling;

/**
 * How a scheduled merge reaches the releases feature (bound in the composition root). A domain failure thrown here
 * (a conflicting release, say) fails the schedule with its message as the reason.
 */
@FunctionalInterface
public interface ReleaseMerger {

    /** Publishes the whole release at once, on behalf of {@code actor} (an email), without forcing past conflicts. */
    void merge(long spaceId, long releaseId, String actor);
}
