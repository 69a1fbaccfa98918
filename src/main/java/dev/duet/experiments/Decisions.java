package dev.duet.experiments;

import dev.duet.experiments.ExperimentResult.Comparison;
import dev.duet.experiments.ExperimentResult.Decision;
import dev.duet.experiments.ExperimentResult.MetricResult;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The decision results suggest, in this order: nothing to go on yet; a sample ratio mismatch (stop: nothing can be
 * trusted); the planned sample not reached yet (keep running: deciding early inflates false winners, except for a
 * clear winner under sequential testing, whose p-values allow looking at any time); a variation
 * that beats control on the first goal without harming any guardrail (ship it); otherwise no winner (stop, once the
 * planned sample is reached; keep running while none was planned). A variation beats control when the Bayesian
 * chance to win is at least {@value #CHANCE_TO_WIN}, or the frequentist lift is significant and in the metric's good
 * direction (up, or down for a metric whose lower is better). Guardrails are metrics that must not get worse: one
 * harms when its chance to win is at most 1 − {@value #CHANCE_TO_WIN}, or its lift is significant and in the bad
 * direction.
 */
final class Decisions {

    static final double CHANCE_TO_WIN = 0.95;

    private Decisions() {
    }

    static Decision decide(ExperimentResult.Progress progress, ExperimentResult.SampleRatio sampleRatio,
                           List<MetricResult> goals, List<MetricResult> guardrails, ExperimentResults.Engine engine) {
        if (progress.units() == 0) return Decision.keepRunning("no visitor has been exposed yet");
        if (sampleRatio.flagged()) {
            return Decision.stop("sample ratio mismatch (p = " + round(sampleRatio.pValue()) + "): the units per variation do "
                    + "not match the weights, so assignment or exposure reporting is broken and no lift can be trusted; "
                    + "fix it and restart under a new key");
        }
        if (goals.isEmpty()) return Decision.keepRunning("the experiment has no goal metric to decide by; add one");
        var goal = goals.getFirst();
        var winner = goal.comparisons().stream().filter(c -> beatsControl(c, goal.lowerIsBetter(), engine))
                .max(Comparator.comparingDouble(c -> improvement(c, goal.lowerIsBetter())));
        var planned = progress.plannedUnits();
        boolean early = planned != null && progress.units() < planned;
        // a sequential test stays valid however often it is looked at, so a clear winner need not wait for the plan
        if (early && !(engine == ExperimentResults.Engine.SEQUENTIAL && winner.isPresent())) {
            return Decision.keepRunning(progress.units() + " of " + planned + " planned units so far; deciding before the "
                    + "planned sample is reached inflates false winners"
                    + (engine == ExperimentResults.Engine.SEQUENTIAL ? " unless a winner is clear already" : ""));
        }
        return winner.isPresent() ? decideWinner(winner.get(), goal, guardrails, progress, engine)
                : noWinner(goal, planned);
    }

    /** A variation beats control on the first goal: ship it, unless it harms a guardrail. */
    private static Decision decideWinner(Comparison winner, MetricResult goal, List<MetricResult> guardrails,
                                         ExperimentResult.Progress progress, ExperimentResults.Engine engine) {
        var planned = progress.plannedUnits();
        boolean early = planned != null && progress.units() < planned;
        var beats = winner.name() + " beats control on " + goal.name();
        var harmed = harmedGuardrail(winner.variation(), guardrails, engine);
        if (harmed.isEmpty()) {
            return Decision.ship(winner.variation(), winner.name(), beats + " (lift " + signedPercent(winner.lift())
                    + evidence(winner, engine) + ") and harms no guardrail"
                    + (early ? ", before the planned " + planned + " units (sequential testing)" : ""));
        }
        var reason = beats + " but " + harmed.get();
        if (early) return Decision.keepRunning(reason + "; " + progress.units() + " of " + planned + " planned units so far");
        return planned == null ? Decision.keepRunning(reason) : Decision.stop(reason);
    }

    private static Decision noWinner(MetricResult goal, Long planned) {
        if (planned == null) {
            return Decision.keepRunning("no variation beats control on " + goal.name() + " yet; set planned_units to know when to stop");
        }
        return Decision.stop("no variation beats control on " + goal.name() + " after the planned " + planned + " units; keep the control");
    }

    /** The lift in the metric's good direction: positive is better, whether higher or lower is. */
    private static double improvement(Comparison comparison, boolean lowerIsBetter) {
        return lowerIsBetter ? -comparison.lift() : comparison.lift();
    }

    /** Chance to win is already that of improving the metric (see {@link Analyses}); p-values need the direction. */
    private static boolean beatsControl(Comparison comparison, boolean lowerIsBetter, ExperimentResults.Engine engine) {
        if (comparison.lift() == null) return false;
        return switch (engine) {
            case BAYESIAN -> comparison.chanceToWin() != null && comparison.chanceToWin() >= CHANCE_TO_WIN;
            case FREQUENTIST, SEQUENTIAL -> Boolean.TRUE.equals(comparison.significant()) && improvement(comparison, lowerIsBetter) > 0;
        };
    }

    private static boolean harms(Comparison comparison, boolean lowerIsBetter, ExperimentResults.Engine engine) {
        if (comparison.lift() == null) return false;
        return switch (engine) {
            case BAYESIAN -> comparison.chanceToWin() != null && comparison.chanceToWin() <= 1 - CHANCE_TO_WIN;
            case FREQUENTIST, SEQUENTIAL -> Boolean.TRUE.equals(comparison.significant()) && improvement(comparison, lowerIsBetter) < 0;
        };
    }

    /** What the variation does to the first guardrail it harms ("lowers the guardrail Revenue"), if it harms one. */
    private static Optional<String> harmedGuardrail(int variation, List<MetricResult> guardrails, ExperimentResults.Engine engine) {
        for (var guardrail : guardrails) {
            for (var comparison : guardrail.comparisons()) {
                if (comparison.variation() == variation && harms(comparison, guardrail.lowerIsBetter(), engine)) {
                    return Optional.of((guardrail.lowerIsBetter() ? "raises" : "lowers") + " the guardrail " + guardrail.name());
                }
            }
        }
        return Optional.empty();
    }

    private static String evidence(Comparison comparison, ExperimentResults.Engine engine) {
        if (engine == ExperimentResults.Engine.BAYESIAN) return ", chance to win " + percent(comparison.chanceToWin());
        return comparison.pValueAdjusted() == null ? ", p = " + round(comparison.pValue())
                : ", adjusted p = " + round(comparison.pValueAdjusted());
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String signedPercent(double share) {
        return String.format(java.util.Locale.ROOT, "%+.1f%%", share * 100);
    }

    private static String round(double value) {
        return String.format(java.util.Locale.ROOT, "%.4g", value);
    }
}
