package dev.duet.delivery;

import dev.duet.testing.Response;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static dev.duet.delivery.DeliveryListIT.slugs;
import static dev.duet.delivery.DeliveryRelationsIT.blok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snapshot follows every change as soon as the write returns: publish, republish, unpublish, delete, move and
 * rename, positions, alternates and datasource changes. Reads between changes come from the fast path.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class DeliveryUpdatesIT {

    @Parameter
    TestDatabase database;

    TestApp app;
    AcmeSite site;
    CdnCalls cdn;

    @BeforeEach
    void start() {
        app = new TestApp(database);
        site = AcmeSite.create(app);
        cdn = new CdnCalls(app, site);
        cdn.get("stories/home");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** Reads twice: the first read after a change applies it (Javalin), the second is answered from memory. */
    private Response read(String pathAndQuery) {
        var first = cdn.get(pathAndQuery);
        long fast = app.wiring.delivery.fastAnswers();
        var second = cdn.get(pathAndQuery);
        if (second.status() == 200 && pathAndQuery.startsWith("stories")) {
            assertThat(app.wiring.delivery.fastAnswers()).as("answered from memory").isEqualTo(fast + 1);
        }
        assertThat(second.text()).isEqualTo(first.text());
        return second;
    }

    @Test
    void a_published_story_is_delivered_right_after_publishing_and_the_cv_moves_on() {
        long cv = read("stories/home").json().get("cv").asLong();

        var news = site.publishNew("Launch week", site.ids.get("blog"), blok("blog_post", "title", "Launch week", "category", "product"));

        var story = read("stories/blog/launch-week");
        assertThat(story.status()).isEqualTo(200);
        assertThat(story.json().at("/story/content/title").asText()).isEqualTo("Launch week");
        assertThat(story.json().get("cv").asLong()).isGreaterThan(cv);
        assertThat(slugs(read("stories?starts_with=blog/&per_page=100"))).contains("blog/launch-week");
        assertThat(read("links?per_page=100").json().get("links").has(news.get("uuid").asText())).isTrue();
        assertThat(read("stories/home").json().get("cv").asLong()).isEqualTo(story.json().get("cv").asLong());
    }

    @Test
    void republishing_replaces_the_content_and_unpublishing_removes_the_story() {
        long about = site.ids.get("about");
        site.save(about, Map.of("name", "About Acme"));
        site.publish(about);

        assertThat(read("stories/about").json().at("/story/name").asText()).isEqualTo("About Acme");

        site.unpublish(about);

        assertThat(read("stories/about").status()).isEqualTo(404);
        assertThat(slugs(read("stories?level=1"))).containsExactlyInAnyOrder("home", "pricing");
        assertThat(read("links?per_page=100").json().get("links").has(site.uuids.get("about"))).isFalse();
    }

    @Test
    void deleting_a_folder_with_its_stories_removes_all_of_them() {
        var folder = site.ids.get("legal");
        var response = site.admin.send("DELETE", site.path("/stories/" + folder + "?recursive=true"),
                Map.of("version", site.story(folder).get("version").asLong()));
        assertThat(response.status()).as(response.toString()).isEqualTo(204);

        assertThat(read("stories/legal/imprint").status()).isEqualTo(404);
        assertThat(slugs(read("stories?starts_with=legal/"))).isEmpty();
        assertThat(read("links?starts_with=legal").json().get("links")).isEmpty();
        assertThat(read("stories/home").status()).isEqualTo(200);
    }

    @Test
    void deleting_a_story_renumbers_its_siblings() {
        long imprint = site.ids.get("legal/imprint");
        site.admin.send("DELETE", site.path("/stories/" + imprint), Map.of("version", site.story(imprint).get("version").asLong()));

        var privacy = read("stories/legal/privacy").json().get("story");

        assertThat(privacy.get("position").asInt()).isEqualTo(1);
    }

    @Test
    void moving_a_story_to_another_folder_changes_its_url_parent_and_the_old_folders_positions() {
        long about = site.ids.get("about");
        var moved = site.admin.post(site.path("/stories/" + about + "/move"),
                Map.of("parent_id", site.ids.get("legal"), "version", site.story(about).get("version").asLong()));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        assertThat(read("stories/about").status()).isEqualTo(404);
        var story = read("stories/legal/about").json().get("story");
        assertThat(story.get("parent_id").asLong()).isEqualTo(site.ids.get("legal"));
        assertThat(read("stories/pricing").json().at("/story/position").asInt()).isEqualTo(2);
        assertThat(read("links/" + site.uuids.get("about")).json().at("/link/slug").asText()).isEqualTo("legal/about");
    }

    @Test
    void renaming_a_folder_moves_every_story_under_it() {
        long authors = site.ids.get("authors");
        site.save(authors, Map.of("slug", "team"));

        assertThat(read("stories/authors/jonas-weber").status()).isEqualTo(404);
        assertThat(slugs(read("stories?starts_with=team/"))).containsExactly("team/mara-lindqvist", "team/jonas-weber",
                "team/priya-raman");
        assertThat(read("links/" + site.uuids.get("authors")).json().at("/link/slug").asText()).isEqualTo("team");
    }

    @Test
    void stories_sharing_a_group_list_each_other_as_alternates_once_published() {
        long home = site.ids.get("home");
        long about = site.ids.get("about");
        site.save(home, Map.of("group_id", site.story(about).get("group_id").asText()));
        site.publish(home);

        var homeStory = read("stories/home").json().get("story");
        var aboutStory = read("stories/about").json().get("story");

        assertThat(homeStory.at("/alternates/0/id").asLong()).isEqualTo(about);
        assertThat(homeStory.at("/alternates/0/full_slug").asText()).isEqualTo("about");
        assertThat(aboutStory.at("/alternates/0/id").asLong()).isEqualTo(home);
        assertThat(aboutStory.at("/alternates/0/published").asBoolean()).isTrue();
    }

    @Test
    void a_datasource_change_moves_the_cv_of_every_answer() {
        long cv = read("stories/home").json().get("cv").asLong();
        var datasource = site.admin.get(site.path("/datasources")).json().at("/datasources/0/id").asLong();

        var added = site.admin.post(site.path("/datasources/" + datasource + "/entries"),
                Map.of("datasource_entry", Map.of("name", "Star", "value", "star")));
        assertThat(added.status()).isEqualTo(201);

        assertThat(read("stories/home").json().get("cv").asLong()).isGreaterThan(cv);
        assertThat(read("stories/home").json().get("cv").asLong()).isEqualTo(app.wiring.spaces.get(site.spaceId).cv());
    }

    @Test
    void a_reloaded_space_answers_the_same() {
        var before = read("stories?starts_with=blog/").text();

        app.wiring.delivery.snapshots().reload(site.spaceId);

        assertThat(read("stories?starts_with=blog/").text()).isEqualTo(before);
    }
}
