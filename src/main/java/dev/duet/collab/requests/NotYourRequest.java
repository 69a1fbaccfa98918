package dev.duet.collab.requests;

import dev.duet.failure.Forbidden;

/**
 * The caller holds the permission but not the standing: only the receiving team triages and moves a request, only
 * the requester (while it is new) or the receiving team edits it, only authors change their comments.
 */
public final class NotYourRequest extends Forbidden {
    public NotYourRequest(String message) {
        super(message);
    }
}
