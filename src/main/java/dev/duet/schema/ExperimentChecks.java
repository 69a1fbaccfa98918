package dev.duet.schema;

import dev.duet.failure.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An experiment block ({@value #COMPONENT}) may stand in any place a blok may: it is built in, not a component of the
 * space. Its variants are held to the rules of the place it stands in, as if each stood there itself.
 */
final class ExperimentChecks {

    static final String COMPONENT = "duet_experiment";

    private final BlokChecker bloks;
    private final Problems problems;

    ExperimentChecks(BlokChecker bloks, Problems problems) {
        this.bloks = bloks;
        this.problems = problems;
    }

    static boolean isExperiment(ObjectNode blok) {
        return COMPONENT.equals(blok.path("component").asText(null));
    }

    void check(ObjectNode experiment, String path, Placement placement) {
        var variants = experiment.get("variants");
        var variantsPath = Paths.key(path, "variants");
        if (variants == null || !variants.isArray() || variants.size() < 2) {
            problems.add(variantsPath, "must list at least two variant bloks (the first is the control)");
            return;
        }
        for (int i = 0; i < variants.size(); i++) {
            JsonNode variant = variants.get(i);
            if (variant instanceof ObjectNode blok && isExperiment(blok)) {
                problems.add(Paths.key(Paths.index(variantsPath, i), "component"), "an experiment cannot hold another experiment");
            } else {
                bloks.checkNested(variant, Paths.index(variantsPath, i), placement);
            }
        }
    }
}
