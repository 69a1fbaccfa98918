package dev.duet.releases;

import dev.duet.access.Role;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Releases over HTTP: putting them together, conflicts, merging and reverting them whole, and who may do what. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ReleasesIT {

    @Parameter
    TestDatabase database;

    TestApp app;
    ReleaseSite site;
    long home;
    long pricing;

    @BeforeEach
    void start() {
        // a clock that stands still makes every cache-version bump exactly +1, so tests can count them
        app = new TestApp(TestApp.Setup.on(database).allowingPrivateWebhookTargets()
                .clock(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC)));
        site = ReleaseSite.newSpace(app.admin());
        home = site.story("Home", "Welcome");
        pricing = site.story("Pricing", "Plans");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void adding_stories_pins_their_latest_or_a_given_version() {
        site.edit(home, "Spring is here");
        long spring = site.release("Spring campaign");

        var first = site.add(spring, home, null);
        var second = site.add(spring, pricing, 1);
        var release = site.get(spring);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(release.get("name").asText()).isEqualTo("Spring campaign");
        assertThat(release.get("status").asText()).isEqualTo("open");
        assertThat(release.get("item_count").asInt()).isEqualTo(2);
        var items = release.get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("story_id").asLong()).isEqualTo(home);
        assertThat(items.get(0).get("story_name").asText()).isEqualTo("Home");
        assertThat(items.get(0).get("version_number").asInt()).isEqualTo(2);
        assertThat(items.get(0).get("base_version").asInt()).isEqualTo(2);
        assertThat(items.get(0).get("added_by").asText()).isEqualTo(TestApp.ADMIN_EMAIL);
        assertThat(items.get(0).get("conflict").isNull()).isTrue();
        assertThat(items.get(1).get("version_number").asInt()).isEqualTo(1);
    }

    @Test
    void releases_are_listed_newest_first_with_their_item_counts_and_filtered_by_status() {
        long spring = site.release("Spring campaign");
        site.added(spring, home);
        long summer = site.release("Summer sale");
        site.added(summer, pricing);
        assertThat(site.merge(summer, false).status()).isEqualTo(200);

        var all = app.admin().get(site.path("/releases"));
        var open = app.admin().get(site.path("/releases?status=open"));
        var bad = app.admin().get(site.path("/releases?status=shipped"));

        assertThat(all.json().get("releases")).extracting(r -> r.get("name").asText())
                .containsExactly("Summer sale", "Spring campaign");
        assertThat(all.json().at("/releases/1/item_count").asInt()).isEqualTo(1);
        assertThat(all.header("total")).isEqualTo("2");
        assertThat(open.json().get("releases")).extracting(r -> r.get("name").asText()).containsExactly("Spring campaign");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).contains("status");
    }

    @Test
    void a_release_can_be_renamed_and_an_open_one_deleted() {
        long spring = site.release("Spring");

        var renamed = app.admin().put(site.path("/releases/" + spring),
                Map.of("release", Map.of("name", "Spring campaign", "description", "Everything for March")));
        var deleted = app.admin().delete(site.path("/releases/" + spring));

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().at("/release/name").asText()).isEqualTo("Spring campaign");
        assertThat(renamed.json().at("/release/description").asText()).isEqualTo("Everything for March");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(app.admin().get(site.path("/releases/" + spring)).status()).isEqualTo(404);
    }

    @Test
    void bad_input_is_refused_naming_the_problem_and_changes_nothing() {
        long spring = site.release("Spring");
        site.added(spring, home);
        var folder = app.admin().post(site.path("/stories"), Map.of("story", Map.of("name", "Blog", "is_folder", true)))
                .json().at("/story/id").asLong();

        var blank = site.create("  ", null);
        var tooLong = site.create("x".repeat(201), null);
        var noBody = app.admin().post(site.path("/releases"), Map.of("name", "Spring"));
        var unknownStory = site.add(spring, 999_999, null);
        var aFolder = site.add(spring, folder, null);
        var noSuchVersion = site.add(spring, pricing, 5);
        var twice = site.add(spring, home, null);
        var noStoryId = app.admin().post(site.path("/releases/" + spring + "/items"), Map.of("version_number", 1));
        var unknownRelease = app.admin().get(site.path("/releases/999999"));
        var notAnId = app.admin().get(site.path("/releases/spring"));
        var repinMissing = app.admin().put(site.path("/releases/" + spring + "/items/" + pricing), Map.of());
        var removeMissing = app.admin().delete(site.path("/releases/" + spring + "/items/" + pricing));

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().at("/details/0/path").asText()).isEqualTo("release.name");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(unknownStory.status()).isEqualTo(404);
        assertThat(aFolder.status()).isEqualTo(400);
        assertThat(aFolder.json().get("error").asText()).contains("folder");
        assertThat(noSuchVersion.status()).isEqualTo(400);
        assertThat(noSuchVersion.json().at("/details/0/path").asText()).isEqualTo("version_number");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(noStoryId.status()).isEqualTo(400);
        assertThat(unknownRelease.status()).isEqualTo(404);
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(repinMissing.status()).isEqualTo(404);
        assertThat(removeMissing.status()).isEqualTo(404);
        var release = site.get(spring);
        assertThat(release.get("items")).extracting(item -> item.get("story_id").asLong()).containsExactly(home);
        assertThat(app.admin().get(site.path("/releases")).json().get("releases")).hasSize(1);
    }

    @Test
    void a_release_of_another_space_is_not_found() {
        long spring = site.release("Spring");
        var other = ReleaseSite.newSpace(app.admin());

        assertThat(app.admin().get(other.path("/releases/" + spring)).status()).isEqualTo(404);
        assertThat(other.merge(spring, false).status()).isEqualTo(404);
        assertThat(app.admin().delete(other.path("/releases/" + spring)).status()).isEqualTo(404);
        assertThat(site.get(spring).get("status").asText()).isEqualTo("open");
    }

    @Test
    void a_story_changed_by_someone_else_conflicts_and_refuses_the_merge_until_it_is_re_pinned() {
        long spring = site.release("Spring");
        site.added(spring, home);
        site.added(spring, pricing);
        site.edit(pricing, "My own later change");
        site.as(app.as(Role.EDITOR)).edit(home, "Changed outside the release");
        long cv = site.cv();

        var release = site.get(spring);
        var refused = site.merge(spring, false);

        assertThat(release.at("/items/0/conflict/reason").asText()).isEqualTo("changed");
        assertThat(release.at("/items/0/conflict/versions/0").asInt()).isEqualTo(2);
        assertThat(release.at("/items/0/latest_version").asInt()).isEqualTo(2);
        assertThat(release.at("/items/1/conflict").isNull()).as("the pinner's own change is no conflict").isTrue();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asText()).contains("“Home” was changed by editor-");
        assertThat(refused.json().get("details")).hasSize(1);
        assertThat(refused.json().at("/details/0/story_id").asLong()).isEqualTo(home);
        assertThat(site.story(home).get("published").asBoolean()).isFalse();
        assertThat(site.story(pricing).get("published").asBoolean()).isFalse();
        assertThat(site.cv()).isEqualTo(cv);
        assertThat(site.get(spring).get("status").asText()).isEqualTo("open");
        assertThat(site.activity("release.merged")).isEmpty();

        var repinned = app.admin().put(site.path("/releases/" + spring + "/items/" + home), Map.of());
        assertThat(repinned.status()).as(repinned.toString()).isEqualTo(200);
        assertThat(repinned.json().at("/release/items/0/version_number").asInt()).isEqualTo(2);
        assertThat(repinned.json().at("/release/items/0/conflict").isNull()).isTrue();
        assertThat(site.merge(spring, false).status()).isEqualTo(200);
        assertThat(site.story(home).get("published_version").asInt()).isEqualTo(2);
    }

    @Test
    void force_publishes_the_pinned_versions_despite_conflicts() {
        long spring = site.release("Spring");
        site.added(spring, home);
        site.as(app.as(Role.EDITOR)).edit(home, "Changed outside the release");

        var forced = site.merge(spring, true);

        assertThat(forced.status()).as(forced.toString()).isEqualTo(200);
        assertThat(forced.json().at("/release/status").asText()).isEqualTo("merged");
        var story = site.story(home);
        assertThat(story.get("published_version").asInt()).isEqualTo(1);
        assertThat(story.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void merging_publishes_every_pinned_version_with_one_cache_version_bump_and_one_release_merged_webhook() {
        var webhook = app.admin().post(site.path("/webhooks"), Map.of("webhook", Map.of("name", "Rebuild",
                "url", "http://127.0.0.1:9/hooks", "events", List.of("release.merged"))));
        assertThat(webhook.status()).as(webhook.toString()).isEqualTo(201);
        long webhookId = webhook.json().at("/webhook/id").asLong();
        site.edit(home, "Spring is here");
        long spring = site.release("Spring campaign");
        site.added(spring, home);
        site.added(spring, pricing);
        long cv = site.cv();

        var merged = site.merge(spring, false);

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().at("/release/status").asText()).isEqualTo("merged");
        assertThat(merged.json().at("/release/merged_by").asText()).isEqualTo(TestApp.ADMIN_EMAIL);
        assertThat(site.story(home).get("published_version").asInt()).isEqualTo(2);
        assertThat(site.story(pricing).get("published_version").asInt()).isEqualTo(1);
        assertThat(site.cv()).isEqualTo(cv + 1);
        var entries = site.activity("release.merged");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).at("/details/release_id").asLong()).isEqualTo(spring);
        assertThat(entries.get(0).at("/details/release_name").asText()).isEqualTo("Spring campaign");
        assertThat(entries.get(0).at("/details/story_ids")).extracting(id -> id.asLong()).containsExactly(home, pricing);
        assertThat(entries.get(0).at("/details/cv").asLong()).isEqualTo(cv + 1);
        var deliveries = deliveries(webhookId);
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).at("/payload/action").asText()).isEqualTo("release_merged");
        assertThat(deliveries.get(0).at("/payload/details/story_ids")).hasSize(2);
        assertThat(site.merge(spring, false).status()).as("merging twice").isEqualTo(409);
        assertThat(site.cv()).isEqualTo(cv + 1);
    }

    @Test
    void a_story_deleted_meanwhile_refuses_the_whole_merge_even_when_forced() {
        long spring = site.release("Spring");
        site.added(spring, home);
        site.added(spring, pricing);
        assertThat(app.admin().header("If-Match", "\"1\"").delete(site.path("/stories/" + pricing)).status()).isEqualTo(204);
        long cv = site.cv();

        var release = site.get(spring);
        var refused = site.merge(spring, false);
        var forced = site.merge(spring, true);

        assertThat(release.at("/items/1/conflict/reason").asText()).isEqualTo("deleted");
        assertThat(release.at("/items/1/story_name").asText()).isEqualTo("Pricing");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(forced.status()).isEqualTo(409);
        assertThat(forced.json().get("error").asText()).contains("was deleted");
        assertThat(site.story(home).get("published").asBoolean()).as("nothing of the release was published").isFalse();
        assertThat(site.cv()).isEqualTo(cv);
        assertThat(site.get(spring).get("status").asText()).isEqualTo("open");
        assertThat(site.activity("release.merged")).isEmpty();
    }

    @Test
    void reverting_restores_exactly_what_was_published_before_the_merge() {
        site.publish(home);
        site.edit(home, "Spring is here");
        long spring = site.release("Spring");
        site.added(spring, home);
        site.added(spring, pricing);
        assertThat(site.merge(spring, false).status()).isEqualTo(200);
        long cv = site.cv();

        var reverted = site.revert(spring);

        assertThat(reverted.status()).as(reverted.toString()).isEqualTo(200);
        assertThat(reverted.json().at("/release/status").asText()).isEqualTo("reverted");
        assertThat(reverted.json().at("/release/items/0/previous_version").asInt()).isEqualTo(1);
        assertThat(site.story(home).get("published_version").asInt()).isEqualTo(1);
        assertThat(site.story(pricing).get("published").asBoolean()).isFalse();
        assertThat(site.cv()).isEqualTo(cv + 1);
        assertThat(site.activity("release.reverted")).hasSize(1);
        assertThat(site.revert(spring).status()).as("reverting twice").isEqualTo(409);
        assertThat(site.merge(spring, false).status()).as("merging a reverted release").isEqualTo(409);
    }

    @Test
    void an_open_release_cannot_be_reverted_and_a_merged_one_cannot_change() {
        long spring = site.release("Spring");
        site.added(spring, home);
        var revertOpen = site.revert(spring);
        assertThat(site.merge(spring, false).status()).isEqualTo(200);

        var add = site.add(spring, pricing, null);
        var rename = app.admin().put(site.path("/releases/" + spring), Map.of("release", Map.of("name", "Later")));
        var delete = app.admin().delete(site.path("/releases/" + spring));
        var remove = app.admin().delete(site.path("/releases/" + spring + "/items/" + home));

        assertThat(revertOpen.status()).isEqualTo(409);
        assertThat(revertOpen.json().get("error").asText()).contains("is open");
        assertThat(List.of(add.status(), rename.status(), delete.status(), remove.status())).containsOnly(409);
        var release = site.get(spring);
        assertThat(release.get("name").asText()).isEqualTo("Spring");
        assertThat(release.get("items")).hasSize(1);
    }

    @Test
    void an_empty_release_cannot_be_merged() {
        long spring = site.release("Spring");

        var refused = site.merge(spring, false);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asText()).contains("no stories");
    }

    @Test
    void the_editor_lists_the_releases_a_story_is_in() {
        long spring = site.release("Spring");
        long summer = site.release("Summer");
        site.added(spring, home);
        site.added(summer, home);
        site.added(summer, pricing);

        var holding = app.admin().get(site.path("/stories/" + home + "/releases"));
        var unknown = app.admin().get(site.path("/stories/999999/releases"));

        assertThat(holding.status()).isEqualTo(200);
        assertThat(holding.json().get("releases")).extracting(r -> r.get("name").asText()).containsExactly("Summer", "Spring");
        assertThat(holding.json().at("/releases/0/item/version_number").asInt()).isEqualTo(1);
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void viewers_read_releases_approvers_merge_them_and_only_writers_put_them_together() {
        long spring = site.release("Spring");
        site.added(spring, home);
        var viewer = site.as(app.as(Role.VIEWER));
        var approver = site.as(app.as(Role.APPROVER));
        var editor = site.as(app.as(Role.EDITOR));

        assertThat(viewer.client.get(site.path("/releases")).status()).isEqualTo(200);
        assertThat(viewer.client.get(site.path("/releases/" + spring)).status()).isEqualTo(200);
        assertThat(viewer.create("Mine", null).status()).isEqualTo(403);
        assertThat(viewer.add(spring, pricing, null).status()).isEqualTo(403);
        assertThat(viewer.merge(spring, false).status()).isEqualTo(403);
        assertThat(approver.create("Mine", null).status()).isEqualTo(403);
        assertThat(approver.add(spring, pricing, null).status()).isEqualTo(403);
        assertThat(app.anonymous().get(site.path("/releases")).status()).isEqualTo(401);
        assertThat(site.get(spring).get("items")).hasSize(1);
        assertThat(app.admin().get(site.path("/releases")).json().get("releases")).hasSize(1);

        assertThat(editor.add(spring, pricing, null).status()).isEqualTo(201);
        assertThat(approver.merge(spring, false).status()).isEqualTo(200);
        assertThat(viewer.revert(spring).status()).isEqualTo(403);
        assertThat(site.get(spring).get("status").asText()).isEqualTo("merged");
    }

    private List<com.fasterxml.jackson.databind.JsonNode> deliveries(long webhookId) {
        var deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (true) {
            var response = app.admin().get(site.path("/webhooks/" + webhookId + "/deliveries"));
            var found = new java.util.ArrayList<com.fasterxml.jackson.databind.JsonNode>();
            response.json().get("deliveries").forEach(found::add);
            if (!found.isEmpty() || Instant.now().isAfter(deadline)) return found;
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
