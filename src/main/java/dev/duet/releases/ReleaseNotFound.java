package dev.duet.releases;

import dev.duet.failure.NotFound;

/** No release with this id in this space. */
public final class ReleaseNotFound extends NotFound {
    public ReleaseNotFound(long releaseId) {
        super("release", releaseId);
    }
}
