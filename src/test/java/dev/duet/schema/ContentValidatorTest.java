package dev.duet.schema;

import dev.duet.failure.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** Content of a marketing site checked against its components, without a database. */
class ContentValidatorTest {

    static final String WIDGETS = "0b6c3a8e-1111-4000-8000-000000000001";

    static final List<Component> SITE = List.of(
            component("page", true, false, """
                    {"title": {"type": "text", "required": true, "translatable": true, "max_length": 20},
                     "body": {"type": "bloks", "restrict_components": true,
                              "component_whitelist": ["hero", "feature_grid", "cta", "testimonial", "footer"]},
                     "sidebar": {"type": "bloks", "restrict_components": true, "restrict_type": "groups",
                                 "component_group_whitelist": ["%s"]},
                     "seo": {"type": "section", "keys": ["title"]}}
                    """.formatted(WIDGETS), null),
            component("hero", false, true, """
                    {"headline": {"type": "text", "required": true, "translatable": true, "max_length": 10},
                     "image": {"type": "asset", "filetypes": ["images"]},
                     "theme": {"type": "option", "options": [{"name": "Light", "value": "light"}, {"name": "Dark", "value": "dark"}]},
                     "author": {"type": "option", "source": "internal_stories"}}
                    """, null),
            component("feature_grid", false, true, """
                    {"columns": {"type": "number", "min_value": 1, "max_value": 4, "decimals": 0},
                     "features": {"type": "bloks", "restrict_components": true, "component_whitelist": ["feature"],
                                  "minimum": 2, "maximum": 3}}
                    """, null),
            component("feature", false, true, """
                    {"name": {"type": "text", "required": true},
                     "tags": {"type": "options", "max_options": 2,
                              "options": [{"name": "A", "value": "a"}, {"name": "B", "value": "b"}, {"name": "C", "value": "c"}]}}
                    """, null),
            component("cta", false, true, """
                    {"label": {"type": "text", "regex": "^[A-Z]"},
                     "link": {"type": "multilink", "required": true, "email_link_type": true}}
                    """, null),
            component("testimonial", false, true, """
                    {"quote": {"type": "markdown", "max_length": 200}, "summary": {"type": "textarea"},
                     "published": {"type": "datetime"}, "verified": {"type": "boolean"},
                     "logos": {"type": "multiasset"}}
                    """, null),
            component("article", true, false, """
                    {"text": {"type": "richtext", "restrict_components": true, "component_whitelist": ["cta"]},
                     "prices": {"type": "table"}, "rating": {"type": "custom", "field_type": "stars", "required": true}}
                    """, null),
            component("footer", true, false, "{}", null),
            component("newsletter", false, true, "{\"email\": {\"type\": \"text\"}}", WIDGETS),
            component("banner", false, true, "{}", null));

    @Test
    void valid_content_is_returned_as_a_copy_with_uids_filled_in_and_unknown_keys_kept() {
        var content = Json.tree("""
                {"component": "page", "title": "Home", "_uid": "root-uid", "legacy": {"kept": true},
                 "body": [{"component": "hero", "headline": "Welcome", "theme": "dark",
                           "image": {"id": 1, "filename": "https://cdn.example.com/a/hero.webp", "alt": "A view"}},
                          {"component": "cta", "_uid": "", "label": "Sign up", "link": {"linktype": "url", "url": "https://example.com"}}]}
                """);

        var stored = ContentValidator.validate(SITE, content);

        assertThat(stored).isNotSameAs(content);
        assertThat(content.at("/body/0/_uid").isMissingNode()).isTrue();
        assertThat(stored.get("_uid").asText()).isEqualTo("root-uid");
        assertThat(stored.at("/body/0/_uid").asText()).hasSize(36);
        assertThat(stored.at("/body/1/_uid").asText()).hasSize(36).isNotEqualTo(stored.at("/body/0/_uid").asText());
        assertThat(stored.get("legacy")).isEqualTo(content.get("legacy"));
        assertThat(stored.at("/body/1/label").asText()).isEqualTo("Sign up");
    }

