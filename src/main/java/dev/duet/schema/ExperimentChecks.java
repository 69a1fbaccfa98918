package dev.duet.schema;

import dev.duet.failure.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An experiment block ({@value #COMPONENT}) may stand in any place a blok may: it is built in, not a component of the
 * space. Its variants are held to the rules of the place it stands in, as if each stood there itself; its own settings
 * (key, status, weights, coverage, hash version, namespace, names, planned units, goals, guardrails and the planned
 * analysis) are checked
 * here, so delivery and the analysis can trust every saved experiment. One instance checks one story's content, so
 * it also sees that no key is used twice in it; that a key is unique across the space needs the database and is the
 * experiments feature's check at save time.
 */
final class ExperimentChecks {

    static final String COMPONENT = "duet_experiment";
    static final Set<String> STATUSES = Set.of("draft", "running", "stopped");
    static final Set<String> ENGINES = Set.of("bayesian", "frequentist", "sequential");
    static final Set<String> CORRECTIONS = Set.of("none", "holm", "bh");
    static final Set<String> ANALYSIS_SETTINGS = Set.of("engine", "correction", "prior_mean", "prior_sd");
    static final int MAX_KEY_LENGTH = 64;
    /** How far weights may sum from 1: editors type shares like 0.333 for a three-way split. */
    static final double WEIGHT_TOLERANCE = 0.001;

    private static final Pattern KEY = Pattern.compile("[a-z0-9_-]+");

    private final BlokChecker bloks;
    private final Problems problems;
    private final MetricChecks metrics;
    /** Keys seen so far in this content, with the path of the experiment that holds each. */
    private final Map<String, String> keys = new HashMap<>();

    ExperimentChecks(BlokChecker bloks, Problems problems) {
        this.bloks = bloks;
        this.problems = problems;
        this.metrics = new MetricChecks(problems);
    }

    static boolean isExperiment(ObjectNode blok) {
        return COMPONENT.equals(blok.path("component").asText(null));
    }

    void check(ObjectNode experiment, String path, Placement placement) {
        checkKey(experiment.get("key"), path);
        var status = checkStatus(experiment.get("status"), Paths.key(path, "status"));
        int variants = checkVariants(experiment.get("variants"), Paths.key(path, "variants"), placement);
        checkVariantNames(experiment.get("variant_names"), Paths.key(path, "variant_names"), variants);
        checkWeights(experiment.get("weights"), Paths.key(path, "weights"), variants);
        checkShare(experiment.get("coverage"), Paths.key(path, "coverage"));
        checkText(experiment.get("seed"), Paths.key(path, "seed"));
        checkHashVersion(experiment.get("hash_version"), Paths.key(path, "hash_version"));
        checkNamespace(experiment.get("namespace"), Paths.key(path, "namespace"));
        checkPlannedUnits(experiment.get("planned_units"), Paths.key(path, "planned_units"));
        checkAnalysis(experiment.get("analysis"), Paths.key(path, "analysis"));
        int goals = metrics.checkList(experiment.get("goals"), Paths.key(path, "goals"));
        metrics.checkList(experiment.get("guardrails"), Paths.key(path, "guardrails"));
        if ("running".equals(status) && goals == 0) {
            problems.add(Paths.key(path, "goals"), "a running experiment needs at least one goal metric to decide it by");
        }
    }

    private void checkKey(JsonNode key, String path) {
        var keyPath = Paths.key(path, "key");
        if (key == null || key.isNull() || key.isTextual() && key.textValue().isBlank()) {
            problems.add(keyPath, "required: name the experiment, e.g. \"hero-headline\"");
        } else if (!key.isTextual() || !KEY.matcher(key.textValue()).matches() || key.textValue().length() > MAX_KEY_LENGTH) {
            problems.add(keyPath, "must be 1 to " + MAX_KEY_LENGTH + " lowercase letters, digits, - or _, got " + key);
        } else {
            var other = keys.putIfAbsent(key.textValue(), path);
            if (other != null) problems.add(keyPath, "\"" + key.textValue() + "\" is also the key of the experiment at " + other);
        }
    }

    private String checkStatus(JsonNode status, String path) {
        if (status == null || status.isNull()) return "draft";
        if (!status.isTextual() || !STATUSES.contains(status.textValue())) {
            problems.add(path, "must be draft, running or stopped, got " + status);
            return null;
        }
        return status.textValue();
    }

    /** Checks the variants and answers how many there are (0 when they are unusable). */
    private int checkVariants(JsonNode variants, String path, Placement placement) {
        if (variants == null || !variants.isArray() || variants.size() < 2) {
            problems.add(path, "must list at least two variant bloks (the first is the control)");
            return 0;
        }
        for (int i = 0; i < variants.size(); i++) {
            JsonNode variant = variants.get(i);
            if (variant instanceof ObjectNode blok && isExperiment(blok)) {
                problems.add(Paths.key(Paths.index(path, i), "component"), "an experiment cannot hold another experiment");
            } else {
                bloks.checkNested(variant, Paths.index(path, i), placement);
            }
        }
        return variants.size();
    }

    private void checkVariantNames(JsonNode names, String path, int variants) {
        if (names == null || names.isNull()) return;
        if (!names.isArray()) {
            problems.add(path, "must be a list of texts, one per variant");
            return;
        }
        if (variants > 0 && names.size() > variants) {
            problems.add(path, "names " + names.size() + " variants but there are " + variants);
        }
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).isTextual()) problems.add(Paths.index(path, i), "must be text, got " + names.get(i));
        }
    }

    private void checkWeights(JsonNode weights, String path, int variants) {
        if (weights == null || weights.isNull()) return;
        if (!weights.isArray()) {
            problems.add(path, "must be a list of numbers, one per variant");
            return;
        }
        if (variants > 0 && weights.size() != variants) {
            problems.add(path, "must give one weight per variant: " + variants + " variants, " + weights.size() + " weights");
        }
        double sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            var weight = weights.get(i);
            if (!weight.isNumber() || weight.doubleValue() < 0) {
                problems.add(Paths.index(path, i), "must be a number of 0 or more, got " + weight);
                return;
            }
            sum += weight.doubleValue();
        }
        if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) problems.add(path, "must sum to 1 (they sum to " + plain(sum) + ")");
    }

    private void checkShare(JsonNode share, String path) {
        if (share == null || share.isNull()) return;
        if (!share.isNumber() || share.doubleValue() < 0 || share.doubleValue() > 1) {
            problems.add(path, "must be a number from 0 to 1 (the share of visitors in the experiment), got " + share);
        }
    }

    private void checkText(JsonNode text, String path) {
        if (text != null && !text.isNull() && !text.isTextual()) problems.add(path, "must be text, got " + text);
    }

    private void checkHashVersion(JsonNode version, String path) {
        if (version == null || version.isNull()) return;
        if (!version.isNumber() || !version.canConvertToExactIntegral() || version.intValue() < 1 || version.intValue() > 2) {
            problems.add(path, "must be 1 or 2 (GrowthBook's hash versions), got " + version);
        }
    }

    private void checkNamespace(JsonNode namespace, String path) {
        if (namespace == null || namespace.isNull()) return;
        if (!namespace.isArray() || namespace.size() != 3 || !namespace.get(0).isTextual()
                || namespace.get(0).textValue().isBlank() || !namespace.get(1).isNumber() || !namespace.get(2).isNumber()) {
            problems.add(path, "must be [\"name\", start, end], e.g. [\"homepage\", 0, 0.5], got " + namespace);
            return;
        }
        double start = namespace.get(1).doubleValue();
        double end = namespace.get(2).doubleValue();
        if (start < 0 || end > 1 || start >= end) {
            problems.add(path, "needs 0 <= start < end <= 1, got start " + plain(start) + " and end " + plain(end));
        }
    }

    private void checkPlannedUnits(JsonNode planned, String path) {
        if (planned == null || planned.isNull()) return;
        if (!planned.isNumber() || !planned.canConvertToExactIntegral() || planned.longValue() < 1) {
            problems.add(path, "must be a whole number of visitors, 1 or more, got " + planned);
        }
    }

    /**
     * How the results are to be read, chosen before the data come in: {@code engine} (bayesian by default),
     * {@code correction} of p-values (none, holm, bh; frequentist engines only), a Bayesian {@code prior_sd} with an
     * optional {@code prior_mean}. The same rules as the results API's parameters of those names.
     */
    private void checkAnalysis(JsonNode analysis, String path) {
        if (analysis == null || analysis.isNull()) return;
        if (!analysis.isObject()) {
            problems.add(path, "must be an object like {\"engine\": \"frequentist\", \"correction\": \"holm\"}, got " + analysis);
            return;
        }
        analysis.fieldNames().forEachRemaining(name -> {
            if (!ANALYSIS_SETTINGS.contains(name)) {
                problems.add(Paths.key(path, name), "is not an analysis setting: engine, correction, prior_mean or prior_sd");
            }
        });
        var engine = oneOf(analysis.get("engine"), ENGINES, Paths.key(path, "engine"), "bayesian");
        var correction = oneOf(analysis.get("correction"), CORRECTIONS, Paths.key(path, "correction"), "none");
        if ("bayesian".equals(engine) && correction != null && !"none".equals(correction)) {
            problems.add(Paths.key(path, "correction"), "adjusts p-values, which only the frequentist or sequential engine gives");
        }
        checkPrior(analysis, path, engine);
    }

    private void checkPrior(JsonNode analysis, String path, String engine) {
        var mean = analysis.get("prior_mean");
        var sd = analysis.get("prior_sd");
        boolean meanGiven = mean != null && !mean.isNull();
        boolean sdGiven = sd != null && !sd.isNull();
        if (meanGiven && !mean.isNumber()) problems.add(Paths.key(path, "prior_mean"), "must be a number, got " + mean);
        if (meanGiven && !sdGiven) {
            problems.add(Paths.key(path, "prior_sd"), "is required with prior_mean: how sure the belief is, like 0.3");
        }
        if (!sdGiven) return;
        if (!sd.isNumber() || sd.doubleValue() <= 0) {
            problems.add(Paths.key(path, "prior_sd"), "must be a number above 0 (leave it out for a flat prior), got " + sd);
        } else if (engine != null && !"bayesian".equals(engine)) {
            problems.add(Paths.key(path, "prior_sd"), "a prior is a Bayesian belief; use it with the bayesian engine");
        }
    }

    /** The text if it is one of {@code allowed}, {@code fallback} when absent, null (and a problem) otherwise. */
    private String oneOf(JsonNode value, Set<String> allowed, String path, String fallback) {
        if (value == null || value.isNull()) return fallback;
        if (value.isTextual() && allowed.contains(value.textValue())) return value.textValue();
        problems.add(path, "must be one of " + String.join(", ", allowed.stream().sorted().toList()) + ", got " + value);
        return null;
    }

    /** A number as people write it: 0.9, not 0.8999999999999999. */
    static String plain(double value) {
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
