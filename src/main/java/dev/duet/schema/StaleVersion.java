package dev.duet.schema;

import dev.duet.failure.Conflict;

import java.util.List;
import java.util.Map;

/** The writer edited an older version than the stored one: someone else saved in between. */
public class StaleVersion extends Conflict {
    public StaleVersion(String what, long sent, long current) {
        super(what + " changed since you loaded it (you sent version " + sent + ", it is now at version " + current
                + "); reload it and apply your change again", List.of(Map.of("current_version", current)));
    }
}
