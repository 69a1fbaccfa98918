package dev.duet.testing;

import dev.duet.web.Json;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realistic space content tests work on: a marketing site whose components are defined through the management
 * API, as a developer would, so the stories tests store are checked against real schemas.
 *
 * <p>Content types (is_root): {@code page} (a title and a body of sections), {@code landing_page} (a campaign page
 * with a single hero and sections) and {@code blog_post}. Sections (is_nestable): {@code hero}, {@code teaser},
 * {@code feature} and {@code cta}. Only what an empty value makes meaningless is required (a hero's headline, a
 * teaser's headline, a feature's name, a call to action's label), so a folder's default content type can start a
 * story as a bare {@code {"component": "blog_post"}}.
 */
public final class MarketingSite {

    public static final String NAME = "Marketing site";

    /** The nestable sections, created first because the content types' whitelists must name existing components. */
    private static final Map<String, String> SECTIONS = ordered(
            "hero", """
                    {"headline": {"type": "text", "pos": 0, "required": true, "max_length": 120},
                     "subheadline": {"type": "textarea", "pos": 1},
                     "image": {"type": "asset", "pos": 2, "filetypes": ["images"]}}""",
            "teaser", """
                    {"headline": {"type": "text", "pos": 0, "required": true},
                     "link": {"type": "multilink", "pos": 1}}""",
            "feature", """
                    {"name": {"type": "text", "pos": 0, "required": true},
                     "description": {"type": "textarea", "pos": 1}}""",
            "cta", """
                    {"label": {"type": "text", "pos": 0, "required": true, "max_length": 40},
                     "link": {"type": "multilink", "pos": 1, "allow_target_blank": true}}""");

    private static final Map<String, String> CONTENT_TYPES = ordered(
            "page", """
                    {"title": {"type": "text", "pos": 0},
                     "body": {"type": "bloks", "pos": 1, "restrict_components": true,
                              "component_whitelist": ["hero", "teaser", "feature", "cta"]}}""",
            "landing_page", """
                    {"hero": {"type": "bloks", "pos": 0, "maximum": 1, "restrict_components": true,
                              "component_whitelist": ["hero"]},
                     "body": {"type": "bloks", "pos": 1, "restrict_components": true,
                              "component_whitelist": ["teaser", "feature", "cta"]},
                     "seo_description": {"type": "textarea", "pos": 2, "max_length": 160}}""",
            "blog_post", """
                    {"title": {"type": "text", "pos": 0},
                     "intro": {"type": "textarea", "pos": 1},
                     "long_text": {"type": "richtext", "pos": 2},
                     "cover": {"type": "asset", "pos": 3, "filetypes": ["images"]},
                     "published_on": {"type": "datetime", "pos": 4}}""");

    private MarketingSite() {
    }

    /** Creates a space named {@value #NAME} with the site's components and answers its id; fails the test if refused. */
    public static long create(Client admin) {
        var response = admin.post("/api/spaces", Map.of("name", NAME));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        long spaceId = response.json().at("/space/id").asLong();
        defineComponents(admin, spaceId);
        return spaceId;
    }

    /** Defines the site's sections and content types in an existing space. */
    public static void defineComponents(Client admin, long spaceId) {
        SECTIONS.forEach((name, schema) -> define(admin, spaceId, name, false, schema));
        CONTENT_TYPES.forEach((name, schema) -> define(admin, spaceId, name, true, schema));
    }

    private static void define(Client admin, long spaceId, String name, boolean root, String schema) {
        var component = Map.of("name", name, "is_root", root, "is_nestable", !root, "schema", Json.tree(schema));
        var response = admin.post("/api/spaces/" + spaceId + "/components", Map.of("component", component));
        assertThat(response.status()).as("defining " + name + ": " + response).isEqualTo(201);
    }

    /** A blok of {@code component} with its {@code _uid} and the given field names and values, in pairs. */
    public static Map<String, Object> blok(String component, String uid, Object... fields) {
        var blok = new HashMap<String, Object>();
        blok.put("component", component);
        blok.put("_uid", uid);
        for (int i = 0; i < fields.length; i += 2) blok.put((String) fields[i], fields[i + 1]);
        return blok;
    }

    /** A page's content: a hero with the headline ({@code body[0].headline}) and a call to action. */
    public static Map<String, Object> page(String headline) {
        return blok("page", "root", "body", List.of(
                blok("hero", "hero-1", "headline", headline),
                blok("cta", "cta-1", "label", "Start free trial")));
    }

    private static Map<String, String> ordered(String... namesAndSchemas) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndSchemas.length; i += 2) map.put(namesAndSchemas[i], namesAndSchemas[i + 1]);
        return map;
    }
}
