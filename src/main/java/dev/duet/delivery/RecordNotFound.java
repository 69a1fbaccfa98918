package dev.duet.delivery;

import dev.duet.failure.NotFound;

/** Nothing is published (or, for drafts, saved) at what a delivery request names. */
final class RecordNotFound extends NotFound {
    RecordNotFound(String what, Object id) {
        super(what, id);
    }
}
