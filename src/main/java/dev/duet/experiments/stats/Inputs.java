package dev.duet.experiments.stats;

import dev.duet.failure.Problems;

import java.util.List;

/**
 * Checks an analysis' input before any computing, collecting every problem with the path of the field it concerns
 * (in the API's snake_case names, {@code variations[1].sum_squares}), so callers learn all of them at once.
 */
final class Inputs {

    /** Enough for any A/B/n test, small enough that one request cannot keep a core busy. */
    static final int MAX_VARIATIONS = 100;
    /** Weights are fractions people type: accept 0.33 + 0.33 + 0.34, refuse 0.5 + 0.4. */
    private static final double WEIGHT_TOLERANCE = 1e-6;
    /** Sums of squares come from floating-point sums in SQL; forgive rounding that far below sum² / n. */
    private static final double ROUNDING = 1e-9;

    private Inputs() {
    }

    static void check(MetricKind kind, List<VariationStats> variations, Options options) {
        var problems = new Problems();
        if (kind == null) problems.add("metric_type", "is required: mean or proportion");
        if (variations == null || variations.size() < 2) {
            problems.add("variations", "give at least 2 variations, control first; got " + (variations == null ? 0 : variations.size()));
        } else if (variations.size() > MAX_VARIATIONS) {
            problems.add("variations", "at most " + MAX_VARIATIONS + " variations, got " + variations.size());
        } else if (kind != null) {
            checkVariations(kind, variations, problems);
        }
        if (options == null) problems.add("options", "are required");
        else checkOptions(options, variations == null ? 0 : variations.size(), problems);
        problems.throwIfAny();
    }

    private static void checkVariations(MetricKind kind, List<VariationStats> variations, Problems problems) {
        boolean anyPre = variations.stream().anyMatch(v -> v != null && v.hasPrePeriod());
        for (int i = 0; i < variations.size(); i++) {
            var path = "variations[" + i + "]";
            var variation = variations.get(i);
            if (variation == null) {
                problems.add(path, "is required");
                continue;
            }
            if (variation.n() < 1) {
                problems.add(path + ".n", "must be at least 1 unit, got " + variation.n());
                continue;
            }
            checkSums(kind, variation.n(), variation.sum(), variation.sumSquares(), path + ".sum", path + ".sum_squares", problems);
            if (variation.hasPrePeriod()) {
                var pre = variation.prePeriod();
                checkSums(kind, variation.n(), pre.sum(), pre.sumSquares(), path + ".pre_sum", path + ".pre_sum_squares", problems);
                if (!Double.isFinite(pre.sumCross())) problems.add(path + ".sum_cross", "must be a finite number");
            } else if (anyPre) {
                problems.add(path + ".pre_sum",
                        "give pre-period statistics (pre_sum, pre_sum_squares, sum_cross) for every variation or for none");
            }
        }
    }

    private static void checkSums(MetricKind kind, long n, double sum, double sumSquares, String sumPath, String squaresPath,
                                  Problems problems) {
        if (!Double.isFinite(sum) || !Double.isFinite(sum * sum)) {
            problems.add(sumPath, "must be a finite number whose square is one too");
            return;
        }
        switch (kind) {
            case PROPORTION -> {
                if (sum < 0 || sum > n) problems.add(sumPath, "counts converted units, so must be between 0 and n (" + n + "), got " + sum);
            }
            case MEAN -> {
                if (!Double.isFinite(sumSquares) || sumSquares < 0) {
                    problems.add(squaresPath, "must be a finite number of at least 0, got " + sumSquares);
                } else if (sumSquares < sum * sum / n * (1 - ROUNDING)) {
                    problems.add(squaresPath, "is smaller than sum² / n (" + sum * sum / n + "), which no set of values can give");
                }
            }
        }
    }

    private static void checkOptions(Options options, int variationCount, Problems problems) {
        if (options.engine() == null) problems.add("options.engine", "is required: frequentist or bayesian");
        if (options.difference() == null) problems.add("options.difference", "is required: relative or absolute");
        if (options.correction() == null) problems.add("options.correction", "is required: none, holm or bh");
        if (!(options.alpha() > 0 && options.alpha() < 1)) {
            problems.add("options.alpha", "must be between 0 and 1 (exclusive), got " + options.alpha());
        }
        boolean frequentist = options.engine() == Options.Engine.FREQUENTIST;
        if (options.sequential()) {
            if (!frequentist) problems.add("options.sequential", "sequential testing belongs to the frequentist engine");
            if (!(options.sequentialTuning() > 0) || Double.isInfinite(options.sequentialTuning())) {
                problems.add("options.sequential_tuning", "must be a positive number of units, got " + options.sequentialTuning());
            }
        }
        if (options.prior() != null) {
            if (frequentist) problems.add("options.prior", "a prior belongs to the bayesian engine");
            if (!Double.isFinite(options.prior().mean())) problems.add("options.prior.mean", "must be a finite number");
            if (!(options.prior().variance() > 0) || Double.isInfinite(options.prior().variance())) {
                problems.add("options.prior.variance", "must be a positive number, got " + options.prior().variance());
            }
        }
        if (options.correction() != null && options.correction() != Options.Correction.NONE && !frequentist) {
            problems.add("options.correction", "corrections adjust p-values, which only the frequentist engine gives");
        }
        checkWeights(options.weights(), variationCount, problems);
    }

    private static void checkWeights(List<Double> weights, int variationCount, Problems problems) {
        if (weights.isEmpty()) return;
        if (weights.size() != variationCount) {
            problems.add("weights", "give one weight per variation (" + variationCount + "), got " + weights.size());
            return;
        }
        double total = 0;
        for (int i = 0; i < weights.size(); i++) {
            var weight = weights.get(i);
            if (weight == null || !Double.isFinite(weight) || weight < 0) {
                problems.add("weights[" + i + "]", "must be a number between 0 and 1, got " + weight);
                return;
            }
            total += weight;
        }
        if (Math.abs(total - 1) > WEIGHT_TOLERANCE) problems.add("weights", "must add up to 1, got " + total);
    }
}
