package dev.duet.delivery;

import dev.duet.failure.Unauthenticated;

/** The {@code token} is missing or unknown, or cannot read what was asked (drafts need a preview token). */
final class TokenRejected extends Unauthenticated {
    TokenRejected(String message) {
        super(message);
    }
}
