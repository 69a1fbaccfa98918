package dev.duet.experiments.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The result of analysing one metric of one experiment: each variation on its own, each variation against control
 * (variation 0), and the sample-ratio check. Build it with {@link #of}.
 */
public record Analysis(MetricKind kind, Options options, List<VariationSummary> variations, List<Comparison> comparisons,
                       SampleRatioCheck sampleRatio) {

    public Analysis {
        variations = List.copyOf(variations);
        comparisons = List.copyOf(comparisons);
    }

    /**
     * Analyses {@code variations} (control first) of a metric of {@code kind}.
     *
     * @throws dev.duet.failure.InvalidInput listing every problem with the input, by field path, before computing anything
     */
    public static Analysis of(MetricKind kind, List<VariationStats> variations, Options options) {
        Inputs.check(kind, variations, options);
        var summaries = IntStream.range(0, variations.size()).mapToObj(i -> summary(kind, variations.get(i), i)).toList();
        var comparisons = new ArrayList<Comparison>();
        for (int i = 1; i < variations.size(); i++) comparisons.add(compare(kind, variations, i, options));
        var units = variations.stream().map(VariationStats::n).toList();
        return new Analysis(kind, options, summaries, corrected(comparisons, options), SampleRatioCheck.of(units, options.weights()));
    }

    private static VariationSummary summary(MetricKind kind, VariationStats stats, int index) {
        double variance = Side.variance(kind, stats.n(), stats.sum(), stats.sumSquares());
        return new VariationSummary(nameOf(stats, index), stats.n(), stats.sum() / stats.n(), Math.sqrt(Math.max(variance, 0)));
    }

    private static Comparison compare(MetricKind kind, List<VariationStats> variations, int index, Options options) {
        var name = nameOf(variations.get(index), index);
        var estimate = Effects.between(kind, options.difference(), variations.getFirst(), variations.get(index));
        return switch (estimate) {
            case Estimate.Undefined undefined -> new Comparison.Inconclusive(index, name, undefined.cuped(), undefined.reason());
            case Estimate.Effect effect -> switch (options.engine()) {
                case FREQUENTIST -> frequentist(index, name, effect, options);
                case BAYESIAN -> bayesian(index, name, effect, options);
            };
        };
    }

    private static Comparison frequentist(int index, String name, Estimate.Effect effect, Options options) {
        double alpha = options.alpha();
        var interval = options.sequential() ? ConfidenceSequence.interval(effect, alpha, options.sequentialTuning())
                : FixedHorizon.interval(effect, alpha);
        double p = options.sequential() ? ConfidenceSequence.pValue(effect, alpha, options.sequentialTuning())
                : FixedHorizon.pValue(effect);
        var lift = new Lift(options.difference(), effect.estimate(), effect.standardError(), interval);
        return new Comparison.Frequentist(index, name, effect.cuped(), lift, p, options.sequential(), null, null);
    }

    private static Comparison bayesian(int index, String name, Estimate.Effect effect, Options options) {
        var posterior = GaussianPosterior.of(effect, options.prior(), options.difference());
        var interval = posterior.credibleInterval(options.alpha());
        var lift = new Lift(options.difference(), posterior.mean(), posterior.standardDeviation(), interval);
        return new Comparison.Bayesian(index, name, effect.cuped(), lift, posterior.chanceToWin(), posterior.riskControl(),
                posterior.riskTreatment());
    }

    /** Applies the correction over this analysis' frequentist comparisons; inconclusive ones take no part. */
    private static List<Comparison> corrected(List<Comparison> comparisons, Options options) {
        if (options.correction() == Options.Correction.NONE) return comparisons;
        var tested = comparisons.stream().filter(c -> c instanceof Comparison.Frequentist).map(c -> (Comparison.Frequentist) c).toList();
        var pValues = tested.stream().map(Comparison.Frequentist::pValue).toList();
        var adjusted = MultipleTesting.adjust(options.correction(), pValues);
        var result = new ArrayList<>(comparisons);
        for (int i = 0; i < tested.size(); i++) {
            var comparison = tested.get(i);
            var lift = comparison.lift();
            var interval = MultipleTesting.adjustedInterval(adjusted.get(i), lift.estimate(), options.alpha(), lift.interval());
            result.set(comparisons.indexOf(comparison), comparison.corrected(adjusted.get(i), interval));
        }
        return result;
    }

    private static String nameOf(VariationStats stats, int index) {
        if (stats.name() != null && !stats.name().isBlank()) return stats.name();
        return index == 0 ? "Control" : "Variation " + index;
    }
}
