package dev.duet.schema;

import java.util.Arrays;
import java.util.Optional;

/** Where an option field's choices come from ({@code source} in Storyblok's schema JSON). */
public enum ChoiceSource {
    INTERNAL("internal"),
    INTERNAL_STORIES("internal_stories"),
    INTERNAL_LANGUAGES("internal_languages"),
    DATASOURCE("datasource"),
    EXTERNAL("external");

    private final String wireName;

    ChoiceSource(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ChoiceSource> of(String wireName) {
        return Arrays.stream(values()).filter(source -> source.wireName.equals(wireName)).findFirst();
    }
}
