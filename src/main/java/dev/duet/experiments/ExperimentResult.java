package dev.duet.experiments;

import java.util.List;

/**
 * What an experiment's events say so far: units per variation and the sample-ratio check, progress toward the
 * planned sample, per goal and guardrail the totals and each variation against control, and the decision this
 * suggests, under the method named by {@code engine}, {@code correction} and {@code prior}; {@code planned} when that
 * is the experiment's planned analysis. Read-only values, written as the results API answers them.
 */
public record ExperimentResult(String key, long storyId, String status, String engine, String correction,
                               ResultsMethod.Prior prior, boolean planned, long units,
                               List<VariationUnits> variations, SampleRatio sampleRatio, Progress progress,
                               List<MetricResult> goals, List<MetricResult> guardrails, Decision decision) {

    public ExperimentResult {
        variations = List.copyOf(variations);
        goals = List.copyOf(goals);
        guardrails = List.copyOf(guardrails);
    }

    /** Exposed visitors of one variation, against the share its weight planned for it. */
    public record VariationUnits(int variation, String name, long units, double share, double plannedShare) {
    }

    /**
     * Sample ratio mismatch: {@code flagged} when the units are too unlikely under the weights (p below
     * {@code threshold}), which means assignment or exposure reporting is broken and no lift can be trusted.
     */
    public record SampleRatio(double pValue, double threshold, boolean flagged) {
    }

    /** Units so far against {@code plannedUnits} (null when none was planned; then {@code share} is null too). */
    public record Progress(Long plannedUnits, long units, Double share) {
    }

    /**
     * One metric: per variation totals, and each variation against control (absent until there is data enough). For a
     * metric whose {@code lowerIsBetter}, a comparison's chance to win and risk are those of lowering it.
     */
    public record MetricResult(String name, String type, String event, String block, String aggregation,
                               boolean lowerIsBetter, List<String> metricKeys, List<MetricTotals> variations,
                               List<Comparison> comparisons) {
        public MetricResult {
            metricKeys = List.copyOf(metricKeys);
            variations = List.copyOf(variations);
            comparisons = List.copyOf(comparisons);
        }

        MetricResult withComparisons(List<Comparison> corrected) {
            return new MetricResult(name, type, event, block, aggregation, lowerIsBetter, metricKeys, variations, corrected);
        }
    }

    /** {@code total} is conversions (aggregation any) or the sum of values (sum); {@code mean} is total per unit. */
    public record MetricTotals(int variation, String name, long units, double total, double mean) {
    }

    /**
     * A variation against control by the stats engine: relative lift with its interval; the Bayesian engine's chance
     * to win and risk (expected loss of shipping it), or the frequentist engine's p-value and significance. Under a
     * {@link Correction}, {@code pValueAdjusted} is set, and the interval and significance follow it (a bound of an
     * interval left unbounded by the correction is null). Values the engine does not give are null; {@code note} says
     * why a comparison could not be made.
     */
    public record Comparison(int variation, String name, Double lift, Double liftLower, Double liftUpper,
                             Double chanceToWin, Double risk, Double pValue, Double pValueAdjusted, Boolean significant,
                             String note) {
    }

    /** What to do: {@code action} is keep_running, ship or stop; {@code label} says it for people, with the reason. */
    public record Decision(String action, String label, Integer variation, String reason) {

        public static Decision keepRunning(String reason) {
            return new Decision("keep_running", "keep running", null, reason);
        }

        public static Decision ship(int variation, String name, String reason) {
            return new Decision("ship", "ship " + name, variation, reason);
        }

        public static Decision stop(String reason) {
            return new Decision("stop", "no winner: stop", null, reason);
        }
    }
}
