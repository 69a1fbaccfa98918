package dev.duet.releases;

import dev.duet.failure.Conflict;

/** The release is not in the state the request needs: changing or merging a merged one, reverting an open one. */
public final class ReleaseClosed extends Conflict {
    public ReleaseClosed(Release release, String what) {
        super("release “" + release.name() + "” is " + release.status().id() + ", so it cannot be " + what);
    }
}
