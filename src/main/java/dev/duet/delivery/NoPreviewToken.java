package dev.duet.delivery;

import dev.duet.failure.Conflict;

/** A preview token cannot be signed for a space that has no preview delivery token to derive its key from. */
public final class NoPreviewToken extends Conflict {
    NoPreviewToken(long spaceId) {
        super("space " + spaceId + " has no preview delivery token to sign preview tokens with; "
                + "create one (POST /api/spaces/" + spaceId + "/delivery_tokens with access preview)");
    }
}
