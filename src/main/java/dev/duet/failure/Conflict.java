package dev.duet.failure;

import java.util.List;

/** The request clashes with the current state (a taken slug, a stale version, a name in use). */
public class Conflict extends DuetException {
    public Conflict(String message) {
        super(Kind.CONFLICT, message);
    }

    public Conflict(String message, List<?> details) {
        super(Kind.CONFLICT, message, details);
    }
}
