package dev.duet.collab.requests;

import dev.duet.failure.NotFound;

/** No request with this id. */
public final class RequestNotFound extends NotFound {
    public RequestNotFound(long requestId) {
        super("request", requestId);
    }
}
