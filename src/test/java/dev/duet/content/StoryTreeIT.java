package dev.duet.content;

import dev.duet.testing.OnBothDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.duet.testing.MarketingSite.page;
import static org.assertj.core.api.Assertions.assertThat;

/** Folders, slugs, start pages, the order of siblings, and what a write needs to find. */
class StoryTreeIT extends OnBothDatabases {

    StoryClient site;

    @BeforeEach
    void start() {
        site = StoryClient.newSpace(app.admin());
    }

    @Test
    void a_story_in_a_folder_gets_its_full_slug_the_last_position_and_version_1() {
        var blog = site.folder("Blog", null);
        var first = site.story("First Post", blog.get("id").asLong(), page("Hello"));
        var second = site.story("Second Post", blog.get("id").asLong(), page("Again"));

        assertThat(blog.get("full_slug").asText()).isEqualTo("blog");
        assertThat(blog.get("is_folder").asBoolean()).isTrue();
        assertThat(first.get("slug").asText()).isEqualTo("first-post");
        assertThat(first.get("full_slug").asText()).isEqualTo("blog/first-post");
        assertThat(first.get("parent_id").asLong()).isEqualTo(blog.get("id").asLong());
        assertThat(first.get("position").asInt()).isEqualTo(1);
        assertThat(second.get("position").asInt()).isEqualTo(2);

        var read = site.current(first.get("id").asLong());
        assertThat(read.at("/content/body/0/headline").asText()).isEqualTo("Hello");
        assertThat(read.get("version").asInt()).isEqualTo(1);
        assertThat(read.get("published").asBoolean()).isFalse();
        assertThat(read.get("unpublished_changes").asBoolean()).isFalse();
        assertThat(read.get("published_version").isNull()).isTrue();
        assertThat(read.get("uuid").asText()).hasSize(36);
        assertThat(read.get("group_id").asText()).hasSize(36);
        assertThat(read.get("lang").asText()).isEqualTo("default");
        assertThat(read.get("alternates")).isEmpty();
        assertThat(site.get(first.get("id").asLong()).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void stories_sharing_a_group_id_are_each_others_alternates() {
        var english = site.story("Pricing", null, page("Plans"));
        var german = StoryClient.created(site.create(Map.of("name", "Preise", "content", page("Tarife"),
                "group_id", english.get("group_id").asText())));

        var alternates = site.current(english.get("id").asLong()).get("alternates");

        assertThat(alternates).hasSize(1);
        assertThat(alternates.get(0).get("id").asLong()).isEqualTo(german.get("id").asLong());
        assertThat(alternates.get(0).get("full_slug").asText()).isEqualTo("preise");
    }

    @Test
    void a_start_page_answers_at_the_folder_url_and_a_folder_has_only_one() {
        var blog = site.folder("Blog", null).get("id").asLong();
        var index = StoryClient.created(site.create(Map.of("name", "Blog home", "parent_id", blog, "is_startpage", true,
                "content", page("All posts"))));

        var second = site.create(Map.of("name", "Other home", "parent_id", blog, "is_startpage", true, "content", page("x")));
        var atRoot = site.create(Map.of("name", "Root home", "is_startpage", true, "content", page("x")));

        assertThat(index.get("full_slug").asText()).isEqualTo("blog/");
        assertThat(index.get("slug").asText()).isEqualTo("blog-home");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("error").asText()).contains("already has a start page");
        assertThat(atRoot.status()).isEqualTo(400);
        assertThat(atRoot.json().at("/details/0/path").asText()).isEqualTo("story.is_startpage");
        assertThat(site.list("").header("total")).isEqualTo("2");
    }

    @Test
    void a_slug_taken_in_the_same_folder_is_refused_with_409_and_nothing_changes() {
        var blog = site.folder("Blog", null).get("id").asLong();
        var post = site.story("Launch", blog, page("We launched"));
        site.story("Launch", null, page("Same slug at the root is fine"));
        var other = site.story("Other", blog, page("Other"));

        var duplicate = site.create(Map.of("name", "Launch!", "parent_id", blog, "content", page("x")));
        var before = site.current(other.get("id").asLong());
        var renamed = site.update(other.get("id").asLong(), Map.of("slug", "launch"), 1);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("error").asText()).contains("launch", "blog", "story " + post.get("id").asLong());
        assertThat(renamed.status()).isEqualTo(409);
        assertThat(site.current(other.get("id").asLong())).isEqualTo(before);
        assertThat(site.list("?parent_id=" + blog).header("total")).isEqualTo("2");
    }

