package dev.duet.scheduling;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** How schedules read in the activity feed: phrases for people, facts for programs (webhook receivers). */
final class ScheduleWording {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private ScheduleWording() {
    }

    /** "publish “Home”", "merge release “Spring”". */
    static String what(Schedule schedule) {
        return switch (schedule.action()) {
            case PUBLISH -> "publish “" + schedule.targetName() + "”";
            case UNPUBLISH -> "unpublish “" + schedule.targetName() + "”";
            case MERGE_RELEASE -> "merge release “" + schedule.targetName() + "”";
        };
    }

    /** "Mon 23 Nov 2026, 09:00 (Europe/Berlin)". */
    static String when(Schedule schedule) {
        return WHEN.format(schedule.runAt().atZone(ZoneId.of(schedule.timeZone()))) + " (" + schedule.timeZone() + ")";
    }

    static Map<String, Object> facts(Schedule schedule) {
        var facts = new LinkedHashMap<String, Object>();
        facts.put("schedule_id", schedule.id());
        facts.put("action", schedule.action().id());
        if (schedule.storyId() != null) facts.put("story_id", schedule.storyId());
        if (schedule.releaseId() != null) facts.put("release_id", schedule.releaseId());
        facts.put("target_name", schedule.targetName());
        facts.put("run_at", schedule.runAt().toString());
        facts.put("time_zone", schedule.timeZone());
        return facts;
    }
}
