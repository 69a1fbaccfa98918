package dev.duet.delivery;

import dev.duet.content.DeliveryToken;
import dev.duet.content.Spaces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * Issues the signed, expiring preview tokens the visual editor puts into a site's preview URL: the delivery API
 * accepts one like the space's preview token (drafts included) until it expires, checking its signature in memory.
 * Thread-safe.
 */
public final class PreviewTokens {

    /** How long a preview token works; the editor asks for a new one before then. */
    public static final Duration LIFETIME = Duration.ofHours(1);

    /** A signed token and the moment it stops working (whole seconds). */
    public record Issued(String token, Instant expiresAt) {
    }

    private static final Comparator<DeliveryToken> OLDEST_FIRST =
            Comparator.comparing(DeliveryToken::createdAt).thenComparing(DeliveryToken::token);

    private final Spaces spaces;
    private final Clock clock;

    PreviewTokens(Spaces spaces, Clock clock) {
        this.spaces = spaces;
        this.clock = clock;
    }

    /**
     * A new preview token for the space, signed with the key of its oldest preview delivery token.
     *
     * @throws dev.duet.failure.NotFound if there is no such space
     * @throws NoPreviewToken if the space has no preview delivery token
     */
    public Issued issue(long spaceId) {
        var previewToken = spaces.tokens(spaceId).stream()
                .filter(token -> DeliveryToken.PREVIEW.equals(token.access()))
                .min(OLDEST_FIRST)
                .orElseThrow(() -> new NoPreviewToken(spaceId));
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        var token = SignedPreviewToken.sign(SignedPreviewToken.key(previewToken.token()), spaceId, expires);
        return new Issued(token, Instant.ofEpochSecond(expires));
    }
}
