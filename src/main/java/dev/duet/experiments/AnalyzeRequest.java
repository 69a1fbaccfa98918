package dev.duet.experiments;

import dev.duet.experiments.stats.Analysis;
import dev.duet.experiments.stats.MetricKind;
import dev.duet.experiments.stats.Options;
import dev.duet.experiments.stats.VariationStats;
import dev.duet.failure.Problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The body of {@code POST /api/stats/analyze}: a data team's own sufficient statistics per variation (control first)
 * and how to analyse them. Fields are boxed so a missing one can be named; {@link #analyse()} reads the words
 * (engine, difference, correction) and hands the numbers to the engine, which checks them.
 */
record AnalyzeRequest(String metricType, List<Variation> variations, List<Double> weights, Settings options) {

    record Variation(String name, Double n, Double sum, Double sumSquares, Double preSum, Double preSumSquares, Double sumCross) {
    }

    record Settings(String engine, String difference, Double alpha, Boolean sequential, Double sequentialTuning, Prior prior,
                    String correction) {
    }

    record Prior(Double mean, Double variance) {
    }

    /** Analyses the request, or fails with a 400 listing every problem with it. */
    Analysis analyse() {
        var problems = new Problems();
        var kind = kind(problems);
        var stats = stats(kind, problems);
        var options = options(problems);
        problems.throwIfAny();
        return Analysis.of(kind, stats, options);
    }

    private MetricKind kind(Problems problems) {
        if (metricType == null) {
            problems.add("metric_type", "is required: mean or proportion");
            return null;
        }
        return switch (metricType.strip().toLowerCase(Locale.ROOT)) {
            case "mean" -> MetricKind.MEAN;
            case "proportion" -> MetricKind.PROPORTION;
            default -> {
                problems.add("metric_type", "must be mean or proportion, got " + metricType);
                yield null;
            }
        };
    }

    private List<VariationStats> stats(MetricKind kind, Problems problems) {
        if (variations == null) return null;
        var stats = new ArrayList<VariationStats>();
        for (int i = 0; i < variations.size(); i++) {
            var path = "variations[" + i + "]";
            var variation = variations.get(i);
            if (variation == null) {
                problems.add(path, "is required");
                continue;
            }
            var read = read(variation, kind, path, problems);
            if (read != null) stats.add(read);
        }
        return stats;
    }

    private static VariationStats read(Variation variation, MetricKind kind, String path, Problems problems) {
        int before = problems.list().size();
        var n = variation.n();
        if (n == null) problems.add(path + ".n", "is required: the number of units (users, sessions)");
        else if (n != Math.rint(n)) problems.add(path + ".n", "must be a whole number of units, got " + n);
        if (variation.sum() == null) {
            problems.add(path + ".sum", "is required" + (kind == MetricKind.PROPORTION ? ": the number of converted units" : ""));
        }
        var squares = variation.sumSquares();
        if (kind == MetricKind.MEAN && squares == null) problems.add(path + ".sum_squares", "is required for a mean metric");
        if (kind == MetricKind.PROPORTION && squares != null && !squares.equals(variation.sum())) {
            problems.add(path + ".sum_squares", "for a proportion equals sum (each unit is 0 or 1); leave it out");
        }
        boolean anyPre = variation.preSum() != null || variation.preSumSquares() != null || variation.sumCross() != null;
        if (anyPre) {
            if (variation.preSum() == null) problems.add(path + ".pre_sum", "is required with the other pre-period statistics");
            if (variation.sumCross() == null) problems.add(path + ".sum_cross", "is required with the other pre-period statistics");
            if (kind == MetricKind.MEAN && variation.preSumSquares() == null) {
                problems.add(path + ".pre_sum_squares", "is required with the other pre-period statistics of a mean metric");
            }
        }
        if (problems.list().size() > before || kind == null) return null;
        var stats = new VariationStats(variation.name(), n.longValue(), variation.sum(),
                kind == MetricKind.PROPORTION ? variation.sum() : squares, null);
        if (!anyPre) return stats;
        double preSquares = kind == MetricKind.PROPORTION ? variation.preSum() : variation.preSumSquares();
        return stats.withPrePeriod(variation.preSum(), preSquares, variation.sumCross());
    }

    private Options options(Problems problems) {
        var defaults = Options.defaults();
        if (options == null) return defaults.withWeights(weights);
        var engine = choice(options.engine(), "options.engine", Options.Engine.FREQUENTIST, problems,
                Options.Engine.FREQUENTIST, "frequentist", Options.Engine.BAYESIAN, "bayesian");
        var difference = choice(options.difference(), "options.difference", Options.Difference.RELATIVE, problems,
                Options.Difference.RELATIVE, "relative", Options.Difference.ABSOLUTE, "absolute");
        var correction = correction(problems);
        if (options.prior() != null && (options.prior().mean() == null || options.prior().variance() == null)) {
            problems.add("options.prior", "give both mean and variance, or leave the prior out for a flat one");
        }
        var prior = options.prior() == null || options.prior().mean() == null || options.prior().variance() == null ? null
                : new Options.GaussianPrior(options.prior().mean(), options.prior().variance());
        return new Options(engine, difference, options.alpha() == null ? Options.DEFAULT_ALPHA : options.alpha(),
                Boolean.TRUE.equals(options.sequential()),
                options.sequentialTuning() == null ? Options.DEFAULT_SEQUENTIAL_TUNING : options.sequentialTuning(),
                prior, correction, weights);
    }

    private Options.Correction correction(Problems problems) {
        var correction = Options.Correction.parse(options.correction());
        if (correction != null) return correction;
        problems.add("options.correction", "must be none, holm or bh, got " + options.correction());
        return Options.Correction.NONE;
    }

    private static <T> T choice(String given, String path, T fallback, Problems problems, T first, String firstName, T second,
                                String secondName) {
        if (given == null) return fallback;
        var word = given.strip().toLowerCase(Locale.ROOT);
        if (word.equals(firstName)) return first;
        if (word.equals(secondName)) return second;
        problems.add(path, "must be " + firstName + " or " + secondName + ", got " + given);
        return fallback;
    }
}
