package dev.duet.collab.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How key results and objectives are scored, as pure functions.
 *
 * <ul>
 *   <li>{@code increase_to} and {@code decrease_to}: the share of the way from start to target, {@code (current -
 *   start) / (target - start)}, clamped to 0–1 (overshooting counts as 1, going backwards as 0).</li>
 *   <li>{@code stay_above} / {@code stay_below}: 1 while the value is at or above (at or below) the target, else 0 — a
 *   threshold is held or it is not.</li>
 *   <li>Bands come from the score rounded half up to one decimal: 0.0–0.3 off track, 0.4–0.6 progressing, 0.7–1.0 on
 *   track. So 0.349 is off track, 0.35 progressing, 0.65 on track.</li>
 *   <li>An objective's progress is the weighted mean of its key results' scores; a key result without a value yet
 *   counts as 0. An objective without key results has no progress.</li>
 * </ul>
 */
public final class GoalScoring {

    private GoalScoring() {
    }

    /** One key result's score in 0–1; the caller checked that start and target suit the direction. */
    public static double score(Direction direction, double start, double target, double current) {
        return switch (direction) {
            case STAY_ABOVE -> current >= target ? 1 : 0;
            case STAY_BELOW -> current <= target ? 1 : 0;
            case INCREASE_TO, DECREASE_TO -> {
                if (target == start) yield reached(direction, target, current) ? 1 : 0;
                yield Math.max(0, Math.min(1, (current - start) / (target - start)));
            }
        };
    }

    /** Whether the value got to the target in the key result's direction. */
    public static boolean reached(Direction direction, double target, double current) {
        return switch (direction) {
            case INCREASE_TO, STAY_ABOVE -> current >= target;
            case DECREASE_TO, STAY_BELOW -> current <= target;
        };
    }

    public static Band band(double score) {
        var tenths = BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP).doubleValue();
        if (tenths <= 0.3) return Band.OFF_TRACK;
        if (tenths <= 0.6) return Band.PROGRESSING;
        return Band.ON_TRACK;
    }

    /** A score (or null for "no value") and the weight it carries in its objective. */
    public record Weighted(Double score, double weight) {
    }

    /** The weighted mean of the scores, a missing score counting as 0; null without any key result. */
    public static Double progress(List<Weighted> scores) {
        double weights = 0;
        double sum = 0;
        for (var weighted : scores) {
            weights += weighted.weight();
            sum += weighted.weight() * (weighted.score() == null ? 0 : weighted.score());
        }
        return weights == 0 ? null : sum / weights;
    }
}
