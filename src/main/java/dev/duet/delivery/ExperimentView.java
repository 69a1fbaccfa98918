package dev.duet.delivery;

import dev.duet.experiments.ExperimentBlock;
import dev.duet.experiments.ExperimentStatus;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which variation of each experiment block one request shows: who the visitor is ({@code visitor} parameter, else the
 * {@code X-Duet-Visitor} header; null when neither) and which variations an editor forces
 * ({@code experiment_variations=key:1,key2:0}, for previews).
 *
 * <p>Rules, in order: a forced key shows that variation (when the block has it) and is no exposure; a block not
 * running shows its control; a running block without a visitor is left as stored, for the site to assign; otherwise
 * {@link ExperimentBlock#assign} decides, and a visitor outside the namespace or coverage sees the control, unexposed.
 */
record ExperimentView(String visitor, Map<String, Integer> forced) {

    static final String HEADER = "X-Duet-Visitor";
    static final String VISITOR_PARAM = "visitor";
    static final String FORCED_PARAM = "experiment_variations";
    static final int MAX_VISITOR_LENGTH = 128;
    static final ExperimentView NONE = new ExperimentView(null, Map.of());

    /** What one experiment block becomes in an answer. */
    sealed interface Choice {
    }

    /** Left as stored: a running experiment and no visitor to assign. */
    record Unresolved() implements Choice {
    }

    /** Replaced by variant {@code variation}; {@code inExperiment} tells the site whether to report an exposure. */
    record Shown(int variation, boolean inExperiment, boolean forced) implements Choice {
    }

    ExperimentView {
        forced = Map.copyOf(forced);
    }

    /** The view a request asks for; 422 for a visitor id of more than 128 characters or unreadable forced variations. */
    static ExperimentView of(QueryParams params, String visitorHeader) {
        var visitor = params.get(VISITOR_PARAM);
        if (visitor == null && visitorHeader != null && !visitorHeader.isBlank()) visitor = visitorHeader.strip();
        if (visitor != null && visitor.length() > MAX_VISITOR_LENGTH) {
            throw new BadParameter(params.get(VISITOR_PARAM) != null ? VISITOR_PARAM : HEADER,
                    "a visitor id has at most " + MAX_VISITOR_LENGTH + " characters");
        }
        var forced = forced(params.get(FORCED_PARAM));
        return visitor == null && forced.isEmpty() ? NONE : new ExperimentView(visitor, forced);
    }

    private static Map<String, Integer> forced(String text) {
        if (text == null) return Map.of();
        var forced = new LinkedHashMap<String, Integer>();
        for (var pair : text.split(",")) {
            if (pair.isBlank()) continue;
            int colon = pair.lastIndexOf(':');
            var key = colon < 0 ? "" : pair.substring(0, colon).strip();
            var index = colon < 0 ? "" : pair.substring(colon + 1).strip();
            if (key.isEmpty() || index.isEmpty() || index.length() > 3 || !index.chars().allMatch(Character::isDigit)) {
                throw new BadParameter(FORCED_PARAM, "expected key:variation pairs separated by commas "
                        + "(hero-test:1,pricing:0), got '" + pair.strip() + "'");
            }
            forced.put(key, Integer.parseInt(index));
        }
        return forced;
    }

    Choice choose(ExperimentBlock block) {
        var wanted = forced.get(block.key());
        if (wanted != null && wanted < block.variants().size()) return new Shown(wanted, false, true);
        if (block.status() != ExperimentStatus.RUNNING) return new Shown(0, false, false);
        if (visitor == null) return new Unresolved();
        int variation = block.assignment().variation(visitor);
        return variation < 0 ? new Shown(0, false, false) : new Shown(variation, true, false);
    }

    /**
     * What this view makes of {@code blocks}, as text that keys the cache: equal texts, equal answers. One entry per
     * block by uid ({@code uid=1} assigned, {@code uid=0-} shown unexposed, {@code uid=2f} forced, {@code uid=?} left
     * as stored), so visitors who share a combination share one cached answer. Empty for no blocks.
     */
    String combination(Collection<ExperimentBlock> blocks) {
        if (blocks.isEmpty()) return "";
        var text = new StringBuilder();
        blocks.stream().sorted(Comparator.comparing(ExperimentBlock::uid)).forEach(block -> {
            text.append(block.uid()).append('=');
            switch (choose(block)) {
                case Unresolved u -> text.append('?');
                case Shown shown -> text.append(shown.variation()).append(shown.forced() ? "f" : shown.inExperiment() ? "" : "-");
            }
            text.append(',');
        });
        return text.toString();
    }

    /** Whether the visitor id decided what {@code blocks} show: then the answer is that visitor's alone. */
    boolean personal(Collection<ExperimentBlock> blocks) {
        if (visitor == null) return false;
        for (var block : blocks) {
            if (block.status() == ExperimentStatus.RUNNING && !(choose(block) instanceof Shown shown && shown.forced())) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of {@code blocks} runs, so that a visitor id could change the answer. */
    static boolean anyRunning(Collection<ExperimentBlock> blocks) {
        for (var block : blocks) if (block.status() == ExperimentStatus.RUNNING) return true;
        return false;
    }
}
