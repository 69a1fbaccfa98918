package dev.duet.experiments;

import java.util.List;

/**
 * An experiment's results per value of one dimension (segment, channel, locale or device at each visitor's first
 * exposure): per slice the units per variation, the sample-ratio check, and each goal and guardrail compared with
 * control as in {@link ExperimentResult}, without a decision; a {@link Correction} treats the goal comparisons of
 * every slice as one family. Read-only values, written as the API answers them.
 */
public record ExperimentBreakdown(String key, String dimension, String engine, String correction,
                                  ResultsMethod.Prior prior, boolean planned, List<Slice> slices, String note) {

    public ExperimentBreakdown {
        slices = List.copyOf(slices);
    }

    /** The visitors whose exposure had {@code value} ("" when their events did not say). */
    public record Slice(String value, long units, List<ExperimentResult.VariationUnits> variations,
                        ExperimentResult.SampleRatio sampleRatio, List<ExperimentResult.MetricResult> goals,
                        List<ExperimentResult.MetricResult> guardrails) {
        public Slice {
            variations = List.copyOf(variations);
            goals = List.copyOf(goals);
            guardrails = List.copyOf(guardrails);
        }

        Slice withGoals(List<ExperimentResult.MetricResult> corrected) {
            return new Slice(value, units, variations, sampleRatio, corrected, guardrails);
        }
    }
}
