package dev.duet.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.web.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A story's slug in another language (Storyblok's Translatable Slugs), stored in the story's {@code translated_slugs}
 * as {@code {"lang": "de", "slug": "ueber-uns", "name": "Über uns"}}. {@code path} is the story's full slug with its
 * own last segment translated (folders' translated slugs are not applied to what they hold).
 */
record TranslatedSlug(String lang, String name, String path) {

    /** The entries of stored {@code translated_slugs} JSON (null: none); entries without lang or slug are skipped. */
    static List<TranslatedSlug> parse(String json, String fullSlug, String name) {
        if (json == null || json.isBlank()) return List.of();
        var tree = Json.tree(json);
        if (!tree.isArray()) return List.of();
        var found = new ArrayList<TranslatedSlug>();
        for (JsonNode entry : tree) {
            var lang = entry.path("lang").asText("");
            var slug = entry.path("slug").asText("");
            if (lang.isBlank() || slug.isBlank()) continue;
            var translatedName = entry.path("name").asText("");
            found.add(new TranslatedSlug(lang, translatedName.isBlank() ? name : translatedName, path(fullSlug, slug)));
        }
        return List.copyOf(found);
    }

    private static String path(String fullSlug, String slug) {
        int cut = fullSlug.lastIndexOf('/', fullSlug.endsWith("/") ? fullSlug.length() - 2 : fullSlug.length() - 1);
        return (cut < 0 ? "" : fullSlug.substring(0, cut + 1)) + slug;
    }

    static Optional<TranslatedSlug> of(List<TranslatedSlug> slugs, String lang) {
        for (var slug : slugs) if (slug.lang().equals(lang)) return Optional.of(slug);
        return Optional.empty();
    }
}