    @Test
    void the_root_must_be_a_blok_of_a_known_content_type() {
        assertThat(problems("[]")).containsExactly("content: must be a blok object with a component");
        assertThat(problems("{\"title\": \"x\"}")).containsExactly("component: required");
        assertThat(problems("{\"component\": \"pgae\"}")).containsExactly("component: unknown component \"pgae\"");
        assertThat(problems("{\"component\": \"hero\", \"headline\": \"Hi\"}"))
                .containsExactly("component: \"hero\" is not a content type (its is_root is false)");
    }

    @Test
    void every_problem_is_reported_with_its_path_not_just_the_first() {
        var problems = problems("""
                {"component": "page", "title": "A title that is far too long",
                 "body": [{"component": "hero", "headline": "Fine"},
                          {"component": "hero", "theme": "blue"},
                          {"component": "hero", "headline": 42}]}
                """);

        assertThat(problems).containsExactly(
                "title: must be at most 20 characters (is 28)",
                "body[1].headline: required",
                "body[1].theme: \"blue\" is not one of the options (light, dark)",
                "body[2].headline: must be text");
    }

    @Test
    void nested_bloks_must_be_known_nestable_and_allowed_where_they_sit() {
        var problems = problems("""
                {"component": "page", "title": "Home",
                 "body": [{"component": "banner"}, {"component": "footer"}, {"component": "heor"}, {"headline": "x"}, "hero",
                          {"component": "feature_grid", "features": [{"component": "cta", "link": {"linktype": "url", "url": "/"}},
                                                                     {"component": "feature", "name": "Fast"}]}]}
                """);

        assertThat(problems).containsExactly(
                "body[0].component: \"banner\" is not allowed here (allowed: cta, feature_grid, footer, hero, testimonial)",
                "body[1].component: \"footer\" cannot be nested (its is_nestable is false)",
                "body[2].component: unknown component \"heor\"",
                "body[3].component: required",
                "body[4]: must be a blok object with a component",
                "body[5].features[0].component: \"cta\" is not allowed here (allowed: feature)");
    }

    @Test
    void fields_of_deeply_nested_bloks_are_checked_with_their_full_path() {
        var problems = problems("""
                {"component": "page", "title": "Home",
                 "body": [{"component": "feature_grid", "columns": "2.5",
                           "features": [{"component": "feature", "name": "Fast", "tags": ["a", "d", 3]},
                                        {"component": "feature", "tags": ["a", "b", "c"]}]}]}
                """);

        assertThat(problems).containsExactly(
                "body[0].columns: must have at most 0 decimal places",
                "body[0].features[0].tags[1]: \"d\" is not one of the options (a, b, c)",
                "body[0].features[0].tags[2]: must be text (the value of an option)",
                "body[0].features[0].tags: choose at most 2 (chose 3)",
                "body[0].features[1].name: required",
                "body[0].features[1].tags: choose at most 2 (chose 3)");
    }

    @Test
    void bloks_fields_keep_to_their_minimum_and_maximum() {
        assertThat(problems(grid("[{\"component\": \"feature\", \"name\": \"One\"}]")))
                .containsExactly("body[0].features: must hold at least 2 bloks (holds 1)");
        assertThat(problems(grid("[" + "{\"component\": \"feature\", \"name\": \"N\"},".repeat(3) + "{\"component\": \"feature\", \"name\": \"N\"}]")))
                .containsExactly("body[0].features: must hold at most 3 bloks (holds 4)");
        assertThat(problems(grid("{\"component\": \"feature\"}"))).containsExactly("body[0].features: must be an array of bloks");
    }

    @Test
    void a_bloks_field_restricted_to_groups_allows_only_components_of_those_groups() {
        var problems = problems("""
                {"component": "page", "title": "Home",
                 "sidebar": [{"component": "newsletter", "email": "hi@example.com"}, {"component": "banner"}]}
                """);

        assertThat(problems).containsExactly(
                "sidebar[1].component: \"banner\" is not allowed here (allowed: components of the field's whitelisted groups)");
    }

