package dev.duet.delivery;

import dev.duet.datasources.DatasourceDelivery;
import dev.duet.datasources.Datasources;
import dev.duet.storage.Timestamps;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The other delivery endpoints: {@code links}, {@code links/{uuid}}, {@code tags}, {@code datasources},
 * {@code datasource_entries} and {@code spaces/me}. Each returns the answer body (and paging for lists); the caller
 * adds {@code cv}-based caching.
 */
final class SpaceEndpoints {

    static final int MAX_LINKS_PER_PAGE = 1000;
    static final int MAX_DATASOURCE_PER_PAGE = 1000;

    private final Datasources datasources;
    private final DatasourceDelivery datasourceDelivery;

    SpaceEndpoints(Datasources datasources, DatasourceDelivery datasourceDelivery) {
        this.datasources = datasources;
        this.datasourceDelivery = datasourceDelivery;
    }

    /** {@code {"links": {uuid: link, ...}, "cv": n}}: folders always, stories when published (drafts: all). */
    ResponseCache.Entry links(StorySource source, QueryParams params) {
        var paging = CdnPaging.of(params, MAX_LINKS_PER_PAGE);
        var prefix = StoryParams.startsWith(params);
        var parent = parent(params);
        var includeDates = Boolean.TRUE.equals(StoryParams.flag(params, "include_dates"));
        var matching = new ArrayList<StoryMeta>();
        for (var meta : source.links()) {
            if (prefix != null && !meta.fullSlug().startsWith(prefix)) continue;
            if (parent != null && meta.parentId() != parent) continue;
            matching.add(meta);
        }
        int from = (int) Math.min(paging.offset(), matching.size());
        int to = Math.min(from + paging.perPage(), matching.size());
        var out = new JsonBytes(256 + (to - from) * 300).ascii("{\"links\":{");
        for (var meta : matching.subList(from, to)) {
            out.string(meta.uuid()).ascii(":");
            LinkJson.link(out, meta, includeDates, source.space().languages());
            out.ascii(",");
        }
        out.dropTrailingComma().ascii("},\"cv\":").number(source.cv()).ascii("}");
        return new ResponseCache.Entry(out.toBytes(), matching.size(), paging.perPage());
    }

    /** {@code with_parent}: a folder id, 0 for the root, or null for anywhere. */
    private static Long parent(QueryParams params) {
        var raw = params.get("with_parent");
        if (raw == null) return null;
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new BadParameter("with_parent", "must be a folder id (0 for the root), got '" + raw + "'");
        }
    }

    /** {@code {"link": {...}, "cv": n}} for the story or folder with {@code uuid}. */
    byte[] link(StorySource source, String uuid, QueryParams params) {
        var includeDates = Boolean.TRUE.equals(StoryParams.flag(params, "include_dates"));
        var meta = source.links().stream().filter(link -> link.uuid().equals(uuid)).findFirst()
                .orElseThrow(() -> new RecordNotFound("link", uuid));
        var out = new JsonBytes(512).ascii("{\"link\":");
        LinkJson.link(out, meta, includeDates, source.space().languages());
        return out.ascii(",\"cv\":").number(source.cv()).ascii("}").toBytes();
    }

    /** {@code {"tags": [{name, taggings_count}], "cv": n}} of the stories under {@code starts_with}, by name. */
    byte[] tags(StorySource source, QueryParams params) {
        var prefix = StoryParams.startsWith(params);
        var counts = new TreeMap<String, Integer>();
        for (var meta : source.links()) {
            if (meta.isFolder() || !source.draft() && !meta.published()) continue;
            if (prefix != null && !meta.fullSlug().startsWith(prefix)) continue;
            for (var tag : meta.tagList()) counts.merge(tag, 1, Integer::sum);
        }
        var out = new JsonBytes(256).ascii("{\"tags\":[");
        counts.forEach((name, count) -> out.ascii("{").key("name").string(name).ascii(",").key("taggings_count")
                .number(count).ascii("},"));
        return out.dropTrailingComma().ascii("],\"cv\":").number(source.cv()).ascii("}").toBytes();
    }

    /** {@code {"datasources": [{id, name, slug, dimensions}], "cv": n}}. */
    ResponseCache.Entry datasources(StorySource source, QueryParams params) {
        var paging = CdnPaging.of(params, MAX_DATASOURCE_PER_PAGE);
        var page = datasources.list(source.space().id(), (int) paging.offset(), paging.perPage());
        var out = new JsonBytes(1024).ascii("{\"datasources\":[");
        for (var datasource : page.items()) {
            out.ascii("{").key("id").number(datasource.id()).ascii(",").key("name").string(datasource.name())
                    .ascii(",").key("slug").string(datasource.slug()).ascii(",").key("dimensions").ascii("[");
            for (var dimension : datasource.dimensions()) {
                out.ascii("{").key("id").number(dimension.id()).ascii(",").key("name").string(dimension.name())
                        .ascii(",").key("entry_value").string(dimension.entryValue()).ascii(",").key("datasource_id")
                        .number(dimension.datasourceId()).ascii(",").key("created_at").string(Timestamps.format(dimension.createdAt()))
                        .ascii(",").key("updated_at").string(Timestamps.format(dimension.updatedAt())).ascii("},");
            }
            out.dropTrailingComma().ascii("]},");
        }
        out.dropTrailingComma().ascii("],\"cv\":").number(source.cv()).ascii("}");
        return new ResponseCache.Entry(out.toBytes(), page.total(), paging.perPage());
    }

    /** {@code {"datasource_entries": [{id, name, value, dimension_value}], "cv": n}}. */
    ResponseCache.Entry entries(StorySource source, QueryParams params) {
        var paging = CdnPaging.of(params, MAX_DATASOURCE_PER_PAGE);
        var page = datasourceDelivery.entries(source.space().id(), params.get("datasource"), params.get("dimension"),
                (int) paging.offset(), paging.perPage());
        var out = new JsonBytes(1024).ascii("{\"datasource_entries\":[");
        for (var entry : page.items()) {
            out.ascii("{").key("id").number(entry.id()).ascii(",").key("name").string(entry.name()).ascii(",")
                    .key("value").string(entry.value()).ascii(",").key("dimension_value").string(entry.dimensionValue())
                    .ascii("},");
        }
        out.dropTrailingComma().ascii("],\"cv\":").number(source.cv()).ascii("}");
        return new ResponseCache.Entry(out.toBytes(), page.total(), paging.perPage());
    }

    /** {@code {"space": {id, name, domain, version, language_codes}, "cv": n}}; {@code version} is the cv. */
    byte[] space(StorySource source) {
        var space = source.space();
        var out = new JsonBytes(256).ascii("{\"space\":{").key("id").number(space.id()).ascii(",").key("name")
                .string(space.name()).ascii(",").key("domain").string(space.previewUrl()).ascii(",").key("version")
                .number(source.cv()).ascii(",").key("language_codes").strings(List.copyOf(space.languages()));
        return out.ascii("}},\"cv\":").number(source.cv()).ascii("}").toBytes();
    }
}
