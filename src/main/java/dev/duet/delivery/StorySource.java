package dev.duet.delivery;

import dev.duet.content.Space;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The stories one delivery request reads: the published snapshot (memory only) or, for {@code version=draft}, the
 * current drafts in the database. The query engine works the same on both.
 */
interface StorySource {

    Space space();

    long cv();

    boolean draft();

    Optional<DeliveredStory> byFullSlug(String fullSlug);

    Optional<DeliveredStory> byId(long id);

    Optional<DeliveredStory> byUuid(String uuid);

    /** The stories among {@code uuids} that exist here, in no particular order. */
    List<DeliveredStory> byUuids(Collection<String> uuids);

    /** The story whose translated slug in {@code language} gives {@code path} (Translatable Slugs), if any. */
    default Optional<DeliveredStory> byTranslatedPath(String language, String path) {
        for (var story : candidates(null)) {
            var slug = TranslatedSlug.of(story.meta.translatedSlugs(), language);
            if (slug.isPresent() && slug.get().path().equals(path)) return Optional.of(story);
        }
        return Optional.empty();
    }

    /** Every story whose {@code full_slug} starts with {@code prefix} (all when null), in default order. */
    List<DeliveredStory> candidates(String prefix);

    /**
     * Stories and folders for the links endpoint, ordered by {@code full_slug}: every folder and, of the stories, the
     * published ones (drafts: all).
     */
    List<StoryMeta> links();
}
