package dev.duet.localization;

import dev.duet.activity.ActivityLog;
import dev.duet.content.Spaces;
import dev.duet.content.Stories;
import dev.duet.content.StoryService;
import dev.duet.schema.Components;
import dev.duet.storage.Database;

import java.time.Clock;

/**
 * Builds the localization feature. The {@link #tracker} is a story hook and must exist before the story service;
 * the rest needs the service, hence two steps.
 */
public final class Localization {

    public final TranslationTracker tracker;
    private final TranslationSources sources;

    public Localization(Database db, Clock clock) {
        this.sources = new TranslationSources(db);
        this.tracker = new TranslationTracker(sources, clock);
    }

    public TranslationRoutes routes(Spaces spaces, Stories stories, Components components, StoryService service,
                                    ActivityLog activity) {
        var translations = new Translations(spaces, stories, components, sources);
        return new TranslationRoutes(translations, new TranslationTransfer(translations, service, activity),
                new LanguageCopies(stories, service));
    }
}
