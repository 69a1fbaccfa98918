package dev.duet.localization;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A story's translation status: for each language of its space, each translatable field (by blok {@code _uid} and
 * field key) with its source (default language) and translation values, and counts per status.
 */
public record StoryTranslations(long storyId, String defaultLanguage, List<Language> languages) {

    public record Language(String language, TranslationStatus status, Counts counts, List<Field> fields) {
    }

    public record Counts(int total, int missing, int outdated, int translated) {

        static Counts of(List<Field> fields) {
            int missing = 0, outdated = 0;
            for (var field : fields) {
                if (field.status() == TranslationStatus.MISSING) missing++;
                else if (field.status() == TranslationStatus.OUTDATED) outdated++;
            }
            return new Counts(fields.size(), missing, outdated, fields.size() - missing - outdated);
        }
    }

    /** {@code path} is {@code <_uid>.<field>}; {@code key} the content key the translation is stored under. */
    public record Field(String path, String uid, String component, String field, String type, String key,
                        TranslationStatus status, JsonNode source, JsonNode translation) {
    }

    /** Without the fields: what a tree shows. */
    public record Summary(long storyId, List<LanguageSummary> languages) {
    }

    public record LanguageSummary(String language, TranslationStatus status, Counts counts) {
    }

    Summary summary() {
        return new Summary(storyId, languages.stream()
                .map(language -> new LanguageSummary(language.language(), language.status(), language.counts())).toList());
    }
}
