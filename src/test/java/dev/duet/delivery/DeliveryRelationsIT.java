package dev.duet.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** resolve_relations into rels (and rel_uuids past 50) and resolve_links into links (and link_uuids). */
class DeliveryRelationsIT extends OnAcmeSite {

    static List<String> uuids(JsonNode array) {
        var uuids = new ArrayList<String>();
        for (var item : array) uuids.add(item.isTextual() ? item.asText() : item.get("uuid").asText());
        return uuids;
    }

    static Map<String, Object> blok(String component, Object... fields) {
        var blok = new HashMap<String, Object>(Map.of("component", component, "_uid", UUID.randomUUID().toString()));
        for (int i = 0; i < fields.length; i += 2) blok.put((String) fields[i], fields[i + 1]);
        return blok;
    }

    @Test
    void resolve_relations_puts_the_related_published_stories_in_rels_and_keeps_uuids_in_content() {
        var body = cdn.both("stories/blog/introducing-acme-cloud-workflows?resolve_relations=blog_post.author&resolve_level=2").json();
        var mara = site.uuids.get("authors/mara-lindqvist");

        assertThat(uuids(body.get("rels"))).containsExactly(mara);
        assertThat(body.at("/rels/0/content/name").asText()).isEqualTo("Mara Lindqvist");
        assertThat(uuids(body.at("/story/content/author"))).containsExactly(mara);
        assertThat(body.has("rel_uuids")).isFalse();
    }

    @Test
    void a_list_resolves_the_relations_of_all_its_stories_once_each_in_the_requested_language() {
        var body = cdn.both("stories?content_type=blog_post&resolve_relations=blog_post.author&language=de").json();

        assertThat(uuids(body.get("rels"))).containsExactlyInAnyOrder(site.uuids.get("authors/mara-lindqvist"),
                site.uuids.get("authors/jonas-weber"), site.uuids.get("authors/priya-raman"));
        assertThat(body.at("/rels/0/lang").asText()).isEqualTo("de");
        assertThat(cdn.both("stories?content_type=blog_post&resolve_relations=page.author").json().get("rels")).isEmpty();
    }

    @Test
    void relations_inside_nested_bloks_are_resolved_too() {
        var made = site.admin.post(site.path("/components"), Map.of("component", Map.of("name", "team", "is_nestable", true,
                "schema", Map.of("members", Map.of("type", "options", "source", "internal_stories")))));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        var root = site.admin.post(site.path("/components"), Map.of("component", Map.of("name", "team_page", "is_root", true,
                "schema", Map.of("body", Map.of("type", "bloks")))));
        assertThat(root.status()).as(root.toString()).isEqualTo(201);
        var page = site.publishNew("Team", null, blok("team_page", "body", List.of(
                blok("team", "members", List.of(site.uuids.get("authors/jonas-weber"), site.uuids.get("authors/priya-raman"))))));

        var body = cdn.both("stories/team?resolve_relations=team.members").json();

        assertThat(page.get("full_slug").asText()).isEqualTo("team");
        assertThat(uuids(body.get("rels"))).containsExactly(site.uuids.get("authors/jonas-weber"), site.uuids.get("authors/priya-raman"));
    }

    @Test
    void past_fifty_related_stories_only_their_uuids_are_sent_and_clients_fetch_them_by_uuids() {
        var authors = new ArrayList<String>();
        for (int i = 1; i <= 51; i++) {
            authors.add(site.publishNew("Guest author " + i, site.ids.get("authors"), blok("author", "name", "Guest " + i))
                    .get("uuid").asText());
        }
        var post = site.publishNew("Guest post", site.ids.get("blog"), blok("blog_post", "title", "Many voices", "author", authors));

        var body = cdn.both("stories/blog/" + post.get("slug").asText() + "?resolve_relations=blog_post.author").json();

        assertThat(body.get("rels")).isEmpty();
        assertThat(uuids(body.get("rel_uuids"))).containsExactlyElementsOf(authors);
        var firstChunk = String.join(",", authors.subList(0, 50));
        var fetched = cdn.both("stories?per_page=50&by_uuids=" + firstChunk + "&starts_with=blog/").json();
        assertThat(fetched.get("stories")).isEmpty();
        assertThat(uuids(cdn.both("stories?per_page=50&by_uuids=" + firstChunk).json().get("stories")))
                .containsExactlyInAnyOrderElementsOf(authors.subList(0, 50));
    }

    @Test
    void resolve_links_lists_linked_stories_as_stories_urls_or_links() {
        var freeTrial = site.uuids.get("landing-pages/free-trial");

        var asStories = cdn.both("stories/home?resolve_links=story").json().get("links");
        var asUrls = cdn.both("stories/home?resolve_links=url").json().get("links");
        var asLinks = cdn.both("stories/home?resolve_links=link").json().get("links");

        assertThat(uuids(asStories)).contains(freeTrial);
        var story = find(asStories, freeTrial);
        assertThat(story.at("/content/component").asText()).isEqualTo("landing_page");
        var url = find(asUrls, freeTrial);
        assertThat(url.properties()).extracting(Map.Entry::getKey).containsExactly("id", "uuid", "name", "slug", "full_slug", "url");
        assertThat(url.get("url").asText()).isEqualTo("landing-pages/free-trial");
        var link = find(asLinks, freeTrial);
        assertThat(link.get("slug").asText()).isEqualTo("landing-pages/free-trial");
        assertThat(link.get("real_path").asText()).isEqualTo("/landing-pages/free-trial");
        assertThat(cdn.both("stories/de/home?resolve_links=url").json().at("/links/0/full_slug").asText()).startsWith("de/");
    }

    @Test
    void past_the_link_limit_only_link_uuids_are_sent() {
        var targets = new ArrayList<String>();
        var ctas = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= 51; i++) {
            var target = site.publishNew("Offer " + i, site.ids.get("landing-pages"), blok("landing_page", "campaign", "offer-" + i));
            targets.add(target.get("uuid").asText());
            ctas.add(blok("cta", "headline", "Offer " + i, "link", Map.of("id", target.get("uuid").asText(), "url", "",
                    "linktype", "story", "fieldtype", "multilink", "cached_url", target.get("full_slug").asText())));
        }
        site.publishNew("Offers", null, blok("landing_page", "body", ctas));

        var stories = cdn.both("stories/offers?resolve_links=story").json();
        var urls = cdn.both("stories/offers?resolve_links=url").json();

        assertThat(stories.get("links")).isEmpty();
        assertThat(uuids(stories.get("link_uuids"))).containsExactlyElementsOf(targets);
        assertThat(uuids(urls.get("links"))).containsExactlyElementsOf(targets);
        assertThat(urls.has("link_uuids")).isFalse();
    }

    private static JsonNode find(JsonNode array, String uuid) {
        for (var item : array) if (item.get("uuid").asText().equals(uuid)) return item;
        throw new AssertionError("no " + uuid + " in " + array);
    }
}
