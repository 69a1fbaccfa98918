package dev.duet.localization;

import dev.duet.failure.NotFound;

/** A language that is not one of the space's translation languages. */
public final class LanguageNotFound extends NotFound {
    public LanguageNotFound(String language) {
        super("language", language);
    }
}
