package dev.duet.experiments;

import dev.duet.experiments.stats.Analysis;
import dev.duet.experiments.stats.Comparison;
import dev.duet.experiments.stats.MetricKind;
import dev.duet.experiments.stats.Options;
import dev.duet.experiments.stats.SampleRatioCheck;
import dev.duet.experiments.stats.VariationStats;

import java.util.List;

/**
 * The bridge from an experiment's totals to the stats engine ({@code experiments.stats}): a metric counted as
 * "did it at least once" is a proportion, one summing values a mean; lifts are relative to control; the engine's
 * comparisons become the results' plain numbers.
 */
final class Analyses {

    /** Each variation needs this many units before it is compared: with fewer there is no variance to speak of. */
    static final long MIN_UNITS = 2;

    private Analyses() {
    }

    /** One variation's sufficient statistics of one metric. */
    record Totals(int variation, String name, long units, double sum, double sumSquares) {
        ExperimentResult.MetricTotals described() {
            return new ExperimentResult.MetricTotals(variation, name, units, sum, units == 0 ? 0 : sum / units);
        }
    }

    static ExperimentResult.SampleRatio sampleRatio(List<Long> units, List<Double> weights) {
        var check = SampleRatioCheck.of(units, weights);
        return new ExperimentResult.SampleRatio(check.pValue(), SampleRatioCheck.THRESHOLD, check.flagged());
    }

    /** Each variation against control, or one note per variation while some variation lacks units. */
    static List<ExperimentResult.Comparison> compare(Metric metric, List<Totals> totals, List<Double> weights,
                                                     ResultsMethod method, Long plannedUnits) {
        var thin = totals.stream().filter(t -> t.units() < MIN_UNITS).findFirst();
        if (thin.isPresent()) {
            var note = "not enough data yet: " + thin.get().name() + " has " + thin.get().units() + " units (at least " + MIN_UNITS + " needed)";
            return totals.stream().skip(1).map(t -> inconclusive(t.variation(), t.name(), note)).toList();
        }
        var kind = metric.aggregation() == Metric.Aggregation.ANY ? MetricKind.PROPORTION : MetricKind.MEAN;
        var stats = totals.stream().map(t -> kind == MetricKind.PROPORTION
                ? VariationStats.conversions(t.name(), t.units(), Math.round(t.sum()))
                : VariationStats.of(t.name(), t.units(), t.sum(), t.sumSquares())).toList();
        var options = options(method, plannedUnits).withWeights(normalized(weights));
        return Analysis.of(kind, stats, options).comparisons().stream()
                .map(comparison -> plain(comparison, metric.lowerIsBetter())).toList();
    }

    /**
     * The engine's options: a Bayesian prior when one is given; sequential testing tuned for the planned sample when
     * there is one, as GrowthBook does. The correction is applied over all goals afterwards ({@link Correction}).
     */
    private static Options options(ResultsMethod method, Long plannedUnits) {
        return switch (method.engine()) {
            case BAYESIAN -> method.prior() == null ? Options.bayesian()
                    : Options.bayesian().withPrior(method.prior().mean(), method.prior().variance());
            case FREQUENTIST -> Options.defaults();
            case SEQUENTIAL -> Options.defaults().withSequential(plannedUnits != null && plannedUnits > 0
                    ? plannedUnits : Options.DEFAULT_SEQUENTIAL_TUNING);
        };
    }

    /** Weights rescaled to add up to 1 exactly: content may give three shares of 0.333, the engine wants a whole. */
    static List<Double> normalized(List<Double> weights) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        return total <= 0 ? List.of() : weights.stream().map(weight -> weight / total).toList();
    }

    /**
     * The engine's comparison as the results show it. The engine takes higher as better; when lower is, the chance to
     * win is that of the variation being lower, and the risk of shipping it is what the engine calls the control's
     * risk (the expected amount by which the variation is in fact higher).
     */
    private static ExperimentResult.Comparison plain(Comparison comparison, boolean lowerIsBetter) {
        return switch (comparison) {
            case Comparison.Bayesian bayesian -> new ExperimentResult.Comparison(bayesian.variation(), bayesian.name(),
                    bayesian.lift().estimate(), bayesian.lift().interval().lower(), bayesian.lift().interval().upper(),
                    lowerIsBetter ? 1 - bayesian.chanceToWin() : bayesian.chanceToWin(),
                    lowerIsBetter ? bayesian.riskControl() : bayesian.riskTreatment(), null, null, null, null);
            case Comparison.Frequentist frequentist -> new ExperimentResult.Comparison(frequentist.variation(),
                    frequentist.name(), frequentist.lift().estimate(), frequentist.lift().interval().lower(),
                    frequentist.lift().interval().upper(), null, null, frequentist.pValue(), null, frequentist.significant(), null);
            case Comparison.Inconclusive inconclusive -> inconclusive(inconclusive.variation(), inconclusive.name(), inconclusive.reason());
        };
    }

    private static ExperimentResult.Comparison inconclusive(int variation, String name, String note) {
        return new ExperimentResult.Comparison(variation, name, null, null, null, null, null, null, null, null, note);
    }
}
