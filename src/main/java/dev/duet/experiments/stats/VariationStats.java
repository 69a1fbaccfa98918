package dev.duet.experiments.stats;

/**
 * One variation's sufficient statistics: units {@code n}, the {@code sum} of their values and the sum of their
 * squares. For a proportion, sum and sum of squares are both the number of conversions. {@code prePeriod} carries the
 * same unit's values from before exposure, for CUPED; it is null when there are none.
 */
public record VariationStats(String name, long n, double sum, double sumSquares, PrePeriod prePeriod) {

    /**
     * Pre-exposure statistics of the same units: the sum and sum of squares of the pre-period value, and the sum over
     * units of post value × pre value.
     */
    public record PrePeriod(double sum, double sumSquares, double sumCross) {
    }

    /** A mean metric: units, sum of values, sum of squared values. */
    public static VariationStats of(String name, long n, double sum, double sumSquares) {
        return new VariationStats(name, n, sum, sumSquares, null);
    }

    /** A proportion metric: units and how many of them converted. */
    public static VariationStats conversions(String name, long n, long converted) {
        return new VariationStats(name, n, converted, converted, null);
    }

    /** The same statistics with pre-exposure values for CUPED. */
    public VariationStats withPrePeriod(double preSum, double preSumSquares, double sumCross) {
        return new VariationStats(name, n, sum, sumSquares, new PrePeriod(preSum, preSumSquares, sumCross));
    }

    public boolean hasPrePeriod() {
        return prePeriod != null;
    }
}
