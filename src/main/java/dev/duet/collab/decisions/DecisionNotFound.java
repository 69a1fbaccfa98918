package dev.duet.collab.decisions;

import dev.duet.failure.NotFound;

/** No decision with this id. */
public final class DecisionNotFound extends NotFound {
    public DecisionNotFound(long decisionId) {
        super("decision", decisionId);
    }
}
