package dev.duet.localization;

import dev.duet.content.Space;
import dev.duet.content.Spaces;
import dev.duet.content.Stories;
import dev.duet.content.Story;
import dev.duet.schema.Component;
import dev.duet.schema.Components;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Translation status of stories: per language of the space, per translatable field, missing (no value), outdated
 * (its source changed after the translation was last saved) or translated. Also what exports and imports share:
 * the space's languages and components, and a story's or folder's stories.
 */
public final class Translations {

    private final Spaces spaces;
    private final Stories stories;
    private final Components components;
    private final TranslationSources sources;

    Translations(Spaces spaces, Stories stories, Components components, TranslationSources sources) {
        this.spaces = spaces;
        this.stories = stories;
        this.components = components;
        this.sources = sources;
    }

    public StoryTranslations status(long spaceId, long storyId) {
        var space = spaces.get(spaceId);
        var story = stories.get(spaceId, storyId);
        return status(space, story, components(spaceId), sources.hashes(List.of(storyId)));
    }

    /** The per-language summaries of {@code storyIds} (unknown ids are left out: the tree may be stale). */
    public List<StoryTranslations.Summary> summaries(long spaceId, List<Long> storyIds) {
        var space = spaces.get(spaceId);
        var schemas = components(spaceId);
        var hashes = sources.hashes(storyIds);
        var found = new ArrayList<StoryTranslations.Summary>();
        for (var id : storyIds) {
            var story = stories.find(spaceId, id);
            story.ifPresent(s -> found.add(status(space, s, schemas, hashes).summary()));
        }
        return found;
    }

    private static StoryTranslations status(Space space, Story story, Map<String, Component> schemas,
                                            Map<TranslationSources.Key, String> hashes) {
        // a field without a source value has nothing to translate, so it is neither missing nor translated
        var slots = story.isFolder() || story.content() == null ? List.<TranslatableFields.Slot>of()
                : TranslatableFields.of(story.content(), schemas).stream().filter(Translations::hasSource).toList();
        var languages = new ArrayList<StoryTranslations.Language>();
        for (var language : space.languages()) {
            var fields = slots.stream().map(slot -> field(story.id(), slot, language, hashes)).toList();
            languages.add(new StoryTranslations.Language(language,
                    TranslationStatus.overall(fields.stream().map(StoryTranslations.Field::status).toList()),
                    StoryTranslations.Counts.of(fields), fields));
        }
        return new StoryTranslations(story.id(), space.defaultLanguage(), languages);
    }

    private static StoryTranslations.Field field(long storyId, TranslatableFields.Slot slot, String language,
                                                 Map<TranslationSources.Key, String> hashes) {
        var translation = slot.translation(language);
        boolean present = slot.isRichtext()
                ? translation != null && translation.isObject() && RichtextTexts.hasText(translation)
                : TranslatableFields.hasValue(translation);
        TranslationStatus status;
        if (!present) {
            status = TranslationStatus.MISSING;
        } else {
            var hash = hashes.get(new TranslationSources.Key(storyId, slot.uid(), slot.field(), languageKey(language)));
            // no record: written before tracking (an imported archive); nothing says its source changed since
            status = hash != null && !hash.equals(SourceHash.of(slot.source()))
                    ? TranslationStatus.OUTDATED : TranslationStatus.TRANSLATED;
        }
        return new StoryTranslations.Field(slot.id(), slot.uid(), slot.component(), slot.field(), slot.type().typeName(),
                slot.key(language), status, slot.source(), translation);
    }

    private static boolean hasSource(TranslatableFields.Slot slot) {
        return slot.isRichtext() ? slot.source() != null && RichtextTexts.hasText(slot.source())
                : TranslatableFields.hasValue(slot.source());
    }

    static String languageKey(String language) {
        return language.replace('-', '_');
    }

    /** The space, after checking {@code language} is one of its translation languages. */
    Space space(long spaceId, String language) {
        var space = spaces.get(spaceId);
        if (!space.languages().contains(language)) throw new LanguageNotFound(language);
        return space;
    }

    Map<String, Component> components(long spaceId) {
        return components.all(spaceId).stream().collect(Collectors.toMap(Component::name, Function.identity()));
    }

    /** The story itself, or a folder's stories (not its subfolders), with their draft content. */
    List<Story> scope(long spaceId, long storyId) {
        var story = stories.get(spaceId, storyId);
        if (!story.isFolder()) return List.of(story);
        return stories.descendants(spaceId, story).stream().filter(s -> !s.isFolder()).toList();
    }

    Story story(long spaceId, long storyId) {
        return stories.get(spaceId, storyId);
    }
}
