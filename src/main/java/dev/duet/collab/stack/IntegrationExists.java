package dev.duet.collab.stack;

import dev.duet.failure.Conflict;

/** The two tools are already connected in this direction; change the existing integration's flow instead. */
public class IntegrationExists extends Conflict {
    public IntegrationExists(String source, String target) {
        super("integration: " + source + " already sends data to " + target + "; delete that integration to describe it anew");
    }
}
