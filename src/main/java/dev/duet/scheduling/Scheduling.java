package dev.duet.scheduling;

import dev.duet.activity.ActivityKind;
import dev.duet.activity.ActivityLog;
import dev.duet.activity.NewActivity;
import dev.duet.content.Spaces;
import dev.duet.content.Stories;
import dev.duet.failure.InvalidInput;
import dev.duet.storage.Database;

import java.time.Clock;
import java.time.Duration;

/**
 * Planning and cancelling schedules: checks what is asked for before anything is stored, then stores the schedule
 * and its feed entry in one transaction. Running them is {@link ScheduleRunner}'s part. Thread-safe.
 */
public final class Scheduling {

    /** A time this little in the past is still accepted: it is "now" from a form filled in a moment ago. */
    static final Duration GRACE = Duration.ofMinutes(1);

    /** What someone asks to schedule, as the API reads it. */
    public record Request(String action, Long storyId, Long releaseId, String runAt, String timeZone) {
    }

    /** Who asks: the actor's email (as stories record it) and user id (to notify them when a run fails). */
    public record Requester(String email, Long userId) {
    }

    private final Database db;
    private final Spaces spaces;
    private final Stories stories;
    private final Schedules schedules;
    private final ReleaseLookup releases;
    private final ActivityLog activity;
    private final Clock clock;

    public Scheduling(Database db, Spaces spaces, Stories stories, Schedules schedules, ReleaseLookup releases,
                      ActivityLog activity, Clock clock) {
        this.db = db;
        this.spaces = spaces;
        this.stories = stories;
        this.schedules = schedules;
        this.releases = releases;
        this.activity = activity;
        this.clock = clock;
    }

    /** 404 when the space does not exist. */
    public void requireSpace(long spaceId) {
        spaces.get(spaceId);
    }

    public Schedule create(long spaceId, Request request, Requester requester) {
        requireSpace(spaceId);
        var action = ScheduleAction.parse("action", request.action());
        var time = PlannedTime.of(request.runAt(), request.timeZone());
        var now = clock.instant();
        if (time.at().isBefore(now.minus(GRACE))) {
            throw InvalidInput.field("run_at", request.runAt() + " is in the past (it is now " + now + " UTC); "
                    + "pick a later time");
        }
        var draft = new Schedules.Draft(spaceId, action, action.onStory() ? request.storyId() : null,
                action.onStory() ? null : request.releaseId(), targetName(spaceId, action, request), time,
                requester.email(), requester.userId());
        return db.write(handle -> {
            var schedule = schedules.insert(handle, draft);
            activity.record(handle, new NewActivity(spaceId, schedule.storyId(), ActivityKind.SCHEDULE_CREATED,
                    requester.email(), "scheduled to " + ScheduleWording.what(schedule) + " on "
                    + ScheduleWording.when(schedule), ScheduleWording.facts(schedule)));
            return schedule;
        });
    }

    /** The name of what is scheduled; 404 when the story or release does not exist, 400 for a folder. */
    private String targetName(long spaceId, ScheduleAction action, Request request) {
        if (!action.onStory()) {
            if (request.releaseId() == null) throw InvalidInput.field("release_id", "is required to merge a release");
            if (request.storyId() != null) throw InvalidInput.field("story_id", "is not taken by merge_release; a release names its stories");
            return releases.name(spaceId, request.releaseId());
        }
        if (request.storyId() == null) throw InvalidInput.field("story_id", "is required to " + action.id() + " a story");
        if (request.releaseId() != null) throw InvalidInput.field("release_id", "is only taken by merge_release");
        var story = stories.get(spaceId, request.storyId());
        if (story.isFolder()) {
            throw InvalidInput.field("story_id", "story " + story.id() + " is a folder; folders are not "
                    + action.id() + "ed, their stories are, one by one");
        }
        return story.name();
    }

    /** Cancels a pending schedule; 409 when it already ran, failed, is running or was cancelled. */
    public Schedule cancel(long spaceId, long scheduleId, String actor) {
        return db.write(handle -> {
            var schedule = schedules.get(handle, spaceId, scheduleId);
            if (!schedules.cancel(handle, spaceId, scheduleId)) throw new ScheduleNotPending(schedule);
            activity.record(handle, new NewActivity(spaceId, schedule.storyId(), ActivityKind.SCHEDULE_CANCELLED, actor,
                    "cancelled the plan to " + ScheduleWording.what(schedule) + " on " + ScheduleWording.when(schedule),
                    ScheduleWording.facts(schedule)));
            return schedules.get(handle, spaceId, scheduleId);
        });
    }
}
