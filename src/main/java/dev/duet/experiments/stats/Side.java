package dev.duet.experiments.stats;

/**
 * One variation's moments for a comparison: its mean and variance after the CUPED adjustment with {@code theta}
 * (unchanged when theta is 0), and the unadjusted parts the relative CUPED variance needs.
 */
record Side(long n, double mean, double variance, double unadjustedMean, double postVariance, double preVariance,
            double covariance) {

    static Side of(MetricKind kind, VariationStats stats, double theta) {
        double postMean = stats.sum() / stats.n();
        double postVariance = variance(kind, stats.n(), stats.sum(), stats.sumSquares());
        if (theta == 0) return new Side(stats.n(), postMean, postVariance, postMean, postVariance, 0, 0);
        var pre = stats.prePeriod();
        double preVariance = variance(kind, stats.n(), pre.sum(), pre.sumSquares());
        double covariance = covariance(kind, stats.n(), stats.sum(), pre.sum(), pre.sumCross());
        double mean = postMean - theta * pre.sum() / stats.n();
        double variance = postVariance + theta * theta * preVariance - 2 * theta * covariance;
        return new Side(stats.n(), mean, variance, postMean, postVariance, preVariance, covariance);
    }

    /** A unit's variance: p(1 − p) for a proportion, the sample variance (n − 1) for a mean. */
    static double variance(MetricKind kind, long n, double sum, double sumSquares) {
        double mean = sum / n;
        return switch (kind) {
            case PROPORTION -> mean * (1 - mean);
            case MEAN -> n <= 1 ? 0 : (sumSquares - sum * sum / n) / (n - 1);
        };
    }

    /** The covariance of two values per unit, in the same convention as {@link #variance}. */
    static double covariance(MetricKind kind, long n, double sumA, double sumB, double sumProducts) {
        if (n <= 1) return 0;
        return switch (kind) {
            case PROPORTION -> sumProducts / n - sumA * sumB / ((double) n * n);
            case MEAN -> (sumProducts - sumA * sumB / n) / (n - 1);
        };
    }
}
