package dev.duet.collab.goals;

import dev.duet.access.Team;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Goals as the API answers them: stored fields with the computed value, score, band and staleness. */
public final class GoalViews {

    private GoalViews() {
    }

    public record PeriodView(String label, String start, String end) {
        static PeriodView of(GoalPeriod period) {
            return new PeriodView(period.label(), period.start().toString(), period.end().toString());
        }
    }

    /** {@code progress} is null without key results; {@code band} then too. */
    public record ObjectiveView(long id, String title, String description, PeriodView period, Long ownerUserId,
                                Long parentId, ObjectiveStatus status, Double progress, Band band,
                                List<KeyResultView> keyResults, Instant createdAt, Instant updatedAt) {
    }

    /**
     * {@code currentValue}, {@code score} and {@code band} are null while the driver has no value; {@code stale} says
     * the driver produced nothing within its cadence; {@code lastCheckIn} only for manual key results.
     */
    public record KeyResultView(long id, long objectiveId, String title, Team ownerTeam, Long ownerUserId, ValueType type,
                                String currency, double startValue, double targetValue, Direction direction,
                                double weight, Map<String, Object> driver, Double currentValue, Double score, Band band,
                                boolean stale, Instant reachedAt, CheckInView lastCheckIn, Instant createdAt,
                                Instant updatedAt) {
    }

    public record CheckInView(long id, double value, Double confidence, String comment, String author, Instant createdAt) {
        static CheckInView of(CheckIn checkIn) {
            return checkIn == null ? null : new CheckInView(checkIn.id(), checkIn.value(), checkIn.confidence(),
                    checkIn.comment(), checkIn.author(), checkIn.createdAt());
        }
    }
}
