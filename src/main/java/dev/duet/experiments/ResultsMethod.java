package dev.duet.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.failure.InvalidInput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How an experiment's results are computed: the engine, a multiple-testing {@link Correction} of its p-values (the
 * frequentist engines only), and a {@link Prior} on the lift (the Bayesian engine only; null for a flat one).
 */
public record ResultsMethod(ExperimentResults.Engine engine, Correction correction, Prior prior) {

    /**
     * A normal prior belief about the relative lift, before any data: {@code mean} ± {@code sd}. GrowthBook's default
     * proper prior is 0 ± 0.3: most changes move a metric by well under 30 %, so a small sample's extreme lift is
     * pulled toward 0 until the data outweigh the belief.
     */
    public record Prior(double mean, double sd) {
        double variance() {
            return sd * sd;
        }
    }

    /** GrowthBook's and Duet's default: the Bayesian engine with a flat prior. */
    public static final ResultsMethod DEFAULT = new ResultsMethod(ExperimentResults.Engine.BAYESIAN, Correction.NONE, null);

    /**
     * The analysis an experiment block plans ({@code "analysis": {"engine", "correction", "prior_mean", "prior_sd"}},
     * each optional), {@link #DEFAULT} where it plans none. The content validator refused invalid settings on save;
     * content that bypassed it (an old archive) falls back to the default rather than failing every read.
     */
    static ResultsMethod planned(JsonNode analysis) {
        if (analysis == null || !analysis.isObject()) return DEFAULT;
        try {
            return parse(text(analysis.get("engine")), text(analysis.get("correction")), text(analysis.get("prior_mean")),
                    text(analysis.get("prior_sd")));
        } catch (InvalidInput e) {
            return DEFAULT;
        }
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The settings as an experiment block stores them and the API shows them, defaults filled in. */
    Map<String, Object> settings() {
        var settings = new LinkedHashMap<String, Object>();
        settings.put("engine", engine.name().toLowerCase(Locale.ROOT));
        settings.put("correction", correction.label());
        settings.put("prior_mean", prior == null ? null : prior.mean());
        settings.put("prior_sd", prior == null ? null : prior.sd());
        return settings;
    }

    /** The engine with no correction and a flat prior. */
    public static ResultsMethod of(ExperimentResults.Engine engine) {
        return new ResultsMethod(engine, Correction.NONE, null);
    }

    /**
     * The method a results request names (query parameters {@code engine}, {@code correction}, {@code prior_mean},
     * {@code prior_sd}; absent ones take their defaults), or every problem with them.
     */
    static ResultsMethod parse(String engine, String correction, String priorMean, String priorSd) {
        var problems = new ArrayList<InvalidInput.Problem>();
        var chosenEngine = engine(engine, problems);
        var chosenCorrection = Correction.parse(correction);
        if (chosenCorrection == null) problems.add(new InvalidInput.Problem("correction", "must be none, holm or bh, got " + correction));
        else if (chosenCorrection != Correction.NONE && chosenEngine == ExperimentResults.Engine.BAYESIAN) {
            problems.add(new InvalidInput.Problem("correction", "adjusts p-values, which only engine=frequentist or sequential gives"));
        }
        var prior = prior(priorMean, priorSd, problems);
        if (prior != null && chosenEngine != null && chosenEngine != ExperimentResults.Engine.BAYESIAN) {
            problems.add(new InvalidInput.Problem("prior_sd", "a prior is a Bayesian belief; use it with engine=bayesian"));
        }
        if (!problems.isEmpty()) throw new InvalidInput("the results method is not valid", List.copyOf(problems));
        return new ResultsMethod(chosenEngine, chosenCorrection, prior);
    }

    private static ExperimentResults.Engine engine(String raw, List<InvalidInput.Problem> problems) {
        if (raw == null || raw.isBlank()) return ExperimentResults.Engine.BAYESIAN;
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "bayesian" -> ExperimentResults.Engine.BAYESIAN;
            case "frequentist" -> ExperimentResults.Engine.FREQUENTIST;
            case "sequential" -> ExperimentResults.Engine.SEQUENTIAL;
            default -> {
                problems.add(new InvalidInput.Problem("engine", "must be bayesian, frequentist or sequential, got " + raw));
                yield null;
            }
        };
    }

    /** A prior needs its spread; its mean defaults to 0 (no lift expected either way). */
    private static Prior prior(String mean, String sd, List<InvalidInput.Problem> problems) {
        boolean meanGiven = mean != null && !mean.isBlank();
        if (sd == null || sd.isBlank()) {
            if (meanGiven) problems.add(new InvalidInput.Problem("prior_sd", "is required with prior_mean: how sure the belief is, like 0.3"));
            return null;
        }
        var spread = number("prior_sd", sd, problems);
        var centre = meanGiven ? number("prior_mean", mean, problems) : Double.valueOf(0);
        if (spread != null && spread <= 0) {
            problems.add(new InvalidInput.Problem("prior_sd", "must be above 0 (leave the prior out for a flat one), got " + sd));
            return null;
        }
        return spread == null || centre == null ? null : new Prior(centre, spread);
    }

    private static Double number(String name, String raw, List<InvalidInput.Problem> problems) {
        try {
            double value = Double.parseDouble(raw.strip());
            if (Double.isFinite(value)) return value;
        } catch (NumberFormatException e) {
            // named below
        }
        problems.add(new InvalidInput.Problem(name, "must be a number, got " + raw));
        return null;
    }
}