    @Test
    void numbers_may_be_numeric_strings_or_numbers_within_their_range() {
        assertThat(problems(gridColumns("\"3\""))).isEmpty();
        assertThat(problems(gridColumns("4"))).isEmpty();
        assertThat(problems(gridColumns("\"\""))).isEmpty();
        assertThat(problems(gridColumns("\"three\""))).containsExactly("body[0].columns: must be a number (or a numeric string)");
        assertThat(problems(gridColumns("0"))).containsExactly("body[0].columns: must be at least 1");
        assertThat(problems(gridColumns("\"5\""))).containsExactly("body[0].columns: must be at most 4");
        assertThat(problems(gridColumns("true"))).containsExactly("body[0].columns: must be a number (or a numeric string)");
    }

    @Test
    void text_fields_check_type_length_in_characters_and_pattern() {
        assertThat(problems(page("{\"component\": \"hero\", \"headline\": \"Grüße 👋\"}"))).isEmpty();
        assertThat(problems(page(cta("\"sign up\"")))).containsExactly("body[0].label: does not match the pattern ^[A-Z]");
        assertThat(problems(page(cta("[\"Sign up\"]")))).containsExactly("body[0].label: must be text");
        assertThat(problems(page("{\"component\": \"testimonial\", \"quote\": \"" + "x".repeat(201) + "\", \"summary\": 5}")))
                .containsExactly("body[0].quote: must be at most 200 characters (is 201)", "body[0].summary: must be text");
    }

    @Test
    void booleans_and_datetimes_are_checked() {
        assertThat(problems(page(testimonial("\"published\": \"2025-01-31 14:30\", \"verified\": true")))).isEmpty();
        assertThat(problems(page(testimonial("\"published\": \"2025-01-31T14:30:00Z\"")))).isEmpty();
        assertThat(problems(page(testimonial("\"published\": \"2025-01-31\"")))).isEmpty();
        assertThat(problems(page(testimonial("\"published\": \"31.01.2025\", \"verified\": \"yes\"")))).containsExactly(
                "body[0].published: must be a date and time like \"2025-01-31 14:30\" (or ISO-8601)",
                "body[0].verified: must be true or false");
        assertThat(problems(page(testimonial("\"published\": \"2025-02-30 10:00\""))))
                .containsExactly("body[0].published: must be a date and time like \"2025-01-31 14:30\" (or ISO-8601)");
    }

    @Test
    void options_from_outside_the_field_are_not_checked_against_its_list() {
        assertThat(problems(page("{\"component\": \"hero\", \"headline\": \"Hi\", \"author\": \"5f3a-uuid\", \"theme\": \"\"}"))).isEmpty();
    }

    @Test
    void assets_need_a_filename_of_an_allowed_kind() {
        assertThat(problems(page(hero("\"image\": {\"id\": null, \"filename\": \"\"}")))).isEmpty();
        assertThat(problems(page(hero("\"image\": {\"alt\": \"no file\"}")))).containsExactly("body[0].image.filename: required");
        assertThat(problems(page(hero("\"image\": \"hero.png\"")))).containsExactly("body[0].image: must be an asset object with a filename");
        assertThat(problems(page(hero("\"image\": {\"filename\": \"https://cdn.example.com/brochure.PDF\"}"))))
                .containsExactly("body[0].image.filename: must be a file of the kinds images, not texts");
        assertThat(problems(page(testimonial("\"logos\": [{\"filename\": \"a.png\"}, {\"filename\": \"\"}, 3]")))).containsExactly(
                "body[0].logos[1].filename: required", "body[0].logos[2]: must be an asset object with a filename");
    }

