package dev.duet.delivery;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One story by full slug, id or uuid; its CDN shape; and the CDN's error answers. */
class DeliveryStoryIT extends OnAcmeSite {

    @Test
    void a_published_story_is_delivered_by_full_slug_in_the_cdn_shape_and_key_order() {
        var response = cdn.both("stories/blog/introducing-acme-cloud-workflows");

        assertThat(response.status()).isEqualTo(200);
        var body = response.json();
        assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly("story", "cv", "rels", "links");
        var story = body.get("story");
        assertThat(story.properties()).extracting(Map.Entry::getKey).containsExactly("name", "created_at", "published_at",
                "id", "uuid", "content", "slug", "full_slug", "sort_by_date", "position", "tag_list", "is_startpage",
                "parent_id", "meta_data", "group_id", "first_published_at", "release_id", "lang", "path", "alternates",
                "default_full_slug", "translated_slugs");
        assertThat(story.get("name").asText()).isEqualTo("Introducing Acme Cloud Workflows");
        assertThat(story.get("full_slug").asText()).isEqualTo("blog/introducing-acme-cloud-workflows");
        assertThat(story.get("slug").asText()).isEqualTo("introducing-acme-cloud-workflows");
        assertThat(story.get("parent_id").asLong()).isEqualTo(site.ids.get("blog"));
        assertThat(story.get("lang").asText()).isEqualTo("default");
        assertThat(story.get("tag_list")).extracting(node -> node.asText()).containsExactly("product", "release");
        assertThat(story.get("sort_by_date").asText()).isEqualTo("2026-03-10");
        assertThat(story.get("release_id").isNull()).isTrue();
        assertThat(story.get("translated_slugs").isNull()).isTrue();
        assertThat(story.get("alternates")).isEmpty();
        assertThat(story.get("published_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        assertThat(story.at("/content/component").asText()).isEqualTo("blog_post");
        assertThat(story.at("/content/_editable").isMissingNode()).isTrue();
        assertThat(body.get("cv").asLong()).isEqualTo(app.wiring.spaces.get(site.spaceId).cv());
        assertThat(body.get("rels")).isEmpty();
        assertThat(body.get("links")).isEmpty();
    }

    @Test
    void a_root_story_has_parent_id_zero_and_the_same_story_is_found_by_id_and_by_uuid() {
        var bySlug = cdn.both("stories/home").json().get("story");
        var byId = cdn.both("stories/" + site.ids.get("home")).json().get("story");
        var byUuid = cdn.both("stories/" + site.uuids.get("home") + "?find_by=uuid").json().get("story");

        assertThat(bySlug.get("parent_id").asLong()).isZero();
        assertThat(byId).isEqualTo(bySlug);
        assertThat(byUuid).isEqualTo(bySlug);
    }

    @Test
    void a_folder_slug_finds_its_start_page_with_or_without_the_trailing_slash() {
        var start = cdn.both("stories/blog/").json().get("story");

        assertThat(start.get("full_slug").asText()).isEqualTo("blog/");
        assertThat(start.get("is_startpage").asBoolean()).isTrue();
        assertThat(cdn.get("stories/blog").json().get("story")).isEqualTo(start);
    }

    @Test
    void the_published_version_is_delivered_not_the_draft_saved_after_it() {
        long pricing = site.ids.get("pricing");
        site.save(pricing, Map.of("name", "Pricing (draft)"));

        var story = cdn.both("stories/pricing").json().get("story");

        assertThat(story.get("name").asText()).isEqualTo("Pricing");
    }

    @Test
    void unpublished_stories_folders_and_unknown_paths_are_404_with_storybloks_json_body() {
        for (var path : List.of("stories/landing-pages/enterprise", "stories/authors", "stories/nothing/here",
                "stories/999999", "stories/" + site.uuids.get("landing-pages/enterprise") + "?find_by=uuid",
                "stories/not-a-uuid?find_by=uuid")) {
            var response = cdn.both(path);

            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.text()).isEqualTo("[\"This record could not be found\"]");
            assertThat(response.header("cache-control")).isEqualTo("no-store");
        }
    }

    @Test
    void a_missing_or_unknown_token_is_401_with_a_json_body_on_every_endpoint() {
        for (var path : List.of("stories/home", "stories", "links", "tags", "datasources", "datasource_entries", "spaces/me")) {
            var missing = cdn.withToken(path, null);
            var unknown = cdn.withToken(path, "not-a-token");
            var control = cdn.withToken(path, "bad\u0001token".replace("\u0001", "%01"));

            for (var response : List.of(missing, unknown, control)) {
                assertThat(response.status()).as(path).isEqualTo(401);
                assertThat(response.json().get("error").asText()).contains("Unauthorized");
                assertThat(response.header("access-control-allow-origin")).isEqualTo("*");
            }
        }
    }

    @Test
    void malformed_parameters_are_422_naming_the_parameter_and_unknown_ones_are_ignored() {
        var cases = Map.of("stories?per_page=many", "per_page", "stories?page=0", "page", "stories?version=latest", "version",
                "stories?is_startpage=maybe", "is_startpage", "stories?sort_by=content.title:sideways", "sort_by",
                "stories?by_ids=1,two", "by_ids", "stories?published_at_gt=yesterday", "published_at_gt",
                "stories/home?resolve_links=all", "resolve_links", "stories?level=-1", "level",
                "links?with_parent=blog", "with_parent");
        cases.forEach((path, parameter) -> {
            var response = cdn.get(path);

            assertThat(response.status()).as(path).isEqualTo(422);
            assertThat(response.json().at("/details/0/path").asText()).as(path).isEqualTo(parameter);
        });
        assertThat(cdn.both("stories/home?colour=blue&utm_source=mail").status()).isEqualTo(200);
    }

    @Test
    void a_token_of_another_space_cannot_read_this_one() {
        var other = AcmeSite.ok(site.admin.post("/api/spaces", Map.of("name", "Other site")), 201);
        var otherToken = other.at("/tokens/0/token").asText();

        assertThat(cdn.withToken("stories/home", otherToken).status()).isEqualTo(404);
        assertThat(cdn.withToken("stories", otherToken).json().get("stories")).isEmpty();
    }

    @Test
    void a_token_made_a_moment_ago_works_and_a_deleted_one_stops_working_once_the_token_map_is_read_again() {
        var tokens = new DeliveryTokens(app.wiring.database, java.time.Duration.ZERO);
        var made = AcmeSite.ok(site.admin.post(site.path("/delivery_tokens"), Map.of("access", "preview")), 201);
        var token = made.at("/token/token").asText();
        assertThat(cdn.withToken("stories/home?version=draft", token).status()).isEqualTo(200);
        assertThat(tokens.resolve(token)).contains(new Access(site.spaceId, true));

        assertThat(site.admin.delete(site.path("/delivery_tokens/" + token)).status()).isEqualTo(204);

        assertThat(tokens.resolve(token)).isEmpty();
        assertThat(tokens.cached(token)).isNull();
    }
}
