package dev.duet.collab.goals;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON bodies of goal writes, as sent; {@link GoalRules} checks them and names every problem. */
public final class GoalInputs {

    private GoalInputs() {
    }

    /** An objective: a quarter {@code period} ("2026-Q4") or {@code start_date} and {@code end_date}. */
    public record ObjectiveInput(String title, String description, String period, String startDate, String endDate,
                                 Long ownerUserId, Long parentId, String status) {
    }

    /** A key result's driver: {@code kind} manual, insights or operational, and that kind's settings. */
    public record DriverInput(String kind, Integer staleAfterDays, Long spaceId, String metric, Long storyId,
                              String experimentKey, Integer variation, String goal, String window) {
    }

    public record KeyResultInput(String title, String ownerTeam, Long ownerUserId, String type, String currency,
                                 Double startValue, Double targetValue, String direction, Double weight,
                                 DriverInput driver) {
    }

    /** {@code confidence} is a number 0–1 or one of low, medium, high. */
    public record CheckInInput(Double value, JsonNode confidence, String comment) {
    }
}