    @Test
    void links_need_a_known_link_type_enabled_on_the_field() {
        assertThat(problems(page(ctaLink("{\"linktype\": \"story\", \"id\": \"uuid-1\", \"cached_url\": \"home\"}")))).isEmpty();
        assertThat(problems(page(ctaLink("{\"linktype\": \"email\", \"email\": \"hi@example.com\"}")))).isEmpty();
        assertThat(problems(page(ctaLink("{\"linktype\": \"phone\", \"url\": \"123\"}"))))
                .containsExactly("body[0].link.linktype: must be story, url, email or asset");
        assertThat(problems(page(ctaLink("{\"linktype\": \"asset\", \"url\": \"https://cdn.example.com/a.pdf\"}"))))
                .containsExactly("body[0].link.linktype: asset links are not enabled on this field (asset_link_type)");
        assertThat(problems(page(ctaLink("{\"linktype\": \"url\", \"url\": \"\", \"cached_url\": \"\"}"))))
                .containsExactly("body[0].link: required");
        assertThat(problems(page(ctaLink("\"https://example.com\"")))).containsExactly("body[0].link: must be a link object with a linktype");
    }

    @Test
    void richtext_is_a_document_whose_embedded_bloks_are_checked_like_bloks() {
        var problems = problems("""
                {"component": "article", "rating": 4,
                 "text": {"type": "doc", "content": [
                   {"type": "paragraph", "content": [{"type": "text", "text": "Hello"}]},
                   {"type": "blok", "attrs": {"id": "b1", "body": [{"component": "cta", "label": "go"}, {"component": "hero", "headline": "Hi"}]}},
                   "stray"]}}
                """);

        assertThat(problems).containsExactly(
                "text.content[1].attrs.body[0].label: does not match the pattern ^[A-Z]",
                "text.content[1].attrs.body[0].link: required",
                "text.content[1].attrs.body[1].component: \"hero\" is not allowed here (allowed: cta)",
                "text.content[2]: must be a node object with a type");
    }

    @Test
    void bloks_embedded_in_richtext_get_uids_too() {
        var stored = ContentValidator.validate(SITE, Json.tree("""
                {"component": "article", "rating": 4, "text": {"type": "doc", "content": [{"type": "blok", "attrs": {"body": [
                  {"component": "cta", "link": {"linktype": "url", "url": "https://example.com"}}]}}]}}
                """));

        assertThat(stored.at("/text/content/0/attrs/body/0/_uid").asText()).hasSize(36);
    }

    @Test
    void richtext_tables_and_custom_fields_are_checked_by_shape() {
        assertThat(problems("{\"component\": \"article\", \"rating\": 5, \"text\": \"<p>html</p>\", \"prices\": {\"thead\": {}, \"tbody\": []}}"))
                .containsExactly("text: must be a rich text document: an object with \"type\": \"doc\"", "prices.thead: must be an array");
        assertThat(problems("{\"component\": \"article\", \"rating\": 5, \"prices\": [1]}"))
                .containsExactly("prices: must be a table object like {\"thead\": [...], \"tbody\": [...]}");
        assertThat(problems("{\"component\": \"article\", \"rating\": 5, \"prices\": {\"thead\": [{\"value\": \"Plan\"}], \"tbody\": []}}")).isEmpty();
    }

    @Test
    void empty_shapes_left_by_the_editor_count_as_missing_for_required_fields() {
        assertThat(problems("{\"component\": \"article\", \"rating\": \"\", \"text\": {\"type\": \"doc\", \"content\": [{\"type\": \"paragraph\"}]}}"))
                .containsExactly("rating: required");
        assertThat(problems("{\"component\": \"page\", \"title\": \"   \"}")).containsExactly("title: required");
        assertThat(problems("{\"component\": \"page\", \"title\": null}")).containsExactly("title: required");
    }

    @Test
    void translations_follow_the_field_rules_except_required() {
        var problems = problems("""
                {"component": "page", "title": "Home", "title__i18n__de": "Ein viel zu langer deutscher Titel", "title__i18n__fr": "",
                 "body": [{"component": "hero", "headline": "Hi", "headline__i18n__de": 7, "theme__i18n__de": "purple",
                           "unknown__i18n__de": 1, "headline__i18n__": 5}]}
                """);

        assertThat(problems).containsExactlyInAnyOrder(
                "title__i18n__de: must be at most 20 characters (is 34)",
                "body[0].headline__i18n__de: must be text",
                "body[0].theme__i18n__de: \"purple\" is not one of the options (light, dark)");
    }

