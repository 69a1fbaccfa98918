package dev.duet.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.testing.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Story lists: paging and its headers, and every filter and order of the stories endpoint except filter_query. */
class DeliveryListIT extends OnAcmeSite {

    static final List<String> BLOG = List.of("blog/", "blog/introducing-acme-cloud-workflows", "blog/cutting-cold-start-latency",
            "blog/northwind-logistics-migration", "blog/acme-cloud-4-2-release-notes", "blog/zero-trust-networking",
            "blog/soc-2-type-ii-certified", "blog/lessons-from-scaling-support");

    static List<String> slugs(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var slugs = new ArrayList<String>();
        for (JsonNode story : response.json().get("stories")) slugs.add(story.get("full_slug").asText());
        return slugs;
    }

    @Test
    void a_list_has_every_published_story_and_no_folder_with_total_and_per_page_headers() {
        var response = cdn.both("stories");

        assertThat(response.header("total")).isEqualTo("19");
        assertThat(response.header("per-page")).isEqualTo("25");
        assertThat(slugs(response)).hasSize(19).doesNotContain("authors", "landing-pages/enterprise", "blog/previewing-edge-functions");
        assertThat(response.json().get("cv").asLong()).isEqualTo(app.wiring.spaces.get(site.spaceId).cv());
        assertThat(response.json().get("rels")).isEmpty();
        assertThat(response.json().get("links")).isEmpty();
    }

    @Test
    void starts_with_selects_a_folder_in_the_editors_order_and_pages_cut_it() {
        assertThat(slugs(cdn.both("stories?starts_with=blog/"))).containsExactlyElementsOf(BLOG);

        var second = cdn.both("stories?starts_with=blog/&per_page=3&page=2");

        assertThat(slugs(second)).containsExactlyElementsOf(BLOG.subList(3, 6));
        assertThat(second.header("total")).isEqualTo("8");
        assertThat(second.header("per-page")).isEqualTo("3");
        assertThat(slugs(cdn.both("stories?starts_with=blog/&per_page=3&page=9"))).isEmpty();
        assertThat(cdn.both("stories?starts_with=blog/&per_page=500").header("per-page")).isEqualTo("100");
        assertThat(slugs(cdn.both("stories?starts_with=blog/*"))).containsExactlyElementsOf(BLOG);
    }

    @Test
    void by_slugs_with_wildcards_and_excluding_slugs_select_by_full_slug() {
        assertThat(slugs(cdn.both("stories?by_slugs=authors/*,home"))).containsExactlyInAnyOrder("home",
                "authors/mara-lindqvist", "authors/jonas-weber", "authors/priya-raman");
        assertThat(slugs(cdn.both("stories?excluding_slugs=blog/*,legal/*,landing-pages/*,authors/*")))
                .containsExactlyInAnyOrder("home", "about", "pricing");
    }

    @Test
    void by_uuids_select_stories_and_by_uuids_ordered_keeps_the_given_order() {
        var about = site.uuids.get("about");
        var home = site.uuids.get("home");
        var enterprise = site.uuids.get("landing-pages/enterprise");

        assertThat(slugs(cdn.both("stories?by_uuids=" + about + "," + home + "," + enterprise))).containsExactlyInAnyOrder("about", "home");
        assertThat(slugs(cdn.both("stories?by_uuids_ordered=" + about + "," + home))).containsExactly("about", "home");
        assertThat(slugs(cdn.both("stories?by_uuids_ordered=" + home + "," + about))).containsExactly("home", "about");
    }

    @Test
    void by_ids_and_excluding_ids_select_by_id() {
        var home = site.ids.get("home");
        var about = site.ids.get("about");

        assertThat(slugs(cdn.both("stories?by_ids=" + home + "," + about))).containsExactlyInAnyOrder("home", "about");
        assertThat(slugs(cdn.both("stories?level=1&excluding_ids=" + home))).containsExactlyInAnyOrder("about", "pricing");
    }

    @Test
    void with_tag_matches_any_of_the_tags() {
        assertThat(slugs(cdn.both("stories?with_tag=security,event"))).containsExactlyInAnyOrder(
                "blog/zero-trust-networking", "blog/soc-2-type-ii-certified", "landing-pages/webinar-2026");
    }

