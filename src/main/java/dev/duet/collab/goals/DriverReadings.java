package dev.duet.collab.goals;

import dev.duet.analytics.Insights;
import dev.duet.analytics.InsightsPeriod;
import dev.duet.experiments.ExperimentResults;
import dev.duet.failure.NotFound;
import dev.duet.monitoring.OperationalMetrics;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalDouble;

/**
 * Reads a key result's current value from its driver. Manual key results take their latest check-in; insights ones
 * ask {@link Insights} (or {@link ExperimentResults} for an experiment's goal) over their window; operational ones ask
 * {@link OperationalMetrics}. A reading is stale when the driver produced nothing within its cadence: no check-in
 * for {@code stale_after_days}, no event in the window, no request in the last five minutes.
 */
final class DriverReadings {

    /** The value now (empty when there is none) and whether it is stale. */
    record Reading(OptionalDouble value, boolean stale) {
        static final Reading NONE = new Reading(OptionalDouble.empty(), true);
    }

    private final Insights insights;
    private final ExperimentResults experiments;
    private final OperationalMetrics operational;
    private final Clock clock;

    DriverReadings(Insights insights, ExperimentResults experiments, OperationalMetrics operational, Clock clock) {
        this.insights = insights;
        this.experiments = experiments;
        this.operational = operational;
        this.clock = clock;
    }

    /** {@code latest} is the manual key result's newest check-in, or null. */
    Reading read(KeyResult keyResult, GoalPeriod period, CheckIn latest) {
        return switch (keyResult.driver()) {
            case Driver.Manual manual -> manual(keyResult, manual, latest);
            case Driver.Insights live -> live(live, period);
            case Driver.Operational metric -> {
                var value = operational.current(metric.metric());
                yield new Reading(value, value.isEmpty());
            }
        };
    }

    private Reading manual(KeyResult keyResult, Driver.Manual manual, CheckIn latest) {
        var since = latest == null ? keyResult.createdAt() : latest.createdAt();
        boolean stale = Duration.between(since, clock.instant()).compareTo(Duration.ofDays(manual.staleAfterDays())) > 0;
        return new Reading(latest == null ? OptionalDouble.empty() : OptionalDouble.of(latest.value()), stale);
    }

    private Reading live(Driver.Insights live, GoalPeriod period) {
        var window = window(live.window(), period);
        if (window == null) return Reading.NONE;
        if (live.metric() == Driver.LiveMetric.EXPERIMENT_GOAL) return experimentGoal(live);
        var totals = insights.overview(live.spaceId(), window, live.storyId()).totals();
        boolean empty = totals.views() == 0 && totals.clicks() == 0 && totals.conversions() == 0;
        return switch (live.metric()) {
            case VIEWS -> new Reading(OptionalDouble.of(totals.views()), empty);
            case UNIQUE_VISITORS -> new Reading(OptionalDouble.of(totals.visitors()), empty);
            case CLICKS -> new Reading(OptionalDouble.of(totals.clicks()), empty);
            case CONVERSIONS -> new Reading(OptionalDouble.of(totals.conversions()), empty);
            case CONVERSION_RATE -> totals.conversionRate() == null ? Reading.NONE
                    : new Reading(OptionalDouble.of(totals.conversionRate() * 100), false);
            case EXPERIMENT_GOAL -> throw new IllegalStateException("read above");
        };
    }

    /** The variation's mean for the goal metric: a rate in percent for "any" goals, value per visitor for "sum". */
    private Reading experimentGoal(Driver.Insights live) {
        try {
            var results = experiments.results(live.spaceId(), live.experimentKey());
            for (var goal : results.goals()) {
                if (!goal.name().equals(live.goal())) continue;
                for (var totals : goal.variations()) {
                    if (totals.variation() != live.variation() || totals.units() == 0) continue;
                    double mean = goal.aggregation().equals("any") ? totals.mean() * 100 : totals.mean();
                    return new Reading(OptionalDouble.of(mean), false);
                }
            }
            return Reading.NONE;
        } catch (NotFound e) {
            // the experiment left the content since the key result was set up: no value, and say so by staleness
            return Reading.NONE;
        }
    }

    /** The days the window covers up to today, or null when the objective's period has not begun. */
    private InsightsPeriod window(Driver.Window window, GoalPeriod period) {
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (window != Driver.Window.PERIOD) return new InsightsPeriod(today.minusDays(window.days() - 1L), today);
        if (period.start().isAfter(today)) return null;
        var end = period.end().isBefore(today) ? period.end() : today;
        var start = end.minusDays(InsightsPeriod.MAX_DAYS - 1L).isAfter(period.start())
                ? end.minusDays(InsightsPeriod.MAX_DAYS - 1L) : period.start();
        return new InsightsPeriod(start, end);
    }
}
