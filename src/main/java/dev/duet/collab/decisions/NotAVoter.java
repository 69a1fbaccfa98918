package dev.duet.collab.decisions;

import dev.duet.failure.Forbidden;

/** Only the people invited to a decision may vote on it. */
public final class NotAVoter extends Forbidden {
    public NotAVoter(long decisionId) {
        super("you are not a voter of decision " + decisionId + "; ask whoever manages it to invite you");
    }
}
