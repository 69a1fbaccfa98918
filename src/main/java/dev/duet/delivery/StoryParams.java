package dev.duet.delivery;

import dev.duet.content.Space;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the parameters of the stories endpoints into a {@link StoryQuery}, {@link Variant} and {@link Resolution}.
 * Malformed values are 422s naming the parameter; unknown parameters are ignored. Language can come from
 * {@code language} or from a language code leading {@code starts_with} or the path ({@code de/blog/}); the prefix
 * {@code [default]/} forces the default language where a folder shares a language's name.
 */
final class StoryParams {

    static final String DEFAULT_PREFIX = "[default]/";
    private static final List<String> TIME_FIELDS = List.of("published_at", "first_published_at", "updated_at");
    private static final List<String> VARIANT = List.of("language", "fallback_lang", "excluding_fields", "excluding_story_fields");
    private static final List<String> RESOLUTION = List.of("resolve_relations", "resolve_links", "resolve_level");

    private StoryParams() {
    }

    /** A slug or prefix with any language code taken off its front. */
    record Localised(String language, String rest) {
    }

    /** Takes a leading space language ({@code de/...}) or {@code [default]/} off a slug; language null if none. */
    static Localised localise(Space space, String slug) {
        if (slug.startsWith(DEFAULT_PREFIX)) return new Localised(null, slug.substring(DEFAULT_PREFIX.length()));
        int slash = slug.indexOf('/');
        if (slash > 0 && space.languages().contains(slug.substring(0, slash))) {
            return new Localised(slug.substring(0, slash), slug.substring(slash + 1));
        }
        return new Localised(null, slug);
    }

    /** The language a request asks for: {@code language} first, else the one in the slug or prefix; null: default. */
    static Variant variant(QueryParams params, Space space, String languageFromSlug) {
        if (languageFromSlug == null && !params.hasAny(VARIANT)) return Variant.DEFAULT;
        var language = language(space, params.get("language"));
        if (params.get("language") == null) language = languageFromSlug;
        var fallback = language == null ? null : language(space, params.get("fallback_lang"));
        return new Variant(language, fallback, names(params.get("excluding_fields")),
                names(params.get("excluding_story_fields")));
    }

    /** A language of the space, or null for the default (also for codes the space does not have, as the CDN does). */
    private static String language(Space space, String code) {
        if (code == null) return null;
        var normalised = code.toLowerCase(Locale.ROOT);
        return space.languages().contains(normalised) ? normalised : null;
    }

    static Resolution resolution(QueryParams params) {
        if (!params.hasAny(RESOLUTION)) return Resolution.NONE;
        var relations = names(params.get("resolve_relations"));
        for (var relation : relations) {
            int dot = relation.indexOf('.');
            if (dot <= 0 || dot == relation.length() - 1) {
                throw new BadParameter("resolve_relations", "name fields as component.field, got '" + relation + "'");
            }
        }
        if (params.get("resolve_level") != null) CdnPaging.number(params, "resolve_level", 1);
        var raw = params.get("resolve_links");
        var links = raw == null ? Resolution.Links.NONE : switch (raw) {
            case "story", "1" -> Resolution.Links.STORY;
            case "url" -> Resolution.Links.URL;
            case "link" -> Resolution.Links.LINK;
            case "0" -> Resolution.Links.NONE;
            default -> throw new BadParameter("resolve_links", "must be story, url or link, got '" + raw + "'");
        };
        return new Resolution(relations, links);
    }

    /** The list query; {@code startsWith} is the prefix left after taking a language off it. */
    static StoryQuery query(QueryParams params, String startsWith) {
        var byUuidsOrdered = params.get("by_uuids_ordered");
        var byUuids = byUuidsOrdered != null ? list(byUuidsOrdered) : list(params.get("by_uuids"));
        return new StoryQuery(startsWith, slugPatterns(params.get("by_slugs")), slugPatterns(params.get("excluding_slugs")),
                byUuids, byUuidsOrdered != null, ids(params, "by_ids"), ids(params, "excluding_ids"),
                new LinkedHashSet<>(list(params.get("with_tag"))), flag(params, "is_startpage"), level(params),
                params.get("content_type"), search(params), FilterParser.parse(params), StorySort.parse(params.get("sort_by")),
                times(params));
    }

    /** The prefix of {@code starts_with}, without a trailing {@code *} (older clients send {@code de/*}). */
    static String startsWith(QueryParams params) {
        var raw = params.get("starts_with");
        if (raw == null) return null;
        return raw.endsWith("*") ? raw.substring(0, raw.length() - 1) : raw;
    }

    private static Set<String> names(String raw) {
        return new LinkedHashSet<>(list(raw));
    }

    private static List<String> list(String raw) {
        if (raw == null) return List.of();
        return Arrays.stream(raw.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private static List<Pattern> slugPatterns(String raw) {
        return list(raw).stream().map(FilterParser::wildcard).toList();
    }

    private static Set<Long> ids(QueryParams params, String name) {
        var ids = new LinkedHashSet<Long>();
        for (var item : list(params.get(name))) {
            try {
                ids.add(Long.parseLong(item));
            } catch (NumberFormatException e) {
                throw new BadParameter(name, "must be comma-separated numeric ids, got '" + item + "'");
            }
        }
        return ids;
    }

    static Boolean flag(QueryParams params, String name) {
        var raw = params.get(name);
        if (raw == null) return null;
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw new BadParameter(name, "must be true, false, 1 or 0, got '" + raw + "'");
        };
    }

    private static Integer level(QueryParams params) {
        if (params.get("level") == null) return null;
        int level = CdnPaging.number(params, "level", 1);
        if (level < 1) throw new BadParameter("level", "must be 1 or more, got " + level);
        return level;
    }

    private static String search(QueryParams params) {
        var term = params.get("search_term");
        return term == null ? null : term.toLowerCase(Locale.ROOT);
    }

    private static List<StoryQuery.TimeBound> times(QueryParams params) {
        var bounds = new ArrayList<StoryQuery.TimeBound>();
        for (var field : TIME_FIELDS) {
            for (var direction : List.of("gt", "lt")) {
                var name = field + "_" + direction;
                var raw = params.get(name);
                if (raw == null) continue;
                var minute = FilterParser.minute(raw);
                if (minute == null) throw new BadParameter(name, "must be a time like 2024-03-01 10:00, got '" + raw + "'");
                bounds.add(new StoryQuery.TimeBound(field, minute.replace(' ', 'T') + ":00.000Z", direction.equals("gt")));
            }
        }
        return bounds;
    }
}
