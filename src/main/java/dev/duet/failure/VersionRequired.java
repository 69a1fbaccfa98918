package dev.duet.failure;

/**
 * Optimistic locking: a write to a versioned resource did not say which version it was based on, so a lost update
 * could not be ruled out. Answered 428 Precondition Required.
 */
public class VersionRequired extends DuetException {
    public VersionRequired(String what) {
        super(Kind.PRECONDITION_REQUIRED, "say which version of " + what + " this change is based on: send the header "
                + "If-Match: \"<version>\" or the body field \"version\" (the \"version\" you last read)");
    }
}
