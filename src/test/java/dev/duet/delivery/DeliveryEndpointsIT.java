package dev.duet.delivery;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** links, links/{uuid}, tags, datasources, datasource_entries and spaces/me. */
class DeliveryEndpointsIT extends OnAcmeSite {

    private static List<String> slugs(com.fasterxml.jackson.databind.JsonNode links) {
        var slugs = new ArrayList<String>();
        links.forEach(link -> slugs.add(link.get("slug").asText()));
        return slugs;
    }

    @Test
    void links_map_published_stories_and_every_folder_by_uuid_with_paging() {
        var all = cdn.get("links?per_page=1000");
        var links = all.json().get("links");

        assertThat(all.header("total")).isEqualTo("23");
        assertThat(links.size()).isEqualTo(23);
        assertThat(links.has(site.uuids.get("landing-pages/enterprise"))).isFalse();
        var blog = links.get(site.uuids.get("blog"));
        assertThat(blog.properties()).extracting(Map.Entry::getKey).containsExactly("id", "uuid", "slug", "path", "parent_id",
                "name", "is_folder", "published", "is_startpage", "position", "real_path", "alternates");
        assertThat(blog.get("is_folder").asBoolean()).isTrue();
        assertThat(blog.get("parent_id").isNull()).isTrue();
        var post = links.get(site.uuids.get("blog/zero-trust-networking"));
        assertThat(post.get("slug").asText()).isEqualTo("blog/zero-trust-networking");
        assertThat(post.get("parent_id").asLong()).isEqualTo(site.ids.get("blog"));
        assertThat(post.get("real_path").asText()).isEqualTo("/blog/zero-trust-networking");
        assertThat(post.at("/alternates/0/lang").asText()).isEqualTo("de");
        assertThat(all.json().get("cv").asLong()).isEqualTo(app.wiring.spaces.get(site.spaceId).cv());

        var page = cdn.get("links?per_page=5&page=2");
        assertThat(page.header("per-page")).isEqualTo("5");
        assertThat(page.json().get("links").size()).isEqualTo(5);
        assertThat(cdn.get("links").header("per-page")).isEqualTo("25");
        assertThat(cdn.get("links?per_page=5000").header("per-page")).isEqualTo("1000");
    }

    @Test
    void links_filter_by_prefix_and_parent_and_show_dates_when_asked() {
        assertThat(slugs(cdn.get("links?starts_with=legal/").json().get("links"))).containsExactly("legal/imprint", "legal/privacy");
        assertThat(slugs(cdn.get("links?with_parent=0").json().get("links"))).containsExactlyInAnyOrder("home", "about",
                "pricing", "landing-pages", "authors", "blog", "legal");
        assertThat(slugs(cdn.get("links?with_parent=" + site.ids.get("authors")).json().get("links"))).hasSize(3);
        var dated = cdn.get("links?starts_with=legal/&include_dates=1").json().at("/links/" + site.uuids.get("legal/imprint"));
        assertThat(dated.get("published_at").asText()).isNotBlank();
        assertThat(dated.has("created_at")).isTrue();
        assertThat(cdn.get("links?starts_with=legal/").json().at("/links/" + site.uuids.get("legal/imprint")).has("created_at")).isFalse();
    }

    @Test
    void one_link_is_found_by_uuid() {
        var link = cdn.get("links/" + site.uuids.get("authors"));

        assertThat(link.json().at("/link/slug").asText()).isEqualTo("authors");
        assertThat(link.json().has("cv")).isTrue();
        assertThat(cdn.get("links/" + site.uuids.get("landing-pages/enterprise")).status()).isEqualTo(404);
        assertThat(cdn.get("links/nope").text()).isEqualTo("[\"This record could not be found\"]");
    }

    @Test
    void tags_count_the_published_stories_carrying_them_under_a_prefix() {
        var all = cdn.get("tags").json();
        var blog = cdn.get("tags?starts_with=blog/").json();

        assertThat(all.toString()).contains("{\"name\":\"campaign\",\"taggings_count\":3}", "{\"name\":\"event\",\"taggings_count\":1}");
        assertThat(blog.get("tags").findValuesAsText("name")).containsExactly("company", "customers", "engineering", "product",
                "release", "security");
        assertThat(blog.get("tags").findValuesAsText("taggings_count")).containsOnly("2");
    }

    @Test
    void datasources_and_their_entries_are_listed_with_paging_and_dimension_values() {
        var datasources = cdn.get("datasources");
        var icons = cdn.get("datasource_entries?datasource=icons&dimension=de");
        var page = cdn.get("datasource_entries?per_page=3&page=2");

        assertThat(datasources.header("total")).isEqualTo("2");
        assertThat(datasources.json().at("/datasources/0/dimensions/0/entry_value").asText()).isEqualTo("de");
        assertThat(icons.json().at("/datasource_entries/0").toString())
                .isEqualTo("{\"id\":" + icons.json().at("/datasource_entries/0/id").asLong()
                        + ",\"name\":\"Bolt\",\"value\":\"bolt\",\"dimension_value\":\"Blitz\"}");
        assertThat(icons.header("total")).isEqualTo("6");
        assertThat(page.header("total")).isEqualTo("10");
        assertThat(page.json().get("datasource_entries").size()).isEqualTo(3);
        assertThat(cdn.get("datasource_entries?datasource=materials").status()).isEqualTo(404);
        assertThat(cdn.get("datasource_entries?datasource=icons").json().at("/datasource_entries/0/dimension_value").isNull()).isTrue();
    }

    @Test
    void spaces_me_names_the_space_its_languages_and_its_cache_version() {
        var space = cdn.get("spaces/me").json().get("space");

        assertThat(space.get("id").asLong()).isEqualTo(site.spaceId);
        assertThat(space.get("name").asText()).isEqualTo("Acme Cloud (demo)");
        assertThat(space.get("version").asLong()).isEqualTo(app.wiring.spaces.get(site.spaceId).cv());
        assertThat(space.get("language_codes")).extracting(node -> node.asText()).containsExactly("de");
        assertThat(space.get("domain").asText()).isEqualTo("http://localhost:3000/");
    }
}
