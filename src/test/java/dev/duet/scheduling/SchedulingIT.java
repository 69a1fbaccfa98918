package dev.duet.scheduling;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.access.Role;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestClock;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static dev.duet.testing.MarketingSite.page;
import static org.assertj.core.api.Assertions.assertThat;

/** Planning, listing and cancelling schedules over HTTP, and their runs when the (test) clock reaches them. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class SchedulingIT {

    @Parameter
    TestDatabase database;

    TestClock clock;
    TestApp.Setup setup;
    TestApp app;
    ScheduleSite site;
    long home;

    @BeforeEach
    void start() {
        clock = new TestClock();
        setup = ScheduleSite.setup(database, clock);
        app = new TestApp(setup);
        site = ScheduleSite.create(app, clock);
        home = site.story("Home");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void a_story_scheduled_to_publish_goes_live_with_its_latest_version_when_its_time_comes() {
        long id = site.scheduled("publish", home, Duration.ofHours(1));
        app.admin().put(site.path("/stories/" + home), Map.of("story", Map.of("content", page("Hello")), "version", 1));
        ScheduleSite.pause();
        assertThat(site.get(id).get("status").asText()).isEqualTo("pending");
        assertThat(site.storyJson(home).get("published").asBoolean()).isFalse();

        clock.advance(Duration.ofMinutes(61));
        var ran = site.awaitEnd(id);

        assertThat(ran.get("status").asText()).as(ran.toString()).isEqualTo("done");
        assertThat(ran.get("finished_at").isNull()).isFalse();
        var story = site.storyJson(home);
        assertThat(story.get("published").asBoolean()).isTrue();
        assertThat(story.get("published_version").asInt()).isEqualTo(2);
        // the workflow may add its own entries (a stage change after publishing) between these
        assertThat(site.kinds("story_id=" + home)).containsSubsequence("schedule.ran", "story.published", "story.saved",
                "schedule.created", "story.saved");
        assertThat(site.kinds("kind=story.published")).hasSize(1);
    }

    @Test
    void a_release_scheduled_to_merge_publishes_all_its_stories_at_once_when_its_time_comes() {
        long about = site.story("About");
        var release = app.admin().post(site.path("/releases"), Map.of("release", Map.of("name", "Spring campaign")));
        long releaseId = release.json().at("/release/id").asLong();
        for (long story : new long[] {home, about}) {
            var added = app.admin().post(site.path("/releases/" + releaseId + "/items"), Map.of("story_id", story));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
        }
        var planned = app.admin().post(site.path("/schedules"), Map.of("action", "merge_release", "release_id", releaseId,
                "run_at", site.in(Duration.ofMinutes(30))));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);

        clock.advance(Duration.ofMinutes(31));
        var ran = site.awaitEnd(planned.json().at("/schedule/id").asLong());

        assertThat(ran.get("status").asText()).as(ran.toString()).isEqualTo("done");
        assertThat(app.admin().get(site.path("/releases/" + releaseId)).json().at("/release/status").asText())
                .isEqualTo("merged");
        assertThat(site.storyJson(home).get("published").asBoolean()).isTrue();
        assertThat(site.storyJson(about).get("published").asBoolean()).isTrue();
        assertThat(site.kinds("kind=release.merged")).hasSize(1);
    }

    @Test
    void a_scheduled_unpublish_takes_the_story_offline() {
        app.admin().post(site.path("/stories/" + home + "/publish"), Map.of("version", 1));
        long id = site.scheduled("unpublish", home, Duration.ofMinutes(5));

        clock.advance(Duration.ofMinutes(6));

        assertThat(site.awaitEnd(id).get("status").asText()).isEqualTo("done");
        assertThat(site.storyJson(home).get("published").asBoolean()).isFalse();
        assertThat(site.kinds("kind=story.unpublished")).hasSize(1);
    }

    @Test
    void a_wall_clock_time_is_read_in_the_given_time_zone_and_shown_back_in_it() {
        var created = app.admin().post(site.path("/schedules"), Map.of("action", "publish", "story_id", home,
                "run_at", "2099-03-01T09:00", "time_zone", "Europe/Berlin"));
        var withOffset = app.admin().post(site.path("/schedules"), Map.of("action", "publish", "story_id", home,
                "run_at", "2099-07-01T09:00:00-04:00"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var schedule = created.json().get("schedule");
        assertThat(Instant.parse(schedule.get("run_at").asText())).isEqualTo(Instant.parse("2099-03-01T08:00:00Z"));
        assertThat(schedule.get("time_zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(schedule.get("local_run_at").asText()).isEqualTo("2099-03-01T09:00:00");
        assertThat(schedule.get("target_name").asText()).isEqualTo("Home");
        assertThat(schedule.get("created_by").asText()).isEqualTo(TestApp.ADMIN_EMAIL);
        assertThat(Instant.parse(withOffset.json().at("/schedule/run_at").asText())).isEqualTo(Instant.parse("2099-07-01T13:00:00Z"));
        assertThat(withOffset.json().at("/schedule/time_zone").asText()).isEqualTo("UTC");
        var feed = app.admin().get(site.path("/activity?kind=schedule.created")).json().at("/activity/1");
        assertThat(feed.get("summary").asText()).isEqualTo("scheduled to publish “Home” on Sun 1 Mar 2099, 09:00 (Europe/Berlin)");
        assertThat(feed.at("/details/schedule_id").asLong()).isEqualTo(schedule.get("id").asLong());
    }

    @Test
    void bad_schedules_are_refused_with_the_field_named_and_nothing_is_stored() {
        long folder = app.admin().post(site.path("/stories"), Map.of("story", Map.of("name", "Blog", "slug", "blog",
                "is_folder", true))).json().at("/story/id").asLong();
        var later = site.in(Duration.ofHours(1));
        var refusals = java.util.List.of(
                new Refusal("run_at", body("publish", home, site.in(Duration.ofMinutes(-5)))),
                new Refusal("time_zone", with(body("publish", home, "2099-01-01T10:00"), "time_zone", "Mars/Olympus")),
                new Refusal("run_at", body("publish", home, "next tuesday")),
                new Refusal("action", body("explode", home, later)),
                new Refusal("story_id", body("publish", folder, later)),
                new Refusal("release_id", with(body("publish", home, later), "release_id", 3)),
                new Refusal("story_id", Map.of("action", "publish", "run_at", later)),
                new Refusal("story_id", with(body("publish", home, later), "story_id", "home")));
        for (var refusal : refusals) {
            var refused = app.admin().post(site.path("/schedules"), refusal.body());
            assertThat(refused.status()).as(refusal + ": " + refused).isEqualTo(400);
            assertThat(refused.json().at("/details/0/path").asText()).as(refused.toString()).isEqualTo(refusal.field());
        }

        assertThat(app.admin().post(site.path("/schedules"), "[1, 2]").status()).isEqualTo(400);
        assertThat(site.schedule(app.admin(), "publish", 999_999, later).status()).isEqualTo(404);
        assertThat(app.admin().post(site.path("/schedules"), Map.of("action", "merge_release", "release_id", 7,
                "run_at", later)).status()).isEqualTo(404);
        assertThat(app.admin().post("/api/spaces/999999/schedules", body("publish", home, later)).status()).isEqualTo(404);
        assertThat(app.admin().get(site.path("/schedules")).json().get("schedules")).isEmpty();
        assertThat(site.kinds("kind=schedule.created")).isEmpty();
    }

    private record Refusal(String field, Map<String, Object> body) {
    }

    private static Map<String, Object> body(String action, long storyId, String runAt) {
        return Map.of("action", action, "story_id", storyId, "run_at", runAt);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        var copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    @Test
    void a_cancelled_schedule_never_runs_and_cannot_be_cancelled_twice() {
        long id = site.scheduled("publish", home, Duration.ofMinutes(10));

        var cancelled = app.admin().post(site.path("/schedules/" + id + "/cancel"), Map.of());
        var again = app.admin().post(site.path("/schedules/" + id + "/cancel"), Map.of());
        clock.advance(Duration.ofMinutes(11));
        sleep(Duration.ofMillis(300));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().at("/schedule/status").asText()).isEqualTo("cancelled");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).contains("cancelled, not pending");
        assertThat(site.get(id).get("status").asText()).isEqualTo("cancelled");
        assertThat(site.storyJson(home).get("published").asBoolean()).isFalse();
        assertThat(site.kinds("story_id=" + home)).containsExactly("schedule.cancelled", "schedule.created", "story.saved");
        assertThat(app.admin().post(site.path("/schedules/424242/cancel"), Map.of()).status()).isEqualTo(404);
        assertThat(app.admin().get(site.path("/schedules/424242")).status()).isEqualTo(404);
        assertThat(app.admin().get(site.path("/schedules/abc")).status()).isEqualTo(400);
    }

    @Test
    void a_schedule_that_already_ran_cannot_be_cancelled() {
        long id = site.scheduled("publish", home, Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(2));
        site.awaitEnd(id);

        var refused = app.admin().post(site.path("/schedules/" + id + "/cancel"), Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(site.get(id).get("status").asText()).isEqualTo("done");
    }

    @Test
    void viewers_read_schedules_but_only_those_who_may_publish_plan_or_cancel_them() {
        long id = site.scheduled("publish", home, Duration.ofHours(1));
        var viewer = app.as(Role.VIEWER);
        var later = site.in(Duration.ofHours(2));

        assertThat(viewer.get(site.path("/schedules")).status()).isEqualTo(200);
        assertThat(viewer.get(site.path("/schedules/" + id)).status()).isEqualTo(200);
        assertThat(site.schedule(viewer, "publish", home, later).status()).isEqualTo(403);
        assertThat(viewer.post(site.path("/schedules/" + id + "/cancel"), Map.of()).status()).isEqualTo(403);
        assertThat(site.schedule(app.anonymous(), "publish", home, later).status()).isEqualTo(401);
        assertThat(app.anonymous().get(site.path("/schedules")).status()).isEqualTo(401);
        assertThat(site.get(id).get("status").asText()).isEqualTo("pending");
        assertThat(app.admin().get(site.path("/schedules")).header("total")).isEqualTo("1");
        for (var role : new Role[]{Role.EDITOR, Role.APPROVER}) {
            assertThat(site.schedule(app.as(role), "publish", home, later).status()).as(role.id()).isEqualTo(201);
        }
    }

    @Test
    void the_list_is_soonest_first_and_filters_by_status_and_story() {
        long about = site.story("About");
        long third = site.scheduled("publish", home, Duration.ofHours(3));
        long first = site.scheduled("publish", about, Duration.ofHours(1));
        long second = site.scheduled("unpublish", home, Duration.ofHours(2));
        app.admin().post(site.path("/schedules/" + second + "/cancel"), Map.of());

        assertThat(ids("")).containsExactly(first, second, third);
        assertThat(ids("?order=latest")).containsExactly(third, second, first);
        assertThat(ids("?status=pending")).containsExactly(first, third);
        assertThat(ids("?status=cancelled")).containsExactly(second);
        assertThat(ids("?story_id=" + home)).containsExactly(second, third);
        assertThat(ids("?story_id=" + home + "&status=pending&per_page=1")).containsExactly(third);
        assertThat(app.admin().get(site.path("/schedules?status=later")).status()).isEqualTo(400);
        assertThat(app.admin().get(site.path("/schedules?order=random")).status()).isEqualTo(400);
        assertThat(app.admin().get(site.path("/schedules?story_id=x")).status()).isEqualTo(400);
        assertThat(app.admin().get("/api/spaces/999999/schedules").status()).isEqualTo(404);
    }

    private java.util.List<Long> ids(String query) {
        var ids = new java.util.ArrayList<Long>();
        app.admin().get(site.path("/schedules" + query)).json().get("schedules").forEach(s -> ids.add(s.get("id").asLong()));
        return ids;
    }

    @Test
    void a_run_that_is_refused_fails_with_the_reason_and_tells_the_person_who_planned_it() {
        var editor = app.as(Role.EDITOR);
        var created = site.schedule(editor, "unpublish", home, site.in(Duration.ofMinutes(1)));
        long id = created.json().at("/schedule/id").asLong();

        clock.advance(Duration.ofMinutes(2));
        var failed = site.awaitEnd(id);
        sleep(Duration.ofMillis(200));

        assertThat(failed.get("status").asText()).as(failed.toString()).isEqualTo("failed");
        assertThat(failed.get("reason").asText()).contains("is not published");
        assertThat(site.get(id).get("attempts").asInt()).isEqualTo(1);
        var feed = app.admin().get(site.path("/activity?kind=schedule.failed")).json().at("/activity/0");
        assertThat(feed.at("/details/reason").asText()).contains("is not published");
        var told = editor.get("/api/notifications").json().at("/notifications/0");
        assertThat(told.get("reason").asText()).isEqualTo("schedule_failed");
        assertThat(told.at("/activity/kind").asText()).isEqualTo("schedule.failed");
    }

    @Test
    void a_publish_the_workflow_refuses_fails_with_the_stage_s_reason_and_is_not_retried() {
        var workflow = app.admin().get(site.path("/workflow")).json();
        workflow.get("stages").forEach(stage -> {
            if (stage.get("name").asText().equals("Drafting")) ((ObjectNode) stage).put("allow_publish", false);
        });
        var changed = app.admin().put(site.path("/workflow"), Map.of("four_eyes", false, "stages", workflow.get("stages")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        long id = site.scheduled("publish", home, Duration.ofMinutes(1));

        clock.advance(Duration.ofMinutes(2));
        var failed = site.awaitEnd(id);
        sleep(Duration.ofMillis(300));

        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("reason").asText()).isEqualTo("“Home” is in the stage Drafting, which does not allow "
                + "publishing; move it to In review or Approved or Published first");
        assertThat(site.get(id).get("attempts").asInt()).isEqualTo(1);
        assertThat(site.storyJson(home).get("published").asBoolean()).isFalse();
        assertThat(site.kinds("story_id=" + home)).doesNotContain("story.published", "schedule.ran").contains("schedule.failed");
    }

    @Test
    void a_schedule_whose_story_was_deleted_fails_instead_of_vanishing() {
        long id = site.scheduled("publish", home, Duration.ofMinutes(1));
        var deleted = app.admin().header("If-Match", "1").delete(site.path("/stories/" + home));
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);

        clock.advance(Duration.ofMinutes(2));
        var failed = site.awaitEnd(id);

        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("reason").asText()).isEqualTo("story " + home + " not found");
    }

    @Test
    void a_schedule_survives_a_restart_and_one_missed_while_no_node_ran_runs_when_the_next_starts() {
        long id = site.scheduled("publish", home, Duration.ofMinutes(30));
        app.close();
        clock.advance(Duration.ofHours(2));

        app = new TestApp(setup);
        site = site.on(app);
        var ran = site.awaitEnd(id);

        assertThat(ran.get("status").asText()).isEqualTo("done");
        assertThat(site.storyJson(home).get("published").asBoolean()).isTrue();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
