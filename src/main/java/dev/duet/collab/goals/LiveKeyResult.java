package dev.duet.collab.goals;

import dev.duet.failure.Conflict;

/** A check-in on a key result whose value comes from a live driver: its value is measured, not reported. */
public final class LiveKeyResult extends Conflict {
    LiveKeyResult(long id, String kind) {
        super("key result " + id + " takes its value from its " + kind + " driver; check-ins are for manual key results");
    }
}
