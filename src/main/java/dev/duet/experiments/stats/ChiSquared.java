package dev.duet.experiments.stats;

/** The chi-squared distribution. Thread-safe. */
final class ChiSquared {

    private ChiSquared() {
    }

    /** P(X ≥ x) for X ~ χ²(degreesOfFreedom). */
    static double survival(double x, int degreesOfFreedom) {
        return SpecialFunctions.upperRegularizedGamma(degreesOfFreedom / 2.0, x / 2);
    }
}
