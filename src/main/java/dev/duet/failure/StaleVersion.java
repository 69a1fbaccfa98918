package dev.duet.failure;

import java.util.List;
import java.util.Map;

/**
 * Optimistic locking: the write was based on an older version than the stored one — someone saved in between — so it
 * was not applied. Details carry {@code current_version} so the client can reload and reapply.
 */
public class StaleVersion extends Conflict {
    public StaleVersion(String what, long sent, long current) {
        super(what + " is at version " + current + " but this change was based on version " + sent
                + "; reload it, reapply the change and send version " + current, List.of(Map.of("current_version", current)));
    }
}
