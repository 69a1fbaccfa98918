package dev.duet.experiments;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.duet.experiments.stats.Analysis;
import dev.duet.experiments.stats.Comparison;
import dev.duet.experiments.stats.Interval;
import dev.duet.experiments.stats.Lift;
import dev.duet.experiments.stats.SampleRatioCheck;
import dev.duet.experiments.stats.VariationSummary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The answer of {@code POST /api/stats/analyze}, in the API's words. Numbers JSON cannot carry (an unbounded
 * adjusted interval) are written as null.
 */
record AnalyzeResponse(String metricType, Settings options, List<VariationSummary> variations, List<Result> comparisons,
                       Srm srm) {

    record Settings(String engine, String difference, double alpha, boolean sequential, Double sequentialTuning,
                    String correction) {
    }

    /** One variation against control; which fields are present depends on {@code result}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(int variation, String name, String result, boolean cuped, LiftJson lift, Double pValue,
                  Double pValueAdjusted, List<Double> ciAdjusted, Double chanceToWin, List<Double> risk, String reason) {
    }

    record LiftJson(String difference, Double estimate, Double se, List<Double> ci) {
    }

    record Srm(double pValue, boolean flagged, double threshold) {
    }

    static AnalyzeResponse of(Analysis analysis) {
        var options = analysis.options();
        var settings = new Settings(word(options.engine()), word(options.difference()), options.alpha(), options.sequential(),
                options.sequential() ? options.sequentialTuning() : null, options.correction().label());
        var results = analysis.comparisons().stream().map(AnalyzeResponse::result).toList();
        var srm = new Srm(analysis.sampleRatio().pValue(), analysis.sampleRatio().flagged(), SampleRatioCheck.THRESHOLD);
        return new AnalyzeResponse(word(analysis.kind()), settings, analysis.variations(), results, srm);
    }

    private static Result result(Comparison comparison) {
        return switch (comparison) {
            case Comparison.Frequentist f -> new Result(f.variation(), f.name(), f.sequential() ? "sequential" : "frequentist",
                    f.cuped(), lift(f.lift()), f.pValue(), f.pValueAdjusted(),
                    f.adjustedInterval() == null ? null : bounds(f.adjustedInterval()), null, null, null);
            case Comparison.Bayesian b -> new Result(b.variation(), b.name(), "bayesian", b.cuped(), lift(b.lift()), null, null,
                    null, b.chanceToWin(), List.of(b.riskControl(), b.riskTreatment()), null);
            case Comparison.Inconclusive i -> new Result(i.variation(), i.name(), "inconclusive", i.cuped(), null, null, null,
                    null, null, null, i.reason());
        };
    }

    private static LiftJson lift(Lift lift) {
        return new LiftJson(word(lift.difference()), lift.estimate(), lift.standardError(), bounds(lift.interval()));
    }

    private static List<Double> bounds(Interval interval) {
        return Arrays.asList(finite(interval.lower()), finite(interval.upper()));
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
