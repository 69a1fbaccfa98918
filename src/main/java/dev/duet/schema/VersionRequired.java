package dev.duet.schema;

import dev.duet.failure.DuetException;

/**
 * A write to a versioned resource came without the version it was based on, so a lost update could not be ruled out
 * (HTTP 428). None of the shared failures means "precondition required", hence a direct subclass.
 */
public class VersionRequired extends DuetException {
    public VersionRequired(String what) {
        super(Kind.PRECONDITION_REQUIRED, "send the version of the " + what + " you edited, as the header If-Match: \"<version>\""
                + " or the body field \"version\"");
    }
}
