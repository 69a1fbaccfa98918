package dev.duet.content;

import dev.duet.testing.OnBothDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.testing.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.duet.testing.MarketingSite.blok;
import static dev.duet.testing.MarketingSite.page;
import static org.assertj.core.api.Assertions.assertThat;

/** Listing stories with filters, sorting and paging; tags. */
class StoryListIT extends OnBothDatabases {

    StoryClient site;

    @BeforeEach
    void start() {
        site = StoryClient.newSpace(app.admin());
    }

    @Test
    void the_list_filters_sorts_pages_and_leaves_content_out() {
        var blog = site.folder("Blog", null).get("id").asLong();
        site.story("Spring launch", blog, page("x"));
        StoryClient.created(site.create(Map.of("name", "Winter sale", "parent_id", blog, "content", page("x"),
                "tag_list", List.of("promo"))));
        StoryClient.created(site.create(Map.of("name", "Pricing", "content", blok("landing_page", "p1"))));

        var inBlog = site.list("?with_parent=" + blog + "&sort_by=name:desc");
        assertThat(names(inBlog.json())).containsExactly("Winter sale", "Spring launch");
        assertThat(inBlog.json().at("/stories/0/content").isMissingNode()).isTrue();
        assertThat(inBlog.header("total")).isEqualTo("2");
        assertThat(names(site.list("?starts_with=blog/").json())).containsExactlyInAnyOrder("Spring launch", "Winter sale");
        assertThat(names(site.list("?is_folder=true").json())).containsExactly("Blog");
        assertThat(names(site.list("?component=landing_page").json())).containsExactly("Pricing");
        assertThat(names(site.list("?tag=promo").json())).containsExactly("Winter sale");
        assertThat(names(site.list("?search=LAUNCH").json())).containsExactly("Spring launch");
        assertThat(names(site.list("?search=%25").json())).isEmpty();
        assertThat(names(site.list("?updated_by=" + TestApp.ADMIN_EMAIL + "&is_folder=false").json())).hasSize(3);
        assertThat(names(site.list("?status=published").json())).isEmpty();
        var paged = site.list("?per_page=2&page=2&sort_by=created_at");
        assertThat(paged.header("total")).isEqualTo("4");
        assertThat(paged.header("per-page")).isEqualTo("2");
        assertThat(names(paged.json())).containsExactly("Winter sale", "Pricing");
        assertThat(site.list("?sort_by=colour").status()).isEqualTo(400);
        assertThat(site.list("?status=live").status()).isEqualTo(400);
        assertThat(site.list("?parent_id=x").status()).isEqualTo(400);
    }

    @Test
    void tags_are_trimmed_made_unique_and_listed_with_counts() {
        var post = StoryClient.created(site.create(Map.of("name", "A", "content", page("x"),
                "tag_list", List.of(" news ", "news", "promo"))));
        StoryClient.created(site.create(Map.of("name", "B", "content", page("x"), "tag_list", List.of("news"))));
        var blank = site.create(Map.of("name", "C", "content", page("x"), "tag_list", List.of("ok", " ")));

        assertThat(post.get("tag_list")).extracting(JsonNode::asText).containsExactly("news", "promo");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().at("/details/0/path").asText()).isEqualTo("story.tag_list[1]");
        var tags = site.client.get(site.path("/tags")).json().get("tags");
        assertThat(tags).hasSize(2);
        assertThat(tags.get(0).get("name").asText()).isEqualTo("news");
        assertThat(tags.get(0).get("taggings_count").asInt()).isEqualTo(2);

        site.save(post.get("id").asLong(), Map.of("tag_list", List.of()));
        assertThat(site.client.get(site.path("/tags")).json().get("tags")).hasSize(1);
    }

    private static List<String> names(JsonNode body) {
        var names = new ArrayList<String>();
        body.get("stories").forEach(s -> names.add(s.get("name").asText()));
        return names;
    }
}
