package dev.duet.delivery;

import java.util.List;

/** Link objects ({@code links} endpoint, {@code resolve_links=link}) and url objects ({@code resolve_links=url}). */
final class LinkJson {

    private LinkJson() {
    }

    /**
     * {@code {id, uuid, slug (the full slug), path, parent_id (null at the root), name, is_folder, published,
     * is_startpage, position, real_path}}, with the timestamps when asked and, in a space with languages, one
     * alternate per language.
     */
    static void link(JsonBytes out, StoryMeta meta, boolean includeDates, List<String> languages) {
        out.ascii("{").key("id").number(meta.id()).ascii(",").key("uuid").string(meta.uuid())
                .ascii(",").key("slug").string(meta.fullSlug()).ascii(",").key("path").string(meta.path())
                .ascii(",").key("parent_id");
        if (meta.parentId() == 0) out.ascii("null");
        else out.number(meta.parentId());
        out.ascii(",").key("name").string(meta.name()).ascii(",").key("is_folder").bool(meta.isFolder())
                .ascii(",").key("published").bool(meta.published()).ascii(",").key("is_startpage").bool(meta.isStartpage())
                .ascii(",").key("position").number(meta.position()).ascii(",").key("real_path").string(realPath(meta));
        if (includeDates) {
            out.ascii(",").key("published_at").string(meta.publishedAt()).ascii(",").key("created_at")
                    .string(meta.createdAt()).ascii(",").key("updated_at").string(meta.updatedAt());
        }
        if (!languages.isEmpty()) {
            out.ascii(",").key("alternates").ascii("[");
            for (var language : languages) {
                var translated = TranslatedSlug.of(meta.translatedSlugs(), language);
                out.ascii("{").key("path").string(meta.fullSlugIn(language)).ascii(",").key("name")
                        .string(translated.map(TranslatedSlug::name).orElse(meta.name()))
                        .ascii(",").key("lang").string(language).ascii(",").key("published").bool(meta.published())
                        .ascii(",").key("translated_slug").string(translated.map(TranslatedSlug::path).orElse(meta.slug()))
                        .ascii("},");
            }
            out.dropTrailingComma().ascii("]");
        }
        out.ascii("}");
    }

    /** {@code {id, uuid, name, slug, full_slug, url}}: the least a site needs to render a link. */
    static void url(JsonBytes out, StoryMeta meta, Variant variant) {
        var fullSlug = variant.fullSlug(meta);
        var url = meta.path() == null || meta.path().isBlank() ? fullSlug : meta.path();
        out.ascii("{").key("id").number(meta.id()).ascii(",").key("uuid").string(meta.uuid()).ascii(",").key("name")
                .string(meta.name()).ascii(",").key("slug").string(meta.slug()).ascii(",").key("full_slug").string(fullSlug)
                .ascii(",").key("url").string(url).ascii("}");
    }

    /** {@code "/" + (path or full_slug)}: where the story lives on the site. */
    private static String realPath(StoryMeta meta) {
        var path = meta.path() == null || meta.path().isBlank() ? meta.fullSlug() : meta.path();
        return path.startsWith("/") ? path : "/" + path;
    }
}
