package dev.duet.failure;

/** The caller is known but may not do this. */
public class Forbidden extends DuetException {
    public Forbidden(String message) {
        super(Kind.FORBIDDEN, message);
    }
}
