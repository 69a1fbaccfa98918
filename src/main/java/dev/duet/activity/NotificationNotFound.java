package dev.duet.activity;

import dev.duet.failure.NotFound;

/** No notification with this id is addressed to the caller (someone else's is not found either). */
public final class NotificationNotFound extends NotFound {
    public NotificationNotFound(long id) {
        super("notification", id);
    }
}
