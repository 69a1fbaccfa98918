package dev.duet.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.web.Json;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes stories in the CDN's shape and key order (name, created_at, published_at, id, uuid, content, slug, full_slug,
 * sort_by_date, position, tag_list, is_startpage, parent_id, meta_data, group_id, first_published_at, release_id,
 * lang, path, alternates, default_full_slug, translated_slugs).
 */
final class StoryRenderer {

    private StoryRenderer() {
    }

    /** A delivered story from stored content; {@code editable} adds the visual editor's markers (drafts only). */
    static DeliveredStory fromContent(StoryMeta meta, List<Alternate> alternates, JsonNode content, long cv,
                                      ContentScan.Editable editable) {
        var scan = ContentScan.of(content, editable);
        byte[] bytes;
        try {
            bytes = Json.mapper().writeValueAsBytes(content == null ? Json.mapper().nullNode() : content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("content cannot be written", e);
        }
        return render(meta, alternates, scan, bytes, 0, bytes.length, cv);
    }

    /** A delivered story around already-written content bytes. */
    static DeliveredStory render(StoryMeta meta, List<Alternate> alternates, ContentScan scan, byte[] content,
                                 int offset, int length, long cv) {
        var out = new JsonBytes(length + 700).raw(DeliveredStory.SINGLE_PREFIX);
        int storyStart = out.length();
        int[] contentStart = new int[1];
        writeStory(out, meta, alternates, json -> {
            contentStart[0] = json.length() - storyStart;
            json.raw(content, offset, length);
        }, "default", meta.fullSlug(), Set.of());
        int jsonLength = out.length() - storyStart;
        return new DeliveredStory(meta, alternates, scan, closeSingle(out, cv), jsonLength, contentStart[0], length, cv);
    }

    /** Ends a single-story answer whose story is written: the cache version and the empty resolution arrays. */
    static byte[] closeSingle(JsonBytes answer, long cv) {
        return answer.ascii(",\"cv\":").number(cv).ascii(",\"rels\":[],\"links\":[]}").toBytes();
    }

    /**
     * Writes one story object. {@code content} writes the content value; {@code lang} and {@code fullSlug} are the
     * requested language's; {@code excluded} names top-level fields left out ({@code excluding_story_fields}).
     */
    static void writeStory(JsonBytes out, StoryMeta meta, List<Alternate> alternates, Consumer<JsonBytes> content,
                           String lang, String fullSlug, Set<String> excluded) {
        out.ascii("{").key("name").string(meta.name()).ascii(",");
        if (!excluded.contains("created_at")) out.key("created_at").string(meta.createdAt()).ascii(",");
        if (!excluded.contains("published_at")) out.key("published_at").string(meta.publishedAt()).ascii(",");
        out.key("id").number(meta.id()).ascii(",").key("uuid").string(meta.uuid()).ascii(",").key("content");
        content.accept(out);
        out.ascii(",").key("slug").string(meta.slug()).ascii(",").key("full_slug").string(fullSlug).ascii(",");
        if (!excluded.contains("sort_by_date")) out.key("sort_by_date").string(meta.sortByDate()).ascii(",");
        if (!excluded.contains("position")) out.key("position").number(meta.position()).ascii(",");
        if (!excluded.contains("tag_list")) out.key("tag_list").strings(meta.tagList()).ascii(",");
        if (!excluded.contains("is_startpage")) out.key("is_startpage").bool(meta.isStartpage()).ascii(",");
        if (!excluded.contains("parent_id")) out.key("parent_id").number(meta.parentId()).ascii(",");
        if (!excluded.contains("meta_data")) out.key("meta_data").json(meta.metaData()).ascii(",");
        if (!excluded.contains("group_id")) out.key("group_id").string(meta.groupId()).ascii(",");
        if (!excluded.contains("first_published_at")) out.key("first_published_at").string(meta.firstPublishedAt()).ascii(",");
        if (!excluded.contains("release_id")) out.key("release_id").ascii("null,");
        if (!excluded.contains("lang")) out.key("lang").string(lang).ascii(",");
        if (!excluded.contains("path")) out.key("path").string(meta.path()).ascii(",");
        if (!excluded.contains("alternates")) writeAlternates(out.key("alternates"), alternates).ascii(",");
        if (!excluded.contains("default_full_slug")) writeDefaultFullSlug(out.key("default_full_slug"), meta, lang).ascii(",");
        if (!excluded.contains("translated_slugs")) writeTranslatedSlugs(out.key("translated_slugs"), meta).ascii(",");
        out.dropTrailingComma().ascii("}");
    }

    /** The default language's full slug when the story is shown under a translated slug (Translatable Slugs). */
    private static JsonBytes writeDefaultFullSlug(JsonBytes out, StoryMeta meta, String lang) {
        boolean translated = TranslatedSlug.of(meta.translatedSlugs(), lang).isPresent();
        return translated ? out.string(meta.fullSlug()) : out.ascii("null");
    }

    /** {@code [{path, name, lang, published}]}, or null for a story without translated slugs, as the CDN writes it. */
    private static JsonBytes writeTranslatedSlugs(JsonBytes out, StoryMeta meta) {
        if (meta.translatedSlugs().isEmpty()) return out.ascii("null");
        out.ascii("[");
        for (var slug : meta.translatedSlugs()) {
            out.ascii("{").key("path").string(slug.path()).ascii(",").key("name").string(slug.name()).ascii(",")
                    .key("lang").string(slug.lang()).ascii(",").key("published").bool(meta.published()).ascii("},");
        }
        return out.dropTrailingComma().ascii("]");
    }

    private static JsonBytes writeAlternates(JsonBytes out, List<Alternate> alternates) {
        out.ascii("[");
        for (var alternate : alternates) {
            out.ascii("{").key("id").number(alternate.id()).ascii(",").key("name").string(alternate.name())
                    .ascii(",").key("slug").string(alternate.slug()).ascii(",").key("published").bool(alternate.published())
                    .ascii(",").key("full_slug").string(alternate.fullSlug()).ascii(",").key("is_folder")
                    .bool(alternate.isFolder()).ascii(",").key("parent_id").number(alternate.parentId()).ascii("},");
        }
        return out.dropTrailingComma().ascii("]");
    }
}
