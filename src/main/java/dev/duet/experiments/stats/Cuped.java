package dev.duet.experiments.stats;

/**
 * CUPED: the regression coefficient θ of the post-exposure value on the pre-exposure value, pooled over control and
 * treatment (so it does not depend on the treatment), with which each mean becomes post − θ·pre.
 */
final class Cuped {

    private Cuped() {
    }

    /** θ for this pair, or 0 when either pooled variance is 0 (the comparison then falls back to no adjustment). */
    static double theta(MetricKind kind, VariationStats control, VariationStats treatment) {
        long n = control.n() + treatment.n();
        var a = control.prePeriod();
        var b = treatment.prePeriod();
        double postVariance = Side.variance(kind, n, control.sum() + treatment.sum(), control.sumSquares() + treatment.sumSquares());
        double preVariance = Side.variance(kind, n, a.sum() + b.sum(), a.sumSquares() + b.sumSquares());
        if (postVariance == 0 || preVariance == 0) return 0;
        double covariance = Side.covariance(kind, n, control.sum() + treatment.sum(), a.sum() + b.sum(), a.sumCross() + b.sumCross());
        return covariance / preVariance;
    }
}
