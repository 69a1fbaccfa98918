package dev.duet.experiments;

import dev.duet.analytics.ExperimentData;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Computes an experiment's results from the event log's sufficient statistics ({@link ExperimentData#totals}): units
 * per variation, the sample-ratio check, progress, per metric totals and each variation against control by the stats
 * engine, and the decision they suggest; and the same comparisons per segment, channel, locale or device. Thread-safe;
 * reads the database, writes nothing.
 */
public final class ExperimentResults {

    /**
     * How the variations are compared: the Bayesian engine (chance to win, risk), the frequentist one at a fixed
     * horizon (p-values valid once, at the planned sample), or the frequentist one with confidence sequences
     * ({@code SEQUENTIAL}: p-values and intervals that stay valid however often the results are looked at, so a clear
     * winner may be shipped before the planned sample; a little wider in exchange).
     */
    public enum Engine { BAYESIAN, FREQUENTIST, SEQUENTIAL }

    /** Said with every breakdown: slices are for understanding a result, not for deciding it. */
    static final String BREAKDOWN_NOTE = "Each slice is compared on its own, without correction for the number of "
            + "slices: with many of them, some will look like wins by chance. Decide on the whole experiment's results, "
            + "or ask for a correction (correction=holm or bh).";
    static final String CORRECTED_BREAKDOWN_NOTE = "The goal comparisons of all slices are corrected as one family, so "
            + "a slice's win is not one of many chances. Still, decide on the whole experiment's results.";

    private final Experiments experiments;
    private final ExperimentData data;

    public ExperimentResults(Experiments experiments, ExperimentData data) {
        this.experiments = experiments;
        this.data = data;
    }

    /** The results read as the experiment plans ({@link Experiment#plannedMethod}). */
    public ExperimentResult results(long spaceId, String key) {
        return results(spaceId, key, null);
    }

    /** The results read with {@code method}, or as the experiment plans when it is null. */
    public ExperimentResult results(long spaceId, String key, ResultsMethod requested) {
        var experiment = experiments.get(spaceId, key);
        var method = requested == null ? experiment.plannedMethod() : requested;
        var slice = corrected(slices(spaceId, experiment, method, null), method.correction()).getFirst();
        var planned = experiment.plannedUnits();
        long total = slice.units();
        var progress = new ExperimentResult.Progress(planned, total, planned == null ? null : Math.min(1.0, total / (double) planned));
        var decision = Decisions.decide(progress, slice.sampleRatio(), slice.goals(), slice.guardrails(), method.engine());
        return new ExperimentResult(key, experiment.storyId(), experiment.status(), label(method.engine()),
                method.correction().label(), method.prior(), method.equals(experiment.plannedMethod()), total,
                slice.variations(), slice.sampleRatio(), progress, slice.goals(), slice.guardrails(), decision);
    }

    /** The experiment's units and metrics per value of {@code dimension}, the slices with most units first. */
    public ExperimentBreakdown breakdown(long spaceId, String key, ResultsMethod requested,
                                         ExperimentData.Dimension dimension) {
        var experiment = experiments.get(spaceId, key);
        var method = requested == null ? experiment.plannedMethod() : requested;
        var slices = corrected(slices(spaceId, experiment, method, dimension).stream()
                .filter(slice -> slice.units() > 0)
                .sorted(Comparator.comparingLong(ExperimentBreakdown.Slice::units).reversed()
                        .thenComparing(ExperimentBreakdown.Slice::value))
                .toList(), method.correction());
        return new ExperimentBreakdown(key, dimension.label(), label(method.engine()), method.correction().label(),
                method.prior(), method.equals(experiment.plannedMethod()), slices, method.correction() == Correction.NONE ? BREAKDOWN_NOTE : CORRECTED_BREAKDOWN_NOTE);
    }

    /** The slices with the goal comparisons of all of them corrected as one family. */
    private static List<ExperimentBreakdown.Slice> corrected(List<ExperimentBreakdown.Slice> slices, Correction correction) {
        var goals = correction.apply(slices.stream().map(ExperimentBreakdown.Slice::goals).toList());
        var corrected = new ArrayList<ExperimentBreakdown.Slice>();
        for (int i = 0; i < slices.size(); i++) corrected.add(slices.get(i).withGoals(goals.get(i)));
        return corrected;
    }

    /** One slice per value of {@code dimension} (a single one, value "", for null), in the database's order. */
    private List<ExperimentBreakdown.Slice> slices(long spaceId, Experiment experiment, ResultsMethod method,
                                                   ExperimentData.Dimension dimension) {
        var units = data.totals(spaceId, experiment.key(), Set.of(), ExperimentData.Aggregation.ANY, dimension);
        var goals = metricTotals(spaceId, experiment, experiment.goalMetrics(), dimension);
        var guardrails = metricTotals(spaceId, experiment, experiment.guardrailMetrics(), dimension);
        var values = new ArrayList<>(units.keySet());
        if (values.isEmpty()) values.add("");
        var slices = new ArrayList<ExperimentBreakdown.Slice>();
        for (var value : values) {
            var perVariation = unitsPerVariation(experiment, units.getOrDefault(value, List.of()));
            long total = perVariation.stream().mapToLong(Long::longValue).sum();
            slices.add(new ExperimentBreakdown.Slice(value, total, variationUnits(experiment, perVariation, total),
                    Analyses.sampleRatio(perVariation, experiment.weights()),
                    results(experiment, goals, value, method), results(experiment, guardrails, value, method)));
        }
        return slices;
    }

    private static List<ExperimentResult.VariationUnits> variationUnits(Experiment experiment, List<Long> units, long total) {
        var variations = new ArrayList<ExperimentResult.VariationUnits>();
        for (var variant : experiment.variants()) {
            int i = variant.variation();
            variations.add(new ExperimentResult.VariationUnits(i, variant.name(), units.get(i),
                    total == 0 ? 0 : units.get(i) / (double) total, experiment.weights().get(i)));
        }
        return variations;
    }

    /** Units per variation of the experiment, 0 for variations nobody was exposed to yet. */
    private static List<Long> unitsPerVariation(Experiment experiment, List<ExperimentData.VariationTotals> found) {
        var units = new ArrayList<Long>();
        for (int i = 0; i < experiment.variants().size(); i++) units.add(0L);
        for (var totals : found) {
            if (totals.variation() >= 0 && totals.variation() < units.size()) units.set(totals.variation(), totals.units());
        }
        return units;
    }

    /** A metric and its totals per slice value and variation. */
    private record MetricTotals(Metric metric, List<String> metricKeys, Map<String, List<ExperimentData.VariationTotals>> slices) {
    }

    private List<MetricTotals> metricTotals(long spaceId, Experiment experiment, List<Metric> metrics,
                                            ExperimentData.Dimension dimension) {
        var uidsInside = ContentExperiments.uidsInside(experiment.node());
        var found = new ArrayList<MetricTotals>();
        for (var metric : metrics) {
            var keys = metric.metricKeys(experiment.blockUid(), uidsInside);
            var aggregation = metric.aggregation() == Metric.Aggregation.SUM ? ExperimentData.Aggregation.SUM : ExperimentData.Aggregation.ANY;
            found.add(new MetricTotals(metric, keys.stream().sorted().toList(),
                    data.totals(spaceId, experiment.key(), keys, aggregation, dimension)));
        }
        return found;
    }

    private static List<ExperimentResult.MetricResult> results(Experiment experiment, List<MetricTotals> metrics,
                                                               String value, ResultsMethod method) {
        var results = new ArrayList<ExperimentResult.MetricResult>();
        for (var found : metrics) {
            var metric = found.metric();
            var totals = totals(experiment, found.slices().getOrDefault(value, List.of()));
            results.add(new ExperimentResult.MetricResult(metric.name(), metric.typeLabel(), metric.event(), metric.block(),
                    metric.aggregationLabel(), metric.lowerIsBetter(), found.metricKeys(), totals.stream().map(Analyses.Totals::described).toList(),
                    Analyses.compare(metric, totals, experiment.weights(), method, experiment.plannedUnits())));
        }
        return results;
    }

    /** Totals per variation of the experiment, in order, with zeros where nobody was exposed yet. */
    private static List<Analyses.Totals> totals(Experiment experiment, List<ExperimentData.VariationTotals> found) {
        var totals = new ArrayList<Analyses.Totals>();
        for (var variant : experiment.variants()) totals.add(new Analyses.Totals(variant.variation(), variant.name(), 0, 0, 0));
        for (var row : found) {
            if (row.variation() < 0 || row.variation() >= totals.size()) continue;
            totals.set(row.variation(), new Analyses.Totals(row.variation(), totals.get(row.variation()).name(),
                    row.units(), row.sum(), row.sumSquares()));
        }
        return totals;
    }

    private static String label(Engine engine) {
        return engine.name().toLowerCase(Locale.ROOT);
    }
}