    @Test
    void slugs_are_normalised_and_invalid_slugs_are_refused_naming_the_field() {
        var normalised = StoryClient.created(site.create(Map.of("name", "x", "slug", "Summer Sale_2025!", "content", page("x"))));
        var slash = site.create(Map.of("name", "Nested", "slug", "blog/post", "content", page("x")));
        var empty = site.create(Map.of("name", "Nothing", "slug", "???", "content", page("x")));
        var renamed = site.update(normalised.get("id").asLong(), Map.of("slug", "a/b"), 1);

        assertThat(normalised.get("slug").asText()).isEqualTo("summer-sale-2025");
        assertThat(slash.status()).isEqualTo(400);
        assertThat(slash.json().at("/details/0/path").asText()).isEqualTo("story.slug");
        assertThat(slash.json().get("error").asText()).contains("'/'");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(site.current(normalised.get("id").asLong()).get("slug").asText()).isEqualTo("summer-sale-2025");
        assertThat(site.list("").header("total")).isEqualTo("1");
    }

    @Test
    void renaming_a_folder_rewrites_the_full_slug_of_everything_inside_it() {
        var blog = site.folder("Blog", null).get("id").asLong();
        var year = site.folder("2025", blog).get("id").asLong();
        var post = site.story("Launch", year, page("x")).get("id").asLong();
        var index = StoryClient.created(site.create(Map.of("name", "Index", "parent_id", blog, "is_startpage", true,
                "content", page("x")))).get("id").asLong();
        var elsewhere = site.story("Blog post about blogs", null, page("x")).get("id").asLong();

        site.save(blog, Map.of("slug", "news"));

        assertThat(site.current(blog).get("full_slug").asText()).isEqualTo("news");
        assertThat(site.current(year).get("full_slug").asText()).isEqualTo("news/2025");
        assertThat(site.current(post).get("full_slug").asText()).isEqualTo("news/2025/launch");
        assertThat(site.current(index).get("full_slug").asText()).isEqualTo("news/");
        assertThat(site.current(elsewhere).get("full_slug").asText()).isEqualTo("blog-post-about-blogs");
    }

