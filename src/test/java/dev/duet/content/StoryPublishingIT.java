package dev.duet.content;

import dev.duet.testing.OnBothDatabases;
import dev.duet.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.duet.testing.MarketingSite.page;
import static org.assertj.core.api.Assertions.assertThat;

/** Publishing, the cache version, content events and who may do what. */
class StoryPublishingIT extends OnBothDatabases {

    StoryClient site;
    long home;
    final List<ContentEvent> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        app.wiring.contentEvents.subscribe(heard::add);
        site = StoryClient.newSpace(app.admin());
        home = site.story("Home", null, page("Welcome")).get("id").asLong();
    }

    @Test
    void publishing_a_story_bumps_the_cache_version_and_marks_it_published() {
        var cv = site.cv();

        var published = site.publish(home, 1);

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        var story = published.json().get("story");
        assertThat(story.get("published").asBoolean()).isTrue();
        assertThat(story.get("published_version").asInt()).isEqualTo(1);
        assertThat(story.get("unpublished_changes").asBoolean()).isFalse();
        assertThat(story.get("published_at").asText()).isNotBlank();
        assertThat(story.get("first_published_at").asText()).isEqualTo(story.get("published_at").asText());
        assertThat(site.cv()).isGreaterThan(cv);

        site.save(home, Map.of("content", page("Draft")));
        var changed = site.current(home);
        assertThat(changed.get("unpublished_changes").asBoolean()).isTrue();
        assertThat(site.list("?status=changed").json().get("stories")).hasSize(1);
        assertThat(site.list("?status=published").json().get("stories")).isEmpty();
    }

    @Test
    void an_older_version_can_be_published_and_a_version_that_does_not_exist_cannot() {
        site.save(home, Map.of("content", page("Second")));

        var older = site.client.post(site.path("/stories/" + home + "/publish"), Map.of("version_number", 1, "version", 2));
        var missing = site.client.post(site.path("/stories/" + home + "/publish"), Map.of("version_number", 7, "version", 2));

        assertThat(older.json().at("/story/published_version").asInt()).isEqualTo(1);
        assertThat(older.json().at("/story/unpublished_changes").asBoolean()).isTrue();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/details/0/path").asText()).isEqualTo("version_number");
        assertThat(site.current(home).get("published_version").asInt()).isEqualTo(1);
    }

    @Test
    void unpublishing_bumps_the_cache_version_and_only_a_published_story_can_be_unpublished() {
        var first = site.publish(home, 1).json().at("/story/first_published_at").asText();
        var cv = site.cv();

        var unpublished = site.unpublish(home, 1);
        var again = site.unpublish(home, 1);

        assertThat(unpublished.status()).isEqualTo(200);
        assertThat(unpublished.json().at("/story/published").asBoolean()).isFalse();
        assertThat(unpublished.json().at("/story/published_at").isNull()).isTrue();
        assertThat(unpublished.json().at("/story/first_published_at").asText()).isEqualTo(first);
        assertThat(site.cv()).isGreaterThan(cv);
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void deleting_and_moving_bump_the_cache_version() {
        var folder = site.folder("Blog", null).get("id").asLong();
        var cv = site.cv();
        assertThat(site.move(home, Map.of("parent_id", folder, "version", 1)).status()).isEqualTo(200);
        var afterMove = site.cv();
        assertThat(site.delete(home, 1, "").status()).isEqualTo(204);

        assertThat(afterMove).isGreaterThan(cv);
        assertThat(site.cv()).isGreaterThan(afterMove);
    }

    @Test
    void folders_are_not_published() {
        var folder = site.folder("Blog", null).get("id").asLong();

        var response = site.publish(folder, 1);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).contains("folder");
        assertThat(site.current(folder).get("published").asBoolean()).isFalse();
    }

    @Test
    void a_registered_listener_hears_each_published_change_after_it_committed() {
        var blog = site.folder("Blog", null).get("id").asLong();
        var post = site.story("Launch", blog, page("x")).get("id").asLong();
        site.publish(home, 1);
        site.unpublish(home, 1);
        site.save(blog, Map.of("slug", "news"));
        site.move(home, Map.of("parent_id", blog, "version", 1));
        site.delete(blog, 2, "?recursive=true");
        site.publish(home, 7);

        assertThat(heard).extracting(event -> event.getClass().getSimpleName()).containsExactly(
                "StoryPublished", "StoryUnpublished", "StoryMoved", "StoryMoved", "StoryDeleted", "StoryDeleted", "StoryDeleted");
        var published = (ContentEvent.StoryPublished) heard.get(0);
        assertThat(published.spaceId()).isEqualTo(site.spaceId);
        assertThat(published.storyId()).isEqualTo(home);
        assertThat(published.fullSlug()).isEqualTo("home");
        assertThat(published.versionNumber()).isEqualTo(1);
        var renamed = (ContentEvent.StoryMoved) heard.get(2);
        assertThat(renamed.oldFullSlug()).isEqualTo("blog");
        assertThat(renamed.newFullSlug()).isEqualTo("news");
        var moved = (ContentEvent.StoryMoved) heard.get(3);
        assertThat(moved.oldFullSlug()).isEqualTo("home");
        assertThat(moved.newFullSlug()).isEqualTo("news/home");
        assertThat(heard.subList(4, 7)).extracting(ContentEvent::storyId).containsExactlyInAnyOrder(home, post, blog);
        assertThat(heard.getLast().cv()).isEqualTo(site.cv());
        assertThat(heard).extracting(ContentEvent::cv).isSorted();
    }

    @Test
    void viewers_read_but_cannot_write_and_nothing_changes() {
        var viewer = site.as(app.as(Role.VIEWER));
        var before = site.current(home);

        assertThat(viewer.get(home).status()).isEqualTo(200);
        assertThat(viewer.list("").status()).isEqualTo(200);
        assertThat(viewer.client.get(viewer.path("/stories/" + home + "/versions")).status()).isEqualTo(200);
        assertThat(viewer.create(Map.of("name", "Mine", "content", page("x"))).status()).isEqualTo(403);
        assertThat(viewer.update(home, Map.of("name", "Mine"), 1).status()).isEqualTo(403);
        assertThat(viewer.move(home, Map.of("position", 1, "version", 1)).status()).isEqualTo(403);
        assertThat(viewer.publish(home, 1).status()).isEqualTo(403);
        assertThat(viewer.delete(home, 1, "").status()).isEqualTo(403);
        assertThat(viewer.client.post(viewer.path("/stories/" + home + "/versions/1/restore"), Map.of("version", 1)).status())
                .isEqualTo(403);
        assertThat(site.current(home)).isEqualTo(before);
        assertThat(site.list("").header("total")).isEqualTo("1");
    }

    @Test
    void approvers_publish_but_cannot_edit() {
        var approver = site.as(app.as(Role.APPROVER));

        assertThat(approver.update(home, Map.of("name", "Mine"), 1).status()).isEqualTo(403);
        assertThat(approver.create(Map.of("name", "Mine", "content", page("x"))).status()).isEqualTo(403);
        assertThat(approver.client.post(approver.path("/stories/" + home + "/discard"), Map.of("version", 1)).status())
                .isEqualTo(403);
        assertThat(site.current(home).get("name").asText()).isEqualTo("Home");
        assertThat(approver.publish(home, 1).status()).isEqualTo(200);
        assertThat(approver.unpublish(home, 1).status()).isEqualTo(200);
    }

    @Test
    void editors_write_and_in_this_phase_publish_too_and_are_named_as_authors() {
        var editor = site.as(app.as(Role.EDITOR));

        var created = StoryClient.created(editor.create(Map.of("name", "Campaign", "content", page("x"))));
        var saved = editor.save(created.get("id").asLong(), Map.of("name", "Spring campaign"));
        var published = editor.publish(created.get("id").asLong(), 2);

        assertThat(saved.get("updated_by").asText()).startsWith("editor-");
        assertThat(published.status()).isEqualTo(200);
        assertThat(site.client.get(site.path("/stories/" + created.get("id").asLong() + "/versions"))
                .json().at("/versions/0/author").asText()).startsWith("editor-");
    }

    @Test
    void story_writes_are_in_the_audit_log_with_the_story_and_version() {
        site.save(home, Map.of("name", "Start"));

        var entry = site.client.get("/api/audit?action=PUT").json().at("/entries/0");

        assertThat(entry.get("action").asText()).isEqualTo("PUT /api/spaces/{space_id}/stories/{story_id}");
        assertThat(entry.at("/details/story_id").asLong()).isEqualTo(home);
        assertThat(entry.at("/details/version").asInt()).isEqualTo(2);
    }
}
