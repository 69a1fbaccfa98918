package dev.duet.localization;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/** Where a translation stands: none yet, made from a source that changed since, or up to date. */
public enum TranslationStatus {
    MISSING, OUTDATED, TRANSLATED;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The worst of {@code statuses}: one missing field makes a language missing; no fields make it translated. */
    static TranslationStatus overall(List<TranslationStatus> statuses) {
        if (statuses.contains(MISSING)) return MISSING;
        if (statuses.contains(OUTDATED)) return OUTDATED;
        return TRANSLATED;
    }
}
