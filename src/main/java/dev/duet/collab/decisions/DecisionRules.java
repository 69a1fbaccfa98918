package dev.duet.collab.decisions;

import dev.duet.access.Team;
import dev.duet.access.User;
import dev.duet.failure.Problems;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/** Checks drafts and ballots, collecting every problem before anything is written. */
final class DecisionRules {

    static final int MAX_TITLE = 200;
    static final int MAX_QUESTION = 2000;
    static final int MAX_CONTEXT = 20_000;
    static final int MAX_OPTIONS = 20;
    static final int MAX_VOTERS = 500;
    static final int MAX_RANKS = 50;
    static final List<TieBreak> DEFAULT_TIE_BREAK = List.of(TieBreak.PREVIOUS_ROUNDS, TieBreak.RANDOM);

    private DecisionRules() {
    }

    /** The draft {@code input} describes, or a 400 listing every problem; {@code people} finds users (null: none). */
    static DecisionRepository.Draft draft(DecisionInput input, LongFunction<User> people) {
        var problems = new Problems();
        var title = text(problems, "title", input.title(), MAX_TITLE, true);
        var question = text(problems, "question", input.question(), MAX_QUESTION, true);
        var context = text(problems, "context", input.context(), MAX_CONTEXT, false);
        var options = options(problems, input.options());
        var voters = voters(problems, input.voterIds(), people);
        var tieBreak = tieBreak(problems, input.tieBreak());
        if (input.seed() != null && input.seed() < 0) problems.add("seed", "must be 0 or more");
        if (input.opensAt() != null && input.closesAt() != null && !input.closesAt().isAfter(input.opensAt())) {
            problems.add("closes_at", "must be after opens_at");
        }
        problems.throwIfAny();
        return new DecisionRepository.Draft(title, question, context, options, voters, tieBreak, input.seed(),
                input.opensAt(), input.closesAt());
    }

    private static String text(Problems problems, String field, String value, int max, boolean required) {
        var text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) problems.add(field, "is required");
        if (text.length() > max) problems.add(field, "must be at most " + max + " characters");
        return text;
    }

    private static List<DecisionRepository.NewOption> options(Problems problems, List<DecisionInput.OptionInput> input) {
        if (input == null || input.isEmpty()) {
            problems.add("options", "list at least one option");
            return List.of();
        }
        if (input.size() > MAX_OPTIONS) problems.add("options", "at most " + MAX_OPTIONS + " options");
        var labels = new HashSet<String>();
        var options = new ArrayList<DecisionRepository.NewOption>();
        for (int i = 0; i < input.size(); i++) {
            var option = input.get(i);
            var path = "options[" + i + "]";
            if (option == null) {
                problems.add(path, "is required");
                continue;
            }
            var label = text(problems, path + ".label", option.label(), MAX_TITLE, true);
            var description = text(problems, path + ".description", option.description(), MAX_QUESTION, false);
            if (!label.isEmpty() && !labels.add(label.toLowerCase(Locale.ROOT))) {
                problems.add(path + ".label", "“" + label + "” is listed twice");
            }
            options.add(new DecisionRepository.NewOption(label, description, option.stackToolId()));
        }
        return options;
    }

    private static List<DecisionRepository.NewVoter> voters(Problems problems, List<Long> ids, LongFunction<User> people) {
        if (ids == null || ids.isEmpty()) {
            problems.add("voter_ids", "invite at least one voter");
            return List.of();
        }
        if (ids.size() > MAX_VOTERS) problems.add("voter_ids", "at most " + MAX_VOTERS + " voters");
        var seen = new HashSet<Long>();
        var voters = new ArrayList<DecisionRepository.NewVoter>();
        for (int i = 0; i < ids.size(); i++) {
            var id = ids.get(i);
            var path = "voter_ids[" + i + "]";
            if (id == null) {
                problems.add(path, "is required");
            } else if (!seen.add(id)) {
                problems.add(path, "person " + id + " is listed twice");
            } else {
                var user = people.apply(id);
                if (user == null) problems.add(path, "no person with id " + id);
                else voters.add(new DecisionRepository.NewVoter(id, user.name(), user.email(), List.copyOf(Team.of(user.role()))));
            }
        }
        return voters;
    }

    private static List<TieBreak> tieBreak(Problems problems, List<String> input) {
        if (input == null) return DEFAULT_TIE_BREAK;
        var rules = new ArrayList<TieBreak>();
        for (int i = 0; i < input.size(); i++) {
            var raw = input.get(i);
            var rule = raw == null ? null : TieBreak.of(raw.strip()).orElse(null);
            if (rule == null) problems.add("tie_break[" + i + "]", "must be previous_rounds, random or fixed_order, got " + raw);
            else if (rules.contains(rule)) problems.add("tie_break[" + i + "]", rule.id() + " is listed twice");
            else rules.add(rule);
        }
        if (input.isEmpty() || (!rules.isEmpty() && !rules.getLast().decisive())) {
            problems.add("tie_break", "must end with random or fixed_order, which always break a tie");
        }
        return rules;
    }

    /** The ballot's ranks, or a 400 naming each problem (unknown options, empty ballots, too many ranks). */
    static List<List<Long>> ballot(List<List<Long>> rankings, List<Long> optionIds) {
        var problems = new Problems();
        if (rankings == null || rankings.stream().allMatch(rank -> rank == null || rank.isEmpty())) {
            problems.add("rankings", "rank at least one option");
            problems.throwIfAny();
        }
        if (rankings.size() > MAX_RANKS) problems.add("rankings", "at most " + MAX_RANKS + " ranks");
        var ranks = new ArrayList<List<Long>>();
        for (int r = 0; r < rankings.size(); r++) {
            var rank = rankings.get(r) == null ? List.<Long>of() : rankings.get(r);
            for (int o = 0; o < rank.size(); o++) {
                var option = rank.get(o);
                if (option == null || !optionIds.contains(option)) {
                    problems.add("rankings[" + r + "][" + o + "]", "no option " + option + " in this decision");
                }
            }
            ranks.add(List.copyOf(rank.stream().filter(java.util.Objects::nonNull).toList()));
        }
        problems.throwIfAny();
        return ranks;
    }
}
