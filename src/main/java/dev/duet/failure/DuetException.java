package dev.duet.failure;

import java.util.List;

/**
 * Base of every named domain failure. A failure knows its {@link Kind}; the web layer maps kinds to HTTP statuses in
 * one place, so domain code never speaks HTTP.
 */
public abstract class DuetException extends RuntimeException {

    /** The closed set of ways a request can fail; each maps to exactly one HTTP status. */
    public enum Kind { INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, PRECONDITION_REQUIRED, TOO_LARGE, UNSUPPORTED_TYPE }

    private final Kind kind;
    private final List<?> details;

    protected DuetException(Kind kind, String message) {
        this(kind, message, List.of());
    }

    protected DuetException(Kind kind, String message, List<?> details) {
        super(message);
        this.kind = kind;
        this.details = List.copyOf(details);
    }

    public Kind kind() {
        return kind;
    }

    /** Machine-readable details: problems with paths, the current version on a conflict, and so on. */
    public List<?> details() {
        return details;
    }
}
