package dev.duet.discussions;

import dev.duet.failure.Forbidden;

/** Only a comment's author may change it (and, for deleting, an admin). */
public final class NotTheAuthor extends Forbidden {
    public NotTheAuthor(String message) {
        super(message);
    }
}
