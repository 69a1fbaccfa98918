package dev.duet.localization;

import java.util.List;

/**
 * Texts for translators, one story after another: each unit a translatable text with its id ({@code <_uid>.<field>},
 * or {@code <_uid>.<field>.<n>} for the n-th text node of a richtext field), its source (default language) and its
 * target (the current translation, or empty). The same shape is written as JSON and as XLIFF 1.2.
 */
public record TranslationFile(String sourceLanguage, String targetLanguage, List<StoryTexts> stories) {

    public TranslationFile {
        stories = stories == null ? List.of() : List.copyOf(stories);
    }

    public record StoryTexts(long storyId, String name, String fullSlug, List<Unit> units) {
        public StoryTexts {
            units = units == null ? List.of() : List.copyOf(units);
        }
    }

    public record Unit(String id, String source, String target) {
    }
}
