package dev.duet.workflow;

import dev.duet.failure.Forbidden;

/** The four-eyes rule: whoever made the last change cannot approve it. */
public final class FourEyesRefused extends Forbidden {
    public FourEyesRefused(int version) {
        super("you made the last change (version " + version + "); someone else must approve it");
    }
}