    @Test
    void is_startpage_level_and_content_type_select_by_story_facts() {
        assertThat(slugs(cdn.both("stories?is_startpage=true"))).containsExactly("blog/");
        assertThat(slugs(cdn.both("stories?is_startpage=1"))).containsExactly("blog/");
        assertThat(slugs(cdn.both("stories?is_startpage=false&per_page=100"))).hasSize(18).doesNotContain("blog/");
        assertThat(slugs(cdn.both("stories?is_startpage=0&per_page=100"))).hasSize(18);
        assertThat(slugs(cdn.both("stories?level=1"))).containsExactlyInAnyOrder("home", "about", "pricing");
        assertThat(slugs(cdn.both("stories?level=2&per_page=100"))).hasSize(16).contains("blog/");
        assertThat(slugs(cdn.both("stories?content_type=author"))).containsExactlyInAnyOrder(
                "authors/mara-lindqvist", "authors/jonas-weber", "authors/priya-raman");
    }

    @Test
    void search_term_finds_text_in_names_and_content_ignoring_case() {
        assertThat(slugs(cdn.both("stories?search_term=STOCKHOLM"))).containsExactly("authors/mara-lindqvist");
        assertThat(slugs(cdn.both("stories?search_term=northwind"))).containsExactlyInAnyOrder("home",
                "landing-pages/webinar-2026", "blog/northwind-logistics-migration");
        assertThat(slugs(cdn.both("stories?search_term=privacy%20policy"))).containsExactlyInAnyOrder("pricing", "legal/privacy");
        assertThat(slugs(cdn.both("stories?search_term=zzz-nowhere"))).isEmpty();
    }

    @Test
    void sort_by_orders_by_story_fields_and_by_content_as_text_or_number() {
        var posts = "stories?content_type=blog_post&";
        assertThat(slugs(cdn.both(posts + "sort_by=content.published_on:desc"))).containsExactly(
                "blog/introducing-acme-cloud-workflows", "blog/cutting-cold-start-latency", "blog/northwind-logistics-migration",
                "blog/acme-cloud-4-2-release-notes", "blog/zero-trust-networking", "blog/soc-2-type-ii-certified",
                "blog/lessons-from-scaling-support");
        assertThat(slugs(cdn.both(posts + "sort_by=content.reading_time:asc:int"))).containsExactly(
                "blog/soc-2-type-ii-certified", "blog/acme-cloud-4-2-release-notes", "blog/introducing-acme-cloud-workflows",
                "blog/northwind-logistics-migration", "blog/lessons-from-scaling-support", "blog/zero-trust-networking",
                "blog/cutting-cold-start-latency");
        assertThat(slugs(cdn.both("stories?starts_with=legal/&sort_by=position:desc"))).containsExactly("legal/privacy", "legal/imprint");
        assertThat(slugs(cdn.both("stories?level=1&sort_by=name:asc"))).containsExactly("about", "home", "pricing");
        assertThat(slugs(cdn.both("stories?content_type=author&sort_by=content.missing:asc,name:desc"))).containsExactly(
                "authors/priya-raman", "authors/mara-lindqvist", "authors/jonas-weber");
    }

    @Test
    void time_bounds_compare_with_the_stories_timestamps() {
        assertThat(slugs(cdn.both("stories?per_page=100&published_at_gt=2000-01-01%2000:00"))).hasSize(19);
        assertThat(slugs(cdn.both("stories?published_at_lt=2000-01-01%2000:00"))).isEmpty();
        assertThat(slugs(cdn.both("stories?per_page=100&first_published_at_lt=2999-01-01%2010:00"))).hasSize(19);
        assertThat(slugs(cdn.both("stories?first_published_at_gt=2999-01-01%2010:00"))).isEmpty();
        assertThat(slugs(cdn.both("stories?per_page=100&updated_at_gt=2000-01-01%2000:00&updated_at_lt=2999-01-01%2000:00"))).hasSize(19);
    }

    @Test
    void excluding_fields_drops_content_fields_and_excluding_story_fields_drops_story_fields() {
        var story = cdn.both("stories?by_slugs=home&excluding_fields=body,seo_title&excluding_story_fields=tag_list,alternates,lang")
                .json().at("/stories/0");

        assertThat(story.get("content").has("body")).isFalse();
        assertThat(story.get("content").has("seo_title")).isFalse();
        assertThat(story.get("content").get("seo_description").asText()).isNotBlank();
        assertThat(story.has("tag_list")).isFalse();
        assertThat(story.has("alternates")).isFalse();
        assertThat(story.has("lang")).isFalse();
        assertThat(story.get("full_slug").asText()).isEqualTo("home");
        var single = cdn.both("stories/home?excluding_story_fields=position,unknown_field").json().get("story");
        assertThat(single.has("position")).isFalse();
        assertThat(single.has("name")).isTrue();
    }
}
