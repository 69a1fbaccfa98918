package dev.duet.collab.requests;

import dev.duet.failure.Conflict;

/** The request's state does not allow this step (accepting a rejected request, moving one that is not accepted). */
public final class TransitionRejected extends Conflict {
    public TransitionRejected(String message) {
        super(message);
    }
}
