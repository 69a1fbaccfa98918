package dev.duet.failure;

/** A thing addressed by id, slug or name does not exist (or is not visible to the caller). */
public class NotFound extends DuetException {
    public NotFound(String what, Object id) {
        super(Kind.NOT_FOUND, what + " " + id + " not found");
    }
}
