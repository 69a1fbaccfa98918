package dev.duet.activity;

import java.time.Instant;

/** An entry of the feed addressed to one user ({@code reason}: mentioned, assigned, ...); unread while readAt is null. */
public record Notification(long id, long userId, String reason, Instant readAt, Activity activity) {

    public boolean read() {
        return readAt != null;
    }
}
