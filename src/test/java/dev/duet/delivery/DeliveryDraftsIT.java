package dev.duet.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.duet.delivery.DeliveryListIT.slugs;
import static org.assertj.core.api.Assertions.assertThat;

/** version=draft: preview tokens only, the current drafts of every story, with the visual editor's markers. */
class DeliveryDraftsIT extends OnAcmeSite {

    @Test
    void a_public_token_cannot_read_drafts_on_any_endpoint() {
        for (var path : List.of("stories/home?version=draft", "stories?version=draft", "links?version=draft", "tags?version=draft")) {
            var response = cdn.get(path);

            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.json().get("error").asText()).contains("preview");
        }
    }

    @Test
    void a_preview_token_reads_the_current_draft_and_unpublished_stories() {
        site.save(site.ids.get("pricing"), Map.of("name", "Pricing (draft)"));

        var pricing = cdn.preview("stories/pricing?version=draft");
        var enterprise = cdn.preview("stories/landing-pages/enterprise?version=draft");

        assertThat(pricing.json().at("/story/name").asText()).isEqualTo("Pricing (draft)");
        assertThat(pricing.header("cache-control")).isEqualTo("no-store");
        assertThat(enterprise.status()).isEqualTo(200);
        assertThat(enterprise.json().at("/story/published_at").isNull()).isTrue();
        assertThat(cdn.preview("stories/pricing").json().at("/story/name").asText()).isEqualTo("Pricing");
        assertThat(cdn.preview("stories/landing-pages/enterprise").status()).isEqualTo(404);
    }

    @Test
    void every_draft_blok_carries_an_editable_marker_naming_component_space_uid_and_story() {
        long home = site.ids.get("home");
        var story = cdn.preview("stories/home?version=draft").json().get("story");

        var bloks = new ArrayList<JsonNode>();
        collectBloks(story.get("content"), bloks);
        assertThat(bloks).hasSizeGreaterThan(5);
        for (var blok : bloks) {
            assertThat(blok.get("_editable").asText()).isEqualTo("<!--#storyblok#{\"name\": \"" + blok.get("component").asText()
                    + "\", \"space\": \"" + site.spaceId + "\", \"uid\": \"" + blok.get("_uid").asText() + "\", \"id\": \""
                    + home + "\"}-->");
        }
        assertThat(cdn.get("stories/home").text()).doesNotContain("_editable");
    }

    @Test
    void draft_lists_filter_the_drafts_and_include_unpublished_stories() {
        var blog = cdn.preview("stories?version=draft&starts_with=blog/&filter_query%5Bcategory%5D%5Bin%5D=product");
        var tags = cdn.preview("tags?version=draft&starts_with=blog/").json();
        var links = cdn.preview("links?version=draft&per_page=100").json().get("links");

        assertThat(slugs(blog)).containsExactly("blog/previewing-edge-functions", "blog/introducing-acme-cloud-workflows",
                "blog/acme-cloud-4-2-release-notes");
        assertThat(blog.header("cache-control")).isEqualTo("no-store");
        assertThat(blog.header("total")).isEqualTo("3");
        assertThat(tags.at("/tags").findValuesAsText("name")).contains("product");
        assertThat(tags.toString()).contains("{\"name\":\"product\",\"taggings_count\":3}");
        var enterprise = links.get(site.uuids.get("landing-pages/enterprise"));
        assertThat(enterprise.get("published").asBoolean()).isFalse();
        assertThat(links.size()).isEqualTo(25);
    }

    @Test
    void draft_relations_resolve_to_the_related_drafts() {
        long mara = site.ids.get("authors/mara-lindqvist");
        site.save(mara, Map.of("name", "Mara L. (draft)"));

        var draft = cdn.preview("stories/blog/introducing-acme-cloud-workflows?version=draft&resolve_relations=blog_post.author").json();
        var published = cdn.preview("stories/blog/introducing-acme-cloud-workflows?resolve_relations=blog_post.author").json();

        assertThat(draft.at("/rels/0/name").asText()).isEqualTo("Mara L. (draft)");
        assertThat(draft.at("/rels/0/content/_editable").asText()).startsWith("<!--#storyblok#");
        assertThat(published.at("/rels/0/name").asText()).isEqualTo("Mara Lindqvist");
    }

    private static void collectBloks(JsonNode node, List<JsonNode> bloks) {
        if (node.isObject() && node.has("component") && node.has("_uid")) bloks.add(node);
        for (var child : node) collectBloks(child, bloks);
    }
}
