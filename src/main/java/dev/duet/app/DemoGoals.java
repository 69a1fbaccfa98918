package dev.duet.app;

import dev.duet.collab.goals.GoalInputs.CheckInInput;
import dev.duet.collab.goals.GoalInputs.DriverInput;
import dev.duet.collab.goals.GoalInputs.KeyResultInput;
import dev.duet.collab.goals.GoalInputs.ObjectiveInput;
import dev.duet.collab.goals.Goals;
import dev.duet.web.Json;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The demo's goals for this quarter, as journey 5 tells them: marketing and IT grow qualified signups together, with a
 * key result fed live from Insights (signup conversion), one from Duet's own metrics (delivery p99 below 50 ms) and
 * one checked in by hand; and a nested IT objective for a site that never lets a campaign down.
 */
final class DemoGoals {

    private DemoGoals() {
    }

    static void create(Goals goals, long spaceId, Long ownerId, String actor, LocalDate today) {
        var quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        var signups = goals.createObjective(new ObjectiveInput("Grow qualified signups",
                "Marketing brings the right visitors and IT keeps every page fast: one objective, two teams.", quarter,
                null, null, ownerId, null, null)).id();
        goals.addKeyResult(signups, new KeyResultInput("Signup conversion reaches 4 %", "marketing", ownerId, "percent",
                null, 2.0, 4.0, "increase_to", 2.0, new DriverInput("insights", null, spaceId, "conversion_rate", null,
                null, null, null, "last_28_days")));
        goals.addKeyResult(signups, new KeyResultInput("Delivery p99 stays below 50 ms", "it", ownerId, "number", null,
                0.0, 50.0, "stay_below", 1.0, new DriverInput("operational", null, null, "delivery_p99_ms", null, null,
                        null, null, null)));
        var stories = goals.addKeyResult(signups, new KeyResultInput("Publish 6 customer stories", "marketing", ownerId,
                "number", null, 0.0, 6.0, "increase_to", 1.0, new DriverInput("manual", 14, null, null, null, null, null,
                        null, null)));
        goals.checkIn(stories.id(), new CheckInInput(2.0, Json.mapper().getNodeFactory().textNode("medium"),
                "Two interviews done, legal is reviewing the third."), actor);
        goals.checkIn(stories.id(), new CheckInInput(3.0, Json.mapper().getNodeFactory().textNode("high"),
                "Northwind story is live."), actor);

        var reliable = goals.createObjective(new ObjectiveInput("A site that never lets a campaign down",
                "IT's part of growing signups: campaign days must feel like any other day.", quarter, null, null,
                ownerId, signups, null)).id();
        goals.addKeyResult(reliable, new KeyResultInput("Availability stays at or above 99.9 %", "it", ownerId, "percent",
                null, 0.0, 99.9, "stay_above", 1.0, new DriverInput("operational", null, null, "availability_percent",
                        null, null, null, null, null)));
        goals.addKeyResult(reliable, new KeyResultInput("Image CDN migration done", "it", ownerId, "boolean", null, null,
                null, null, 1.0, new DriverInput("manual", null, null, null, null, null, null, null, null)));
    }

    static LocalDate today(java.time.Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
