package dev.duet.collab.decisions;

import dev.duet.failure.Conflict;

/** The decision's state does not allow this: options, voters and rules are fixed once open; ballots once closed. */
public final class DecisionLocked extends Conflict {
    public DecisionLocked(String message) {
        super(message);
    }
}
