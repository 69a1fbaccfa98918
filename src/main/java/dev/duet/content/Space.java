package dev.duet.content;

import java.time.Instant;
import java.util.List;

/**
 * A tenant: one site's content. {@code defaultLanguage} is the language of untranslated fields; {@code languages}
 * are the extra ones fields can be translated into ({@code title__i18n__de}). {@code cv}, the cache version, grows on
 * every change to published content so CDN caches keyed on it are never stale.
 */
public record Space(long id, String name, String defaultLanguage, List<String> languages, String previewUrl, long cv,
                    Instant createdAt, Instant updatedAt) {
    public Space {
        languages = List.copyOf(languages);
    }
}
