package dev.duet.delivery;

import java.util.List;

/**
 * Everything delivery shows of a story or folder besides its content, as stored (timestamps are the database's ISO
 * text, {@code metaData} raw JSON). {@code parentId} is 0 at the root, as the CDN writes it. For published delivery
 * {@code name} and {@code tagList} come from the published version; for drafts from the current draft.
 */
record StoryMeta(long id, String uuid, String name, String slug, String fullSlug, long parentId, boolean isFolder,
                 boolean isStartpage, int position, List<String> tagList, String sortByDate, String groupId, String path,
                 String metaData, String createdAt, String updatedAt, String publishedAt, String firstPublishedAt,
                 boolean published, List<TranslatedSlug> translatedSlugs) {

    StoryMeta {
        tagList = List.copyOf(tagList);
        translatedSlugs = List.copyOf(translatedSlugs);
    }

    /** A story or folder without translated slugs. */
    StoryMeta(long id, String uuid, String name, String slug, String fullSlug, long parentId, boolean isFolder,
              boolean isStartpage, int position, List<String> tagList, String sortByDate, String groupId, String path,
              String metaData, String createdAt, String updatedAt, String publishedAt, String firstPublishedAt,
              boolean published) {
        this(id, uuid, name, slug, fullSlug, parentId, isFolder, isStartpage, position, tagList, sortByDate, groupId,
                path, metaData, createdAt, updatedAt, publishedAt, firstPublishedAt, published, List.of());
    }

    /** The {@code full_slug} a language shows ({@code de/ueber-uns} with a translated slug, else {@code de/about}). */
    String fullSlugIn(String language) {
        if (language == null) return fullSlug;
        return language + "/" + TranslatedSlug.of(translatedSlugs, language).map(TranslatedSlug::path).orElse(fullSlug);
    }

    /** Folder depth as the CDN's {@code level}: 1 at the root; a start page ({@code blog/}) is inside its folder. */
    int level() {
        int level = 1;
        for (int i = 0; i < fullSlug.length(); i++) if (fullSlug.charAt(i) == '/') level++;
        return level;
    }

    /** The same place shown with another version's name and tags (a release's pinned version). */
    StoryMeta withVersion(String versionName, List<String> versionTags) {
        return new StoryMeta(id, uuid, versionName, slug, fullSlug, parentId, isFolder, isStartpage, position, versionTags,
                sortByDate, groupId, path, metaData, createdAt, updatedAt, publishedAt, firstPublishedAt, published);
    }

    StoryMeta withPosition(int newPosition) {
        return new StoryMeta(id, uuid, name, slug, fullSlug, parentId, isFolder, isStartpage, newPosition, tagList,
                sortByDate, groupId, path, metaData, createdAt, updatedAt, publishedAt, firstPublishedAt, published,
                translatedSlugs);
    }
}
