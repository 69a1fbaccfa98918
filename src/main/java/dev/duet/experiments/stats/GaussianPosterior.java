package dev.duet.experiments.stats;

/**
 * The Bayesian engine: a Gaussian likelihood for the effect (the same estimate and variance the t-test uses) times a
 * flat or Gaussian prior gives a Gaussian posterior, from which chance to win, the credible interval and the risks
 * follow in closed form.
 */
record GaussianPosterior(double mean, double standardDeviation) {

    static GaussianPosterior of(Estimate.Effect effect, Options.GaussianPrior relativePrior, Options.Difference difference) {
        if (relativePrior == null) return new GaussianPosterior(effect.estimate(), effect.standardError());
        var prior = difference == Options.Difference.RELATIVE ? relativePrior
                : new Options.GaussianPrior(relativePrior.mean() * Math.abs(effect.controlMean()),
                relativePrior.variance() * effect.controlMean() * effect.controlMean());
        double precision = 1 / effect.variance() + 1 / prior.variance();
        double mean = (effect.estimate() / effect.variance() + prior.mean() / prior.variance()) / precision;
        return new GaussianPosterior(mean, Math.sqrt(1 / precision));
    }

    /** P(effect > 0). */
    double chanceToWin() {
        return Normal.cdf(mean / standardDeviation);
    }

    Interval credibleInterval(double alpha) {
        double width = Normal.quantile(1 - alpha / 2) * standardDeviation;
        return new Interval(mean - width, mean + width);
    }

    /** Expected loss of shipping control: E[max(effect, 0)]. */
    double riskControl() {
        return mean + riskTreatment();
    }

    /** Expected loss of shipping the variation: E[max(−effect, 0)] = σφ(μ/σ) − μΦ(−μ/σ). */
    double riskTreatment() {
        double z = mean / standardDeviation;
        return standardDeviation * Normal.density(z) - mean * Normal.cdf(-z);
    }
}
