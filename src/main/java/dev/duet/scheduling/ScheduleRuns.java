package dev.duet.scheduling;

import dev.duet.access.Users;
import dev.duet.activity.ActivityKind;
import dev.duet.activity.ActivityLog;
import dev.duet.activity.NewActivity;
import dev.duet.content.Stories;
import dev.duet.content.StoryPublishing;
import dev.duet.failure.DuetException;
import dev.duet.failure.NotFound;
import dev.duet.failure.StaleVersion;
import dev.duet.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;

/**
 * Carries out one claimed schedule and records how it ended. A refusal (a domain failure: the workflow's stage gate,
 * a deleted story, a conflicting release) fails the schedule with its message as the reason and is not retried; an
 * unexpected error gives the schedule back for the next poll, up to {@value #MAX_ATTEMPTS} attempts. A schedule
 * claimed again after its claim ran out (its node died mid-run) is first checked: if what it was to do is already
 * done, it is only marked done, so a crash never publishes twice.
 */
final class ScheduleRuns {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleRuns.class);
    static final int MAX_ATTEMPTS = 3;
    /** Saves racing the run move the story's version on; a few fresh reads get past them. */
    private static final int STALE_RETRIES = 3;

    private final Database db;
    private final Schedules schedules;
    private final Stories stories;
    private final StoryPublishing publishing;
    private final ReleaseMerger releases;
    private final ActivityLog activity;
    private final Users users;

    ScheduleRuns(Database db, Schedules schedules, Stories stories, StoryPublishing publishing, ReleaseMerger releases,
                 ActivityLog activity, Users users) {
        this.db = db;
        this.schedules = schedules;
        this.stories = stories;
        this.publishing = publishing;
        this.releases = releases;
        this.activity = activity;
        this.users = users;
    }

    /** Runs {@code schedule}, which {@code node} has claimed. */
    void run(Schedule schedule, String node) {
        try {
            if (schedule.attempts() > 1 && alreadyDone(schedule)) {
                succeed(schedule, node, true);
                return;
            }
            switch (schedule.action()) {
                case PUBLISH -> publish(schedule, node);
                case UNPUBLISH -> unpublish(schedule);
                case MERGE_RELEASE -> releases.merge(schedule.spaceId(), schedule.releaseId(), schedule.createdBy());
            }
            succeed(schedule, node, false);
        } catch (DuetException refused) {
            fail(schedule, node, refused.getMessage());
        } catch (RuntimeException e) {
            if (schedule.attempts() >= MAX_ATTEMPTS) {
                LOG.error("{} failed on its last attempt", schedule, e);
                fail(schedule, node, "it could not be run after " + MAX_ATTEMPTS + " attempts: " + e.getMessage());
            } else {
                LOG.warn("{} failed; it is tried again at the next poll", schedule, e);
                schedules.release(schedule.id(), node, "attempt " + schedule.attempts() + " failed: " + e.getMessage());
            }
        }
    }

    /** Whether a run cut short by a crash got as far as changing the story. */
    private boolean alreadyDone(Schedule schedule) {
        return switch (schedule.action()) {
            case PUBLISH -> schedule.intendedVersion() != null && schedule.intendedVersion().equals(
                    stories.get(schedule.spaceId(), schedule.storyId()).publishedVersion());
            case UNPUBLISH -> !stories.get(schedule.spaceId(), schedule.storyId()).published();
            // the releases feature refuses to merge a release twice, which fails the schedule with its reason
            case MERGE_RELEASE -> false;
        };
    }

    /** Publishes the story's latest version at run time (or the version an earlier, cut-short attempt chose). */
    private void publish(Schedule schedule, String node) {
        Integer version = schedule.intendedVersion();
        for (int attempt = 1; ; attempt++) {
            var story = stories.get(schedule.spaceId(), schedule.storyId());
            if (version == null) {
                version = story.version();
                schedules.intend(schedule.id(), node, version);
            }
            try {
                publishing.publish(schedule.spaceId(), story.id(), version, (long) story.version(), schedule.createdBy());
                return;
            } catch (StaleVersion e) {
                if (attempt == STALE_RETRIES) throw e;
            }
        }
    }

    private void unpublish(Schedule schedule) {
        for (int attempt = 1; ; attempt++) {
            var story = stories.get(schedule.spaceId(), schedule.storyId());
            try {
                publishing.unpublish(schedule.spaceId(), story.id(), (long) story.version(), schedule.createdBy());
                return;
            } catch (StaleVersion e) {
                if (attempt == STALE_RETRIES) throw e;
            }
        }
    }

    private void succeed(Schedule schedule, String node, boolean recovered) {
        db.writeVoid(handle -> {
            if (!schedules.finish(handle, schedule.id(), node, ScheduleStatus.DONE, null)) return;
            var details = new HashMap<String, Object>(ScheduleWording.facts(schedule));
            if (recovered) details.put("recovered", true);
            activity.record(handle, new NewActivity(schedule.spaceId(), schedule.storyId(), ActivityKind.SCHEDULE_RAN,
                    schedule.createdBy(), "ran the plan to " + ScheduleWording.what(schedule) + " on "
                    + ScheduleWording.when(schedule), details));
        });
    }

    private void fail(Schedule schedule, String node, String reason) {
        var recipients = creator(schedule);
        db.writeVoid(handle -> {
            if (!schedules.finish(handle, schedule.id(), node, ScheduleStatus.FAILED, reason)) return;
            var details = new HashMap<String, Object>(ScheduleWording.facts(schedule));
            details.put("reason", reason);
            activity.record(handle, new NewActivity(schedule.spaceId(), schedule.storyId(), ActivityKind.SCHEDULE_FAILED,
                    schedule.createdBy(), "could not " + ScheduleWording.what(schedule) + " as planned for "
                    + ScheduleWording.when(schedule) + ": " + reason, details, recipients));
        });
    }

    /** The schedule's creator, to be told of the failure; nobody when they have left the team since. */
    private List<NewActivity.Recipient> creator(Schedule schedule) {
        if (schedule.createdByUserId() == null) return List.of();
        try {
            users.get(schedule.createdByUserId());
            return List.of(new NewActivity.Recipient(schedule.createdByUserId(), "schedule_failed"));
        } catch (NotFound gone) {
            return List.of();
        }
    }
}