    @Test
    void translated_bloks_are_checked_and_get_uids() {
        assertThat(problems("{\"component\": \"page\", \"title\": \"Home\", \"body__i18n__de\": [{\"component\": \"hero\"}]}"))
                .containsExactly("body__i18n__de[0].headline: required");

        var stored = ContentValidator.validate(SITE, Json.tree(
                "{\"component\": \"page\", \"title\": \"Home\", \"body__i18n__de\": [{\"component\": \"hero\", \"headline\": \"Hallo\"}]}"));
        assertThat(stored.at("/body__i18n__de/0/_uid").asText()).hasSize(36);
    }

    @Test
    void a_non_text_uid_is_refused() {
        assertThat(problems("{\"component\": \"footer\", \"_uid\": 12}")).containsExactly("_uid: must be text");
    }

    @Test
    void a_pathological_pattern_gives_up_instead_of_hanging() {
        var slow = List.of(component("slow", true, false, "{\"code\": {\"type\": \"text\", \"regex\": \"(.*a){12}x\"}}", null));
        var content = Json.tree("{\"component\": \"slow\", \"code\": \"" + "a".repeat(28) + "\", \"code__i18n__de\": \"" + "a".repeat(28) + "\"}");
        long started = System.nanoTime();

        assertThatThrownBy(() -> ContentValidator.validate(slow, content)).asInstanceOf(type(InvalidInput.class))
                .extracting(e -> e.details().stream().map(Object::toString).toList()).asList().containsExactly(
                        "code: could not be checked against the pattern (.*a){12}x (it is too slow on this text)",
                        "code__i18n__de: could not be checked against the pattern (.*a){12}x (it is too slow on this text)");
        assertThat(System.nanoTime() - started).isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(5));
    }

    @Test
    void thousands_of_problems_are_capped() {
        var items = new ArrayList<String>();
        for (int i = 0; i < 300; i++) items.add("{\"component\": \"hero\"}");
        var problems = problems(page(String.join(",", items)));

        assertThat(problems).hasSize(Problems.MAX + 1);
        assertThat(problems.getLast()).isEqualTo(": 100 more problems not listed");
    }

    static Component component(String name, boolean root, boolean nestable, String schema, String group) {
        return new Component(name.hashCode(), 1, name, null, Schema.parse(Json.tree(schema)), root, nestable, group,
                null, null, null, null, Instant.EPOCH, Instant.EPOCH, 1);
    }

    private static List<String> problems(String content) {
        JsonNode tree = Json.tree(content);
        try {
            ContentValidator.validate(SITE, tree);
            return List.of();
        } catch (InvalidInput e) {
            assertThat(e.getMessage()).isEqualTo("content does not match the component schemas");
            return e.details().stream().map(Object::toString).toList();
        }
    }

    private static String page(String bloks) {
        return "{\"component\": \"page\", \"title\": \"Home\", \"body\": [" + bloks + "]}";
    }

    private static String grid(String features) {
        return page("{\"component\": \"feature_grid\", \"features\": " + features + "}");
    }

    private static String gridColumns(String columns) {
        return page("{\"component\": \"feature_grid\", \"columns\": " + columns
                + ", \"features\": [{\"component\": \"feature\", \"name\": \"A\"}, {\"component\": \"feature\", \"name\": \"B\"}]}");
    }

    private static String hero(String fields) {
        return "{\"component\": \"hero\", \"headline\": \"Hi\", " + fields + "}";
    }

    private static String cta(String label) {
        return "{\"component\": \"cta\", \"label\": " + label + ", \"link\": {\"linktype\": \"url\", \"url\": \"https://example.com\"}}";
    }

    private static String ctaLink(String link) {
        return "{\"component\": \"cta\", \"label\": \"Go\", \"link\": " + link + "}";
    }

    private static String testimonial(String fields) {
        return "{\"component\": \"testimonial\", " + fields + "}";
    }
}
