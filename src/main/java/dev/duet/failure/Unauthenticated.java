package dev.duet.failure;

/** The caller did not prove who they are (no session, bad credentials, revoked token). */
public class Unauthenticated extends DuetException {
    public Unauthenticated(String message) {
        super(Kind.UNAUTHENTICATED, message);
    }
}