    @Test
    void moving_a_folder_takes_everything_inside_along_and_moving_it_into_itself_is_refused() {
        var blog = site.folder("Blog", null).get("id").asLong();
        var year = site.folder("2025", blog).get("id").asLong();
        var month = site.folder("March", year).get("id").asLong();
        var post = site.story("Launch", month, page("x")).get("id").asLong();
        var archive = site.folder("Archive", null).get("id").asLong();

        var moved = site.move(year, Map.of("parent_id", archive, "version", 1));
        var intoChild = site.move(blog, Map.of("parent_id", blog, "version", 1));
        var intoGrandchild = site.move(archive, Map.of("parent_id", month, "version", 1));

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().at("/story/full_slug").asText()).isEqualTo("archive/2025");
        assertThat(site.current(month).get("full_slug").asText()).isEqualTo("archive/2025/march");
        assertThat(site.current(post).get("full_slug").asText()).isEqualTo("archive/2025/march/launch");
        assertThat(intoChild.status()).isEqualTo(400);
        assertThat(intoGrandchild.status()).isEqualTo(400);
        assertThat(intoGrandchild.json().get("error").asText()).contains("into itself");
        assertThat(site.current(archive).get("parent_id").isNull()).isTrue();
        assertThat(site.current(post).get("full_slug").asText()).isEqualTo("archive/2025/march/launch");
    }

    @Test
    void moving_to_a_position_or_next_to_a_sibling_renumbers_the_siblings() {
        var a = site.story("A", null, page("a")).get("id").asLong();
        var b = site.story("B", null, page("b")).get("id").asLong();
        var c = site.story("C", null, page("c")).get("id").asLong();

        assertThat(site.move(c, Map.of("position", 1, "version", 1)).status()).isEqualTo(200);
        assertThat(order()).containsExactly("c", "a", "b");
        assertThat(site.move(c, Map.of("after_id", b, "version", 1)).status()).isEqualTo(200);
        assertThat(order()).containsExactly("a", "b", "c");
        assertThat(site.move(a, Map.of("before_id", c, "version", 1)).status()).isEqualTo(200);
        assertThat(order()).containsExactly("b", "a", "c");

        var folder = site.folder("F", null).get("id").asLong();
        assertThat(site.move(a, Map.of("parent_id", folder, "version", 1)).json().at("/story/position").asInt()).isEqualTo(1);
        assertThat(order()).containsExactly("b", "c", "f");
        assertThat(positions()).containsExactly(1, 2, 3);

        var notSibling = site.move(b, Map.of("after_id", a, "version", 1));
        var both = site.move(b, Map.of("after_id", c, "position", 1, "version", 1));
        assertThat(notSibling.status()).isEqualTo(400);
        assertThat(notSibling.json().at("/details/0/path").asText()).isEqualTo("after_id");
        assertThat(both.status()).isEqualTo(400);
        assertThat(order()).containsExactly("b", "c", "f");
    }

    @Test
    void a_new_parent_id_in_an_update_moves_the_story_to_the_end_of_that_folder() {
        var blog = site.folder("Blog", null).get("id").asLong();
        site.story("Older post", blog, page("x"));
        var post = site.story("Launch", null, page("x")).get("id").asLong();

        var moved = site.save(post, Map.of("parent_id", blog, "name", "Launch day"));
        var back = site.update(post, Map.of("parent_id", 0), moved.get("version").asInt());

        assertThat(moved.get("full_slug").asText()).isEqualTo("blog/launch");
        assertThat(moved.get("position").asInt()).isEqualTo(2);
        assertThat(moved.get("version").asInt()).isEqualTo(2);
        assertThat(back.json().at("/story/full_slug").asText()).isEqualTo("launch");
        assertThat(back.json().at("/story/parent_id").isNull()).isTrue();
    }

    @Test
    void a_story_read_and_sent_back_whole_saves_against_the_version_it_was_read_at() {
        var post = site.story("Launch", null, page("x")).get("id").asLong();
        var read = (com.fasterxml.jackson.databind.node.ObjectNode) site.current(post);
        read.put("name", "Launch day");

        var saved = site.client.put(site.path("/stories/" + post), Map.of("story", read));
        var again = site.client.put(site.path("/stories/" + post), Map.of("story", read));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().at("/story/name").asText()).isEqualTo("Launch day");
        assertThat(saved.json().at("/story/version").asInt()).isEqualTo(2);
        assertThat(again.status()).isEqualTo(409);
    }

    private List<String> order() {
        var slugs = new ArrayList<String>();
        site.list("?parent_id=0&sort_by=position").json().get("stories").forEach(s -> slugs.add(s.get("slug").asText()));
        return slugs;
    }

    private List<Integer> positions() {
        var positions = new ArrayList<Integer>();
        site.list("?parent_id=0").json().get("stories").forEach(s -> positions.add(s.get("position").asInt()));
        return positions;
    }

    @Test
    void the_parent_must_be_a_folder_of_the_same_space() {
        var story = site.story("Home", null, page("x")).get("id").asLong();
        var otherSpace = StoryClient.newSpace(site.client);
        var foreignFolder = otherSpace.folder("Theirs", null).get("id").asLong();

        var underStory = site.create(Map.of("name", "Child", "parent_id", story, "content", page("x")));
        var underForeign = site.create(Map.of("name", "Child", "parent_id", foreignFolder, "content", page("x")));
        var underNothing = site.create(Map.of("name", "Child", "parent_id", 987654, "content", page("x")));

        assertThat(underStory.status()).isEqualTo(400);
        assertThat(underStory.json().get("error").asText()).contains("not a folder");
        assertThat(underForeign.status()).isEqualTo(400);
        assertThat(underNothing.status()).isEqualTo(400);
        assertThat(underNothing.json().at("/details/0/path").asText()).isEqualTo("story.parent_id");
        assertThat(site.list("").header("total")).isEqualTo("1");
    }

    @Test
    void stories_need_content_naming_its_type_and_folders_have_none_but_give_their_stories_a_default_type() {
        var noContent = site.create(Map.of("name", "Empty"));
        var noComponent = site.create(Map.of("name", "Typeless", "content", Map.of("title", "x")));
        var folderWithContent = site.create(Map.of("name", "F", "is_folder", true, "content", page("x")));
        var posts = StoryClient.created(site.create(Map.of("name", "Blog", "is_folder", true, "default_root", "blog_post")));
        var post = StoryClient.created(site.create(Map.of("name", "First", "parent_id", posts.get("id").asLong())));

        assertThat(noContent.status()).isEqualTo(400);
        assertThat(noContent.json().at("/details/0/path").asText()).isEqualTo("story.content");
        assertThat(noComponent.json().at("/details/0/path").asText()).isEqualTo("story.content.component");
        assertThat(folderWithContent.status()).isEqualTo(400);
        assertThat(posts.get("default_root").asText()).isEqualTo("blog_post");
        assertThat(post.at("/content/component").asText()).isEqualTo("blog_post");
        assertThat(site.list("").header("total")).isEqualTo("2");
    }

    @Test
    void deleting_a_folder_that_holds_stories_needs_recursive() {
        var blog = site.folder("Blog", null).get("id").asLong();
        var year = site.folder("2025", blog).get("id").asLong();
        var post = site.story("Launch", year, page("x")).get("id").asLong();
        var home = site.story("Home", null, page("x")).get("id").asLong();

        var refused = site.delete(blog, 1, "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().at("/details/0/descendants").asInt()).isEqualTo(2);
        assertThat(site.get(post).status()).isEqualTo(200);

        assertThat(site.delete(blog, 1, "?recursive=true").status()).isEqualTo(204);
        assertThat(site.get(blog).status()).isEqualTo(404);
        assertThat(site.get(year).status()).isEqualTo(404);
        assertThat(site.get(post).status()).isEqualTo(404);
        assertThat(site.current(home).get("position").asInt()).isEqualTo(1);
    }

    @Test
    void unknown_spaces_stories_and_versions_answer_404_and_so_do_other_spaces_stories() {
        var story = site.story("Home", null, page("x")).get("id").asLong();
        var other = StoryClient.newSpace(site.client);

        assertThat(site.get(987654).status()).isEqualTo(404);
        assertThat(other.get(story).status()).isEqualTo(404);
        assertThat(site.client.get("/api/spaces/987654/stories").status()).isEqualTo(404);
        assertThat(site.client.post("/api/spaces/987654/stories", Map.of("story", Map.of("name", "x", "content", page("x"))))
                .status()).isEqualTo(404);
        assertThat(site.update(987654, Map.of("name", "x"), 1).status()).isEqualTo(404);
        assertThat(site.delete(987654, 1, "").status()).isEqualTo(404);
        assertThat(site.move(987654, Map.of("position", 1, "version", 1)).status()).isEqualTo(404);
        assertThat(site.client.get(site.path("/stories/" + story + "/versions/9")).status()).isEqualTo(404);
        assertThat(site.client.get(site.path("/stories/abc")).status()).isEqualTo(400);
        assertThat(other.update(story, Map.of("name", "Hijacked"), 1).status()).isEqualTo(404);
        assertThat(site.current(story).get("name").asText()).isEqualTo("Home");
    }
}
