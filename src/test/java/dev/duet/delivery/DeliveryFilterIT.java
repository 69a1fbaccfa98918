package dev.duet.delivery;

import org.junit.jupiter.api.Test;

import static dev.duet.delivery.DeliveryListIT.slugs;
import static org.assertj.core.api.Assertions.assertThat;

/** filter_query over HTTP: as clients send it (raw brackets), percent-encoded, with OR groups, on content only. */
class DeliveryFilterIT extends OnAcmeSite {

    @Test
    void raw_brackets_as_storyblok_js_client_sends_them_filter_content_fields() {
        var response = cdn.raw("stories?starts_with=blog%2F&filter_query[__or][][category][in]=customers%2Ccompany"
                + "&filter_query[__or][][reading_time][in]=9&filter_query[component][in]=blog_post&sort_by=content.published_on%3Adesc");

        assertThat(slugs(response)).containsExactly("blog/cutting-cold-start-latency", "blog/northwind-logistics-migration",
                "blog/soc-2-type-ii-certified", "blog/lessons-from-scaling-support");
        assertThat(response.header("total")).isEqualTo("4");
    }

    @Test
    void percent_encoded_brackets_and_indexed_or_groups_give_the_same_answer() {
        var encoded = cdn.both("stories?filter_query%5B__or%5D%5B0%5D%5Bcategory%5D%5Bin%5D=customers,company"
                + "&filter_query%5B__or%5D%5B1%5D%5Breading_time%5D%5Bin%5D=9&filter_query%5Bcomponent%5D%5Bin%5D=blog_post");

        assertThat(slugs(encoded)).containsExactlyInAnyOrder("blog/cutting-cold-start-latency", "blog/northwind-logistics-migration",
                "blog/soc-2-type-ii-certified", "blog/lessons-from-scaling-support");
    }

    @Test
    void operators_select_by_content_values() {
        assertThat(slugs(cdn.both("stories?filter_query%5Breading_time%5D%5Bgt_int%5D=7"))).containsExactlyInAnyOrder(
                "blog/cutting-cold-start-latency", "blog/zero-trust-networking");
        assertThat(slugs(cdn.both("stories?filter_query%5Bpublished_on%5D%5Blt_date%5D=2026-01-01%2000:00"))).containsExactlyInAnyOrder(
                "blog/soc-2-type-ii-certified", "blog/lessons-from-scaling-support");
        assertThat(slugs(cdn.both("stories?filter_query%5Btitle%5D%5Blike%5D=How*"))).containsExactlyInAnyOrder(
                "blog/cutting-cold-start-latency", "blog/northwind-logistics-migration");
        assertThat(slugs(cdn.both("stories?filter_query%5Bauthor%5D%5Bany_in_array%5D=" + site.uuids.get("authors/priya-raman"))))
                .containsExactlyInAnyOrder("blog/northwind-logistics-migration", "blog/lessons-from-scaling-support");
        assertThat(slugs(cdn.both("stories?content_type=blog_post&filter_query%5Btitle__i18n__de%5D%5Bis%5D=empty")))
                .containsExactlyInAnyOrder("blog/zero-trust-networking", "blog/lessons-from-scaling-support");
        assertThat(slugs(cdn.both("stories?content_type=landing_page&filter_query%5Bnoindex%5D%5Bis%5D=false")))
                .hasSize(3);
    }

    @Test
    void story_metadata_is_never_filterable_only_content_is() {
        var name = "stories?filter_query%5Bname%5D%5Bin%5D=Home";
        var published = "stories?filter_query%5Bpublished_at%5D%5Bis%5D=not_empty";
        var slug = "stories?filter_query%5Bfull_slug%5D%5Blike%5D=*";

        assertThat(slugs(cdn.both(name))).isEmpty();
        assertThat(slugs(cdn.both(published))).isEmpty();
        assertThat(slugs(cdn.both(slug))).isEmpty();
    }

    @Test
    void a_malformed_filter_is_a_422_naming_the_parameter() {
        var response = cdn.raw("stories?filter_query[category][between]=a");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().at("/details/0/path").asText()).isEqualTo("filter_query[category][between]");
        assertThat(response.header("content-type")).startsWith("application/json");
    }
}
