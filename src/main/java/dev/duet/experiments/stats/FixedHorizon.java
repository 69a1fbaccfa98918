package dev.duet.experiments.stats;

/** Welch's two-sided t-test, for an analysis looked at once, at the planned end. */
final class FixedHorizon {

    private FixedHorizon() {
    }

    static Interval interval(Estimate.Effect effect, double alpha) {
        double width = StudentT.quantile(1 - alpha / 2, effect.degreesOfFreedom()) * effect.standardError();
        return new Interval(effect.estimate() - width, effect.estimate() + width);
    }

    static double pValue(Estimate.Effect effect) {
        return StudentT.twoSidedTail(effect.estimate() / effect.standardError(), effect.degreesOfFreedom());
    }
}
