package dev.duet.delivery;

import java.util.Set;

/**
 * How stories are written for one request: in which language (null: the default) with which fallback, and without
 * which content fields ({@code excluding_fields}, top level of the content) and story fields
 * ({@code excluding_story_fields}).
 */
record Variant(String language, String fallback, Set<String> excludingFields, Set<String> excludingStoryFields) {

    static final Variant DEFAULT = new Variant(null, null, Set.of(), Set.of());

    Variant {
        excludingFields = Set.copyOf(excludingFields);
        excludingStoryFields = Set.copyOf(excludingStoryFields);
    }

    boolean isDefault() {
        return language == null && excludingFields.isEmpty() && excludingStoryFields.isEmpty();
    }

    /** The story's {@code full_slug} as the requested language shows it ({@code de/home}). */
    String fullSlug(String fullSlug) {
        return language == null ? fullSlug : language + "/" + fullSlug;
    }

    /** As {@link #fullSlug(String)}, with the story's translated slug for the language when it has one. */
    String fullSlug(StoryMeta meta) {
        return meta.fullSlugIn(language);
    }

    String lang() {
        return language == null ? "default" : language;
    }
}
