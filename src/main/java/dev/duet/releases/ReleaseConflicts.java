package dev.duet.releases;

import dev.duet.failure.Conflict;

import java.util.List;

/**
 * A merge refused because stories changed outside the release since they were pinned (or were deleted); each is in
 * {@code details}. Re-pin them, remove them, or merge with {@code force: true} to publish the pinned versions anyway.
 */
public final class ReleaseConflicts extends Conflict {
    public ReleaseConflicts(Release release, List<ReleaseConflict> conflicts) {
        super("release “" + release.name() + "” has " + conflicts.size() + (conflicts.size() == 1 ? " conflict" : " conflicts")
                + ": " + String.join("; ", conflicts.stream().map(ReleaseConflict::message).toList())
                + ". Re-pin or remove those stories, or merge with force to publish the pinned versions anyway", conflicts);
    }
}
