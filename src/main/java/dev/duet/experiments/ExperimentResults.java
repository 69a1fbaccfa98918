package dev.duet.experiments;

import dev.duet.analytics.ExperimentData;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Computes an experiment's results from the event log's sufficient statistics ({@link ExperimentData#totals}): units
 * per variation, the sample-ratio check, progress, per metric totals and each variation against control by the stats
 * engine, and the decision they suggest. Thread-safe; reads the database, writes nothing.
 */
public final class ExperimentResults {

    /** Which of the stats engine's two engines compares the variations. */
    public enum Engine { BAYESIAN, FREQUENTIST }

    private final Experiments experiments;
    private final ExperimentData data;

    public ExperimentResults(Experiments experiments, ExperimentData data) {
        this.experiments = experiments;
        this.data = data;
    }

    public ExperimentResult results(long spaceId, String key, Engine engine) {
        var experiment = experiments.get(spaceId, key);
        var names = experiment.variants().stream().map(Experiment.Variant::name).toList();
        var units = unitsPerVariation(spaceId, experiment);
        long total = units.stream().mapToLong(Long::longValue).sum();
        var variations = new ArrayList<ExperimentResult.VariationUnits>();
        for (int i = 0; i < names.size(); i++) {
            variations.add(new ExperimentResult.VariationUnits(i, names.get(i), units.get(i),
                    total == 0 ? 0 : units.get(i) / (double) total, experiment.weights().get(i)));
        }
        var sampleRatio = Analyses.sampleRatio(units, experiment.weights());
        var planned = experiment.plannedUnits();
        var progress = new ExperimentResult.Progress(planned, total, planned == null ? null : Math.min(1.0, total / (double) planned));
        var goals = metrics(spaceId, experiment, experiment.goalMetrics(), engine);
        var guardrails = metrics(spaceId, experiment, experiment.guardrailMetrics(), engine);
        var decision = Decisions.decide(progress, sampleRatio, goals, guardrails, engine);
        return new ExperimentResult(key, experiment.storyId(), experiment.status(), engine.name().toLowerCase(Locale.ROOT),
                total, variations, sampleRatio, progress, goals, guardrails, decision);
    }

    /** Units per variation of the experiment, 0 for variations nobody was exposed to yet. */
    private List<Long> unitsPerVariation(long spaceId, Experiment experiment) {
        var units = new ArrayList<Long>();
        for (int i = 0; i < experiment.variants().size(); i++) units.add(0L);
        for (var totals : data.totals(spaceId, experiment.key(), Set.of(), ExperimentData.Aggregation.ANY)) {
            if (totals.variation() >= 0 && totals.variation() < units.size()) units.set(totals.variation(), totals.units());
        }
        return units;
    }

    private List<ExperimentResult.MetricResult> metrics(long spaceId, Experiment experiment, List<Metric> metrics, Engine engine) {
        var uidsInside = ContentExperiments.uidsInside(experiment.node());
        var results = new ArrayList<ExperimentResult.MetricResult>();
        for (var metric : metrics) {
            var keys = metric.metricKeys(experiment.blockUid(), uidsInside);
            var aggregation = metric.aggregation() == Metric.Aggregation.SUM ? ExperimentData.Aggregation.SUM : ExperimentData.Aggregation.ANY;
            var totals = totals(experiment, data.totals(spaceId, experiment.key(), keys, aggregation));
            var sorted = keys.stream().sorted().toList();
            results.add(new ExperimentResult.MetricResult(metric.name(), metric.typeLabel(), metric.event(), metric.block(),
                    metric.aggregationLabel(), sorted, totals.stream().map(Analyses.Totals::described).toList(),
                    Analyses.compare(metric, totals, experiment.weights(), engine)));
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
}
